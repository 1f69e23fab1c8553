"""The sides of a match: options from the key's own side, and a question that names both.

The article says a side beside a name ("Korea's Kim Min-Woo", "English captain Harry Kane");
a person it puts beside two sides ("Tunisia lost to England, with a goal from … Kane") has
no side the options can follow.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from spacy.lang.en.stop_words import STOP_WORDS

from questions.generate.bygone import bygone_eras
from questions.generate.entcache import ents_of
from questions.generate.lifetimes import lifetime_eras
from questions.generate.pools import is_demonym, place_kind
from questions.generate.verbfiles import COMPETITION, verb_file
from questions.schema import normalise

if TYPE_CHECKING:
    from questions.generate.options import OptionContext

_WORD = re.compile(r"[\w'’-]+")


def same_team(one: str, other: str, teams: Mapping[str, frozenset[str]]) -> bool:
    """Tell whether the article puts two people (folded names) on one side ("korea", or
    "sweden" and "swedish"), each on one side only."""
    ours, theirs = one_side(one, teams), one_side(other, teams)
    return bool(ours and theirs) and alike(min(ours), min(theirs))


def one_side(folded: str, teams: Mapping[str, frozenset[str]]) -> frozenset[str]:
    """Return the side the article puts a person on, or nothing when it puts them beside two
    ("Tunisia lost to England, with a late goal from English captain Harry Kane")."""
    said = teams.get(folded, frozenset())
    first = next(iter(sorted(said)), "")
    return said if all(alike(first, other) for other in said) else frozenset()


def alike(a: str, b: str) -> bool:
    """Tell whether two team words name one side ("sweden", "swedish")."""
    return any(x == y or is_demonym(x, y) or is_demonym(y, x) for x in a.split() for y in b.split())


def wrong_side(option: str, key: str, ctx: OptionContext) -> bool:
    """Tell whether, in a match, the option plays for another side than the key: the key's
    own side when the article says it ("Korea's Kim Min-Woo" conceded a penalty awarded
    Sweden: not "Swedish captain Andreas Granqvist"), else the side the stem names."""
    ours = one_side(normalise(key), ctx.teams)
    if not ours:
        return _other_side(option, ctx)
    theirs = one_side(normalise(option), ctx.teams)
    if not (ctx.scene or ctx.match) or not theirs:
        return False
    return not alike(min(ours), min(theirs))


def _other_side(option: str, ctx: OptionContext) -> bool:
    """Tell whether, in a match, the stem names a side ("put Sweden in the lead") and the
    article puts the option on another ("Korea's Kim Shin-Wook")."""
    theirs = ctx.teams.get(normalise(option), frozenset())
    if not (ctx.scene or ctx.match) or not ctx.sides or not theirs:
        return False
    return not any(alike(team, side) for team in theirs for side in ctx.sides)


def names_side(text: str, side: str) -> bool:
    """Tell whether a text names a side of a match by a word of its name ("South Korea" for
    "Korea Republic"): the article calls a team by more than one name."""
    words = {w for w in _WORD.findall(normalise(text)) if w not in STOP_WORDS}  # "Panama,"
    return any(w in words for w in _WORD.findall(normalise(side)) if w not in STOP_WORDS)


def names_sides(text: str, sides: tuple[str, ...]) -> bool:
    """Tell whether a text names both sides of a match, which names the match itself."""
    return bool(sides) and all(names_side(text, side) for side in sides)


def other_side(text: str, key: str, sides: tuple[str, ...]) -> str | None:
    """Return the side of a match a question whose key is the other side can name it by
    ("which country had higher ball possession" in the match against Korea Republic), None
    when the key is no side or the question names the other side already."""
    asked = [s for s in sides if names_side(key, s)]
    others = [s for s in sides if s not in asked]
    if len(asked) != 1 or len(others) != 1 or names_side(text, others[0]):
        return None
    return others[0]


def side_without_match(text: str, key: str, sides: tuple[str, ...]) -> tuple[str, str] | None:
    """Say why a question whose key is a side of its match cannot stand alone: the match
    cannot be named without giving the side away, so unless the question names the other
    side, "a third goal" or "equalise" refers to nothing ("for which country did Romelu
    Lukaku score a third goal?" asks which country he plays for; review 9)."""
    asked = [s for s in sides if names_side(key, s)]
    others = [s for s in sides if s not in asked]
    if len(asked) != 1 or not others or all(names_side(text, s) for s in others):
        return None
    return ("not standalone", "the key is a side of a match the question cannot name")


_SIDE_LABELS = ("GPE", "NORP", "ORG")  # a country, a people or a club can be a side
_AGAINST = ("nsubj", "dobj")  # the winner and the beaten side: "Liverpool defeats Tottenham"
_NAMES = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*")  # a run of capitalised words


def headline_sides(title: Any | None) -> tuple[str, ...]:
    """Return the two sides a headline's competition verb (WordNet verb.competition) puts
    against each other ("Brazil defeats China in …" -> ("Brazil", "China")), else ()."""
    if title is None:
        return ()
    for verb in (t for t in title if t.pos_ == "VERB" and verb_file(t.lemma_) == COMPETITION):
        sides = [c for dep in _AGAINST for c in verb.children if c.dep_ == dep][:2]
        if [c.dep_ for c in sides] != list(_AGAINST):
            continue
        # sides of one kind: "United States wins Wheelchair Rugby Series" won a title
        if len({_kind(c) for c in sides}) != 1 or not _kind(sides[0]):
            continue
        found = [  # the name's own words: "Arsenal", not the model's "Arsenal in Carling Cup"
            " ".join(t.text for t in c.subtree if t == c or (t.dep_ == "compound" and t.head == c))
            for c in sides
        ]
        if not alike(*map(normalise, found)):
            return tuple(found)
    return ()


def _kind(token: Any) -> str:
    """Return what kind of side a token names: a nation ("GPE" or "NORP") or a club, else ""."""
    kind = str(token.ent_type_)
    return "" if kind not in _SIDE_LABELS else ("ORG" if kind == "ORG" else "GPE")


def side_asked(text: str, key: str, sides: tuple[str, ...]) -> tuple[str, str] | None:
    """Say why a question keyed on one side of the match it is about cannot be asked: a deed
    in the match ("Which country had shots the Chinese keeper saved?" of Brazil–China) needs
    the match named, which leaves the other side as the only honest rival. Not when the
    question (`text`, unframed) names the other side as met ("which country faced Panama"):
    the opponent is what it asks; nor a third side ("… to play France in the final?")."""
    asked = [s for s in sides if _said(key, s)]
    if len(sides) != 2 or len(asked) != 1:
        return None
    other = next(s for s in sides if s not in asked)
    met = re.search(rf"\b{re.escape(other)}\b(?!['’]s)", text) is not None  # not "China's keeper"
    third = [n for n in _NAMES.findall(text) if place_kind(n) == "country"
             and not any(_said(n, s) for s in sides)]  # fmt: skip
    return None if met or third else ("not standalone", "the key is one of the match's two sides")


def paired(kept: list[str], names: Sequence[str], sides: tuple[str, ...]) -> list[str]:
    """Return a headline's places kept for its topic line, its two sides together or neither:
    "China, London Paralympics: group play" of "Brazil defeats China …" reads China as the
    place of the play, and tells the dropped side (the key) as China's opponent."""
    dropped = [n for n in names if n not in kept]
    if not any(_said(n, side) for n in dropped for side in sides):
        return kept
    return [n for n in kept if not any(_said(n, side) for side in sides)]


def _said(text: str, side: str) -> bool:
    """Tell whether a text names a side by a word of its name or its people's ("Chinese")."""
    return names_side(text, side) or alike(normalise(text), normalise(side))


_ANNIVERSARY = re.compile(r"\b(\d{1,3})(?:st|nd|rd|th) anniversary of\b")
_ERA_GAP = 12  # years apart: people of another era are no options ("Who flew Vostok 1?")


def person_eras(sentences: Sequence[Any], year: int | None) -> dict[str, int]:
    """Map the people an "Nth anniversary of …" dates to their year, by folded full name and
    surname: "the 50th anniversary of the first manned space flight when Yuri Gagarin lifted
    off" puts Gagarin 50 years before the article. Worked out once per article."""
    eras: dict[str, int] = {}
    if year is None:
        return eras
    for sentence in sentences:
        found = _ANNIVERSARY.search(sentence.text)
        if found is None or int(found[1]) < _ERA_GAP:
            continue
        for ent in ents_of(sentence):
            if ent.label_ == "PERSON" and ent.start_char - sentence.start_char > found.start():
                for name in (ent.text, ent.text.split()[-1]):
                    eras.setdefault(normalise(name), year - int(found[1]))
    for name, died in lifetime_eras(sentences, year, _ERA_GAP).items():
        eras.setdefault(name, died)  # WordNet's "Mark Antony (83-30 BC)"
    for name, founded in _founders(sentences).items():
        if founded <= year - _ERA_GAP:
            eras.setdefault(name, founded)
    return eras


_FOUNDING = frozenset({"found", "establish"})  # "founded in 1954 by …": a body's beginning


def _founders(sentences: Sequence[Any]) -> dict[str, int]:
    """Map the people the article names only as founding something in a year ("the church
    was founded in 1954 by Ron Vale") to that year, by folded full name and surname: a
    founder of long ago is no speaker of the story's present (review 17). A founder the
    article names in another sentence too may act in it: none."""
    found: dict[str, int] = {}
    for at, sentence in enumerate(sentences):
        for verb in (t for t in sentence if t.pos_ == "VERB" and t.lemma_ in _FOUNDING):
            years = [
                int(t.text)
                for p in verb.children
                if p.dep_ == "prep"
                for t in p.children
                if t.ent_type_ == "DATE" and re.fullmatch(r"1[5-9]\d\d|20\d\d", t.text)
            ]
            agents = [t for t in verb.children if t.dep_ == "nsubj"]
            agents += [t for p in verb.children if p.dep_ == "agent" for t in p.children]
            for agent in (a for a in agents if a.ent_type_ == "PERSON" and len(years) == 1):
                name = next(e.text for e in ents_of(sentence) if e.start <= agent.i < e.end)
                others = (s for i, s in enumerate(sentences) if i != at)
                if not any(name.split()[-1] in s.text for s in others):
                    for said in (name, name.split()[-1]):
                        found.setdefault(normalise(said), years[0])
    return found


def bygone_people(sentences: Sequence[Any], year: int | None) -> dict[str, int]:
    """Map the people the article itself places in a past era ("every president from X to
    …", "In 1962, X was mayor") to it, by folded full name and surname. Worked out once per
    article, apart from `person_eras`: it dates rivals only, never a key (`bygone_rival`)."""
    return bygone_eras(sentences, year, _ERA_GAP)


def bygone_rival(
    option: str, key: str, eras: Mapping[str, int], bygone: Mapping[str, int], year: int | None
) -> bool:
    """Tell whether the article places a rival in another era than the question's deed: a
    president of decades before is no rival for a deed of the story's time (review 77).

    A key the article dates to the past asks of that past deed ("Who did Naruhito marry in
    1993?"): its rivals of today's story stay, as do those of the same past."""
    if year is None or normalise(option) not in bygone:
        return False
    deed = bygone.get(normalise(key), eras.get(normalise(key), year))
    return abs(deed - bygone[normalise(option)]) > _ERA_GAP


def other_era(option: str, key: str, eras: Mapping[str, int], year: int | None) -> bool:
    """Tell whether the article places an option and the key decades apart: a NASA
    administrator of 2011 is no option for the first man in space, nor he for the NASA job
    (review 10); anyone the article does not date is of its own year."""
    if year is None:
        return False
    ours, theirs = eras.get(normalise(key), year), eras.get(normalise(option), year)
    return abs(ours - theirs) > _ERA_GAP
