"""Numbered names of one series: versions and missions ("IE6", "Internet Explorer 9", "STS-135").

spaCy calls "IE6" a place, "STS-1" nothing at all, and the filters drop a place with figures
as a product; yet "which browser shipped with Windows XP?" is a fair question when the article
names the series at two numbers or more: the others are the options, all real. A number
between two the article states is of the series too (a later version follows the earlier).
No other number is: "SHA-4" beside SHA-1, SHA-3 and SHA-256, or "STS-136" after the last
shuttle mission, would be made up (a series ends, or numbers by other rules than counting),
so a series the article names too little of is asked with three options, or not at all.
"""

from __future__ import annotations

import calendar
import itertools
import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

from questions.generate.facts import Fact
from questions.generate.kinds import kind_word
from questions.schema import normalise

MODEL = "model"
_NOT_SERIES = frozenset(
    normalise(w) for w in [*calendar.month_name, *calendar.month_abbr, *calendar.day_name] if w
)
# A name of capitalised words or an acronym, then its number: "Internet Explorer 9", "IE9".
_NUMBERED = re.compile(
    r"(?<![\w.-])((?:[A-Z][A-Za-z]+ )*[A-Z][A-Za-z]*?)( |-|)(\d{1,4})(?![\w-]|[.,]\d)"
)
# a word of these parts of speech is no word of a name, capitalised or not: "Around 70 people"
# and "Around 300 police" are no series "Around"
_FUNCTION = frozenset({"ADV", "ADP", "DET", "PART", "SCONJ", "CCONJ", "PRON", "AUX"})
_COPULA = frozenset({"be", "is", "was", "will", "would", "are", "were", "which", "that"})
# Numbers between two stated ones are offered across a short gap only ("IE6" to "IE9"); a
# series may skip one (Windows went from 8 to 10), a risk kept small by the short gap.
_MOST_BETWEEN = 3
_FAR = 10  # a member this many numbers from the key is no near version or mission of it


def _series(prefix: str, joint: str) -> str:
    """Return a series' key: its words folded and how the number is joined ("sts-")."""
    return normalise(prefix) + joint


def _mentions(sentences: Sequence[Any]) -> list[tuple[int, Any, str, str, int]]:
    """Return every numbered name: (sentence, token span, prefix, joint, number)."""
    found = []
    for index, sentence in enumerate(sentences):
        for match in _NUMBERED.finditer(sentence.text):
            prefix, joint, number = match.group(1), match.group(2), match.group(3)
            if normalise(prefix.split()[-1]) in _NOT_SERIES or prefix.lower() == prefix:
                continue  # "March 9" is a date
            span = sentence.doc.char_span(
                sentence.start_char + match.start(), sentence.start_char + match.end()
            )
            if span is None or any(
                t.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY") for t in span
            ):
                continue
            if any(t.pos_ in _FUNCTION and t.idx + len(t) <= span.start_char + len(prefix)
                   for t in span):  # fmt: skip
                continue  # "Around 70", "Over 200": a hedged figure opening a sentence
            found.append((index, span, prefix, joint, int(number)))
    return found


def _noun_after(span: Any) -> str:
    """Return the singular noun a name qualifies: "Internet Explorer 9 (IE9) browser"."""
    doc = span.doc
    i = span.end
    if i < len(doc) and doc[i].text == "(":
        close = next((t.i for t in doc[i : i + 6] if t.text == ")"), None)
        i = close + 1 if close is not None else i
    elif i < len(doc) and doc[i].text == ")" and span.start > 0 and doc[span.start - 1].text == "(":
        i += 1
    if i < len(doc) and doc[i].tag_ == "NN" and doc[i].is_lower:
        return kind_word(doc[i].text)
    return ""


def _noun_beside(span: Any) -> str:
    """Return the noun an apposition ("STS-1, the first space shuttle mission.") or a copula
    ("its final mission which will be STS-135") gives a name."""
    doc = span.doc
    i = span.end
    if i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].pos_ in ("DET", "PRON"):
        j = i + 2
        while j < len(doc) and doc[j].pos_ in ("ADJ", "NOUN", "PROPN", "NUM"):
            j += 1
        if j > i + 2 and (j == len(doc) or doc[j].is_punct) and doc[j - 1].tag_ == "NN":
            return kind_word(doc[j - 1].text)
    j = span.start - 1
    while j >= 0 and doc[j].lower_ in _COPULA:
        j -= 1
    if j < span.start - 1 and j >= 0 and doc[j].tag_ == "NN" and doc[j].is_lower:
        return kind_word(doc[j].text)
    return ""


def _initials(prefix: str) -> str:
    """Return a prefix's initials ("Internet Explorer": "IE")."""
    return "".join(w[0] for w in prefix.split()) if " " in prefix else prefix


def numbered_names(per_sentence: list[list[Fact]], sentences: Sequence[Any]) -> list[list[Fact]]:
    """Add the numbered names of a series the article names at two numbers or more, asked as
    what the article calls them ("browser", "mission"); drop the model's facts over them."""
    mentions = _mentions(sentences)
    numbers: dict[str, set[int]] = {}
    nouns: dict[str, Counter[str]] = {}
    for _, span, prefix, joint, number in mentions:
        series = _series(prefix, joint)
        numbers.setdefault(series, set()).add(number)
        noun = _noun_after(span) or _noun_beside(span)
        if noun:  # "IE9" and "Internet Explorer 9" are one series' two spellings
            for key in {_initials(prefix), prefix}:
                nouns.setdefault(normalise(key), Counter())[noun] += 1
    out = [list(found) for found in per_sentence]
    for index, span, prefix, joint, _ in mentions:
        if len(numbers[_series(prefix, joint)]) < 2:
            continue  # "Studio 54", "Vostok 1": no series, no options
        said = nouns.get(normalise(_initials(prefix)), Counter()) + nouns.get(
            normalise(prefix), Counter()
        )
        noun = said.most_common(1)[0][0] if said else ""
        kept = [f for f in out[index] if f.end <= span.start or f.start >= span.end]
        kept.append(Fact(index, span.start, span.end, span.text, "PRODUCT", MODEL, "", noun))
        out[index] = sorted(kept, key=lambda f: f.start)
    return out


def series_options(key: str, text: str) -> list[str]:
    """Return the other members of a key's series near it: those the article names, then the
    numbers between two it names ("IE7", "IE8" between "IE6" and "IE9"), nearest the key
    first; none it leaves unsaid past them ("SHA-4" beside "SHA-3" is made up)."""
    match = _NUMBERED.fullmatch(key)
    if match is None:
        return []
    prefix, joint, number = match.group(1), match.group(2), int(match.group(3))
    said = re.compile(
        rf"(?<![\w.-]){re.escape(prefix)}{re.escape(joint)}(\d{{1,4}})(?![\w-]|[.,]\d)"
    )
    stated = sorted({int(m.group(1)) for m in said.finditer(text)} | {number})
    between = {
        n
        for low, high in itertools.pairwise(stated)
        if high - low <= _MOST_BETWEEN
        for n in range(low + 1, high)
    }
    others = [n for n in stated if n != number] + sorted(between, key=lambda n: abs(n - number))
    # A member far from the key ("STS-1", the first mission, beside "STS-133" of March 2011)
    # is of another era the article tells, absurd in place: never offered. Two near ones
    # make a three-option question (`three`); the key alone at its end ("STS-1" among
    # "STS-133/134/135") has none, and is no question.
    near = [n for n in others if abs(n - number) <= _FAR]
    return [f"{prefix}{joint}{n}" for n in near]


def ordinal_giveaway(key: str, options: list[str], stem: str) -> bool:
    """Tell whether a question asking a series' first (or last) member has the key as its
    options' lowest (or highest) number: "What was the first mission?" with "STS-1" among
    "STS-2"…"STS-4" is answered by counting, not by the article."""
    numbers = [int(m.group(3)) for o in options if (m := _NUMBERED.fullmatch(o))]
    match = _NUMBERED.fullmatch(key)
    if match is None or not numbers:
        return False
    number = int(match.group(3))
    stem = stem.split("\n")[-1]  # "📰 … first shuttle launch": the headline's, not the key's
    if re.search(r"\bfirst\b", stem, re.IGNORECASE) and number < min(numbers):
        return True
    return re.search(r"\b(?:last|final)\b", stem, re.IGNORECASE) is not None and number > max(
        numbers
    )


def said_otherwise(key: str, stem: str) -> bool:
    """Tell whether the question names the key in its other spelling: "Internet Explorer 6"
    in a headline gives "IE6" away."""
    match = _NUMBERED.fullmatch(key)
    if match is None:
        return False
    initials, number = _initials(match.group(1)), int(match.group(3))
    return any(
        initials in _tail_initials(m.group(1)) and int(m.group(3)) == number
        for m in _NUMBERED.finditer(stem)
    )


def _tail_initials(prefix: str) -> set[str]:
    """Return the initials of each run of a prefix's last words: "The Internet Explorer" is
    "Internet Explorer" and "Explorer" too ("The Internet Explorer 6 Countdown")."""
    words = prefix.split()
    return {_initials(" ".join(words[i:])) for i in range(len(words))}
