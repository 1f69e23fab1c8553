"""Naming "the President" by the one person the article gives that title before a name.

A story says "President Barack Obama of the United States" once and then "the President";
a question keeping "the President" points back into the article (of which country, when?).
Said "President Barack Obama", it stands alone. Only a title one person holds in the
article is named: two people called "President" leave it unsure, and a title another word
qualifies ("former President George W. Bush") is another holding of it, not the present one.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from questions.generate.entcache import ents_of
from questions.generate.particles import name_cased

Span = Any
SINGLE_HOLDER = frozenset({
    "president", "administrator", "chairman", "chairwoman", "director", "secretary",
    "governor", "mayor", "leader", "commissioner", "ceo", "chancellor", "premier",
})  # fmt: skip


def title_holders(sentences: Iterable[Span]) -> dict[str, str]:
    """Map a capitalised one-holder title ("President") to the name of the one person the
    article gives it unqualified ("Barack Obama")."""
    found: dict[str, set[str]] = {}
    for sentence in sentences:
        for ent in ents_of(sentence):
            if ent.label_ != "PERSON" or ent.start == 0 or len(ent) < 2:
                continue
            title = sentence.doc[ent.start - 1]
            if not _title(title) or not name_cased(ent.text.split()):
                continue
            if any(c.dep_ in ("amod", "compound", "poss") for c in title.children):
                continue  # "former President", "Vice President": another holding
            found.setdefault(title.text, set()).add(ent.text.removesuffix("'s").removesuffix("’s"))
    return {title: next(iter(names)) for title, names in found.items() if len(names) == 1}


def _title(word: Span) -> bool:
    """Tell whether a word is a capitalised title one person holds ("President", "Mayor")."""
    return bool(word.is_title and word.pos_ == "PROPN" and word.lower_ in SINGLE_HOLDER)


def bare_title(token: Span, holders: dict[str, str]) -> str | None:
    """Return the one holder a bare "the President" stands for: "the" and the title alone,
    no name, owner or "of" phrase with it; else None."""
    if token.text not in holders or token.ent_type_ or token.i == 0:
        return None
    det = token.doc[token.i - 1]
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if det.lower_ != "the" or det.head.i != token.i:
        return None
    if any(c.i != det.i for c in token.children) or (after is not None and after.is_title):
        return None  # "the President of Brazil", "the President's", "the President Elect"
    return holders[token.text]


def name_title_holders(sentence: Span, holders: dict[str, str], replace: dict[int, str]) -> None:
    """Say "President Barack Obama" for a bare "the President" of an article whose one
    President he is."""
    for token in sentence:
        holder = bare_title(token, holders)
        if holder is not None and token.i not in replace and token.i - 1 not in replace:
            replace[token.i - 1], replace[token.i] = "", f"{token.text} {holder}"
