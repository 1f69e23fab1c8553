"""Whether two bodies' own kinds are one kind: "Committee", "Agency" and "Ministry" are all
administrative units of a government in WordNet, "University" and "College" educational
institutions. Two such bodies an article names are fair rivals of a third, where "Committee"
and "Party" (only organisations, like any body) are not (review 33's National Transportation
Safety Committee, refused beside the article's rescue agency and transport ministry)."""

from __future__ import annotations

from functools import cache

from questions.generate.hypernyms import climb
from questions.generate.wordnet import senses, synset

_LEVELS = 9  # deep enough to reach "social group" from any body's sense
_BODY = "social_group"  # a sense under it names a body ("ministry" the department, not the clergy)
# Kinds above any two bodies, or too wide to tell a hospital from a university: sharing only
# these says nothing of the two being alike.
_TOO_WIDE = frozenset({
    "organization", "social_group", "group", "abstraction", "entity", "unit", "body",
    "institution", "business", "enterprise", "gathering", "establishment",
})  # fmt: skip


@cache
def _body_kinds(word: str) -> frozenset[str]:
    """Return the kinds above a word's senses that name a body, by their first lemma."""
    found: set[str] = set()
    for offset in senses(word.lower()):
        chain = {lemma for level in climb([offset], _LEVELS) for o in level
                 if (s := synset(o)) is not None for lemma in s.lemmas[:1]}  # fmt: skip
        if _BODY in chain:
            found |= chain
    return frozenset(found - _TOO_WIDE)


def alike_bodies(kind: str, other: str) -> bool:
    """Tell whether two bodies' kind words ("committee", "agency") share a kind narrower than
    an organisation in WordNet."""
    return bool(kind and other) and (kind == other or bool(_body_kinds(kind) & _body_kinds(other)))


def body_words(word: str) -> frozenset[str]:
    """Return the kinds above a word's body senses narrower than an organisation ("agency":
    agency, administrative unit); none for a word too wide to tell ("body", "group")."""
    return _body_kinds(word.lower())
