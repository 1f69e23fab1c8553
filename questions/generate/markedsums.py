"""Sums in a dollar marked with its country ("CA$400", "NZ$3 million", "US$20,000") read
as one amount of money, whatever the model made of them.

spaCy's tokenizer cuts only "US$", "C$" and "A$" off a figure, so "CA$400" and "HK$500" were
one word no entity reader saw ("The audience paid CA$400" gave no fact), while "US$13.6
billion" was money; and where the model did cut the mark off, it read the figure alone
("US$_____ bail" asked "20,000" among "50,000") or took "CA$ 400" for a date. A mark is the
capitals before a dollar sign set right against a figure, as `facts` and `optionkinds`
already read a sum's currency ("NZ$26", "US$"): the country it names is `currencies`'s.
"""

from __future__ import annotations

import re
from typing import Any

from questions.generate.entcache import ents_of, forget_ents
from questions.generate.variants import SCALES

# capitals set against a dollar sign and a figure: "CA$400", "HK$500", "S$50", "NZ$3"
PREFIX = r"[A-Z]{1,3}\$(?=\d)"
_MARK = re.compile(r"[A-Z]{1,3}\$")
_SHORT_SCALES = frozenset({"bn", "m", "mn", "k"})  # "HK$5bn", "A$3m"
_SCALED = re.compile(r"\d[\d,.]*(?:bn|mn|m|k)")  # "5bn", one word
_NUMERIC = frozenset({"MONEY", "CARDINAL", "DATE", "QUANTITY", "TIME"})


def _sum_end(doc: Any, mark: Any) -> int | None:
    """Return where the sum a mark opens ends (past its figure and scale), else None."""
    figure: int = mark.i + 1
    if figure >= len(doc) or mark.whitespace_ or not _figure(doc[figure]):
        return None
    end = figure + 1
    if end < len(doc) and doc[end].lower_ in SCALES.keys() | _SHORT_SCALES:
        end += 1  # "NZ$3 million": the scale is the sum's
    return end


def _figure(token: Any) -> bool:
    """Tell whether a word is a sum's figure ("400", "2.1", "5bn")."""
    return bool(token.like_num or _SCALED.fullmatch(token.text))


def marked_sums(doc: Any) -> Any:
    """Make each marked sum one MONEY entity: a number or date the model read on its words
    gives way to it, and a name the model ran into it ends before it ("Brian Mulroney
    CAN$300,000")."""
    from spacy.tokens import Span

    sums = []
    for token in doc[:-1]:
        end = _sum_end(doc, token) if _MARK.fullmatch(token.text) else None
        if end is not None:
            sums.append(Span(doc, token.i, end, label="MONEY"))
    if not sums:
        return doc
    kept = []
    for ent in ents_of(doc):
        inside = [s for s in sums if s.start < ent.end and ent.start < s.end]
        if len(inside) > 1 and ent.label_ in _NUMERIC:
            # "US$5 to US$10 million": a range the model read whole; its first end alone
            # would lose the scale both share, so it stays one (and is asked as none)
            kept.append(Span(doc, ent.start, ent.end, label="MONEY"))
            sums = [s for s in sums if s not in inside]
        elif not inside:
            kept.append(ent)
        elif ent.label_ not in _NUMERIC and ent.start < inside[0].start:
            kept.append(Span(doc, ent.start, inside[0].start, label=ent.label_))
    doc.set_ents(kept + sums)
    forget_ents(doc)  # its kept entities are these no more
    return doc
