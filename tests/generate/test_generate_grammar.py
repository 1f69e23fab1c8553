"""Stems a teacher would not need to fix: spacing, tense, one statement, names said once."""

from __future__ import annotations

from typing import Any

from questions.generate.context import parse
from questions.generate.facts import sentence_facts
from questions.generate.inner import inner_question
from questions.generate.movement import broken_movement
from questions.generate.pronouns import as_written, dangling
from questions.generate.quotes import quote_question
from questions.generate.render import join
from questions.generate.write import cloze, run_on, wh_question


def _fact(sentence: Any, answer: str) -> Any:
    """Return the fact of a sentence whose text is `answer`."""
    return next(f for f in sentence_facts(sentence, 0) if f.text == answer)


def _ask(nlp: Any, text: str, answer: str, past: bool = False) -> str | None:
    """Write the wh-question whose key is `answer` in a one-sentence text."""
    sentence = next(nlp(text).sents)
    stem, _ = wh_question(sentence, _fact(sentence, answer), {}, past=past)
    return stem.text if stem else None


def _blank(nlp: Any, text: str, answer: str) -> str:
    """Write the one-blank question whose key is `answer` in a one-sentence text."""
    sentence = next(nlp(text).sents)
    stem = cloze(_fact(sentence, answer), list(sentence), {})
    assert stem is not None
    return stem.text


def test_a_spaced_compound_is_one_word_again_but_a_dash_stays(nlp: Any) -> None:
    doc = nlp("The six - member team met 1709 schoolchildren - aged 8 years - in Kabul.")
    text = join(list(doc))
    assert "six-member" in text
    assert "schoolchildren - aged" in text


def test_a_state_as_of_a_past_date_is_asked_in_the_past(nlp: Any) -> None:
    text = "Secunia said that as of March 4, 2011, IE6 has 277 vulnerabilities."
    assert _ask(nlp, text, "277") == (
        "How many vulnerabilities did IE6 have as of March 4, 2011, according to Secunia?"
    )


def test_a_dated_question_puts_the_verb_in_the_past(nlp: Any) -> None:
    text = "About 150,000 people remain displaced in Fukushima."
    said = "About how many people remain displaced in Fukushima?"  # the article's "About"
    assert _ask(nlp, text, "150,000") == said
    assert _ask(nlp, text, "150,000", past=True) == said.replace("remain ", "remained ")


def test_asides_that_do_not_hold_the_answer_are_left_out(nlp: Any) -> None:
    text = ("NASA held a ceremony for Space Shuttle Atlantis, which is being prepped for its "
            "final mission, which will be STS-135.")  # fmt: skip
    assert (
        _ask(nlp, text, "NASA") == "Which organization held a ceremony for Space Shuttle Atlantis?"
    )


def test_a_blank_keeps_its_own_clause_and_drops_the_others(nlp: Any) -> None:
    sentence = next(nlp(
        "The six - member Afghan team, which consists entirely of girls, had been denied visas "
        "to enter the United States, drawing notice from critics (including senators)."
    ).sents)  # fmt: skip
    stem = cloze(_fact(sentence, "United States"), list(sentence), {})
    assert stem is not None
    assert stem.text == "The six-member Afghan team had been denied visas to enter the _____."


def test_a_blank_leaves_out_a_closing_and_phrase_that_does_not_hold_it(nlp: Any) -> None:
    # "… and deepen cooperation with developing countries in the fight against the epidemic":
    # a second statement, and "the fight" and "the epidemic" lean on the article.
    text = (
        "President Xi said that China will step up its efforts to provide 2 billion doses of "
        "vaccines to the world throughout the year and deepen cooperation with developing "
        "countries in the fight against the epidemic."
    )
    assert _blank(nlp, text, "2 billion") == (
        "President Xi said that China will step up its efforts to provide _____ doses of "
        "vaccines to the world throughout the year."
    )
    # The last of three verbs, or a speaker's words, stay whole.
    text = (
        'She said: "Labour will fast-track 500 cases, get return agreements in place, and '
        'take much stronger action against the gangs."'
    )
    assert _blank(nlp, text, "500").endswith('take much stronger action against the gangs."')


def test_a_list_item_between_semicolons_is_no_blank(nlp: Any) -> None:
    sentence = next(nlp(
        "The exhibit includes Polaroids of actor Dennis Hopper; disco club owner Steve Rubell of "
        "Studio 54; and athletes such as Jack Nicklaus."
    ).sents)  # fmt: skip
    assert cloze(_fact(sentence, "Studio 54"), list(sentence), {}) is None


def test_chained_relative_clauses_are_refused() -> None:
    assert run_on("Who built the hangar which holds Atlantis which flies STS-135?") is not None
    assert run_on("Which organization held a ceremony for Space Shuttle Atlantis?") is None


def test_a_pronoun_whose_person_the_sentence_names_is_kept_as_written(nlp: Any) -> None:
    sentence = next(nlp('Thomas Sam, 42, and his wife Manju Sam said "we are in Sydney".').sents)
    his = next(t.i for t in sentence if t.lower_ == "his")
    we = next(t.i for t in sentence if t.lower_ == "we")
    replace = {his: "Thomas Sam's", we: "the Sams"}
    assert as_written(sentence, replace) == {}  # "his" is Thomas Sam; a quotation is verbatim
    # A question that kept "his" but lost "Thomas Sam" must say the name after all.
    assert dangling("Who is his wife?", sentence, replace, {})
    assert not dangling("Thomas Sam and his wife live where?", sentence, replace, {})


def test_it_is_named_only_when_the_sentence_has_no_subject_of_its_own() -> None:
    lost = parse(
        ("NASA launched a rocket in 1981. Space Shuttle Challenger was lost when it exploded "
         "in 1986.",),
        None,
    )  # fmt: skip
    assert "NASA" not in lost.replace[1].values()  # Challenger's "it" is Challenger
    launched = parse(("NASA launched a rocket in 1981. In 1990 it launched a telescope.",), None)
    assert "NASA" in launched.replace[1].values()


def test_the_speaker_of_a_quotation_is_asked_with_the_quotation(nlp: Any) -> None:
    sentence = next(nlp(
        '"Seventeen years ago, this would not have been possible at all," said Hamdullah Mohib.'
    ).sents)  # fmt: skip
    stem = quote_question(sentence, _fact(sentence, "Hamdullah Mohib"))
    assert stem is not None
    assert stem.text == (
        'Who said "Seventeen years ago, this would not have been possible at all"?'
    )
    short = next(nlp('"Yes," said Hamdullah Mohib to the crowd in Kabul.').sents)
    assert quote_question(short, _fact(short, "Hamdullah Mohib")) is None


def test_a_place_inside_a_verbs_place_is_asked_by_its_kind(nlp: Any) -> None:
    text = "Belgium faced Panama at the Fisht Stadium in Sochi in the first game."
    assert _ask(nlp, text, "Sochi") == "In which city did Belgium face Panama in the first game?"


def test_a_when_clause_is_asked_as_a_sentence_of_its_own(nlp: Any) -> None:
    text = ("When President Xi Jinping held a video meeting with Angela Merkel on June 28, he "
            "reached a consensus.")  # fmt: skip
    assert _ask(nlp, text, "Angela Merkel") == (
        "With whom did President Xi Jinping hold a video meeting on June 28?"
    )


def test_an_apposition_describing_the_answer_goes_with_it(nlp: Any) -> None:
    text = "Kathryn Waters, director of the gallery, expressed interest in further donations."
    assert _ask(nlp, text, "Kathryn Waters") == "Who expressed interest in further donations?"


def test_a_list_of_names_is_no_broken_clause() -> None:
    listed = 'When did the heads of China, Russia, and Uzbekistan pass the "Declaration"?'
    assert broken_movement(listed, "wh", "rule:date-prep") is None
    split = "How many votes did Civic Party seats, Alvin Yeung receive?"
    assert broken_movement(split, "wh", "rule:count-object") is not None


def test_a_percentage_keeps_its_sign(nlp: Any) -> None:
    sentence = next(nlp("The election had a turnout rate of 58% in Hong Kong.").sents)
    assert [f.text for f in sentence_facts(sentence, 0) if f.kind == "percent"] == ["58%"]


def test_a_place_cut_from_a_longer_name_is_not_asked(nlp: Any) -> None:
    text = ("A group of Afghan teenagers was awarded a silver medal on July 18, 2017 in the "
            "FIRST Global Challenge Robot Olympics in the Daughters of the American Revolution "
            "Constitution Hall in Washington D.C. The six - member team won.")  # fmt: skip
    sentence = next(nlp(text).sents)
    found = _fact(sentence, "Washington")  # the model leaves "D.C." out of the name
    assert wh_question(sentence, found, {}) == (None, "the place is part of a longer name")


def test_a_count_inside_the_subject_is_asked_in_place(nlp: Any) -> None:
    sentence = next(nlp("A spokesperson for 12 local councils said the bridge would reopen.").sents)
    stem = inner_question(sentence, _fact(sentence, "12"), {})
    assert stem is not None
    assert stem.text == "A spokesperson for how many local councils said the bridge would reopen?"


def test_a_pronoun_never_stands_for_a_name_of_the_other_gender() -> None:
    parsed = parse(
        ("Andy Warhol loved taking pictures of his friends. Kristen Wilkins said the prints were "
         "rare. She explained how Warhol's adoption of the Polaroid camera revealed his process.",),
        None,
    )  # fmt: skip
    said = {parsed.sentences[2].doc[i].text: name for i, name in parsed.replace[2].items()}
    # not Warhol (Andy: "he"), whom the sentence names: the woman the sentence before was about
    assert said.get("She") == "Kristen Wilkins"
    his = parse(("Kristen Wilkins said the prints were rare. Later he left the school.",), None)
    assert "Kristen Wilkins" not in his.replace[1].values()  # "he" is not Kristen
    her = parse(("Kristen Wilkins said the prints were rare. Later she left the school.",), None)
    assert "Kristen Wilkins" in her.replace[1].values()
    ahead = parse(
        ("Almost every time he attended the summit, President Xi Jinping talked about trade.",),
        None,
    )
    assert "Xi Jinping" in ahead.replace[0].values()  # a clause ahead of its subject's own
