"""Whose group a question's bare plural subject is: "officials will scrap …" in an article
headlined on the "UK asylum process" says "UK officials" so the question stands alone."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from lemminflect import getLemma

from questions.generate.compiled import pattern
from questions.generate.demonyms import people_noun_nation
from questions.generate.entcache import ents_of
from questions.generate.nationcodes import nation_codes
from questions.generate.nationwords import adjective_nation
from questions.generate.pools import is_demonym, zipf

_MODIFIERS = ("amod", "compound", "nmod")
_NATIONS = ("NORP", "GPE")
_COMMON = 3.0  # a word this common in English is no name ("Women", not "Hopkins")


def headline_nation(title: Any | None, docs: Sequence[Any]) -> str | None:
    """Return the one nation or place the headline qualifies its story by ("Afghan team",
    "UK asylum process", "Hong Kong legislative election"), in the article's own adjective
    where it has one ("Japan nuclear plant": "Japanese"), or None."""
    if title is None:
        return None
    said = {
        str(e.text) for e in ents_of(title) if e.label_ in _NATIONS and e.root.dep_ in _MODIFIERS
    }
    if len(said) != 1:
        return None  # "Sweden, Belgium, England win": no one nation
    nation = said.pop()
    others = _codes(str(e.text) for e in ents_of(title)
                          if e.label_ in _NATIONS and e.root.dep_ not in _MODIFIERS)  # fmt: skip
    if others - _codes([nation]):
        return None  # "Afghan team allowed into US": two nations, whose officials?
    if not _story_nation(nation, docs):
        return None  # "Afghan team allowed into US": the officials may be the US's
    if nation.isupper() or " " in nation:
        return nation  # "UK", "Hong Kong": said as a noun before a noun
    adjectives = sorted({str(e.text) for d in docs for e in ents_of(d)
                         if e.label_ == "NORP" and is_demonym(e.text, nation)})  # fmt: skip
    return adjectives[0] if adjectives else nation


def _story_nation(nation: str, docs: Sequence[Any]) -> bool:
    """Tell whether the article names the headline's nation (by country or people) more
    often than any other: only then are its bare "officials" that nation's."""
    ours = _codes([nation])
    return bool(ours) and most_named_nation(docs) in ours


def most_named_nation(docs: Sequence[Any]) -> str:
    """Return the code of the country the article names (by country or people) more often
    than any other, or "" where none leads."""
    counts: Counter[str] = Counter()
    for doc in docs:
        for ent in ents_of(doc):
            if ent.label_ in _NATIONS:
                counts.update(_codes([ent.text.removeprefix("the ")]))
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[0][1] <= ranked[1][1]):
        return ""
    return ranked[0][0]


def _codes(words: Iterable[str]) -> set[str]:
    """Return the codes of the countries words name or whose people they name, by WordNet
    too where they share no beginning with the country ("Finnish", "Finns", "Dutch")."""
    listed = list(words)
    return nation_codes(listed) | {
        code for word in listed if (code := adjective_nation(word) or people_noun_nation(word))
    }


def _opening_plural(token: Any) -> bool:
    """Tell whether a sentence's capitalised first word is a common plural noun ("Women
    gained suffrage …", which the parse may tag a name): no entity, its lemma another word."""
    if token.i != token.sent.start or token.ent_type_ or not token.is_title:
        return False
    lemmas = getLemma(token.lower_, upos="NOUN")
    return bool(lemmas) and lemmas[0] != token.lower_ and zipf(token.lower_) >= _COMMON


def owned_group(stem: str, sentence: Any, nation: str | None) -> str:
    """Name the nation of a bare plural subject the sentence leaves unowned ("officials"):
    weeks later "officials" of no country leave the reader asking whose."""
    if nation is None or pattern(rf"(?<!\w){re.escape(nation)}(?!\w)").search(stem):
        return stem
    for token in sentence:
        bare = (token.tag_ == "NNS" or _opening_plural(token)) and not any(token.children)
        if not bare or token.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if not (token.is_lower or _opening_plural(token)):
            continue
        opening = pattern(rf"{re.escape(token.text.capitalize())}(?![\w-])").match(stem)
        if opening:  # "Officials will scrap …", the question opening where the sentence did not
            return f"{nation} {token.lower_}{stem[opening.end() :]}"
        found = pattern(rf"(?<![\w-]){re.escape(token.text)}(?![\w-])").search(stem)
        before = stem[: found.start()].split()[-1:] if found else []
        if found and not (before and before[0][:1].isupper()):  # not "Home Office officials"
            return f"{stem[: found.start()]}{nation} {stem[found.start() :]}"
    return stem
