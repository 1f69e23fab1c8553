"""A news agency named as an agency: an outlet reporting news, not a public body.

"Agency" is one of the kinds of public body (a government's "Water Agency", "Transport
Agency"), so "The Meridian News Agency reported …" was asked among the article's public
agencies, which report nothing: "Port Ellis Water Agency" beside it gives the key away. A
name whose head is a compound WordNet files as a news agency ("News Agency", "Press
Agency", "Wire Service"), or that the article spells out or describes so ("KCNA";
"Bernama, a Malaysian government news agency"), names an outlet, whose rivals are the
article's other reporters, and whose saying ("said KCNA") is a report, not a statement.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache
from typing import Any

from questions.generate.entcache import ents_of
from questions.generate.hypernyms import is_kind_of
from questions.generate.kinds import initials_of
from questions.generate.wordnet import senses

Span = Any
_LEVELS = 3  # a news agency or a kind of one ("syndicate")


@cache
def _news_senses() -> frozenset[str]:
    """Return WordNet's sense of a news agency: the general concept every outlet of the
    kind is, whatever its name (news agency, press agency, wire service)."""
    return frozenset(senses("news agency")[:1])


@lru_cache(maxsize=1024)
def news_compound(words: str) -> bool:
    """Tell whether a phrase ends on a two-word compound WordNet knows as a news agency
    ("Korean Central News Agency", "a Malaysian government news agency")."""
    tail = words.lower().split()[-2:]
    if len(tail) < 2:
        return False
    return is_kind_of(senses(" ".join(tail))[:1], _news_senses(), _LEVELS)


def _described_as(ent: Span) -> str:
    """Return the words of the noun phrase an apposition sets beside a name ("Bernama, a
    Malaysian government news agency"; "The Fars News Agency (FNA), an Iranian news
    agency"), up to its head noun, or ""."""
    root = ent.root
    nouns = [c for c in root.children if c.dep_ == "appos" and not ent.start <= c.i < ent.end]
    if root.dep_ == "appos" and root.head.i < ent.start:
        nouns.append(root.head)
    for noun in nouns:
        if noun.pos_ == "NOUN":
            return " ".join(t.text for t in noun.doc[noun.left_edge.i : noun.i + 1])
    return ""


def named_news_agency(name: str, sentences: Sequence[Span]) -> bool:
    """Tell whether a name is a news agency's by its own words, the words it abbreviates
    anywhere in the article, or the apposition the article describes it by."""
    if news_compound(name):
        return True
    for sentence in sentences:
        for ent in ents_of(sentence):
            if ent.label_ != "ORG":
                continue
            if ent.text == name and news_compound(_described_as(ent) or "-"):
                return True
            if name.isupper() and initials_of(name, ent.text) and news_compound(ent.text):
                return True  # "KCNA": the article's "Korean Central News Agency"
    return False
