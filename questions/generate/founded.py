"""A year inside an opening past participle, asked of the sentence's subject.

"Started in 1990, the Taipei lantern festival continues a 2000 year old tradition …": the
participle has no subject of its own; what it says was done to the sentence's subject, so
the plain inversion finds no question, yet "In which year was the Taipei lantern festival
started?" asks just what the clause states ("Founded in 1887, the club …", "Built in 1902,
the bridge …")."""

from __future__ import annotations

from typing import Any

from questions.generate.clauses import SUBJECT
from questions.generate.facts import Fact
from questions.generate.render import capitalise, join
from questions.generate.stems import Stem

Span = Any


def founded_question(sentence: Span, fact: Fact, replace: dict[int, str]) -> Stem | None:
    """Write "In which year was <subject> <participle>?" for the year of a sentence's
    opening "<Participle> in <year>," clause, or None when the sentence is not so made."""
    if fact.kind != "year":
        return None
    doc = sentence.doc
    act, main = doc[sentence.start], sentence.root
    if act.tag_ != "VBN" or act.dep_ != "advcl" or act.head.i != main.i:
        return None
    year = doc[fact.start : fact.end].root
    prep = year.head
    if year.dep_ != "pobj" or prep.lower_ != "in" or prep.head.i != act.i:
        return None
    # the clause is the participle and its year alone, closed by a comma
    if fact.end >= sentence.end or doc[fact.end].text != "," or prep.i != act.i + 1:
        return None
    subject = next((c for c in main.children if c.dep_ in SUBJECT and c.i > fact.end), None)
    if subject is None or subject.left_edge.i != fact.end + 1:
        return None  # "Started in 1990, it …" names nothing; an aside first: not so simple
    words = list(doc[subject.left_edge.i : subject.right_edge.i + 1])
    named = any(t.pos_ == "PROPN" or t.ent_type_ for t in words)
    if not named or any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in words):
        return None  # "the festival" says too little; a clause in it is a second statement
    be = "were" if subject.tag_ in ("NNS", "NNPS") else "was"
    said = join(words, replace)
    said = said if words[0].pos_ == "PROPN" else said[:1].lower() + said[1:]
    text = f"In which year {be} {said} {act.lower_}?"
    return Stem(capitalise(text), "wh", "rule:year-participle")
