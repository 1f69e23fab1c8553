"""A quotation that runs past its sentence, a headline that spells the key otherwise, and an
all-caps ordinal opening a name: facts outside the quoted words are asked, the month frames a
question the headline would give away, and "FIRST Global …" is one name."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from questions.generate.event import with_context
from questions.generate.facts import sentence_facts
from questions.generate.models import said_otherwise
from questions.generate.prose import prose
from questions.generate.quotes import quote_question
from questions.generate.setting import Setting
from tests.generate.generated import SharedGenerations


def test_a_speaker_whose_quotation_runs_on_is_asked_who_said_it(
    generation: SharedGenerations,
) -> None:
    # The model ends the sentence at the article's "[...]": the quotation went unclosed and
    # the sentence, with Suella Braverman and GB News outside the quotation, was dropped.
    text, options = next(iter(generation.keyed("uk-asylum-questionnaire", "Suella Braverman")))
    assert text.endswith(
        "Who said \"It's clear that we have an unsustainable situation in towns and cities "
        'around our country …"?'
    )
    # the other politicians of the article, whatever office each holds: the question names none
    assert sorted(options) == ["Boris Johnson", "Rishi Sunak", "Suella Braverman",
                               "Yvette Cooper"]  # fmt: skip


def test_only_the_words_outside_an_open_quotation_are_facts(nlp: Any) -> None:
    doc = nlp(
        'After the match, coach Hernan Dario Gomez told Reuters, "We beat Japan 2-0 in the '
        'first half. We could have scored three goals."'
    )
    first = next(iter(doc.sents))
    assert prose(first)  # the quotation goes on into the next sentence
    facts = [f.text for f in sentence_facts(first, 0)]
    assert "Hernan Dario Gomez" in facts
    assert "Japan" not in facts  # half of what was said, not asked
    gomez = next(f for f in sentence_facts(first, 0) if f.text == "Hernan Dario Gomez")
    stem = quote_question(first, gomez)
    assert stem is not None
    assert stem.text == 'Who said "We beat Japan 2-0 in the first half"?'


def test_a_sentence_wholly_quoted_but_for_its_closing_mark_is_dropped(nlp: Any) -> None:
    doc = nlp('"He was a pioneer of pop art. He is a legend." The exhibit opens on Monday.')
    second = list(doc.sents)[1]
    assert second.text.startswith("He is a legend")
    assert not prose(second)  # no word of its own outside the quotation


def test_a_question_with_half_a_quotation_is_not_written(generation: SharedGenerations) -> None:
    for slug in ("uk-asylum-questionnaire", "nasa-shuttle-anniversary", "warhol-photo-legacy"):
        for question in generation.corpus(slug).qset.questions:
            assert question.text.count('"') % 2 == 0, question.text


def test_a_headline_spelling_the_key_otherwise_gives_way_to_the_month(
    generation: SharedGenerations,
) -> None:
    setting = Setting(month="March 2011",
                      headline="Microsoft waits for death of Internet Explorer 6")  # fmt: skip
    assert with_context("Which browser shipped with Windows XP?", setting, key="IE6") == (
        "According to a March 2011 article, which browser shipped with Windows XP?"
    )
    acronyms = {"USI": "the University of Southern Indiana"}
    usi = Setting(month="January 2014", headline="University of Southern Indiana shows Warhol",
                  acronyms=acronyms)  # fmt: skip
    assert with_context("Which university holds 150 prints?", usi, key="USI").startswith(
        "According to a January 2014 article, "
    )
    asked = generation.keyed("internet-explorer-6-countdown", "IE6")
    assert asked, "no question on IE6"
    assert all("Internet Explorer 6" not in text for text, _ in asked)
    assert any(text.startswith("According to a March 2011 article, which browser") or
               text.startswith("Which browser") for text, _ in asked)  # fmt: skip


def test_an_all_caps_ordinal_opening_a_name_is_part_of_it(nlp: Any) -> None:
    doc = nlp(
        "A group of Afghan teenagers won a silver medal on Tuesday in the FIRST Global "
        "Challenge Robot Olympics in Washington."
    )
    facts = [(f.text, f.kind) for f in sentence_facts(next(iter(doc.sents)), 0)]
    assert ("FIRST Global Challenge Robot Olympics", "organization") in facts
    assert all(text != "FIRST" for text, _ in facts)
    plain = nlp("She came first in the race held in Washington on Tuesday.")
    assert ("first", "ordinal") in [(f.text, f.kind) for f in sentence_facts(plain[:], 0)]


def test_a_name_after_a_leading_word_still_spells_the_key(generation: SharedGenerations) -> None:
    # "The Internet Explorer 6 Countdown" says IE6: "stop using _____" would give it away
    assert said_otherwise("IE6", 'On "The Internet Explorer 6 Countdown", stop using _____.')
    assert not said_otherwise("IE9", 'On "The Internet Explorer 6 Countdown", stop using _____.')
    for text, _ in generation.keyed("internet-explorer-6-countdown", "IE6"):
        assert "Countdown" not in text


def test_a_definite_inside_the_quotation_is_the_speakers(generation: SharedGenerations) -> None:
    # "… restore confidence to our financial system and strengthen the economy": which economy
    # is the speaker's to know; the question asks who said it.
    texts = [text for text, _ in generation.keyed("us-senate-bailout-2008", "Harry Reid")]
    assert any(t.endswith('to our financial system and strengthen the economy"?') for t in texts)


def test_a_speaker_in_an_as_clause_is_asked_who_said_it(nlp: Any) -> None:
    # The parse makes the quotation the main clause and "As … told …" its aside.
    doc = nlp(
        'They estimated this. As coauthor Colette Heald told The Huffington Post, "The climate '
        'projections are quite consistent [...] the future of ozone pollution is very different".'
    )
    sentence = list(doc.sents)[1]
    heald = next(f for f in sentence_facts(sentence, 0) if f.text == "Colette Heald")
    stem = quote_question(sentence, heald)
    assert stem is not None
    assert stem.text == 'Who said "The climate projections are quite consistent …"?'


def _asked(nlp: Any, text: str, speaker: Callable[[Any], bool]) -> str | None:
    """Return the quotation question a one-sentence text asks of the fact `speaker` picks."""
    sentence = next(nlp(text).sents)
    stem = quote_question(sentence, next(f for f in sentence_facts(sentence, 0) if speaker(f)))
    return stem.text if stem is not None else None


def test_a_quotation_the_attribution_interrupts_is_asked_by_its_first_part(nlp: Any) -> None:
    asked = _asked(
        nlp,
        (
            '"We are so interested because we find a big chance to show the talent and ability '
            'of Afghans," team member Rodaba Noori told the press, "to show that Afghan women '
            'can make robots too."'
        ),
        lambda f: f.text == "Rodaba Noori",
    )
    assert asked == (
        'Who said "We are so interested because we find a big chance to show the talent and '
        'ability of Afghans …"?'
    )


def test_a_speaker_named_after_a_role_is_asked_who_said_it(nlp: Any) -> None:
    # The parse hangs "Nabil Maaloul" on "coach" as an apposition: the coach is the subject.
    asked = _asked(
        nlp,
        (
            "After the match, Tunisia's coach Nabil Maaloul said, \"We were playing against a "
            'highly-skilled and highly co-ordinated team."'
        ),
        lambda f: f.text == "Nabil Maaloul",
    )
    assert asked == (
        'Who said "We were playing against a highly-skilled and highly co-ordinated team"?'
    )


def test_of_two_quotations_the_one_a_colon_announces_is_asked(nlp: Any) -> None:
    asked = _asked(
        nlp,
        (
            "After the leak, CEO of the Refugee Council Enver Solomon told Sky News any process "
            '"must be well thought out": "Moves to reduce the backlog are welcome but the answer '
            'is not yet more bureaucratic hurdles."'
        ),
        lambda f: f.kind == "person",
    )
    assert asked == (
        'Who said "Moves to reduce the backlog are welcome but the answer is not yet more '
        'bureaucratic hurdles"?'
    )


def test_a_speaker_named_after_an_office_of_a_place_is_asked_who_said_it(nlp: Any) -> None:
    # The parse runs "Washington" into the name: "Governor of [Washington Chris Gregoire]".
    asked = _asked(
        nlp,
        (
            'In a statement, Governor of Washington Chris Gregoire said, "The Museum of Flight '
            "put a tremendous amount of effort into landing a retired shuttle in the Pacific "
            'Northwest."'
        ),
        lambda f: f.text == "Chris Gregoire",
    )
    assert asked == (
        'Who said "The Museum of Flight put a tremendous amount of effort into landing a '
        'retired shuttle in the Pacific Northwest"?'
    )
    # the person an office's "of" names is not its speaker: "The wife of John Smith said"
    other = next(nlp('The wife of John Smith said, "We will appeal the ruling next week."').sents)
    smith = next(f for f in sentence_facts(other, 0) if f.text == "John Smith")
    assert quote_question(other, smith) is None
