"""A "Who …?" question whose deed another named person does too (review 19: "Who led off in
Australia's half?" when three players led off in the report) has no unique answer."""

from __future__ import annotations

from typing import Any

from questions.generate.facts import Fact
from questions.generate.samedeed import named_deeds, repeated_deed

REPORT = (
    "Anna Berg led off with a single in the first inning. "
    "In the third inning, Maria Lindqvist led off with a walk. "
    "Coach Tove Ekberg praised the young team. "
    "Anna Berg said the pitching was strong, and Maria Lindqvist said the fans were loud."
)


def _person(doc: Any, name: str, nth: int = 0) -> tuple[Any, Fact]:
    """Return the sentence and the person fact of the `nth` mention of a name."""
    words = name.split()
    starts = [
        t.i
        for t in doc
        if doc[t.i : t.i + len(words)].text == name and t.i + len(words) <= len(doc)
    ]
    start = starts[nth]
    sentence = doc[start].sent
    index = list(doc.sents).index(sentence)
    return sentence, Fact(index, start, start + len(words), name, "PERSON", "person")


def _repeated(
    nlp: Any, text: str, name: str, nth: int = 0, players: frozenset[str] = frozenset()
) -> str | None:
    """Judge the `nth` mention of a name in a text against every named deed of the text."""
    doc = nlp(text)
    sentence, fact = _person(doc, name, nth)
    return repeated_deed(sentence, fact, named_deeds(list(doc.sents)), players)


def test_a_deed_two_named_people_do_is_no_who_question(nlp: Any) -> None:
    assert _repeated(nlp, REPORT, "Maria Lindqvist") == "Anna Berg also did it"


def test_a_deed_one_person_does_is_asked(nlp: Any) -> None:
    assert _repeated(nlp, REPORT, "Tove Ekberg") is None


def test_saying_is_no_shared_deed(nlp: Any) -> None:
    # each quotation tells its speaker apart: "Who said …?" stays unique
    assert _repeated(nlp, REPORT, "Anna Berg", nth=1) is None


def test_the_same_person_named_shorter_is_no_rival(nlp: Any) -> None:
    text = "Anna Berg led off with a single. In the fifth, Berg led off with a double."
    assert _repeated(nlp, text, "Anna Berg") is None


def test_in_a_question_about_one_match_only_its_players_count(nlp: Any) -> None:
    # "In Sweden's win over Korea Republic, who scored from the penalty spot?" is one man
    assert _repeated(nlp, REPORT, "Maria Lindqvist", players=frozenset({"maria lindqvist"})) is None


def test_a_doer_is_named_without_the_appositive_after_the_name(nlp: Any) -> None:
    # "Harrison Cahill, a spokesman for Lexington County, gave a count …" is Cahill's deed
    doc = nlp("Karl Holm, a spokesman for Dale County, gave a count of 16 injured on Monday.")
    deeds = named_deeds(list(doc.sents))
    assert deeds == {("give", (), "count"): frozenset({"Karl Holm"})}
    sentence, fact = _person(doc, "Karl Holm")
    assert repeated_deed(sentence, fact, deeds, frozenset()) is None
