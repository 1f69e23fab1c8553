"""A "who from <country>?" question's options: people the article places in that country.

"Alberto Suarez Laso of Spain set a record" asks "Who from Spain set a record?"; offered
beside an American and a Japanese runner the only Spaniard is the key, whatever the reader
knows. So where the question names a country after "who from", an option must be someone
the article places there too ("Jane Roe of Spain", "Spanish runner Jane Roe", "Spain's Jane
Roe"); with too few such people the question is asked again without the key's "of Spain",
its deed alone saying whom it means.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from questions.generate.askednation import asked_persons_nation
from questions.generate.entcache import ents_of
from questions.generate.facts import Fact
from questions.generate.gone import question_line
from questions.generate.nationcodes import nation_codes
from questions.generate.nationwords import (
    adjective_nation,
    described_country,
    described_nations,
    nation_title,
    person_title,
)
from questions.generate.nouns import commonest_person
from questions.schema import normalise

Span = Any

# "Who from the United States had …?", "In London, who from Spain set …?"
_ASKED = re.compile(r"\b[Ww]ho from (?:the )?((?:[A-Z][\w.'’-]*\s?)+)")


def asked_nation(stem: str) -> set[str]:
    """Return the ISO codes of the country a question's "who from …" names, or none (a body,
    a party: "who from DAB", "who from Newsweek" are no country)."""
    found = _ASKED.search(stem)
    return nation_codes([found.group(1).strip()]) if found else set()


def person_nations(sentences: Sequence[Span], home: str | None = None) -> dict[str, frozenset[str]]:
    """Return the countries the article places each person in by an "of" right after the
    name ("Henry Wanyoike of Kenya", "Laso of Spain") or by a title ("Polish President
    Andrzej Duda", "Duda, Polish president"), folded name -> ISO codes; a country's head
    titled bare ("Prime Minister Jane Roe") is the one of `home`, the headline's one nation."""
    found: dict[str, set[str]] = {}
    stated: dict[str, set[str]] = {}  # a head's office -> the countries titled with it
    heads: list[tuple[str, str]] = []
    for sentence in sentences:
        for ent in ents_of(sentence):
            if ent.label_ != "PERSON":
                continue
            codes = _of_country(ent) | described_nations(ent)
            role, bare = _head_role(ent)
            if codes:
                found.setdefault(normalise(ent.text), set()).update(codes)
                stated.setdefault(role, set()).update(codes)
            elif bare:
                heads.append((normalise(ent.text), role))
    ours = _home_codes(home)
    surnames = {name.split()[-1] for name in found}
    for name, role in heads:
        # "U.S. President Jane Roe" then "President Roe": hers is the country said outright;
        # and where the article titles another country's head so, a bare one may be its
        if name.split()[-1] not in surnames and ours and not stated.get(role, set()) - ours:
            found[name] = set(ours)
    return {name: frozenset(codes) for name, codes in found.items()}


def _home_codes(home: str | None) -> set[str]:
    """Return the code of the headline's nation, said by name ("UK") or people ("Afghan")."""
    if not home:
        return set()
    code = adjective_nation(home)
    return {code} if code else nation_codes([home])


def _head_role(ent: Span) -> tuple[str, bool]:
    """Return the country's head a person's title ends in ("prime minister", or ""), and
    whether it is the whole title ("Prime Minister Jane Roe", "President Roe"): news titles
    its own country's head so, unnamed (the headline's nation's, as its bare "officials"
    are); "Acme President", "former President" say more."""
    from questions.generate.worldknown import HEADS  # roles -> write -> … -> options: a cycle

    title = [t.lower_ for t in person_title(ent) if not t.is_punct and t.lower_ != "the"]
    role = next((r for r in (" ".join(title[-2:]), " ".join(title[-1:])) if r in HEADS), "")
    return role, bool(role) and " ".join(title) == role


def _of_country(ent: Span) -> set[str]:
    """Return the ISO codes of the country an "of" right after a person's name names."""
    doc = ent.doc
    of = doc[ent.end] if ent.end < len(doc) else None
    if of is None or of.lower_ != "of" or of.head.i != ent.root.i:
        return set()
    objects = [c for c in of.children if c.dep_ == "pobj"]
    place = next((e for e in ents_of(doc) if objects and e.start <= objects[0].i < e.end), None)
    if place is None or place.label_ != "GPE":
        return set()  # "Jane Roe of the Bergen Institute": no country
    return nation_codes([place.text])


def elsewhere(
    option: str,
    stem: str,
    nations: Mapping[str, frozenset[str]],
    teams: Mapping[str, frozenset[str]],
) -> bool:
    """Tell whether a "who from <country>?" question's option is someone the article does
    not place in that country (elsewhere or nowhere): beside them the key stands out."""
    asked = asked_nation(stem)
    if not asked:
        return False
    folded = normalise(option)
    theirs = set(nations.get(folded, frozenset())) | nation_codes(teams.get(folded, frozenset()))
    return not theirs & asked


def other_nation(option: str, key: str, stem: str, placed: Mapping[str, frozenset[str]]) -> bool:
    """Tell whether the question gives the key's country (an adjective, an "of") and the
    article places a person option only in another (`placed`: folded name -> codes):
    "Colombian President _____" keyed Alvaro Uribe, not "Venezuelan President Hugo Chavez";
    "Who explained Brazilian policy?", not Colombia's president. The reader strikes them out
    unread (review 44). The question's own line is read first; where it gives none of the
    key's countries, the headline line above it as well."""
    own = placed.get(normalise(key), frozenset())
    theirs = placed.get(normalise(option), frozenset())
    if not theirs:
        return False  # someone the article places nowhere is left to the other rules
    if not own:
        # A key placed nowhere is of the one country the phrase naming the person asked
        # gives by its adjective, quotations aside: "Which American official …?" is asked
        # of no Palestinian president; "Who met the Russian president?", "Who urged
        # American voters …?" name the other party's country, not the asked person's
        line = re.sub(r'"[^"]*"', " ", question_line(stem).replace(key, " "))
        stated = asked_persons_nation(line)
        return len(stated) == 1 and not theirs & stated
    for text in (question_line(stem), stem):
        stated = described_country(text.replace(key, " "))
        if own & stated:
            return not theirs & stated
    return False


def placed_people(
    sentences: Sequence[Span],
    nations: Mapping[str, frozenset[str]],
    teams: Mapping[str, frozenset[str]],
) -> dict[str, frozenset[str]]:
    """Return the countries the article places each person in, folded name -> codes: by
    `person_nations`, by the side `teams` puts them on, and by a capitalised title run before
    the name whatever the parse ("The Brazilian Minister of Foreign Relations Celso Amorim")."""
    found: dict[str, set[str]] = {}
    for name, codes in nations.items():
        found.setdefault(name, set()).update(codes)
    for name, sides in teams.items():
        found.setdefault(name, set()).update(nation_codes(sides))
    named = frozenset(e[-1].text for s in sentences for e in ents_of(s) if e.label_ == "PERSON")
    for sentence in sentences:
        for name, titled in _titled(list(sentence), named):
            found.setdefault(name, set()).update(titled)
    return {name: frozenset(codes) for name, codes in found.items() if codes}


_RUN_WORDS = frozenset({"of", "for", "the"})  # "Minister of Foreign Relations", "the"


def _titled(tokens: Sequence[Any], named: frozenset[str]) -> list[tuple[str, set[str]]]:
    """Return each name a capitalised title run with a person's noun places in a country
    ("Peruvian Minister of Foreign Relations Manuel Rodríguez": PE), by its folded name and
    its surname; an untagged name only where the model tags it a person elsewhere (`named`:
    the last words of its people's names)."""
    out: list[tuple[str, set[str]]] = []
    for at, token in enumerate(tokens):
        nxt = tokens[at + 1] if at + 1 < len(tokens) else None
        if token.pos_ != "PROPN" or (nxt is not None and nxt.pos_ == "PROPN" and nxt.is_title):
            continue  # the last word of a proper noun run
        run = [token]
        while at - len(run) >= 0 and _run_word(tokens[at - len(run)]):
            run.insert(0, tokens[at - len(run)])
        ent = next((e for e in ents_of(token.doc) if e.start <= token.i < e.end), None)
        if ent is not None and (ent.label_ != "PERSON" or ent.start < run[0].i):
            continue  # "National Liberation Front": no person; a name cut short
        if ent is None and token.text not in named:
            continue  # "… Foreign Relations": no one the article names
        # the model's name, else the last word alone (an untagged "Celso Amorim": "Amorim")
        name = [t for t in run if ent is not None and t.i >= ent.start] or run[-1:]
        title = run[: len(run) - len(name)]
        if not any(t.is_title and commonest_person(t.lower_) for t in title):
            continue
        codes = {c for t in title if t.lower_ not in _RUN_WORDS for c in _word_codes(t.text)}
        if codes:
            said = " ".join(t.text for t in name)
            out += [(normalise(said), codes), (normalise(name[-1].text), codes)]
    return out


def _run_word(token: Any) -> bool:
    """Tell whether a word may stand in a title run before a name: capitalised, or "of"."""
    return token.is_title or token.is_upper or token.lower_ in _RUN_WORDS


def _word_codes(word: str) -> set[str]:
    """Return the country a title's word names, by name or adjective ("U.S.", "Peruvian")."""
    code = adjective_nation(word)
    return {code} if code else nation_codes([word])


def key_nation(sentence: Span, fact: Fact, stem: str) -> frozenset[int]:
    """Return the words placing a person key in the country its "who from …?" question
    names ("of Spain" of "Alberto Suarez Laso of Spain"), to ask again without them when
    too few others of that country are left as options."""
    if fact.kind != "person" or not asked_nation(stem):
        return frozenset()
    doc = sentence.doc
    of = doc[fact.end] if fact.end < sentence.end else None
    if of is None or of.lower_ != "of":
        return frozenset()
    return frozenset(t.i for t in of.subtree)


def self_described(sentence: Span, fact: Fact) -> frozenset[str]:
    """Return the people whose title or "of" phrase in the fact's sentence holds the fact
    ("Laso of _____", "Besir Atalay, _____'s interior minister"): what the question asks
    places them, so it cannot give its own answer away."""
    asked = set(range(fact.start, fact.end))
    found = set()
    for ent in ents_of(sentence):
        if ent.label_ != "PERSON":
            continue
        after = sentence.doc[ent.end] if ent.end < len(sentence.doc) else None
        said = {t.i for t in nation_title(ent)}  # "…, the _____ Secretary of State,"
        said |= (
            {t.i for t in after.subtree} if after is not None and after.lower_ == "of" else set()
        )
        if said & asked:
            found.add(normalise(ent.text))
    return frozenset(found)
