"""Names the small model reads wrongly: a statute with its year ("the Harbour Safety Act
2003"), a person led by an honorific and a title ("Mr Justice Green"), and a headline's verb
read as a noun ("Scottish judge withholds report from …" is no report's name)."""

from __future__ import annotations

from typing import Any

from questions.generate.definites import title_heads
from questions.generate.entities import mend_names
from questions.generate.facts import sentence_facts


def _ents(nlp: Any, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    mend_names(doc)
    return [(e.text, e.label_) for e in doc.ents]


def test_a_statutes_year_is_part_of_its_name(nlp: Any) -> None:
    """The year is no date to ask, and the statute is a law, neither a body nor an event."""
    ents = _ents(nlp, "Using the Harbour Safety Act 2003 the ferry owners asked for the logs.")
    assert ("the Harbour Safety Act 2003", "LAW") in ents
    assert not any(label == "DATE" for _, label in ents)
    ents = _ents(nlp, "The council relied on the Coastal Fisheries Act of 1984 in the dispute.")
    assert ("the Coastal Fisheries Act of 1984", "LAW") in ents


def test_a_year_after_a_body_is_no_statutes(nlp: Any) -> None:
    """Only a name ending in a legal document's noun takes the year after it."""
    ents = _ents(nlp, "The Ferry Authority 2003 report was published on Monday.")
    assert not any(label == "LAW" for _, label in ents)


def test_a_name_after_mr_and_a_title_is_a_persons(nlp: Any) -> None:
    """ "Justice" is a quality first, but "Mr Justice" says a judge: "Who …?" fits."""
    text = "Mr Justice Green read the file himself and refused to release it."
    sentence = next(nlp(text).sents)
    kinds = {f.text: f.kind for f in sentence_facts(sentence, 0)}
    assert kinds.get("Green") == "person"  # not a thing's name, asked "What …?"


def test_a_headline_clause_misread_as_a_noun_phrase_names_nothing(nlp: Any) -> None:
    """The article never says "judge withholds report": "the report" keeps its own words."""
    title = nlp("Scottish judge withholds report from Polish robbery case defendants")
    said = "The judge read the report himself and decided not to release it."
    assert "report" not in title_heads(title, said)
