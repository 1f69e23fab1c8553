"""Naming the story's actors: "the parents" of an article headed "Parents jailed after …"
whose first sentence's subject is "Ann Reed and her husband Tom Reed" are those two.

A headline calls its actors by a plural common noun ("Parents", "Climbers") and the lead
names them as its subject; a later bare "the parents" means those people, and a question
keeping it leaves the player asking which parents (blind review 69, "the parents" of a
manslaughter trial). Said by their names ("From which country did Ann Reed and Tom Reed come?")
the question stands alone. Only when every conjunct of the lead's subject is a named person
(or a person noun with the name beside it: "his wife Ann Reed"), at most `MOST_NAMES`, and
until the article brings in others of the noun ("other parents", "two parents").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from questions.generate.clauses import SUBJECT
from questions.generate.coordination import conjuncts, listing
from questions.generate.entcache import ents_of
from questions.generate.introduced import determiner
from questions.generate.persons import person_noun
from questions.generate.quotemarks import quoted_words

Span = Any
Token = Any
MOST_NAMES = 3  # three full names still read as one subject; a longer list outgrows the question
_OTHERS = frozenset({"other", "another", "more", "some", "many", "several", "few"})


@dataclass
class LeadActors:
    """The headline's plural noun for its actors and the names the lead gives them."""

    noun: str  # the plural as the headline writes it, lower-case: "parents"
    names: str  # "Ann Reed and Tom Reed"
    alive: bool = True  # false once the article brings in others of the noun


def _headline_noun(heading: Any) -> Token | None:
    """Return the plural person noun the headline opens its subject with ("Parents" of
    "Parents jailed after …", "Local parents" too), or None."""
    chunk = next(iter(heading.noun_chunks), None)
    if chunk is None or any(t.pos_ not in ("ADJ", "DET") for t in chunk if t.i != chunk.root.i):
        return None
    root = chunk.root
    if root.tag_ != "NNS" or root.ent_type_ or root.dep_ not in (*SUBJECT, "ROOT"):
        return None
    return root if person_noun(root.lemma_.lower()) else None


def _person(token: Token) -> Span | None:
    """Return the person's name a conjunct of the subject says: its own ("Tom Reed"), or
    the one beside its person noun ("his wife Ann Reed")."""
    for word in (token, *(c for c in token.children if c.dep_ == "appos")):
        name = next((e for e in ents_of(word.doc) if e.start <= word.i < e.end), None)
        if name is not None and name.label_ == "PERSON" and word.i == name.end - 1:
            return name
    return None


def lead_actors(lead: Span, heading: Any | None) -> LeadActors | None:
    """Return the headline's plural noun for its actors with the names the lead's subject
    gives them, or None where the lead names no such people."""
    noun = _headline_noun(heading) if heading is not None else None
    root = next((t for t in lead if t.dep_ == "ROOT"), None)
    subject = root and next((c for c in root.children if c.dep_ in SUBJECT), None)
    if noun is None or subject is None:
        return None
    heads = conjuncts(subject)
    joins = [c.lower_ for h in heads for c in h.children if c.dep_ in ("cc", "preconj")]
    people = [_person(t) for t in heads]
    if not 1 < len(people) <= MOST_NAMES or any(p is None for p in people) or joins != ["and"]:
        return None  # one person, a body, or "A or B": not the people the headline means
    # every person by full name, so a shared surname is said twice: "Ann Reed and Tom Reed"
    return LeadActors(noun.lower_, listing([p.text for p in people if p is not None]))


def name_lead_actors(sentence: Span, actors: LeadActors | None, replace: dict[int, str]) -> None:
    """Say the lead's names for a bare "the parents" (and "the parents'" as theirs) outside
    any quotation, until a sentence brings in other parents: then which is a guess."""
    if actors is None or not actors.alive:
        return
    quoted = quoted_words(sentence)
    for noun in sentence:
        if noun.lower_ != actors.noun or noun.tag_ != "NNS":
            continue
        said = {c.lower_ for c in noun.children if c.dep_ in ("det", "amod", "nummod")}
        if said & _OTHERS or any(c.like_num for c in noun.children):
            actors.alive = False  # "other parents", "two parents": not the story's own
            return
        det = noun.i - 1
        after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
        if not _bare(noun) or noun.i in quoted or noun.i in replace or det in replace:
            continue
        if after is not None and after.lower_ == "of":
            continue  # "the parents of the other child": its own phrase says whose
        replace[det] = ""
        replace[noun.i] = actors.names
        if after is not None and after.tag_ == "POS":
            replace[after.i] = "'" if actors.names.endswith("s") else "'s"


def _bare(noun: Token) -> bool:
    """Tell whether a plural is said with "the" alone ("the parents", "the parents'"):
    nothing else in its phrase says which parents."""
    return (
        noun.doc[noun.i - 1].lower_ == "the"
        and determiner(noun) == "the"
        and all(c.dep_ in ("det", "case") for c in noun.children)
    )
