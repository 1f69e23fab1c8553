"""A speaker named in a fronted "As X told Y," clause: what X told is the main clause."""

from __future__ import annotations

from typing import Any

from questions.generate.clauses import REPORTING
from questions.generate.facts import Fact
from questions.generate.render import join
from questions.generate.stems import Stem

Token = Any


def as_told_question(sentence: Any, fact: Fact, replace: dict[int, str]) -> Stem | None:
    """Ask who said what a sentence reports after "As X told Y," ("As Heald told The
    Huffington Post, US surface ozone has dropped …" -> "Who told The Huffington Post that
    US surface ozone has dropped …?"): the main clause is what they said, and the fronted
    clause alone ("Who told The Huffington Post?") asks nothing."""
    first = sentence[0]
    verb = first.head
    if fact.kind != "person" or first.lower_ != "as" or first.dep_ != "mark":
        return None
    if verb.dep_ != "advcl" or verb.lemma_ not in REPORTING or verb.head.dep_ != "ROOT":
        return None
    if _past_event(verb.head):
        return None  # "As X told parents, a fire alarm went off": "as" is "while"
    speaker = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(speaker) != 1 or not fact.start <= speaker[0].i < fact.end:
        return None
    if any(c.dep_ in ("ccomp", "xcomp", "advcl") for c in verb.children):
        return None  # "As X told Y he would …": what was said is the clause's own
    end = max(t.i for t in verb.subtree if not t.is_punct) + 1  # its comma may hang on Y
    if end >= sentence.end or sentence.doc[end].text != ",":
        return None
    told = [t for t in verb.subtree if t.i > speaker[0].right_edge.i and not t.is_punct]
    said = [t for t in sentence if t.i > end and not (t.is_punct and t.i == sentence.end - 1)]
    if not said or said[0].is_punct or any(t.text in ('"', "“", "”") for t in said):
        return None
    text = join(["Who", *told, "that", *said], replace)
    return Stem(text.rstrip(" ,") + "?", "wh", f"rule:{fact.kind}-as-told")


def _past_event(verb: Token) -> bool:
    """Tell whether a main clause tells a simple-past event ("a fire alarm went off"): what
    happened while X told Y, not what X told; what is told is a state or a perfect ("ozone has
    dropped"), or said with a modal ("prices will rise")."""
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBD":
        return not helpers
    return any(h.tag_ == "VBD" and h.lemma_ in ("be", "do") for h in helpers) and not any(
        h.tag_ == "MD" or h.lemma_ == "have" for h in helpers
    )  # "was closed", "did not stop": past events too
