"""Figures a verb takes with no preposition: the size of a change ("food prices climbed
14.4%", "literacy improved 8 points") and a count of occasions ("raised rates five times").

The parse calls such a figure an adverbial noun phrase, no argument a wh-word stands for; it
is still what "by how much" asks ("By how much did food prices climb?", as "rose by 14.4%"
is) and what "how many times" asks ("How many times has the bank raised rates?").
"""

from __future__ import annotations

from typing import Any

from questions.generate.derived import changes_level
from questions.generate.hypernyms import is_kind_of
from questions.generate.wordnet import senses

Token = Any
_UNIT = "unit_of_measurement"
_UP = 10  # levels climbed from a word's senses to WordNet's unit of measurement
# what holds a size: a percentage itself, or a count of a unit ("8 points", "30 miles")
_SIZED = frozenset({"percent", "count"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def change_size(kind: str, arg: Token) -> bool:
    """Tell whether an answer's phrase is the size of its verb's change ("prices rose 65%",
    "literacy improved 8 points"): a percentage or a count of a unit of measure (not "three
    times", a count of occasions) on an intransitive verb of change whose subject is a thing
    measured, a common noun: "Asian/Pacific Islanders increased 3%" grew no group."""
    verb = arg.head
    if kind not in _SIZED or arg.dep_ != "npadvmod" or verb.pos_ != "VERB":
        return False
    if not changes_level(verb.lemma_) or any(c.dep_ == "dobj" for c in verb.children):
        return False  # "raised rates five times": the rates changed, by no figure said
    if kind == "count" and not is_kind_of(senses(arg.lemma_), senses(_UNIT)[:1], _UP):
        return False
    subject = _measured(verb)
    return subject is not None and subject.pos_ == "NOUN"


def _measured(verb: Token) -> Token | None:
    """Return the noun whose level the verb changes: its subject, the noun a relative clause
    hangs on ("prices which climbed"), or a joined verb's subject ("rose and then fell")."""
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is not None and subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        return verb.head  # "food prices which climbed 14.4%": the prices
    if subject is None and verb.dep_ == "conj":
        return next((c for c in verb.head.children if c.dep_ in _SUBJECTS), None)
    return subject


def occasions(kind: str, arg: Token) -> bool:
    """Tell whether a count is of the times a verb's deed was done ("has raised interest
    rates five times"): asked "how many times", the article's own words; not "every time"
    (a clause's occasion), nor a tally the article bounds ("streamed more than forty million
    times": asked of the song, not of a bound); nor after a verb of change with no object
    ("the population grew five times"), most likely grown fivefold."""
    verb = arg.head
    if kind != "count" or arg.dep_ != "npadvmod" or arg.lemma_ != "time" or verb.pos_ != "VERB":
        return False
    if any(c.dep_ == "det" for c in arg.children):
        return False
    numbers = [t for c in arg.children if c.dep_ == "nummod" for t in c.subtree]
    if any(t.dep_ in ("quantmod", "advmod") for t in numbers):
        return False
    return not changes_level(verb.lemma_) or any(c.dep_ == "dobj" for c in verb.children)
