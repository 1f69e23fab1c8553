"""Stage 4g: ask inside a clause that tells a fact of its own: a "with" clause, a
", which will be the …" clause.

"Two veteran politicians … were defeated in this constituency, with Junius Ho defeating Lee
Cheuk-yan by around five thousand votes": the clause after "with" has its own subject, verb
and object, so it is a sentence of its own, told in the main clause's past: "Who did Junius
Ho defeat by around five thousand votes?", "Who defeated Lee Cheuk-yan by around five
thousand votes?". Asked as one blank, the sentence would show the key twice (its first
mention is in the main clause) or ask one item of the main clause's list.

"… for its final mission which will be STS-135, which will be the last Space Shuttle
mission": the clause set off by a comma says who or what the key is, by a description only
one thing fits ("the last …"): "Which mission will be the last Space Shuttle mission?".
The main clause, with its "its" and "the hangar", is left out.
"""

from __future__ import annotations

from typing import Any

from questions.generate.facts import Fact
from questions.generate.render import capitalise, join
from questions.generate.stems import Stem
from questions.generate.tense import past_of
from questions.generate.whphrase import WH_OF_KIND, place_wh, wh_phrase

Span = Any
Token = Any
_ROLES = {"nsubj": "subject", "dobj": "object"}
_CLAUSE_PARTS = frozenset({"nsubj", "aux", "attr", "neg", "punct"})


def absolute_question(sentence: Span, fact: Fact, replace: dict[int, str]) -> Stem | None:
    """Write "Who <did> …?" for the subject or object of a "with <subject> <verb>-ing …"
    clause hung on a past verb, or None when the sentence is not so made."""
    doc = sentence.doc
    key = doc[fact.start : fact.end].root
    verb = key.head
    role = _ROLES.get(key.dep_)
    wh = place_wh(fact) if fact.kind == "place" else WH_OF_KIND.get(fact.kind)
    if role is None or wh is None or verb.tag_ != "VBG" or verb.dep_ != "pcomp":
        return None
    if verb.head.lower_ != "with" or not _past(verb.head.head):
        return None
    if [t.i for t in key.subtree] != list(range(fact.start, fact.end)):
        return None  # "Ho" of "Junius Ho": the key must be the whole phrase
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(subjects) != 1 or (role == "object" and len(objects) != 1):
        return None
    after = [t for c in verb.children if c.i > verb.i for t in c.subtree if t.i not in range(
        fact.start, fact.end)]  # fmt: skip
    told = [*subjects[0].subtree, *after]
    if any(t.pos_ in ("VERB", "AUX") or t.is_punct or t.dep_ == "neg" for t in told):
        return None  # one event in one plain clause: no second verb, aside or "not"
    if role == "subject":
        text = join([wh, past_of(verb), *after], replace)
    else:
        text = join([wh, "did", *subjects[0].subtree, verb.lemma_, *after], replace)
    return Stem(capitalise(text) + "?", "wh", f"rule:{fact.kind}-with-{role}")


def _past(verb: Token) -> bool:
    """Tell whether a verb is told in the past ("defeated", "were defeated")."""
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.pos_ in ("VERB", "AUX") and (
        verb.tag_ == "VBD" if not helpers else helpers[0].tag_ == "VBD"
    )


def described_question(sentence: Span, fact: Fact, replace: dict[int, str]) -> Stem | None:
    """Write "Which <kind> <will be> <the description>?" for "<key>, which <will be> the
    <description>", or None when the key has no such clause."""
    doc = sentence.doc
    key = doc[fact.start : fact.end].root
    wh = wh_phrase(fact, None)
    clauses = [c for c in key.children if c.dep_ == "relcl" and c.lemma_ == "be"]
    if wh is None or len(clauses) != 1 or doc[clauses[0].left_edge.i - 1].text != ",":
        return None
    be = clauses[0]
    parts = list(be.children)
    which = [c for c in parts if c.dep_ == "nsubj" and c.lower_ in ("which", "who")]
    attrs = [c for c in parts if c.dep_ == "attr"]
    if not which or len(attrs) != 1 or any(c.dep_ not in _CLAUSE_PARTS for c in parts):
        return None
    described = list(attrs[0].subtree)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in attrs[0].children):
        return None  # "a member of NATO": many fit; "the last mission": one
    if any(t.pos_ in ("VERB", "AUX", "PRON") or t.is_punct for t in described):
        return None  # one plain description, nothing pointing back into the article
    helpers = [c for c in parts if c.dep_ in ("aux", "neg")]
    text = join([wh, *helpers, be, *described], replace)
    return Stem(capitalise(text) + "?", "wh", f"rule:{fact.kind}-described")
