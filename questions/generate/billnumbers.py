"""A bill's number: "H.R.1424, a bill originating in the House", "SB 8", "S. 2345".

The small model reads a designation like "H.R.1424" as a bare common noun, so the bill the
story is about is never asked. A capitalised prefix (initials with or without stops) and a
number that the article calls by a noun whose commonest WordNet sense is a legal document
("a bill", "the act") is one bill's number. A legislature numbers its bills by counting, one
after another, so the numbers near the key's in its own prefix are bills too: they are its
options ("H.R.1141", "H.R.1782"), except a number the article itself gives another bill.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from questions.generate.facts import Fact
from questions.generate.hypernyms import is_kind_of
from questions.generate.kinds import kind_word
from questions.generate.variants import numeric_variants
from questions.generate.wordnet import senses

BILL = "bill number"
_LEGAL_DOCUMENT = frozenset(senses("legal_document"))
_UP = 3  # "bill" → "statute" → "legal document"
# initials with stops ("H.R.", "S.", "H.Res.") or capitals ("HB", "SB"), then the number
_DESIGNATION = re.compile(
    r"(?<![\w.-])((?:[A-Z][a-z]{0,2}\.){1,3} ?|[A-Z]{1,3} ?)(\d{1,5})(?![\w-]|[.,]\d)"
)
# the model's reading of a number it took for an amount or a time: no bill
_NOT_NAMES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY"})


def _legal_noun(token: Any) -> str:
    """Return a lower-case noun's kind word if its commonest sense is a legal document."""
    if token.pos_ != "NOUN" or not token.is_lower or not token.is_alpha:
        return ""
    first = senses(token.lower_)[:1]
    return kind_word(token.text) if first and is_kind_of(first, _LEGAL_DOCUMENT, _UP) else ""


def _called(span: Any) -> str:
    """Return the legal document the sentence calls a designation: its apposition ("H.R.1424,
    a bill …") or the noun just before it ("the bill H.R.1424")."""
    for token in span:
        for child in token.children:
            if child.dep_ == "appos" and (noun := _legal_noun(child)):
                return noun
    before = span.doc[span.start - 1] if span.start > 0 else None
    return _legal_noun(before) if before is not None else ""


def _mentions(sentences: Sequence[Any]) -> list[tuple[int, Any]]:
    """Return every designation the sentences write: (sentence, token span)."""
    found = []
    for index, sentence in enumerate(sentences):
        for match in _DESIGNATION.finditer(sentence.text):
            span = sentence.doc.char_span(
                sentence.start_char + match.start(), sentence.start_char + match.end()
            )
            if span is not None and not any(t.ent_type_ in _NOT_NAMES for t in span):
                found.append((index, span))
    return found


def _folded(text: str) -> str:
    """Fold a designation's spelling: "H.R. 1424" and "H.R.1424" are one bill."""
    return re.sub(r"\s", "", text)


def bill_numbers(per_sentence: list[list[Fact]], sentences: Sequence[Any]) -> list[list[Fact]]:
    """Add the designations the article calls a legal document ("a bill") as bill numbers,
    asked as that document; drop the model's facts over them."""
    mentions = _mentions(sentences)
    nouns = {_folded(span.text): said for _, span in mentions if (said := _called(span))}
    out = [list(found) for found in per_sentence]
    for index, span in mentions:
        noun = nouns.get(_folded(span.text), "")
        if not noun:
            continue  # "STS-135", "RI-1": a designation, but of no bill the article says
        kept = [f for f in out[index] if f.end <= span.start or f.start >= span.end]
        kept.append(Fact(index, span.start, span.end, span.text, "LAW", BILL, "", noun))
        out[index] = sorted(kept, key=lambda f: f.start)
    return out


def bill_variants(key: str, text: str, seed: str) -> list[str]:
    """Return numbers near the key's in its own prefix ("H.R.1141" for "H.R.1424"): bills as
    real as it; none the article gives a bill of its own ("H.R.1425, a second bill")."""
    said = {_folded(m.group(0)) for m in _DESIGNATION.finditer(text)}
    return [v for v in numeric_variants(key, seed) if _folded(v) not in said]
