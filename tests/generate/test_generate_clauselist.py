"""A sentence listing clauses, each a named person's own deed: one clause asked alone, the
other clauses' doers as its wrong options."""

from __future__ import annotations

from typing import Any

from questions.generate import generate
from questions.generate.clauselist import clause_partners
from questions.generate.clauses import stands
from questions.generate.facts import Fact

_ARTICLE = """Harbour Lights release their debut album

The folk band Harbour Lights released its debut album, Salt Roads, on Friday in Portmere.

According to the band's label, Ann Lee wrote the lyrics of every song, Tom Hart produced the \
ten recordings in his garage studio, Raj Patel designed the cover art for the vinyl edition, \
and Mia Cole mixed the final tracks in London.

The album was recorded over six weeks at a studio in Portmere, the label said. Critics praised \
the record's warm sound, and the first pressing of 5,000 copies sold out within two days.

The band formed in Portmere in 2015 and played small venues along the coast for several years \
before signing with the label in 2022. A national tour will begin in March, with twelve dates \
planned across the country.
"""


def _partners(nlp: Any, text: str) -> dict[str, list[str]]:
    """Return each person of a one-sentence text with the partners its question may offer."""
    doc = nlp(text)
    out = {}
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            fact = Fact(0, ent.start, ent.end, ent.text, "PERSON", "person")
            out[ent.text] = sorted(clause_partners(doc[:], fact))
    return out


def test_each_clause_offers_the_other_clauses_doers(nlp: Any) -> None:
    found = _partners(
        nlp,
        "Ann Lee wrote the lyrics, Tom Hart produced the album, and Raj Patel designed the cover.",
    )
    assert found["Tom Hart"] == ["Ann Lee", "Raj Patel"]
    assert found["Ann Lee"] == ["Raj Patel", "Tom Hart"]


def test_a_doer_of_the_same_deed_is_no_option(nlp: Any) -> None:
    found = _partners(
        nlp,
        "Ann Lee wrote the lyrics, Tom Hart wrote the lyrics, and Raj Patel designed the cover.",
    )
    assert "Tom Hart" not in found["Ann Lee"]


def test_a_person_named_in_two_clauses_is_no_option_for_a_deed_they_did(nlp: Any) -> None:
    found = _partners(
        nlp,
        "Lena Ortiz built the engine, Omar Grant designed the sails, Paul Chen and Lena Ortiz "
        "designed the sails, and Ida Moss tested the boat.",
    )
    assert found["Omar Grant"] == ["Ida Moss"]  # Lena Ortiz built the engine, but designed too
    assert "Lena Ortiz" in found["Ida Moss"]  # she tested nothing


def test_reported_and_negated_clauses_are_no_list(nlp: Any) -> None:
    assert _partners(nlp, "Ann Lee told reporters Tom Hart produced the album.") == {
        "Ann Lee": [],
        "Tom Hart": [],
    }
    assert _partners(nlp, "Tom Hart produced the album, Ann Lee told reporters.") == {
        "Tom Hart": [],
        "Ann Lee": [],
    }
    found = _partners(
        nlp,
        "Ann Lee wrote the lyrics, Tom Hart did not produce the album, and Raj Patel "
        "designed the cover.",
    )
    assert all(not partners for partners in found.values())


def test_a_clause_hung_on_the_next_one_stands(nlp: Any) -> None:
    doc = nlp(
        "Ann Lee wrote the lyrics, Tom Hart produced the album, and Raj Patel designed the cover."
    )
    wrote = next(t for t in doc if t.text == "wrote")
    assert stands(wrote)
    doc = nlp("Ann Lee wrote the lyrics, Tom Hart told reporters.")
    wrote = next(t for t in doc if t.text == "wrote")
    assert not stands(wrote)  # what he told, not a deed of a list


def test_one_clause_is_asked_with_the_others_as_options() -> None:
    quiz = generate(_ARTICLE, slug="salt-roads", title="Salt Roads").qset
    band = {"Ann Lee", "Tom Hart", "Raj Patel", "Mia Cole"}
    asked = [q for q in quiz.questions if q.options[q.answer] in band]
    assert asked, "no question on the list's clauses"
    for question in asked:
        assert question.text.splitlines()[-1].startswith("Who ")
        assert set(question.options) == band  # each wrong option did another deed
        assert not any(name in question.text for name in band)  # one clause, asked alone
