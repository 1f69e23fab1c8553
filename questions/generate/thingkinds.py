"""What a name the model calls an organisation is, when it is no organisation: a street, a
building, a sports team or a school.

Blind review 61 found "Which organization was Dublin's main thoroughfare?" (a street), "Which
organization is located in … Cabbagetown?" (a loft complex), "Which organization's goalkeeper
…?" (a football club, offered beside two players and a competition) and a university offered
beside a weather service and a building. What a name is comes from its head noun in WordNet
("Street": a thoroughfare; "Lofts", "Coliseum": structures; "Tech": a technical school), from
the noun the article sets before it or beside it ("football club Real Madrid", "O'Connell
Street, Dublin's main thoroughfare") or from what the article gives it (a goalkeeper, a
striker: a team's). The question then asks for that kind ("Which street …", "Which team's
goalkeeper …") and only names of the same kind are its rivals.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache, lru_cache
from typing import Any

from questions.generate.entcache import ents_of
from questions.generate.hypernyms import is_kind_of
from questions.generate.kinds import BODIES, folded_name
from questions.generate.scoretext import SCORE_IN_TEXT
from questions.generate.verbfiles import played_against
from questions.generate.wordnet import names_body, senses

STREET, BUILDING, TEAM, SCHOOL = "street", "building", "team", "school"
# the kinds no body is: one of them is never a rival of a body, nor a body of one of them
NOT_BODIES = frozenset({STREET, BUILDING, TEAM})
_LEVELS = 8  # deep enough to reach "structure" from "coliseum" (amphitheater, stadium)
_NAMES = frozenset({"ORG", "FAC", "PERSON", "GPE", "NORP", "LOC"})  # a club may be any
_JOINS = frozenset({"of", "for", "on", "in", "at"})  # a name's head comes before these
_SCHOOL_WORDS = frozenset({"university", "college", "school"})  # asked as written


@cache
def _root(lemma: str) -> frozenset[str]:
    """Return the commonest sense of a kind word: the root its kind is looked for under."""
    return frozenset(senses(lemma)[:1])


@cache
def word_kind(word: str) -> str:
    """Return the kind a common noun names by its WordNet senses ("thoroughfare": street;
    "hotel", "loft": building; "tech": school; "club": team), or "" (a body's word, "house",
    "center", or no such noun). A building's or team's is its commonest sense only:
    "center" is first an area, "house" first a dwelling but a body's word too."""
    found = senses(word)
    if not found:
        return ""
    if is_kind_of(found[:2], _root("road"), _LEVELS):  # "avenue": second a street
        return STREET
    if is_kind_of(found[:3], _root("educational institution"), _LEVELS):
        return SCHOOL  # "university": first the body, third the school
    if word in BODIES:
        return ""  # "house", "center": a body's word as much as a building's
    if is_kind_of(found[:1], _root("team"), _LEVELS):
        return TEAM
    return BUILDING if is_kind_of(found[:1], _root("structure"), _LEVELS) else ""


def _head(name: str) -> str:
    """Return a name's head word, lower case: the word before its first "of" or "for"
    ("Marlow Council for Clean Roads": council), else its last."""
    words = re.sub(r"['’]s?$", "", name.strip()).split()
    lowered = [w.lower() for w in words]
    joins = [n for n, w in enumerate(lowered) if n and w in _JOINS]
    if joins:
        return lowered[joins[0] - 1]
    return lowered[-1] if len(lowered) > 1 else ""


def _singular(word: str) -> str:
    """Return a noun's singular by lemminflect ("lofts": loft)."""
    from lemminflect import getLemma

    found = getLemma(word, upos="NOUN")
    return found[0] if found else word


# the options of every question ask again for the same few names' kinds (800 asks the seed
# article): lemminflect's and WordNet's answer, a pure function of the name
@lru_cache(maxsize=1 << 12)
def name_kind(name: str) -> str:
    """Return the kind a name's own head noun says ("O'Connell Street": street, "Fulton
    Cotton Mill Lofts": building, "Georgia Tech": school), or ""."""
    head = _head(name)
    if not head.isalpha() or names_body(re.sub(r"^the ", "", name, flags=re.IGNORECASE)):
        return ""  # "Red Cross": WordNet's body, whatever its head noun builds
    return word_kind(head) or word_kind(_singular(head))


def thing_kinds(sentences: Iterable[Any], named: Mapping[str, str] | None = None) -> dict[str, str]:
    """Return the kind of each name the article says it is by its words, by folded name: its
    own head noun, the noun set beside it ("football club Real Madrid", "O'Connell Street,
    Dublin's main thoroughfare"), a player it has ("Liverpool's goalkeeper") or a score it
    has against a side ("losing 2–1 to Bayern Munich"); else the kind
    of the noun `kinds.name_kinds` gives a one-word name ("USI": the university it
    abbreviates)."""
    kinds: dict[str, str] = {}
    for sentence in sentences:
        for ent in ents_of(sentence):
            if ent.label_ not in _NAMES:
                continue
            kind = _said_kind(ent) or name_kind(ent.text)
            if kind:
                kinds.setdefault(folded_name(ent.text), kind)
    for name, noun in (named or {}).items():
        # one word ("USI"), whose kind is what it abbreviates: a name of several words was
        # judged by its own words above ("Red Cross" is no building for its "cross")
        if " " not in name and noun.isalpha() and (kind := word_kind(noun)):
            kinds.setdefault(name, kind)
    return kinds


def _said_kind(ent: Any) -> str:
    """Return the kind the article's words give a name: a noun in apposition or right
    before it, whose commonest sense is a street, team or school ("his former club Borussia
    Dortmund"), or a team's player it is said to have ("Liverpool's goalkeeper")."""
    root = ent.root
    nouns = [c for c in root.children if c.dep_ == "appos" and c.i >= ent.end]
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.pos_ == "NOUN" and ent.start <= before.head.i < ent.end:
        nouns.append(before)  # "club [Real] Madrid": the noun the name is compounded with
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.i < ent.start:
        nouns.append(root.head)  # "his former club, Borussia Dortmund"
    for noun in nouns:
        kind = word_kind(noun.lemma_.lower())
        if kind in (STREET, TEAM, SCHOOL):
            return kind
    if ent.label_ != "GPE" and not SCORE_IN_TEXT.search(ent.text) and _played_against(root):
        return TEAM  # "losing 2–1 to their arch rivals Bayern Munich": a side of a score
    head = root.head
    owned = root.dep_ in ("poss", "compound") and head.pos_ == "NOUN" and head.i >= ent.end
    athlete = owned and is_kind_of(senses(head.lemma_.lower())[:2], _root("athlete"), _LEVELS)
    return TEAM if athlete else ""  # "Liverpool's goalkeeper", "Liverpool's striker"


def _played_against(root: Any) -> bool:
    """Tell whether a name is the side a match verb with a score is played against ("beat
    Acme 2–1", "losing 2–1 to their rivals Acme"): a team, whatever the model labelled it."""
    while root.dep_ in ("appos", "conj"):  # "their arch rivals, Bayern Munich"
        root = root.head
    if root.dep_ == "dobj":
        verb = root.head  # "beat Acme 2–1"
    elif root.dep_ == "pobj" and root.head.lower_ == "to":
        verb = root.head.head  # "lost 2–1 to Acme"
    else:
        return False
    if verb.pos_ not in ("VERB", "AUX") or not played_against(verb.lemma_):
        return False
    return any(SCORE_IN_TEXT.fullmatch(c.text) for c in verb.children)


def kind_named(name: str, kinds: Mapping[str, str]) -> str:
    """Return a name's kind: the article's word for it, else its head noun's."""
    return kinds.get(folded_name(name), "") or name_kind(name)


def other_thing(option: str, key: str, kinds: Mapping[str, str]) -> bool:
    """Tell whether an option is of another kind than the key where either is a street, a
    building or a team (a player is no club's rival, a street no body's), or the key is a
    school and the option none (a weather service is no university's rival)."""
    ours, theirs = kind_named(key, kinds), kind_named(option, kinds)
    if ours in NOT_BODIES or theirs in NOT_BODIES or ours == SCHOOL:
        return ours != theirs
    return False


def same_thing(option: str, key: str, kinds: Mapping[str, str]) -> bool:
    """Tell whether an option is the key's own kind of thing: both streets, both teams."""
    ours = kind_named(key, kinds)
    return bool(ours) and kind_named(option, kinds) == ours


def thing_wh(name: str, kinds: Mapping[str, str]) -> str:
    """Return the noun a question asks a name's kind by ("street", "coliseum", "team",
    "university"), or "" for a body: "which organization" fits it."""
    kind = kind_named(name, kinds)
    if not kind:
        return ""
    head = _head(name)
    if kind == SCHOOL:
        return head if head in _SCHOOL_WORDS else "university"
    if kind in (STREET, BUILDING) and head.isalpha() and _singular(head) == head:
        return head if word_kind(head) == kind else kind  # "coliseum"; "lofts": building
    return kind


_WHICH_BODY = re.compile(r"\b([Ww])hich organization\b")


def school_kind(key: str, kinds: Mapping[str, str]) -> str:
    """Return the kind word a school that does not say its kind is looked up by in WordNet
    ("Georgia Tech": university), or ""."""
    return thing_wh(key, kinds) if kind_named(key, kinds) == SCHOOL else ""


def asked_as_thing(text: str, key: str, kinds: Mapping[str, str]) -> str:
    """Ask "which street"/"which team's" where a question asks a street or team "which
    organization"; a body's question is unchanged."""
    noun = thing_wh(key, kinds)
    if not noun:
        return text
    return _WHICH_BODY.sub(lambda m: f"{m.group(1)}hich {noun}", text)


_NAMED_FACTS = frozenset({"place", "organization", "name", "person"})  # a club may be any


def thing_kin(fact: Any, key: str, article: Iterable[Any], kinds: Mapping[str, str]) -> list[str]:
    """Return the article's names of the key's kind where it is a street, building, team or
    school, whatever the model labelled them ("his former club Borussia Dortmund", which
    it took for a person, for the team Liverpool)."""
    kind = kind_named(key, kinds) if fact.kind == "organization" else ""
    if not kind:
        return []
    return list(dict.fromkeys(f.text for f in article if f.kind in _NAMED_FACTS
                              and f.text != key and kind_named(f.text, kinds) == kind))  # fmt: skip
