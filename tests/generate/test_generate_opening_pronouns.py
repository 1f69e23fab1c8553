"""An opening "He" or "She" named by the one person the sentence before names, and an
opening "They" by the organisation that was that sentence's subject."""

from __future__ import annotations

from questions.generate.context import parse

BURIED = (
    "Officials in Dorvana confirmed the burial on Tuesday.",
    "Vuko Oblonthal has been buried in the village of Vetrino, west of the capital. "
    "He was the only engineer convicted over the collapse of the Pelsk dam in 1994.",
)
APOLOGY = (
    "The carmaker admitted the software problem in September.",
    "This led to a public apology by then-chief executive Martin Holloway. He then resigned "
    "on September 23.",
)
MATCH = (
    "The final was played at Wembley on Sunday.",
    "Despite their inexperience, Rovers started the match strongly. They pressed their "
    "advantage and forced the keeper into several saves.",
)


def _opening(paragraphs: tuple[str, ...]) -> str | None:
    """Return what the questions say for the first word of the article's last sentence."""
    parsed = parse(paragraphs, None)
    sentence, replace = parsed.sentences[-1], parsed.replace[-1]
    return replace.get(sentence[0].i)


def test_an_opening_he_is_the_one_person_named_before_whatever_the_name() -> None:
    assert _opening(BURIED) == "Vuko Oblonthal"


def test_an_opening_he_is_the_one_person_named_outside_the_subject_before() -> None:
    assert _opening(APOLOGY) == "Martin Holloway"


def test_an_opening_he_after_two_people_is_left_unnamed() -> None:
    two = APOLOGY[1].replace("Martin Holloway", "Martin Holloway to Anna Berg")
    assert _opening((APOLOGY[0], two)) is None


def test_an_opening_he_after_an_unnamed_person_is_left_unnamed() -> None:
    lawyer = BURIED[1].replace("has been buried", "was seen with a lawyer")
    assert _opening((BURIED[0], lawyer)) is None


def test_an_opening_she_after_a_man_is_left_unnamed() -> None:
    she = APOLOGY[1].replace(" He then", " She then")
    assert _opening((APOLOGY[0], she)) is None


def test_an_opening_he_after_a_paragraph_break_is_left_unnamed() -> None:
    first, second = BURIED[1].split(" He ")
    assert _opening((BURIED[0], first, "He " + second)) is None


def test_an_opening_they_is_the_organisation_that_was_the_subject_before() -> None:
    assert _opening(MATCH) == "Rovers"


def test_an_opening_they_after_another_body_is_left_unnamed() -> None:
    two = MATCH[1].replace("the match strongly", "the match against Celtic strongly")
    assert _opening((MATCH[0], two)) is None
