"""Questions on offices, on names inside a subject, and stems that show part of the key."""

from __future__ import annotations

from typing import Any

from questions.generate import generate
from questions.generate.dates import ArticleDate
from questions.generate.distractors import choose_distractors
from questions.generate.facts import Fact, sentence_facts
from questions.generate.filters import key_part_in_stem
from questions.generate.inner import inner_question
from questions.generate.quality import descriptor_in_name
from questions.generate.references import unresolved_reference
from questions.generate.roles import role_stems

APRIL_2011 = ArticleDate(month=4, day=13, year=2011)


def _facts(nlp: Any, text: str) -> tuple[list[Any], list[list[Fact]]]:
    """Parse a text and return its sentences and each one's facts."""
    sentences = list(nlp(text).sents)
    return sentences, [sentence_facts(s, n) for n, s in enumerate(sentences)]


def test_a_dated_office_is_asked_by_who_held_it(nlp: Any) -> None:
    sentences, facts = _facts(
        nlp,
        "NASA Administrator Charles Bolden announced the new homes of the orbiters. "
        "Writing to newspapers, Naoto Kan, the Japanese prime minister, thanked the world.",
    )
    stems = role_stems(sentences, facts, [{}, {}], APRIL_2011)
    texts = sorted(s.text for s in stems.values())
    assert texts == [
        "Who was the Japanese prime minister in April 2011?",
        "Who was the NASA Administrator in April 2011?",
    ]
    # Without the article's date the holder is unknown: no question.
    assert role_stems(sentences, facts, [{}, {}], None) == {}


def test_an_office_between_two_names_is_not_given_to_the_first(nlp: Any) -> None:
    # The office introduces the name after it (Anna Berg), not the one before (Jon Moss):
    # asking "Who was the Ruritanian trade minister?" keyed Jon Moss would be a wrong key
    sentences, facts = _facts(
        nlp,
        "After a meeting with Freedonian trade minister Jon Moss, the Ruritanian trade "
        "minister, Anna Berg, said that talks would go on.",
    )
    stems = role_stems(sentences, facts, [{}], APRIL_2011)
    asked = {f.text: stems[(0, f.start)].text for f in facts[0] if (0, f.start) in stems}
    assert "Ruritanian" not in asked.get("Jon Moss", "")


def test_an_office_two_people_hold_in_the_article_is_not_asked(nlp: Any) -> None:
    sentences, facts = _facts(
        nlp,
        "Russian President Vladimir Putin spoke first. "
        "Later, Russian President Dmitry Medvedev answered questions from reporters.",
    )
    assert role_stems(sentences, facts, [{}, {}], APRIL_2011) == {}


def test_a_name_inside_the_subject_is_asked_in_place(nlp: Any) -> None:
    sentence = next(nlp(
        "A spokesperson for NISA, the Japanese government nuclear authority, said officials "
        "had upgraded the crisis to level seven."
    ).sents)  # fmt: skip
    fact = next(f for f in sentence_facts(sentence, 0) if f.text == "NISA")
    stem = inner_question(sentence, fact, {})
    assert stem is not None
    assert stem.text == (
        "A spokesperson for which organization said officials had upgraded the crisis to "
        "level seven?"
    )


def test_a_stem_showing_part_of_the_key_is_refused() -> None:
    stem = "Which place was rejected as a home for a shuttle, (JSC) in Houston?"
    assert key_part_in_stem(stem, "Johnson Space Center") is not None
    assert key_part_in_stem("Who founded the museum?", "Andy Warhol Foundation") is None
    assert key_part_in_stem("What did Warhol's foundation give?", "Andy Warhol Foundation")


def test_a_state_gets_states_of_its_country_as_options() -> None:
    fact = Fact(0, 0, 0, "Queensland", "GPE", "place", "state")
    options, origin = choose_distractors(fact, "Queensland", [fact], "x", "seed")
    assert origin == "library" and len(options) == 3
    australian = {"New South Wales", "Victoria", "South Australia", "Western Australia",
                  "Tasmania", "Northern Territory", "Australian Capital Territory"}  # fmt: skip
    assert set(options) <= australian


def test_an_unknown_surname_with_an_english_first_name_gets_full_names(nlp: Any) -> None:
    text = (
        "Wednesday, April 13, 2011\n\n"
        + "Orbital Sciences Director Charles Bolden announced on Tuesday that the retired orbiters "
        "will go to museums in Florida, California, Virginia and New York. "
        * 3
        + "The museums were chosen after a review of twenty-one proposals. " * 4
    )
    result = generate(text, slug="nasa", title="NASA")
    # a firm's head, no NASA Administrator: made-up names never stand beside the latter
    asked = [q for q in result.qset.questions if q.text.startswith("Who was the Orbital")]
    assert asked and asked[0].correct_option == "Charles Bolden"
    assert all(len(o.split()) == 2 for o in asked[0].options)


def test_a_range_or_a_described_name_is_no_key() -> None:
    def fact(text: str, kind: str) -> Fact:
        return Fact(0, 0, 0, text, "X", kind)

    assert descriptor_in_name(None, fact("ten to 32", "count")) is not None
    assert descriptor_in_name(None, fact("Pan-democrat Lam Cheuk-ting", "organization"))
    assert descriptor_in_name(None, fact("2 billion", "count")) is None
    assert descriptor_in_name(None, fact("Democratic Party", "organization")) is None


def test_the_world_needs_no_naming_but_the_match_does(nlp: Any) -> None:
    sentence = next(nlp("Two billion people around the world live in areas prone to it.").sents)
    fact = next(f for f in sentence_facts(sentence, 0) if f.kind == "count")
    stem = "How many people around the world live in areas prone to iodine deficiency?"
    assert unresolved_reference(sentence, fact, stem) is None
    sentence = next(nlp("Kane scored two goals in the match on Sunday.").sents)
    fact = next(f for f in sentence_facts(sentence, 0) if f.kind == "count")
    assert unresolved_reference(sentence, fact, "How many goals did Kane score in the match?")
