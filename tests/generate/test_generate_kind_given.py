"""A teacher's own article: "the band" said by the one name the lead gave a band ("folk band
The Lantern Keepers"), left as written when two bands, an unnamed "a band" or another name
of no known kind could be meant; and a title's capitalised "Can't" is no negated question."""

from __future__ import annotations

from typing import Any

from questions.generate.kindgiven import Given, name_given, note_given
from questions.generate.pipeline import generate
from questions.generate.quality import negated

BAND = """Folk band The Lantern Keepers to play farewell concert in Galway

Tuesday, May 5, 2020

Folk band The Lantern Keepers will play a farewell concert in Galway on Saturday, their \
manager Orla Brennan said on Monday. Tickets sold out within an hour.

The group formed in a pub in Clifden in 1995, when all four members were still at school.

In 2004, the band split after a long tour of Canada. Three of the members went back to \
teaching, and singer Aoife Daly moved to Boston.

The band played again in 2012 at a charity concert in Dublin.
"""


def _said(nlp: Any, text: str) -> list[str]:
    """Return each sentence of a text (its first the lead) with "the band" named."""
    given, out, before = Given(), [], None
    for n, sentence in enumerate(nlp(text).sents):
        replace: dict[int, str] = {}
        note_given(sentence, given, lead=n == 0)
        name_given(sentence, before, given, replace)
        out.append(" ".join(replace.get(t.i, t.text) for t in sentence if replace.get(t.i) != ""))
        before = sentence
    return out


def test_the_band_is_asked_by_the_name_the_lead_gave_it() -> None:
    quiz = generate(BAND, slug="band", title="Farewell concert")
    asked = {q.text.split("\n")[-1]: q.correct_option for q in quiz.qset.questions}
    split = [q for q in asked if "split" in q]
    assert split and all("the Lantern Keepers" in q for q in split), asked
    assert not any("the band" in q.lower() for q in asked), asked


def test_a_name_before_its_noun_is_said_with_the_noun(nlp: Any) -> None:
    said = _said(
        nlp, "The Harbour Lights band played its first concert in 1998. The band split in 2001."
    )
    assert said[1].startswith("The Harbour Lights band split")
    said = _said(nlp, "The chemical firm Delmar Labs opened a plant. The firm sold it in 2003.")
    assert said[1].startswith("Delmar Labs sold")  # written bare: no "the" of its own


def test_two_bands_or_an_unnamed_one_leave_the_band_as_written(nlp: Any) -> None:
    two = (
        "Folk band The Lantern Keepers played in Galway. "
        "They toured with rock band The Iron Gates in 2003. The band split in 2004."
    )
    assert _said(nlp, two)[-1].startswith("The band split")
    unnamed = (
        "Folk band The Lantern Keepers played in Galway. "
        "Their singer later joined a band in Boston. The band split in 2004."
    )
    assert _said(nlp, unnamed)[-1].startswith("The band split")


def test_another_name_nearby_or_a_person_noun_is_not_named(nlp: Any) -> None:
    other = (
        "The software company Delmar Labs opened an office in Leeds. "
        "Brightwell bought a rival last year, and the company plans to grow."
    )
    assert "the company plans" in _said(nlp, other)[-1]
    person = "Folk singer Aoife Daly played in Galway. The singer moved to Boston in 2006."
    assert _said(nlp, person)[-1].startswith("The singer moved")


def test_a_titles_capitalised_negation_is_not_asked() -> None:
    assert negated("In which year did the band release its album Why Can't We Stay?") is None
    assert negated("In which year did the band not tour?") is not None
    assert negated("📰 Band splits (May 2020)\nWho didn't tour?") is not None
