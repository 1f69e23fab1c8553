"""A bound on a figure: "more than 200,000 people", "fewer than 20 students", "up to 300".

The article's figure is only a bound, so a question without it misstates the article ("How
many people have fled?" — 200,000, where it said more than that), and an option on the
bound's open side is true as well (100,000 for "more than 200,000"). The question keeps the
bound ("More than how many people …?"), and its wrong options lie beyond it.
"""

from __future__ import annotations

import re
from typing import Any

from questions.generate.compiled import pattern
from questions.generate.countwh import HEDGES
from questions.generate.hypernyms import is_kind_of
from questions.generate.levels import whole_number
from questions.generate.nlp import parsed_sentence
from questions.generate.variants import SCALES
from questions.generate.wordnet import senses

# Bounds whose figure the truth lies above (+1) or below (-1).
_SIDES = {
    "more than": 1, "over": 1, "at least": 1, "above": 1, "upwards of": 1,
    "fewer than": -1, "less than": -1, "under": -1, "up to": -1, "at most": -1, "below": -1,
    "in excess of": 1,  # "a cost in excess of £150": £100 is true as well
}  # fmt: skip
# the words of a bound apart by spaces or a hyphen ("in-excess of"), read back as spaced
_SPACE = r"[\s-]+"
_BOUND = re.compile(rf"\b({'|'.join(b.replace(' ', _SPACE) for b in _SIDES)})\s+$", re.IGNORECASE)
# A verb that bounds its object ("losses exceeded 10%"): its options lie beyond it too, but the
# wh-phrase keeps the verb where it stands ("… exceeded _____"), so only `bound_in` reads it.
_VERB_SIDES = {"exceed": 1, "exceeds": 1, "exceeded": 1, "exceeding": 1, "surpassed": 1,
               "topped": 1}  # fmt: skip
_VERB_BOUND = re.compile(rf"\b({'|'.join(_VERB_SIDES)})\s+$", re.IGNORECASE)
# A preposition bound is said as a comparison in front of "how many".
_SAID_AS = {"over": "more than", "above": "more than", "upwards of": "more than",
            "in excess of": "more than", "under": "fewer than", "below": "fewer than"}  # fmt: skip
_STEPS = 4  # percentages one to four points beyond the bound
_HEDGED = re.compile(rf"\b(?:{'|'.join(sorted(HEDGES))})\s+$", re.IGNORECASE)
# an option nearer a hedged figure than this is true too: "around 71" of "around 70", and a
# fifth off a round one ("about 500 miles": 600) is within what "about" allows; a quarter
# off is not
_HEDGE_SPREAD = 0.25
_WHOLE = 100  # no share beyond all of it
_NUMBER = re.compile(r"-?\d[\d,]*(?:\.\d+)?")
# "Its goal is to …", "The aim was to …": a noun said to be a thing to do
_TO_DO = re.compile(r"\b[A-Za-z]+\s+(?:is|was|are|were)\s+to\b")
_SET_BY = frozenset({"to", "by"})  # "cut … to less than one percent", "cut costs by over 20%"
_IN_FIGURE = frozenset({"nummod", "compound", "quantmod", "amod"})  # "one" of "one percent"
_GOAL = "goal"  # WordNet's goal (the state a plan is meant to reach): aim, purpose, objective
_UP = 8  # parents climbed from a noun's commonest sense: goal sits a few levels up at most


def bound_before(doc: Any, start: int) -> str | None:
    """Return the bound said just before the token at `start` ("more than"), or None."""
    found = _BOUND.search(doc[max(0, start - 4) : start].text_with_ws if start else "")
    return _spaced(found.group(1)) if found else None


def _spaced(bound: str) -> str:
    """Return a bound as `_SIDES` spells it: "In-excess of" -> "in excess of"."""
    return re.sub(r"[\s-]+", " ", bound).lower()


def bound_in(key: str, source: str) -> int:
    """Return which side of the key the source's bound on it leaves open: +1 for "more than
    200,000", -1 for "fewer than 20", 0 when the key is said with no bound."""
    for found in pattern(rf"(?<![\w,.]){re.escape(key)}(?![\w,]*\d)").finditer(source):
        said = _BOUND.search(source[: found.start()])
        if said:
            return _SIDES[_spaced(said.group(1))]
        said = _VERB_BOUND.search(source[: found.start()])
        if said:
            return _VERB_SIDES[said.group(1).lower()]
    return 0


def beyond_bound(option: str, key: str, source: str) -> bool:
    """Tell whether a wrong option for a bounded figure lies beyond the bound (300,000 for
    "more than 200,000"): one on its open side is true too; and one for a hedged figure far
    enough from it ("about 12": 9, not 11). A key with no bound passes."""
    side = bound_in(key, source)
    mine, value = _value(option), _value(key)
    if mine is not None and value and hedged(key, source):
        return abs(mine - value) >= _HEDGE_SPREAD * abs(value)  # "about 12": not 11, nor 13
    if not side or mine is None or value is None or set_as_goal(key, source):
        return True
    return (mine - value) * side > 0


def hedged(key: str, source: str) -> bool:
    """Tell whether the source rounds the key ("about 12 people", "Around 70"), or the key
    carries its own hedge."""
    if _HEDGED.search(key.split()[0] + " "):
        return True
    said = pattern(rf"(?<![\w,.]){re.escape(key)}(?![\w,]*\d)").finditer(source)
    return any(_HEDGED.search(source[: m.start()]) for m in said)


def set_as_goal(key: str, source: str) -> bool:
    """Tell whether a bounded figure is a goal's ("Its goal is to cut users to less than one
    percent"): a goal is set at the one figure said, so another bound ("less than two
    percent") is no goal the article states, and no true option either."""
    if not _TO_DO.search(source):
        return False  # no "… is to": no goal, and no parse needed
    doc = parsed_sentence(source)
    for found in re.finditer(re.escape(key), source):
        span = doc.char_span(found.start(), found.end(), alignment_mode="expand")
        if span is not None and _goal_figure(span.root):
            return True
    return False


def _goal_figure(figure: Any) -> bool:
    """Tell whether a figure is where a goal's infinitive sets its thing: the complement of
    its "to" or "by" ("The aim is to cut costs to less than …"). A bound elsewhere is
    measured: "the more than 12,000 homes" it means to reconnect are counted now, so "more
    than 6,000" is true too; so is one after the goal's clause ("…, and over 200 jobs went")."""
    noun = figure
    while noun.dep_ in _IN_FIGURE and noun.head.i != noun.i:
        noun = noun.head  # "one" -> "percent", "12,000" -> "homes"
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _SET_BY:
        return False
    verb = prep.head
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if verb.dep_ != "xcomp" or not infinitive or verb.head.lemma_ != "be" or len(subjects) != 1:
        return False
    return is_goal(subjects[0].lemma_)


def is_goal(word: str) -> bool:
    """Tell whether a noun's commonest sense is WordNet's goal or a kind of it ("aim")."""
    goal = senses(_GOAL)[:1]
    return bool(goal) and is_kind_of(senses(word)[:1], goal, _UP)


def in_stated_goal(verb: Any, token: Any) -> bool:
    """Tell whether `token` sits in the infinitive a goal "is" ("its aim is to reconnect …
    in Bangor"): the goal's "is" cannot front a question ("Where is the aim of Welsh Power
    to reconnect …?"), and the infinitive's own verb states no deed done."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.lemma_ != "be" or len(subjects) != 1 or not is_goal(subjects[0].lemma_):
        return False
    return any(c.dep_ == "xcomp" and token.i in {t.i for t in c.subtree} for c in verb.children)


def _value(text: str) -> float | None:
    """Return a figure's number ("200,000", "six", the 2.3 of "US$2.3 million"), or None."""
    whole = whole_number(text)
    found = _NUMBER.search(text) if whole is None else None
    if found is None:
        return float(whole) if whole is not None else None
    # "$1.1 billion" beside "$800 million": each at its own scale
    scale = next((SCALES[w] for w in text.lower().split() if w in SCALES), 1.0)
    return float(found.group(0).replace(",", "")) * scale


def bounded_wh(wh: str, doc: Any, start: int) -> str:
    """Keep the bound of a figure asked for in its wh-phrase: "more than how many people",
    not "how many people" (which asks for an exact figure the article never gives)."""
    bound = bound_before(doc, start)
    if bound is None or not re.search(r"\bhow (?:many|much)\b", wh) or bound in wh:
        return wh
    said = _SAID_AS.get(bound, bound)  # "Over how many stores …?" reads as "over" them
    asked = re.sub(r"\b(?:about )?how (many|much)\b", rf"{said} how \1", wh, count=1)
    return asked.replace("fewer than how much", "less than how much")


def bound_steps(key: str, source: str) -> list[str]:
    """Return percentages just beyond a bound near the scale's end ("above 95%": 96%, 97%
    …), where the key's doubled or halved variants all fall on the bound's open side."""
    side = bound_in(key, source)
    found = re.fullmatch(r"(\d+)(%| percent)", key)
    if not side or found is None:
        return []
    value = int(found.group(1))
    steps = (value + side * step for step in range(1, _STEPS + 1))
    return [f"{v}{found.group(2)}" for v in steps if 0 < v < _WHOLE]
