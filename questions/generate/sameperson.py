"""One person under several names: an alias, a surname, a name word said alone.

Blind review 44 found "Rodrigo Granda" and "Ricardo Gonzalez" offered side by side where
the article says "the FARC leader Rodrigo Granda, also known as Ricardo Gonzalez": two
options, one man, so neither can be the one wrong answer it looks. And "With whom did Lula
talk by phone?" offered "Luiz Inácio Lula da Silva", the asker himself under his full name.
So the article's name forms are gathered per person: a full name, its last word, any of its
words the article names someone by alone ("Lula" of "Luiz Inácio Lula da Silva"), and the
names an alias phrase joins ("also known as", "alias", "a.k.a.", "better known as", "whose
real name is"). Two options of one person are never both shown, an alias is never a
distractor to its own person, and a person the question names is never its answer's rival.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from itertools import pairwise
from typing import Any

from questions.generate.compiled import pattern
from questions.generate.entcache import ents_of
from questions.generate.facts import Fact
from questions.generate.misspelt import spelling_pairs
from questions.schema import normalise

# the words between two names that make the second another name of the first: "Rodrigo
# Granda, also known as Ricardo Gonzalez", "Granda (alias Gonzalez)", "Smith, whose real
# name is Jones"; a bare "called" is a deed ("Lula called Chavez"), so it needs its "also"
_ALIAS = re.compile(
    r"^\s*,?\s*[(\[]?\s*(?:(?:also|better|more commonly|popularly|otherwise)\s+"
    r"(?:known\s+as|called|nicknamed)|known\s+as|alias|a\.?k\.?a\.?|"
    r"whose\s+(?:real|birth|true)\s+name\s+(?:is|was))\s*[\"“‘']?\s*$",
    re.IGNORECASE,
)

Persons = Mapping[str, frozenset[str]]


def alias_pairs(sentences: Sequence[Any]) -> list[tuple[str, str]]:
    """Return the pairs of folded names an alias phrase makes one person's ("Rodrigo Granda,
    also known as Ricardo Gonzalez")."""
    pairs: list[tuple[str, str]] = []
    for sentence in sentences:
        # the small model often labels a stage name as a body ("Park Jae-sang, known as
        # Psy" tags Psy an ORG): one side a person and the other a proper name is enough
        names = [e for e in ents_of(sentence) if any(t.pos_ == "PROPN" for t in e)]
        for one, other in pairwise(names):
            between = sentence.doc.text[one.end_char : other.start_char]
            if "PERSON" in (one.label_, other.label_) and _ALIAS.match(between):
                pairs.append((normalise(one.text), normalise(other.text)))
    return pairs


def person_forms(article: Sequence[Fact], aliases: Sequence[tuple[str, str]]) -> Persons:
    """Map each folded name form of the article's people to the people it may name (each
    person by one folded full name): a full name, its last word, a word of it the article
    names someone by alone; an alias's forms map to its person's."""
    names = {normalise(f.text) for f in article if f.kind == "person"}
    aliases = [*aliases, *spelling_pairs(names)]  # "Menzies Cambell": a slip of "Campbell"
    alone = {n for n in names if " " not in n}
    root = {n: n for n in names | {n for pair in aliases for n in pair}}

    def find(name: str) -> str:
        while root[name] != name:
            name = root[name]
        return name

    for one, other in aliases:
        root[find(other)] = find(one)
    for word in alone:  # "Lula", said alone, of one full name only: that person
        whole = [n for n in names if n != word and word in n.split()]
        if len(whole) == 1:
            root[find(word)] = find(whole[0])
    forms: dict[str, set[str]] = {}
    for name in root:
        words = name.split()
        said = {name, words[-1], *(w for w in words if w in alone)}
        for form in said:
            forms.setdefault(form, set()).add(find(name))
    return {form: frozenset(found) for form, found in forms.items()}


def _person(name: str, forms: Persons) -> str:
    """Return the one person a name form names, or "" when it names none or several."""
    found = forms.get(normalise(name), frozenset())
    return next(iter(found)) if len(found) == 1 else ""


def one_person(one: str, other: str, forms: Persons) -> bool:
    """Tell whether two different names are the same person's ("Rodrigo Granda", "Gonzalez"
    where Granda is "also known as Ricardo Gonzalez")."""
    person = _person(one, forms)
    return bool(person) and normalise(one) != normalise(other) and person == _person(other, forms)


def names_person(text: str, option: str, forms: Persons) -> bool:
    """Tell whether a text names an option's person by another of its forms ("With whom did
    Lula talk?" names "Luiz Inácio Lula da Silva"): the question's own person is no answer."""
    person = _person(option, forms)
    return bool(person) and any(
        found == frozenset({person}) and _said(form, text)
        for form, found in forms.items()
        if form != normalise(option)
    )


def _said(form: str, text: str) -> bool:
    """Tell whether a text writes a folded name form as a name, capitalised ("Young said",
    not "young people")."""
    found = pattern(rf"(?<![\w-]){re.escape(form)}(?![\w-])", re.IGNORECASE).finditer(text)
    return any(m.group(0)[:1].isupper() for m in found)
