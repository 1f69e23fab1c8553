"""A first name the model left outside a one-word name the article uses as a person's surname
("former DJ Tovo Rakotobe" … "Mr Rakotobe") belongs to the name: the full name is a person."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span

from questions.generate.facts import sentence_facts
from questions.generate.forenamed import forenamed

ARTICLE = (
    "Dock workers said they would back union leader and former DJ Tovo Rakotobe. "
    "Mr Rakotobe met the harbour board on Monday."
)


def _facts(nlp: Any, text: str, surname: str) -> list[tuple[str, str]]:
    """Return the person facts of a made-up article whose every lone `surname` the model
    is made to read as a place, its first name unnamed, as it read a real article's."""
    doc = nlp(text)
    misread = [Span(doc, t.i, t.i + 1, label="GPE") for t in doc if t.text == surname]
    doc.ents = [*misread, *(e for e in doc.ents if surname not in e.text)]
    sentences = list(doc.sents)
    stated = [sentence_facts(s, n) for n, s in enumerate(sentences)]
    found = forenamed(stated, sentences)
    return [(f.text, f.label) for facts in found for f in facts if f.kind == "person"]


def test_a_first_name_before_a_surname_said_with_mr_opens_the_full_name(nlp: Any) -> None:
    """The first name opens the name: "Tovo Rakotobe", whom the article calls "Mr Rakotobe"."""
    assert ("Tovo Rakotobe", "PERSON") in _facts(nlp, ARTICLE, "Rakotobe")


def test_no_first_name_is_read_where_the_article_names_no_one_so(nlp: Any) -> None:
    """Without "Mr Rakotobe" the word is no one's surname the article says; a title or a
    word saying who someone is ("President") is no first name."""
    alone = "Dock workers said they would back union leader and former DJ Tovo Rakotobe."
    assert _facts(nlp, alone, "Rakotobe") == []
    titled = ARTICLE.replace("DJ Tovo", "President")
    assert not any(name.startswith("President") for name, _ in _facts(nlp, titled, "Rakotobe"))
