"""Definite nouns a question explains by another word: "the contest" beside the described
"international robotics competition", "the forms" under a headline's "questionnaire" (a kind
of form, by WordNet), "the nation" under a headline naming one country."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from questions.generate.entcache import ents_of
from questions.generate.gazetteer import country_code
from questions.generate.nationcodes import nation_codes
from questions.generate.pools import place_kind
from questions.generate.wordnet import senses, synset
from questions.schema import normalise

_NATIONS = frozenset({"GPE", "NORP"})  # "Uganda's", "Ugandan"
# nouns whose first sense is a country, or the one authority each country has: "the nation",
# "the government" under "📰 New Zealand begins …" are New Zealand and its government
_OF_COUNTRY = ("country", "government")
HEADLINE = "📰 "  # the line a question shown under its article's headline opens with


def described_nouns(sentence: Any, replace: dict[int, str]) -> frozenset[int]:
    """Return the nouns a question says with the article's description of them ("the
    competition" said "the international robotics competition", "the meeting" said "the
    meeting at the town hall")."""
    return frozenset(
        i for i, said in replace.items()
        if len(said.split()) > 1 and sentence.doc[i].text in (said.split()[-1], said.split()[0])
    )  # fmt: skip


def synonym_described(head: Any, sentence: Any, described: frozenset[int]) -> bool:
    """Tell whether the sentence says the same thing by another word the question describes:
    "Every team in the contest was sent … in advance of the competition" with "the
    competition" said "the international robotics competition" (the contest's first sense,
    the event, is one of the competition's)."""
    first = senses(head.lemma_)[:1]
    return bool(first) and any(
        t.i in described and t.lemma_ != head.lemma_ and first[0] in senses(t.lemma_)
        for t in sentence
        if t.pos_ == "NOUN"
    )


def headline_country(head: Any, sentence: Any, stem: str) -> bool:
    """Tell whether "the nation" ("the country", "the government") is the one country (or
    its government) the headline the question is shown under names, the sentence naming none."""
    if not stem.startswith(HEADLINE) or any(c.dep_ not in ("det", "case") for c in head.children):
        return False
    first = senses(head.lemma_)[:1]
    if not first or first not in [senses(word)[:1] for word in _OF_COUNTRY]:
        return False  # "the state": a country, or one of a country's states
    if any(ent.label_ == "GPE" and country_code(ent.text) for ent in ents_of(sentence)):
        return False  # "the nation" may be the one the sentence names
    words = re.findall(r"[\w.-]+", stem.split("\n", 1)[0])
    names = words + [f"{one} {two}" for one, two in pairwise(words)]
    codes = {code for name in names if (code := country_code(name))}
    return len(codes) == 1 and not _other_country_before(sentence, codes)


def headline_city(head: Any, sentence: Any, stem: str) -> bool:
    """Tell whether "the city" is the one city the headline the question is shown under names
    ("📰 Lantern Festival in Taipei …"), the sentence and the paragraph before it naming no
    other place."""
    if not stem.startswith(HEADLINE) or any(c.dep_ != "det" for c in head.children):
        return False
    if senses(head.lemma_)[:1] != senses("city")[:1]:
        return False
    words = re.findall(r"[\w.-]+", stem.split("\n", 1)[0])
    names = words + [f"{one} {two}" for one, two in pairwise(words)]
    towns = {normalise(name) for name in names if place_kind(name) == "city"}
    before = [e for e in ents_of(sentence.doc) if e.end <= sentence.end and e.label_ == "GPE"]
    return len(towns) == 1 and all(normalise(e.text) in towns for e in before
                                   if place_kind(e.text) == "city")  # fmt: skip


def _other_country_before(sentence: Any, codes: set[str]) -> bool:
    """Tell whether the paragraph up to the sentence names a country, or its people, other
    than the headline's ("Uganda's coffee minister also arrived. The nation's coffee exports
    fell …" under a headline on Kenya: the nation is Uganda)."""
    before = [e for e in ents_of(sentence.doc) if e.end <= sentence.end and e.label_ in _NATIONS]
    return bool(nation_codes(e.text for e in before) - codes)


def named_kind(kind: str, word: str) -> bool:
    """Tell whether a noun's first sense is, by WordNet, directly a kind of thing `kind`
    names ("questionnaire" is a "form"), or `kind` is one of its words ("site" of
    "website"), so "the forms" can point to nothing else."""
    first = senses(word)[:1]
    found = synset(first[0]) if first and word != kind else None
    kinds = set(senses(kind))
    if found is not None and kind in found.lemmas:
        return True  # "the site" under "… website": another word for the same thing
    return found is not None and any(
        symbol == "@" and target in kinds for symbol, target in found.pointers
    )
