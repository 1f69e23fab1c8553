"""Rivals the blank's own words rule out: a body that holds no vote, a person of another
party or office.

"… was confirmed by a majority vote in the _____" keyed a senate: a court or a ministry
holds no such vote, so a player picks the one chamber without reading (review 83). Where
the key is a body WordNet files under legislatures, committees or councils, its rivals
must be such bodies too (a rival of no known kind, "Bundestag", may stay).

"… under Republican president _____": a rival the article calls a Democrat, or gives no
presidency ("Vice President Jane Roe", a senator), cannot be it. Where the words before
the blank name a party and an office, a rival must hold that office by the article's
titles and be tied to no other party; too few left, the question is refused.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from questions.generate.articlememo import per_article
from questions.generate.facts import Fact
from questions.generate.hypernyms import is_kind_of
from questions.generate.kinds import folded_name, kind_of
from questions.generate.nationwords import titled_persons
from questions.generate.partyrivals import is_office, party_name
from questions.generate.wordnet import senses

if TYPE_CHECKING:
    from questions.generate.options import OptionContext

# the blank is where a vote is held: "confirmed by a vote in the _____", "ratified by the"
_VOTED = re.compile(r"\b(?:vot|confirm|ratifi)\w*\b[^.;:?!_\"]{0,40}?\b(?:in|of|by) (?:the )?_____")
# "under Republican president _____", "Which Democratic senator …?": a party and an office
_PARTY_SLOT = re.compile(r"(?:\b|\b[Ww]hich )([A-Z][a-z]+) ([a-z]+)(?: _____|\b)")
_VOTING_KINDS = ("legislature", "committee", "council")  # WordNet's bodies that vote
_LEVELS = 8  # hypernym levels climbed from a body's head noun
_SENSES = 6  # an option's senses tried: "house" is a building first, a chamber fifth

# a person's parties and offices by the article's titles: folded name -> words
People = tuple[Mapping[str, frozenset[str]], Mapping[str, frozenset[str]]]


def slot_clash(option: str, key: str, fact: Fact, ctx: OptionContext) -> bool:
    """Tell whether the words around the blank rule an option out: no voting body beside
    a chamber that votes, another party's or office's person beside a party's officeholder."""
    if fact.kind == "organization" and _VOTED.search(ctx.stem):
        theirs = _body_kind(option, ctx.kinds)  # "Bundestag": no kind WordNet knows, kept
        return _votes(_body_kind(key, ctx.kinds), 1) and bool(senses(theirs)) and not _votes(theirs)
    if fact.kind != "person":
        return False
    slot = _party_office(ctx.stem)
    if slot is None:
        return False
    party, office = slot
    parties, offices = per_article(ctx, "slot-people", lambda: titled_people(ctx.sentences))
    folded = folded_name(option)
    stated = parties.get(folded, frozenset())
    if stated and not any(_same_party(party, their) for their in stated):
        return True  # "Democratic president Jane Roe" for "Republican president _____"
    return office not in offices.get(folded, frozenset())  # "Vice President": no president


def titled_people(sentences: Sequence[Any]) -> People:
    """Return the parties ("Democrat") and offices ("president", "vice president") the
    article's titles give each person, by folded name and surname."""
    parties: dict[str, set[str]] = {}
    offices: dict[str, set[str]] = {}
    for ent, title in titled_persons(sentences):
        words = [*title, *ent]  # "Republican Paul Ryan": a party in the name
        names = (folded_name(ent.text), folded_name(ent[-1].text))
        for name in names:
            parties.setdefault(name, set()).update(w.text for w in words if party_name(w.text))
            offices.setdefault(name, set()).update(_offices(words))
    return (
        {n: frozenset(p) for n, p in parties.items()},
        {n: frozenset(o) for n, o in offices.items()},
    )


def _offices(words: list[Any]) -> set[str]:
    """Return the offices a title's nouns name, with the word before where the two are one
    office to WordNet ("Vice President": vice president, not president)."""
    found: set[str] = set()
    for token in words:
        noun = token.lemma_.lower()
        if token.pos_ not in ("NOUN", "PROPN") or not is_office(noun):
            continue
        before = token.doc[token.i - 1].lower_ if token.i else ""
        found.add(f"{before} {noun}" if before and senses(f"{before} {noun}") else noun)
    return found


def _body_kind(name: str, kinds: Mapping[str, str]) -> str:
    """Return a body's kind: the article's word or its head noun, else a one-word name's
    own ("Senate", "Parliament")."""
    return kind_of(name, kinds) or ("" if " " in name.strip() else name.lower())


def _party_office(stem: str) -> tuple[str, str] | None:
    """Return the party and the office the words before the blank name, or None."""
    for match in _PARTY_SLOT.finditer(stem):
        party, office = match.groups()
        slot = "_____" in match.group(0) or match.group(0).lower().startswith("which")
        if slot and party_name(party) and is_office(office):
            return party, office
    return None


def _same_party(one: str, other: str) -> bool:
    """Tell whether two words name one party ("Democrats", "Democratic")."""
    a, b = one.lower().removesuffix("s"), other.lower().removesuffix("s")
    return a.startswith(b) or b.startswith(a)


@lru_cache(maxsize=1024)
def _votes(kind: str, tried: int = _SENSES) -> bool:
    """Tell whether a body's kind is one that votes, by one of its first `tried` senses."""
    targets = {s for voting in _VOTING_KINDS for s in senses(voting)[:1]}
    return bool(kind) and is_kind_of(senses(kind)[:tried], targets, _LEVELS)
