"""Whether "another" says "other than the one here" rather than "one more".

"England made another change" is one more change: "England made a change" is as true. But
"students who trained in another country" are those trained abroad, "moved to another
school" left the one they were at, and "one car hit another car" pairs two: said with "a",
each says something else ("trained in a country" is true of every student). Nor is a
denied one: "do not want another Bush term" is not "do not want a Bush term", which denies
every term, the first too (review 82). Such an "another" is left as written, and the
question keeps or refuses it as any reference.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from questions.generate.hypernyms import is_kind_of
from questions.generate.wordnet import PERSON_FILE, senses, synset

Token = Any
# Prepositions that set a thing somewhere or send it there ("in", "to", "from"): a place
# so reached is another than the one the subject is at or from.
_WHERE = frozenset({"in", "into", "inside", "to", "toward", "towards", "from", "on", "onto", "at"})
# WordNet lexicographer files of what one is in, goes to or comes from: places (15), bodies
# and institutions (14: a country, a school, a team), natural objects (17: a planet, a star)
# and made things (6: a hospital, an aquarium); "of" says origin only of the first two.
_PLACES = frozenset({6, 14, 15, 17})
_ORIGINS = frozenset({14, 15})
_LANGUAGE = "language"  # "in another language": other than the one it was in
_LANGUAGE_LEVELS = 4
_CLAUSES = frozenset({"relcl", "acl"})  # "students who trained …", "a planet orbiting …"
_PEOPLE = frozenset({"PRON"})  # "those who moved to another club", "anyone who …"


def _first_sense(noun: Token) -> tuple[str, ...]:
    """Return the commonest WordNet noun sense of a word, as a tuple of at most one."""
    return senses(noun.lemma_.lower())[:1] if noun.pos_ == "NOUN" else ()


@cache
def _language() -> tuple[str, ...]:
    """Return WordNet's sense of "language" (a tongue, not a wording)."""
    return senses(_LANGUAGE)[:1]


def _kind(noun: Token, files: frozenset[int]) -> bool:
    """Tell whether a noun's commonest sense is a place-like thing of `files` or a language."""
    first = _first_sense(noun)
    entry = synset(first[0]) if first else None
    if entry is not None and entry.lexfile in files:
        return True
    return bool(first) and is_kind_of(first, _language(), _LANGUAGE_LEVELS, first=True)


def _placed(noun: Token) -> bool:
    """Tell whether "another N" is where something is, goes or comes from ("trained in
    another country", "moved to another school", "citizens of another state")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    if prep.lower_ == "of":
        return _kind(noun, _ORIGINS)
    return prep.lower_ in _WHERE and _kind(noun, _PLACES)


def _defining(noun: Token) -> bool:
    """Tell whether "another N" is inside a clause that says which people are meant
    ("students who joined another club", "those who move to another school"): a "who"
    clause with "a" would define others."""
    for above in noun.ancestors:
        if above.dep_ not in _CLAUSES:
            continue
        owner = above.head
        restrictive = above.left_edge.i == 0 or above.doc[above.left_edge.i - 1].text != ","
        entry = None
        if owner.pos_ == "NOUN" and (found := senses(owner.lemma_.lower())):
            entry = synset(found[0])
        person = owner.pos_ in _PEOPLE or (entry is not None and entry.lexfile == PERSON_FILE)
        return restrictive and person
    return False


def _paired(noun: Token, sentence: Any) -> bool:
    """Tell whether a "one" before "another N" in the sentence makes a pair of them ("one
    car hit another car", "one of the teams beat another team")."""
    for token in sentence:
        if token.i >= noun.i:
            return False
        if token.lower_ != "one":
            continue
        counted = token.head if token.dep_ in ("nummod", "det") else None
        if counted is None or counted.lemma_.lower() == noun.lemma_.lower():
            return True
    return False


def other_than(another: Token, sentence: Any) -> bool:
    """Tell whether a determiner "another" says "other than this one" (a place one is in or
    from, a pair with "one", a clause defining who), so "a" would say something else."""
    noun = another.head
    return _placed(noun) or _defining(noun) or _paired(noun, sentence) or _denied(noun)


def _denied(noun: Token) -> bool:
    """Tell whether the noun or any word above it, however far, is denied or is "without"
    ("do not want another term", "without another word", "did not say he wants another
    term"): one more denied is not any denied, and a denial further up is kept to be safe."""
    return any(
        above.lower_ == "without" or any(c.dep_ == "neg" for c in above.children)
        for above in [noun, *noun.ancestors]
    )
