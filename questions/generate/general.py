"""A general word for a group said "the group" or "the organisation" in a later sentence stands
for a body the article named before by other words ("the TPLF", "the Great Orchestra of
Christmas Charity"): a question weeks later keeping it leaves the player guessing which.
Nouns that are no group ("the event", "the situation", "the day") are left alone: a
headline or an idiom explains them far more often than not."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from lemminflect import getAllInflections
from spacy.lang.en.stop_words import STOP_WORDS

from questions.generate.hypernyms import climb, is_kind_of
from questions.generate.wordnet import senses

# WordNet's noun tree puts "group" two steps under "entity" and "organization" four: a noun
# this near the top says only what sort of thing it is, never which one
GENERAL_DEPTH = 4
_MAX_CLIMB = 20  # deeper than any WordNet noun
_KIND_STEPS = 4  # "charity" is a kind of "organization": a headline saying it says which one
_BRITISH = re.compile(r"([a-z]+)is(ation)$")  # WordNet spells "-ization" only


def _first_sense(lemma: str) -> tuple[str, ...]:
    """Return the commonest noun sense of a lemma, British "-isation" read as "-ization"."""
    return senses(_BRITISH.sub(r"\1iz\2", lemma.lower()))[:1]


def general_noun(lemma: str) -> bool:
    """Tell whether a noun's commonest sense is a general word for a group of people within
    `GENERAL_DEPTH` steps of WordNet's root: "group", "organisation" (not "government",
    "police", "party": nearer the bottom, they say which; nor "event", "situation", "day",
    which a headline or an idiom explains)."""
    first = _first_sense(lemma)
    if not first or len(list(climb(first, _MAX_CLIMB, first=True))) - 1 > GENERAL_DEPTH:
        return False
    return is_kind_of(first, senses("group")[:1], _MAX_CLIMB, first=True)


def _explained(head: Any, stem: str) -> bool:
    """Tell whether the question or its headline line says the noun again or a kind of it
    ("the organisation" under "📰 Charity raises …"): that word says which one."""
    target = _first_sense(head.lemma_)
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", stem)]
    if words.count(head.lower_) > 1:
        return True
    # a verb's noun ("arrest", "collecting") is an act, a kind of event that names none;
    # "who" is no World Health Organization
    kinds = {w for w in words if w not in STOP_WORDS and not getAllInflections(w, upos="VERB")}
    return any(
        w != head.lower_ and is_kind_of(senses(w)[:1], target, _KIND_STEPS + 1) for w in kinds
    )


def general_dangling(head: Any, sentence: Any, stem: str, every: Sequence[Any]) -> bool:
    """Tell whether "the <general word for a group>", with no word of its own saying which,
    points back to a body an earlier sentence of the article named: its referent is not in
    the question."""
    if head.tag_ != "NN" or not head.is_lower or not general_noun(head.lemma_):
        return False
    # "the rebel group", "the group of donors", "the group that …": said which
    for child in head.children:
        if child.dep_ == "det" and child.lower_ == "the":
            continue
        if child.dep_ != "prep" or child.lower_ == "of":
            return False
    first = every[0] if every else sentence
    if first.doc is sentence.doc and first.start == sentence.start:
        return False  # the article's first sentence: nothing before it to point back to
    return not _explained(head, stem)
