"""The entity spans facts are read from: a range's ends, an age, a name the model cut short."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from questions.generate.dates import ranked_date
from questions.generate.entcache import ents_of
from questions.generate.gluednames import glued_name
from questions.generate.measures import level_noun

Span = Any

HAS_MONTH = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b"
)
_RANGE_WORDS = frozenset({"through", "to", "until", "till", "and", "-", "–"})


def _range_ends(ent: Span) -> list[Span]:
    """Split a date range into its two dates ("January 23 through March 9"), each a date of
    its own: either is askable with the other shown; of a change between two numbers ("from
    9 to 10") the number reached is one. Any other entity is itself."""
    if ent.label_ not in ("DATE", "CARDINAL"):
        return [ent]
    for token in ent[1:-1]:
        if token.lower_ in _RANGE_WORDS:
            ends = [ent.doc[ent.start : token.i], ent.doc[token.i + 1 : ent.end]]
            if ent.label_ == "CARDINAL":  # only the level a change reaches is asked
                reached = _as_label(ends[1], "CARDINAL")
                numbers = all(len(e) == 1 and e[0].like_num for e in ends)
                return [reached] if numbers and level_noun(reached) is not None else [ent]
            dated = all(HAS_MONTH.search(e.text) and re.search(r"\d", e.text) for e in ends)
            return [_as_label(e, "DATE") for e in ends] if dated else [ent]
    return [ent]


def _age_of(ent: Span) -> Span:
    """Return the age itself of "the age of four months" (asked "At what age …?"); any other
    entity is itself."""
    words = [t.lower_ for t in ent[:3]]
    return _as_label(ent[3:], "DATE") if ent.label_ == "DATE" and words == _AGE_OF else ent


_AGE_OF = ["the", "age", "of"]


def _as_label(span: Span, label: str) -> Span:
    """Label a part of a range as the date or number it is."""
    from spacy.tokens import Span as SpacySpan

    return SpacySpan(span.doc, span.start, span.end, label=label)


def _named_ordinal(ent: Span) -> Span:
    """Return the whole name an all-caps ordinal opens ("FIRST Global Challenge Robot
    Olympics"): the model calls "FIRST" an ordinal and leaves the capitalised words after it
    unnamed, though without the ordinal it names them an organisation. Any other entity is
    itself."""
    from spacy.tokens import Span as SpacySpan

    if ent.label_ != "ORDINAL" or len(ent) != 1 or len(ent.text) < 2 or not ent.text.isupper():
        return ent
    doc, end, last = ent.doc, ent.end, ent.sent.end
    while end < last and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
        end += 1
    if end == ent.end or any(t.ent_type_ for t in doc[ent.end : end]):
        return ent  # "FIRST", alone; or a name the model placed, not to be cut
    return SpacySpan(doc, ent.start, end, label="ORG")


def _hyphened_start(ent: Span) -> Span:
    """Return the whole name a hyphened pair of names opens ("SCO-Afghanistan Liaison
    Group"): the model names only "Liaison Group", yet the pair qualifies it. Any other
    entity is itself."""
    from spacy.tokens import Span as SpacySpan

    doc, start = ent.doc, ent.start
    if ent.label_ != "ORG" or start < 3 or not doc[start - 1].whitespace_:
        return ent
    first, hyphen, second = doc[start - 3], doc[start - 2], doc[start - 1]
    joined = hyphen.text == "-" and not first.whitespace_ and not hyphen.whitespace_
    inside = range(start - 3, ent.end)
    if not joined or not all(t.pos_ == "PROPN" and t.head.i in inside for t in (first, second)):
        return ent
    return SpacySpan(doc, start - 3, ent.end, label="ORG")


_CURRENCY_SIGNS = frozenset("$€£¥")


def _with_currency(ent: Span) -> Span:
    """Return a sum with the currency sign the model left outside it ("$" of "to $250,000",
    the entity "250,000"): the sign is part of the amount, so the options carry it as the
    article's other sums do ("$700 billion"). Any other entity is itself."""
    from spacy.tokens import Span as SpacySpan

    doc, start = ent.doc, ent.start
    if ent.label_ not in ("MONEY", "CARDINAL") or start == 0:
        return ent
    sign = doc[start - 1]
    apart = sign.whitespace_ or not ent.start <= sign.head.i < ent.end
    if sign.text not in _CURRENCY_SIGNS or apart:
        return ent  # "$ 5" apart, or a sign of another number
    return SpacySpan(doc, start - 1, ent.end, label="MONEY")


def entity_of(token: Any) -> Span | None:
    """Return the model's entity a token is a word of, or None."""
    return next((e for e in ents_of(token.doc) if e.start <= token.i < e.end), None)


def entity_spans(sentence: Span) -> Iterator[Span]:
    """Yield a sentence's entities as facts are read from them, ranges split into their ends."""
    glued = [glued_name(w) for w in ents_of(sentence)]
    # the word the model named apart ("Republican") is a word of the longer name now
    kept = [w for w in glued if not any(o.start == w.start and o.end > w.end for o in glued)]
    named = (_age_of(_hyphened_start(_named_ordinal(ranked_date(_with_currency(w))))) for w in kept)
    yield from (end for whole in named for end in _range_ends(whole))


_AMOUNTS = frozenset({"MONEY", "QUANTITY", "PERCENT", "CARDINAL"})


def amount_start(ent: Span, start: int) -> int:
    """Return where an amount's own words begin, past lower-case words right before its
    number or currency sign that describe it ("a record $70 billion", "an estimated $5
    million"): the key is "$70 billion", and "record" stays in the stem."""
    doc = ent.doc
    if ent.label_ not in _AMOUNTS:
        return start
    while start + 1 < ent.end and _opens_clause(doc[start], ent):
        start += 1  # "as around 300 protestors moved …": "as" opens the clause, not the count
    while start + 1 < ent.end:
        word, after = doc[start], doc[start + 1]
        opens = after.like_num or after.tag_ == "$"
        if not (opens and word.is_alpha and word.is_lower and not word.like_num):
            break
        start += 1
    return start


def _opens_clause(word: Any, ent: Span) -> bool:
    """Tell whether an entity's first word is a preposition or a clause's marker the model
    took into the amount ("cancelled as around 300 … moved"): it hangs outside the entity."""
    outside = not ent.start <= word.head.i < ent.end
    return bool(outside and word.dep_ in ("prep", "mark"))
