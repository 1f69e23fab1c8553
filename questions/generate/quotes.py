"""Stage 4d: "Who said, "…"?" for a statement the article quotes and attributes.

'"Seventeen years ago, this would not have been possible at all," said Ambassador Mohib.'
A question over the parse would keep only "Who said to the crowd?"; the quotation itself is
what the reader remembers, and it names its own subject.
"""

from __future__ import annotations

from typing import Any

from questions.generate.clauses import REPORTING, SUBJECT
from questions.generate.facts import Fact
from questions.generate.write import Stem

Span = Any
QUOTE_MARKS = frozenset({'"', "“", "”"})
MAX_QUOTE_WORDS = 30  # a longer quotation is a passage to read, not a question
MIN_QUOTE_WORDS = 5
QUOTE_RULE = "rule:{kind}-quote"


def quote_question(sentence: Span, fact: Fact) -> Stem | None:
    """Write 'Who said "<quotation>"?' when the answer is the speaker of the sentence's
    one quotation, else None."""
    if fact.kind not in ("person", "organization"):
        return None
    doc = sentence.doc
    root = doc[fact.start : fact.end].root
    verb = root.head
    if root.dep_ not in SUBJECT or verb.lemma_ not in REPORTING or verb.dep_ != "ROOT":
        return None
    marks = [t for t in sentence if t.text in QUOTE_MARKS]
    said = [c for c in verb.children if c.dep_ == "ccomp"]
    if len(marks) != 2 or not said or not marks[0].i < said[0].i < marks[1].i:
        return None
    if marks[0].i <= fact.start < marks[1].i:
        return None  # the speaker is inside the quotation: not what is quoted
    quotation = doc[marks[0].i + 1 : marks[1].i].text.strip().rstrip(",.;:").strip()
    words = len(quotation.split())
    if not MIN_QUOTE_WORDS <= words <= MAX_QUOTE_WORDS or not quotation[:1].isupper():
        return None  # a fragment ("… a 'significant public benefit.'") is no statement
    wh = "Who" if fact.kind == "person" else "Which organization"
    tense = "says" if verb.tag_ == "VBZ" else "said"
    return Stem(f'{wh} {tense} "{quotation}"?', "wh", QUOTE_RULE.format(kind=fact.kind))
