"""Stage 4f: ask the count a "there is" sentence states.

"There were also two Syrian teams scheduled to compete, one national and one made up of
refugees" has no subject to invert: "there" only holds the subject's place. The count is asked
of the things themselves: "How many Syrian teams were scheduled to compete?": their participle
is what the sentence says of them. Without one the question says too little: "How many votes
were there in the Senate?" reads as a tally of ballots, not of the two times it voted. The
aside after the things ("one national and one …") is left out: it counts them again.
"""

from __future__ import annotations

from typing import Any

from questions.generate.facts import Fact
from questions.generate.render import capitalise, join
from questions.generate.stems import Stem

Span = Any
Token = Any
_BE = {"VBD": "were", "VBP": "are"}  # plural things: "two teams were", "five votes are"
_PARTICIPLES = frozenset({"VBN", "VBG"})
# what may stand beside "there" and its verb without changing what the sentence counts
_LIGHT = frozenset({"expl", "punct", "advmod", "attr", "prep"})


def there_question(sentence: Span, fact: Fact, replace: dict[int, str]) -> Stem | None:
    """Write "How many <things> were <done>?" for "There were N <things> <done> …", or None
    when the sentence is not so made."""
    if fact.kind != "count":
        return None
    doc = sentence.doc
    root = doc[fact.start : fact.end].root
    noun = root.head
    verb = noun.head
    if root.dep_ != "nummod" or noun.dep_ != "attr" or noun.tag_ != "NNS":
        return None
    if verb.lemma_ != "be" or verb.tag_ not in _BE or verb.dep_ != "ROOT":
        return None  # "will be", "says there were …": another clause's tense or claim
    children = list(verb.children)
    there = [c for c in children if c.dep_ == "expl" and c.lower_ == "there"]
    if not there or there[0].i != sentence.start or verb.i != there[0].i + 1:
        return None  # "In 2020, there were …": a fronted phrase the question would move
    if any(c.dep_ not in _LIGHT for c in children):
        return None  # a negation, a second clause: the count is not plainly stated
    hedges = [c for c in [*children, *root.children] if c.dep_ in ("advmod", "quantmod")]
    if any(c.lower_ != "also" for c in hedges):
        return None  # "there were only two", "about two": a hedge "how many" would drop
    said = [t for t in noun.subtree if root.i < t.i < noun.i and t.dep_ in ("amod", "compound")]
    if len(said) != noun.i - root.i - 1:
        return None  # "two of the teams", "two teams' …": not one plain noun phrase
    acts = [c for c in noun.children if c.dep_ == "acl" and c.i == noun.i + 1]
    places = [c for c in children if c.dep_ == "prep"] + [
        c for c in noun.children if c.dep_ == "prep"
    ]
    if not acts or acts[0].tag_ not in _PARTICIPLES or places:
        return None
    tail: list[Token | str] = [_BE[verb.tag_], *acts[0].subtree]  # "were scheduled to compete"
    if any(t.is_punct or t.like_num or t.dep_ in ("relcl", "ccomp", "neg") for t in tail
           if not isinstance(t, str)):  # fmt: skip
        return None  # a clause or a second number the question would drag along
    text = join(["how many", *said, noun, *tail], replace)
    return Stem(capitalise(text) + "?", "wh", "rule:count-there")
