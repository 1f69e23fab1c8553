"""Which way a stated change went, and the side of the other figure an option must keep.

Review 58 (G20) offered 151,524 and 91,045 for "received 206,884 complaints in 2007, a
decrease from 2006's _____ complaints": a figure a decrease came from lies above the one it
fell to, so a reader strikes every rival below 206,884 unread. "A decrease from", "down
from", "fell to … from" put the figure the change started at above the one it reached; "an
increase from", "up from", "rose to … from" below. The change word's kind (increase or
decrease) is WordNet's: a verb or noun one of whose senses is a kind of "increase" or of
"decrease", an adverb ("up", "down") by its verb sense or its antonym's.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from questions.generate.compiled import pattern
from questions.generate.figures import amount
from questions.generate.hypernyms import climb
from questions.generate.nlp import parsed_sentence
from questions.generate.verbfiles import sense_chains, verb_sense_offsets
from questions.generate.wordnet import find_line, senses

_UP = 12  # WordNet's verb chains are short; a noun's "decrease" sits a few levels up
_FROM = re.compile(r"\bfrom\b", re.IGNORECASE)


@lru_cache(maxsize=256)
def direction(lemma: str, pos: str) -> int:
    """Return +1 for a word of increase ("rise", "gain", "up"), -1 for one of decrease
    ("fall", "decline", "down"), 0 for neither; the first sense that is either decides."""
    if pos == "VERB":
        return _verb_direction(lemma)
    if pos in ("NOUN", "PROPN"):
        return _noun_direction(lemma)
    if pos in ("ADV", "ADP", "PART"):  # "up" is a verb of increase; "down" is its antonym
        own = _verb_direction(lemma)
        return own or -sum(_verb_direction(word) for word in _adverb_antonyms(lemma))
    return 0


def _verb_direction(lemma: str) -> int:
    """Return the direction of a verb's first sense that is a kind of increase or decrease."""
    rising, falling = verb_sense_offsets("increase"), verb_sense_offsets("decrease")
    for chain in sense_chains(lemma, _UP):
        if chain & rising or chain & falling:
            return 1 if chain & rising else -1
    return 0


def _noun_direction(lemma: str) -> int:
    """Return the direction of a noun's first sense that is a kind of increase or decrease."""
    rising, falling = set(senses("increase")), set(senses("decrease"))
    for sense in senses(lemma):
        kinds = {offset for level in climb([sense], _UP) for offset in level}
        if kinds & rising or kinds & falling:
            return 1 if kinds & rising else -1
    return 0


def _adverb_antonyms(lemma: str) -> tuple[str, ...]:
    """Return the words of the antonym of an adverb's commonest sense ("down": "up")."""
    line = find_line("index.adv", lemma.lower())
    if not line:
        return ()
    fields = line.split()
    entry = find_line("data.adv", fields[-int(fields[2])]).split()
    if len(entry) < 4:
        return ()
    at = 4 + 2 * int(entry[3], 16)  # the pointer count follows the words
    pointers = [entry[at + 1 + 4 * n : at + 5 + 4 * n] for n in range(int(entry[at]))]
    targets = {t for s, t, pos, _ in pointers if s == "!" and pos == "r"}
    found = (find_line("data.adv", t).split() for t in sorted(targets))
    return tuple(dict.fromkeys(e[4] for e in found if len(e) > 4))


def _figure(tokens: list[Any], text: str) -> float | None:
    """Return the amount of the first figure among tokens that is no date ("2006's 207,492
    complaints": 207,492; "from 2006": none)."""
    for token in tokens:
        if token.like_num and token.ent_type_ != "DATE":
            return amount(text[token.idx :])
    return None


def _change_ends(doc: Any, start: int, end: int) -> tuple[int, float] | None:
    """Return, for a key at characters start…end, its change's direction as seen from the
    key (+1: the key lies above the other end, -1: below) and the other end; or None."""
    for word in doc:
        if word.lower_ != "from" or word.dep_ != "prep":
            continue
        change = word.head
        way = direction(change.lemma_.lower(), change.pos_)
        if not way:
            continue
        source = list(word.subtree)
        goal = next((c for c in change.children if c.lower_ == "to" and c.dep_ == "prep"), None)
        target = list(goal.subtree) if goal is not None else []
        if _holds(source, start, end):  # the key is what the change started at
            other = _figure(target, doc.text) if target else _reached(doc, change)
            if other is not None:
                return -way, other
        elif _holds(target, start, end) or (not target and _reached_at(doc, change, start, end)):
            other = _figure(source, doc.text)  # the key is what it reached
            if other is not None:
                return way, other
    return None


def _holds(tokens: list[Any], start: int, end: int) -> bool:
    """Tell whether tokens cover the characters start…end."""
    return any(t.idx <= start < t.idx + len(t) for t in tokens) and any(
        t.idx < end <= t.idx + len(t) for t in tokens
    )


def _figures_before(doc: Any, change: Any) -> list[Any]:
    """Return the figures before a change word and outside its phrase, nearest first ("sold
    3,100 tickets, down from": 3,100; not "a $40 million increase"'s own $40 million)."""
    left = change.left_edge.i if change.pos_ != "VERB" else change.i
    return [t for t in reversed(doc[:left]) if t.like_num and t.ent_type_ != "DATE"]


def _reached(doc: Any, change: Any) -> float | None:
    """Return the figure a change without "to" reached: the nearest one said before it."""
    if change.pos_ == "VERB":
        return None  # "fell from 500": the figure it fell to is unsaid
    found = _figures_before(doc, change)
    if not found:
        return None
    first = found[0]
    while first.i > 0 and doc[first.i - 1].like_num:  # "240 million": from its first word
        first = doc[first.i - 1]
    return amount(doc.text[first.idx :])


def _reached_at(doc: Any, change: Any, start: int, end: int) -> bool:
    """Tell whether the key at characters start…end is the figure a change word after it
    reached ("sold 3,100 tickets, down from 4,500": 3,100)."""
    if change.pos_ == "VERB":
        return False
    found = _figures_before(doc, change)
    return bool(found) and start <= found[0].idx < end


def change_side(option: str, key: str, source: str) -> bool:
    """Tell whether an option keeps the key's side of the other end of a change the source
    states ("a decrease from 207,492": below it; "up from 2,900": above it). An option for a
    figure no change ends at passes, as does one whose source's figures disagree."""
    mine, value = amount(option), amount(key)
    if mine is None or value is None or not _FROM.search(source):
        return True
    doc = parsed_sentence(source)
    for found in pattern(rf"(?<![\w,.]){re.escape(key)}(?![\w,]*\d)").finditer(source):
        ends = _change_ends(doc, found.start(), found.end())
        if ends is None:
            continue
        side, other = ends
        if (value - other) * side <= 0:
            return True  # the article's own figures break the rule: no side to keep
        return (mine - other) * side > 0
    return True
