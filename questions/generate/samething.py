"""Options right too: another name of the key's thing, or a year the article gives its deed.

"the 2010 Games in Vancouver" makes "Vancouver Games" another name of the "2010 Games": both
options would be right (review 88). A head noun shared, one name's own word said of the
other ("2010 Games in Vancouver") makes them one thing. And "Armstrong and Thiessen were
part of the _____ gold medal winning team" keyed 2010 has 2013 right too where the article
counts them among "their 2013 World Championship winning team": a year the article ties to
the question's people and its noun is no wrong option.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from spacy.lang.en.stop_words import STOP_WORDS

from questions.generate.compiled import pattern
from questions.generate.stems import BLANK
from questions.schema import normalise

if TYPE_CHECKING:
    from questions.generate.options import OptionContext

_PLACED = r"(?:in|at|of)"  # "the 2010 Games in Vancouver", "the Games of Vancouver"
_NEAR_WORDS = 4  # words between a year and the noun it dates ("2013 World Championship … team")
_NOUN_WORDS = 5  # the most lower-case words a year's phrase runs to ("gold medal winning team")
# a year's way into the noun it dates: "the 2010 gold medal winning team", "2015 season"
_MODIFIERS = frozenset({"nummod", "compound", "amod", "nmod", "npadvmod", "quantmod"})


def _split(name: str) -> tuple[str, str] | None:
    """Return a name's own words and its head noun ("2010 Games" -> ("2010", "Games"))."""
    words = name.split()
    return (" ".join(words[:-1]), words[-1]) if len(words) > 1 else None


def one_named_thing(option: str, other: str, source: str) -> bool:
    """Tell whether two folded names sharing a head noun name one thing by the folded article:
    one's own words said of the other ("the 2010 games in vancouver": "vancouver games")."""
    a, b = _split(option), _split(other)
    if a is None or b is None or a[1] != b[1] or a[0] == b[0]:
        return False
    for (own, head), (said, _) in ((a, b), (b, a)):
        if f"{own} {head}" not in source or said not in source:
            continue  # both patterns need both written: a plain lookup spares the searches
        name = re.escape(f"{own} {head}")
        tied = rf"\b{name} {_PLACED} (?:the )?{re.escape(said)}\b"
        fused = rf"\b{re.escape(said)} {name}\b"  # "the 2010 Vancouver Games"
        if pattern(tied).search(source) or pattern(fused).search(source):
            return True
    return False


def distinct_things(options: list[str], source: str) -> list[str]:
    """Return the options less each that names the same thing as one before it by the
    article: "2010 Games" and "Vancouver Games" would be wrong as one, eliminable as a pair."""
    folded = normalise(source)
    kept: list[str] = []
    for option in options:
        if not any(one_named_thing(normalise(option), normalise(k), folded) for k in kept):
            kept.append(option)
    return kept


def _dated_noun(stem: str, words: Any) -> str:
    """Return the common noun a blank's year dates ("the _____ gold medal winning team that
    beat Sweden" -> "team"), or "": the parse's head where the key has one, else the last of
    the lower-case words after the blank before the first function word ("that", "was")."""
    if words is not None:
        token = words.root
        while token.dep_ in _MODIFIERS and token.head.i > token.i:
            token = token.head  # "2010" -> "medal" -> "team"
        return token.text if token.pos_ == "NOUN" and token.i >= words.end else ""
    lower = re.match(r"(?:\s+[a-z][\w-]*)*", stem.partition(BLANK)[2])  # no "Cup", no "."
    said: list[str] = []
    for word in lower.group(0).split()[:_NOUN_WORDS] if lower else []:
        if word in STOP_WORDS:
            break  # "that beat Sweden", "was the best": the noun's phrase has ended
        said.append(word)
    return said[-1] if said else ""


def _stem_people(stem: str, sentences: Any) -> list[str]:
    """Return the question's words that name one of the article's people ("Armstrong"), not
    a place or a team ("Sweden") the model never calls a person."""
    people = {t.text for s in sentences for e in s.ents if e.label_ == "PERSON" for t in e}
    words = re.findall(r"(?<=\s)[A-Z][a-z][\w'’-]+\b", stem)  # not the question's first
    return [w for w in words if w.lower() not in STOP_WORDS and w in people]


def tied_year(option: str, context: OptionContext) -> bool:
    """Tell whether a year option is one the article gives the question's own people and
    noun ("their 2013 World Championship winning team, including … Jim Armstrong"): true too."""
    stem, sentences = context.stem, context.sentences
    if not option.isdigit() or BLANK not in stem:
        return False
    noun = _dated_noun(stem, getattr(context, "words", None))  # a bare stem has no parse
    names = _stem_people(stem.splitlines()[-1], sentences)
    if not noun or not names:
        return False
    near = pattern(rf"\b{option}(?:\s+[\w'’-]+){{0,{_NEAR_WORDS}}}\s+{re.escape(noun)}\b")
    for sentence in sentences:
        text = sentence.text
        if near.search(text) and any(pattern(rf"\b{re.escape(n)}\b").search(text) for n in names):
            return True
    return False
