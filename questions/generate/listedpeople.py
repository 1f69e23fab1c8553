"""A name the model called a body or a place that the article lists among people.

Blind review 85 found a player asked as "Which organization scored for Canberra …?", with
clubs and a league as options: the model called "Ogoke" an organisation, though the article
lists her with the team's other players ("Nicole Hunt, Jessica Bibby, Samantha Norwood,
Ogoke and Michelle Cosier") and names her in full ("Valeria Ogoke") in another such list.
The items of a list are of one kind: a name most of whose fellow items are the model's
people is a person too, and its last word, said alone elsewhere, is her surname.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from questions.generate.entcache import ents_of
from questions.generate.facts import Fact
from questions.generate.kinds import own_kind
from questions.generate.wordnet import names_body

Token = Any
_PLACES = ("country", "state", "city")  # a place of a known kind is no person
_LONGEST = 3  # words of a person's name: "Mary Jo Smith"


def listed_people(per_sentence: Sequence[Sequence[Fact]], sentences: Sequence[Any]) -> set[str]:
    """Return the names of bodies and unknown places that stand in a list of names whose
    other items are mostly the model's people: at least two of them, and more than twice as
    many as the items of another kind ("Hunt, Bibby, Norwood, Ogoke and Cosier")."""
    found: set[str] = set()
    bodies = _called_it(sentences)
    for index, facts in enumerate(per_sentence):
        if not facts or index >= len(sentences):
            continue
        doc = sentences[index].doc
        by_root = {doc[f.start : f.end].root.i: f for f in facts}
        for fact in facts:
            if not _may_be_person(fact) or fact.text in bodies:
                continue
            others = [by_root[t.i] for t in _list_items(doc[fact.start : fact.end].root)
                      if t.i in by_root and by_root[t.i] is not fact]  # fmt: skip
            people = sum(f.kind == "person" for f in others)
            if people >= 2 and people > 2 * (len(others) - people):
                found.add(fact.text)
    return found


def _may_be_person(fact: Fact) -> bool:
    """Tell whether a body's or a place's name may be a person's: no place a gazetteer
    knows, at most three capitalised words, and no kind of its own ("Capital Football")."""
    if fact.kind not in ("organization", "place") or fact.subtype in _PLACES:
        return False
    words = fact.text.split()
    if len(words) > _LONGEST or not all(w[:1].isupper() for w in words):
        return False
    if names_body(fact.text):
        return False  # "… Yuval Harari and Greenpeace": WordNet's body, whoever it is listed with
    return len(words) == 1 or not own_kind(fact.text)


def _called_it(sentences: Sequence[Any]) -> set[str]:
    """Return the names the model calls bodies that their own clause takes up as "it" or
    "its" ("Northwind said it would …", "… said its members …"): no person is "it"."""
    found: set[str] = set()
    for sentence in sentences:
        for ent in ents_of(sentence):
            root = ent.root
            if ent.label_ != "ORG" or root.dep_ not in ("nsubj", "nsubjpass"):
                continue
            later = (t for t in root.head.subtree if t.i >= ent.end)
            if any(t.lower_ in ("it", "its") and t.tag_ in ("PRP", "PRP$") for t in later):
                found.add(ent.text)
    return found


def _list_items(root: Token) -> list[Token]:
    """Return the heads of the items of the list a name's head word stands in, itself
    included: the model chains a list's items by "conj" from its first."""
    top = root
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    items = [top]
    for item in items:
        items.extend(c for c in item.children if c.dep_ == "conj" and c.pos_ == "PROPN")
    return items
