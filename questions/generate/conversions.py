"""An amount restated in brackets in another unit: "€375,000 (US$520,000)", "three kilometres
(two miles)", "KSh38 million (GBP 11.75 million)".

A blind review (64) found the bracket asked: "three kilometres (_____)" keyed "two miles", "a
fine of up to €375,000 (US$_____)". The bracket is the writer's conversion of the amount just
given, so its blank tests arithmetic or an exchange rate, not the article; and beside the
amount asked, the conversion gives it away to anyone who converts back. The conversion is
never asked, and a question on the amount leaves it out.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

import pycountry

from questions.generate.countwh import HEDGES
from questions.generate.facts import Fact

Span = Any
Token = Any
# kinds of an amount a writer converts into another unit: a sum of money, a measure
_CONVERTED = frozenset({"money", "quantity"})
_AMOUNT_LABELS = frozenset({"MONEY", "QUANTITY", "CARDINAL"})
# a currency's sign (Unicode's category Sc), perhaps after its country's capitals ("US$")
_SIGNED = re.compile(r"[A-Z]{0,3}(?P<sign>.)")
# a hedge a converted figure may carry ("(about two miles)", "(c. 500 km)"): a count's own
_HEDGES = HEDGES | {"c."}
_ENDS = frozenset({".", "!", "?", ";"})  # a bracket the writer left open ends the sentence


def _lead(token: Token) -> bool:
    """Tell whether a word may stand in a bracket before its amount: a currency's sign or its
    ISO 4217 code (pycountry: "GBP", not "USA"), or a hedge."""
    text = token.text
    signed = _SIGNED.fullmatch(text)
    sign = signed is not None and unicodedata.category(signed.group("sign")) == "Sc"
    code = len(text) == 3 and text.isupper() and pycountry.currencies.get(alpha_3=text)
    return bool(sign or code) or token.lower_ in _HEDGES


def _amount_word(token: Token) -> bool:
    """Tell whether a word is part of an amount: a number, or a word of the model's amount."""
    return (
        token.like_num
        or any(c.isdigit() for c in token.text)
        or (token.ent_type_ in _AMOUNT_LABELS)
    )


def _closing(sentence: Span, at: int) -> int | None:
    """Return the index of the bracket's close at `at` (or of the sentence's end where the
    writer left it open), or None when more words follow the amount inside it."""
    doc = sentence.doc
    if at >= sentence.end or doc[at].text in _ENDS:
        return at  # "(US$71,000." : the bracket runs to the sentence's end
    return at if doc[at].text == ")" else None


def bracketed_conversion(sentence: Span, fact: Fact) -> str | None:
    """Say when the fact is an amount's conversion in brackets right after it ("€375,000
    (US$_____)"): the bracket holds the amount alone and follows an amount."""
    if fact.kind not in _CONVERTED:
        return None
    doc = sentence.doc
    at = fact.start - 1
    while at > sentence.start and _lead(doc[at]):
        at -= 1
    if doc[at].text != "(" or at == sentence.start or _closing(sentence, fact.end) is None:
        return None
    if not _amount_word(doc[at - 1]):
        return None  # "a fine (_____)": no amount before it to be converted
    return f"'{fact.text}' converts the amount before its bracket"


def conversion_aside(sentence: Span, fact: Fact) -> frozenset[int]:
    """Return the words of a conversion in brackets right after an amount asked ("€50,900
    (US$71,000)"), its brackets with it, for the question to leave out; or none."""
    doc = sentence.doc
    if fact.kind not in _CONVERTED or fact.end >= sentence.end or doc[fact.end].text != "(":
        return frozenset()
    at = fact.end + 1
    while at < sentence.end and _lead(doc[at]):
        at += 1
    amount = at
    while at < sentence.end and _amount_word(doc[at]) and doc[at].text not in _ENDS:
        at += 1
    close = _closing(sentence, at) if at > amount else None
    if close is None or not any(t.like_num or any(c.isdigit() for c in t.text)
                                for t in doc[amount:at]):  # fmt: skip
        return frozenset()
    last = close if close < sentence.end and doc[close].text == ")" else close - 1
    return frozenset(range(fact.end, last + 1))
