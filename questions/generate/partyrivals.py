"""A party's spokesman's rivals: no officeholder of another country.

"In the Democratic radio address, party chairman Jane Roe urged voters …" asks "Who urged
voters …?"; offered beside "Peruvian President John Doe", the key picks itself: another
country's officeholder speaks for no party (review 83). So where the article ties the key
to a party (its title holds the word "party" or a party's name, "Democratic National
Committee chairman"), an option whose own title gives them an office by a nation's
adjective ("Palestinian President Mahmoud Abbas") is no rival unless that nation is the
party's. An office title naming no nation ("Prime Minister John Doe") takes the country
of the clause the holder is said in: "… is Peru where he will meet Prime Minister John
Doe", or the "in" place of a meeting whose object the holder is: "In Peru, she will meet
Prime Minister John Doe" (the one met, not the visitor; "In Peru, protesters greeted
President Doe" says only where a visitor was). The
party's country is the one its spokesman's title names, else the story's: the headline's
one nation, else the one the article names most; where none is known no option is struck
out.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

from questions.generate.entcache import ents_of
from questions.generate.groups import most_named_nation
from questions.generate.hypernyms import is_kind_of
from questions.generate.nationcodes import nation_codes
from questions.generate.nationwords import adjective_nation, titled_persons
from questions.generate.verbfiles import sense_chains
from questions.generate.wordnet import senses, synset
from questions.schema import normalise

# the party people with their party's country, the officeholders with their office's
Rivals = tuple[Mapping[str, frozenset[str]], Mapping[str, frozenset[str]]]

# WordNet's kinds of a public office's holder: a leader ("president", "minister"), a head
# of state ("prime minister", "king"), an official ("ambassador"), a politician ("senator")
_OFFICE_KINDS = ("leader", "head of state", "official", "politician")
_NOUNS = ("NOUN", "PROPN")  # a title's words naming its office: "President", "minister"
_LEVELS = 8  # hypernym levels climbed from a title noun's commonest sense
_POLITICAL_PARTY = "political party"  # WordNet's kind every named party is filed under
# WordNet 3.0 verb synsets of meeting someone: "meet, run into, encounter" and "meet, get
# together" ("visit": call on, a kind of it); the one met is whom a meeting is with
_MEETING = frozenset({"02023107", "02486932"})
_MEETING_SENSES = 3  # "receive" meets as a host only in a rare sense: its guest is no local


def party_rivals(sentences: Sequence[Any], home: str | None = None) -> Rivals:
    """Return the article's party people with their party's country (their title's nation,
    else the story's), and its holders of a nation's office with that nation; folded names
    and surnames -> ISO codes."""
    ours = _home(home, sentences)
    party: dict[str, set[str]] = {}
    officers: dict[str, set[str]] = {}
    for ent, title in titled_persons(sentences):
        names = (normalise(ent.text), normalise(ent[-1].text))
        codes = _office_nations(title) or _clause_nation(ent, title)
        if any(_party_word(t) for t in title):
            # "Israeli Labor Party leader": Israel's party, whatever the story's country
            own = _title_nations(title) or ours
            for name in names:
                party.setdefault(name, set()).update(own)
        elif codes:
            for name in names:
                officers.setdefault(name, set()).update(codes)
    return (
        {n: frozenset(c) for n, c in party.items()},
        {n: frozenset(c) for n, c in officers.items() if n not in party},
    )


def foreign_officer(option: str, key: str, rivals: Rivals) -> bool:
    """Tell whether an option holds an office of another country than the party the key
    speaks for: beside that party's spokesman the option is no rival."""
    party, officers = rivals
    ours = party.get(normalise(key), frozenset())
    theirs = officers.get(normalise(option), frozenset())
    return bool(ours and theirs) and not ours & theirs


def _home(home: str | None, sentences: Sequence[Any]) -> set[str]:
    """Return the code of the story's country: the headline's one nation, else the one the
    article names most."""
    if home:
        code = adjective_nation(home)
        return {code} if code else nation_codes([home])
    code = most_named_nation(sentences)
    return {code} if code else set()


def _party_word(token: Any) -> bool:
    """Tell whether a title's word ties a person to a party: "party" itself, or a name
    WordNet knows a party by ("Democratic": the Democratic Party), no nation's adjective
    ("American": the American Party, but first a people)."""
    return token.lemma_.lower() == "party" or party_name(token.text)


@lru_cache(maxsize=1024)
def party_name(word: str) -> bool:
    """Tell whether a capitalised word names a political party WordNet knows, or its
    members ("Democratic", "Democrats", "Labor": the Democratic Party, Labour), and no
    nation's people ("Americans": a people before the American Party)."""
    one = word.removesuffix("s")  # "Republicans", "Democrats": the party's members
    if not word[:1].isupper() or any(adjective_nation(w) or nation_codes([w]) for w in (word, one)):
        return False
    forms = (word, *(f"{form} Party" for form in (word, one, f"{one}ic")))
    return any(_named_party(offset) for form in forms for offset in senses(form))


def _named_party(offset: str) -> bool:
    """Tell whether a noun sense is a political party by name: filed under "political party"
    and written capitalised ("Whig Party"), not a kind of party ("third party", "war party")
    nor a party of another sort ("search party", "tea party")."""
    entry = synset(offset)
    named = entry is not None and any(lemma[:1].isupper() for lemma in entry.lemmas)
    return named and is_kind_of((offset,), senses(_POLITICAL_PARTY)[:1], _LEVELS)


def _office_nations(title: list[Any]) -> set[str]:
    """Return the countries a title gives its holder an office of by a nation's adjective
    on it ("Palestinian President", "Israeli Foreign Minister"), or none ("Palestinian
    activist": no office)."""
    codes = _title_nations(title)
    if not codes or not _holds_office(title):
        return set()
    return codes


def _holds_office(title: list[Any]) -> bool:
    """Tell whether one of a title's nouns names a public office ("President", "minister")."""
    return any(is_office(t.lemma_.lower()) for t in title if t.pos_ in _NOUNS)


def _clause_nation(ent: Any, title: list[Any]) -> set[str]:
    """Return the country an officeholder whose title names none is said in: the nearest
    country heading a clause the name is in ("Peru, where she meets Prime Minister Doe"),
    or set by "in" on a verb of meeting the name is the one met of ("In Peru, she meets …":
    the host; "In Peru, protesters greeted …" places a visitor as well)."""
    if _title_nations(title) or not _holds_office(title):
        return set()
    child, token = ent.root, ent.root.head
    while token.i != child.i:
        if codes := _place_nation(token):
            return codes
        if _met(child, token):
            for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "in"):
                for obj in (c for c in prep.children if c.dep_ == "pobj"):
                    if codes := _place_nation(obj):
                        return codes
        child, token = token, token.head
    return set()


def _met(child: Any, verb: Any) -> bool:
    """Tell whether a word is whom a verb of meeting meets: its object ("meet Doe") or in
    its "with" phrase ("met with Doe"), the verb meeting someone in a common sense."""
    with_phrase = child.dep_ == "prep" and child.lower_ == "with"
    met = child.dep_ == "dobj" or with_phrase  # no subject: the one meeting may be the visitor
    return met and verb.pos_ == "VERB" and meeting_verb(verb.lemma_.lower())


@lru_cache(maxsize=1024)
def meeting_verb(lemma: str) -> bool:
    """Tell whether one of a verb's commonest senses is, or is a kind of, meeting someone
    ("meet", "visit": call on; "greet", "host", "receive": no)."""
    return any(chain & _MEETING for chain in sense_chains(lemma, _LEVELS)[:_MEETING_SENSES])


def _place_nation(token: Any) -> set[str]:
    """Return the country a place name's word names ("Israel", "the United States")."""
    if token.ent_type_ != "GPE":
        return set()
    span = next((e for e in ents_of(token.doc) if e.start <= token.i < e.end), None)
    return nation_codes([span.text.removeprefix("the ")]) if span is not None else set()


def _title_nations(title: list[Any]) -> set[str]:
    """Return the countries a title's capitalised nation adjectives name ("Israeli")."""
    return {c for t in title if t.text[:1].isupper() and (c := adjective_nation(t.text))}


@lru_cache(maxsize=1024)
def is_office(noun: str) -> bool:
    """Tell whether a noun's commonest sense is the holder of a public office."""
    targets = {o for kind in _OFFICE_KINDS for o in senses(kind)[:1]}
    return is_kind_of(senses(noun)[:1], targets, _LEVELS)
