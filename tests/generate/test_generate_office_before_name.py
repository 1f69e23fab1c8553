"""A name set after its office as that office's apposition ("The newly appointed Director of
the Halvorsen Institute, Maria Jensen, welcomed …") is asked as the office's holder, without
the words on how new the holder is, and whoever shared the sentence's deed "along with" it."""

from __future__ import annotations

from questions.generate import generate
from questions.generate.dates import parse_date_text
from questions.generate.facts import Fact
from questions.generate.nlp import load_nlp
from questions.generate.roles import role_stems

_ARTICLE = "\n\n".join(
    [
        "Halvorsen Institute opens new ocean laboratory in Bergen",
        "Thursday, March 12, 2026",
        "The Halvorsen Institute opened its new ocean laboratory in Bergen on Wednesday, "
        "after four years of building work that cost 310 million kroner.",
        "The newly appointed Director of the Halvorsen Institute, Maria Jensen, welcomed the "
        "first researchers in a speech streamed online after the opening, along with the "
        "Bergen city council that paid for part of the building.",
        "The laboratory has 14 tanks of sea water and room for 60 scientists.",
        "Marine biologist Jonas Rydberg said the tanks would let his team keep cod larvae "
        "alive for months instead of weeks.",
        "Fisheries minister Tove Aasen said the government would pay for a second building "
        "if the first one proved its worth by 2030.",
    ]
)


def _stems(text: str) -> list[str]:
    """Return the office questions written for the people of one sentence."""
    doc = load_nlp()(text)
    people = [Fact(0, e.start, e.end, e.text, "PERSON", "person") for e in doc.ents
              if e.label_ == "PERSON"]  # fmt: skip
    found = role_stems([doc[:]], [people], [{}], parse_date_text("March 12, 2026"))
    return [stem.text for stem in found.values()]


def test_an_office_before_its_holder_is_asked_without_how_new_it_is() -> None:
    assert _stems(
        "The newly appointed Director of the Halvorsen Institute, Maria Jensen, welcomed the "
        "first researchers."
    ) == ["Who was the Director of the Halvorsen Institute in March 2026?"]


def test_an_office_whose_the_is_its_owner_is_not_asked_without_it() -> None:
    stems = _stems("The Halvorsen rowing club's coach, Maria Jensen, welcomed the new crews.")
    assert not [s for s in stems if s.startswith("Who was Halvorsen")]


def test_the_article_asks_the_holder_of_an_office_set_before_the_name() -> None:
    questions = generate(_ARTICLE, slug="t", title="T").qset.questions
    asked = [q for q in questions if q.correct_option == "Maria Jensen"]
    assert [q.text.splitlines()[-1] for q in asked] == [
        "Who was the Director of the Halvorsen Institute in March 2026?"
    ]
