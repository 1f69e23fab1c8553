"""A named person's body or home, asked of the person: "Which university was X from?".

"… was carried out by Michael Worobey of the University of Arizona" keeps the university
inside a noun phrase no wh-phrase can be fronted from, and only a subject's affiliation is
asked in place (`inner`: "Tom Hale from which party lost his seat?"). The name-and-"of" phrase
states a fact of its own wherever it stands: the person is from that body or that country.
It is asked as that fact: "Which university was Michael Worobey from?", "Which country was
Henry Wanyoike from?"; in the past, as the article told it (`officeof`'s "was … the chairman").
"""

from __future__ import annotations

from typing import Any

from questions.generate.entcache import ents_of
from questions.generate.facts import Fact
from questions.generate.kinds import head_kind
from questions.generate.officeof import office_noun
from questions.generate.render import capitalise, join
from questions.generate.stems import Stem
from questions.generate.whphrase import WH_OF_KIND, place_wh

Span = Any
Token = Any
# "Ana Ruiz of Spain", "Cyd Ho from the Labour Party": the prepositions of belonging
_AFFILIATIONS = frozenset({"of", "from"})
# words the body's own phrase may hold besides its name: "the", and "of Finland" after it
_BODY_WORDS = frozenset({"det", "prep", "pobj", "compound", "punct"})
_TITLE = frozenset({"compound", "amod"})  # "analyst", "senior researcher", "Interior Minister"


def _wh(fact: Fact) -> str | None:
    """Return the wh-phrase of the body or place: "which university", "which country",
    "where" for a place of no one kind."""
    if fact.kind == "place":
        return place_wh(fact) or "where"
    if fact.kind == "organization":
        named = head_kind(fact.text)
        return f"which {named}" if named else WH_OF_KIND["organization"]
    return None


def _named_person(prep: Token) -> Span | None:
    """Return the person's full name the "of" phrase follows right after ("Michael Worobey |
    of …"), or None (a title's "of": "Minister of Foreign Relations Manuel Rodríguez")."""
    person = prep.head
    if person.pos_ != "PROPN" or person.ent_type_ != "PERSON" or person.i + 1 != prep.i:
        return None
    return next((e for e in ents_of(prep.doc) if e.label_ == "PERSON" and e.end == prep.i), None)


def _titled(name: Span, replace: dict[int, str]) -> list[Token]:
    """Return the name with the title words the article puts before it ("analyst Wolfango
    Piccoli", "Interior Minister Päivi Räsänen"): the role that says who the person is in the
    story, which a bare name leaves to the reader to know."""
    doc, words = name.doc, list(name)
    start = name.start
    while start > 0:
        word = doc[start - 1]
        if word.dep_ not in _TITLE or word.head.i not in {t.i for t in words}:
            break
        if word.ent_type_ not in ("", "PERSON") or word.i in replace:
            break  # "Labour MP …": a party or a place is no title
        words.insert(0, word)
        start -= 1
    return words


def _doer(person: Token) -> bool:
    """Tell whether the person is a clause's subject, alone or listed ("A of Spain and B of
    Kenya set …"): their deed is asked "Who set …?", which a country's question would outrank
    as its mirror (`rank`), as `inner` leaves a subject's country unasked."""
    while person.dep_ == "conj":
        person = person.head
    return bool(person.dep_ in ("nsubj", "nsubjpass"))


def _whole_body(root: Token, fact: Fact) -> bool:
    """Tell whether the "of" phrase names one body and nothing more: no list ("of A and B"),
    no clause or aside hanging on it; an "of Finland" inside its name may follow."""
    outside = [t for t in root.subtree if not fact.start <= t.i < fact.end]
    if any(t.dep_ not in _BODY_WORDS for t in outside):
        return False
    return not any(t.dep_ == "det" and t.lower_ != "the" for t in outside)


def affiliation_question(sentence: Span, fact: Fact, replace: dict[int, str]) -> Stem | None:
    """Write "Which <kind> was <person> from?" for a body or place a named person is said
    to be "of" or "from", or None."""
    doc = sentence.doc
    root = doc[fact.start : fact.end].root
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _AFFILIATIONS:
        return None
    person, wh = _named_person(prep), _wh(fact)
    if person is None or wh is None or not _whole_body(root, fact):
        return None
    if fact.kind == "place" and _doer(prep.head):
        return None  # "X of Spain set a record": the country's question outranks "Who set …?"
    listed = [*root.children, *prep.head.children]  # the parse may hang "and B" on either
    if root.dep_ == "conj" or any(c.dep_ == "conj" and c.ent_type_ != "PERSON" for c in listed):
        return None  # "of A and B": two bodies, either one the key
    if any(t.i in replace for t in [*person, *doc[fact.start : fact.end]]):
        return None  # a name the article says another way here: asked where it is said whole
    if any(t.text.lower() in fact.text.lower().split() for t in person):
        return None  # "Tom Hale of Hale Industries": the name gives the body away
    titled = _titled(person, replace)
    title = titled[: len(titled) - len(person)]  # a name may be a holder's ("Brandt")
    if prep.lower_ == "of" and any(office_noun(t.lemma_.lower()) for t in title):
        return None  # "President Barack Obama of the United States": the office's "of"
    said = join([wh, "was", *titled, "from"])
    return Stem(capitalise(said) + "?", "wh", f"rule:{fact.kind}-affiliation")
