"""Saying "the accords" with the words the sentence before described them by.

"The issue of free trade agreements caused the most controversy. The minister said the
accords would hurt farmers": a question keeping "the accords" leaves the player asking which
(the summit's own, under a summit's headline?); said "the free trade accords" it stands alone.
A bare "the N" is named so only when the sentence right before says exactly one thing of its
word or a WordNet synonym of it (a shared synset: "accord", "agreement"), of the same number,
and says it with words before the noun that describe it ("free trade", "new nuclear"; not
"several", "this particular"); never a person, never inside a quotation (the speaker's own
words), and never where the noun's own sentence says another of them first.

Only a noun of a reported saying ("X said the accords would …") is named: "Who said …?"
keeps the saying's words as the speaker's, so no reference check refuses them, while a bare
"the accords" anywhere else is refused as unresolved (safer than a guess a question hangs on).
"""

from __future__ import annotations

from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from questions.generate.clauses import REPORTING
from questions.generate.namedthings import TIMES
from questions.generate.persons import person_noun
from questions.generate.quotemarks import quoted_words
from questions.generate.wordnet import senses

Token = Any
Span = Any
_MODIFIERS = frozenset({"amod", "compound"})  # "free trade agreements": what kind they are
_NUMBERS = frozenset({"NN", "NNS"})
_POINTING = frozenset({"this", "that", "these", "those"})  # "this particular event": back again
MAX_WORDS = 4  # a longer description makes the question too long to read


def _bare(noun: Token) -> bool:
    """Tell whether a common noun is said only "the N(s)": nothing before it but "the",
    nothing after it saying which ("the accords of 2007", "the accords that …")."""
    if noun.i == 0 or noun.doc[noun.i - 1].lower_ != "the" or noun.tag_ not in _NUMBERS:
        return False
    if noun.pos_ != "NOUN" or not noun.is_alpha or noun.ent_type_:
        return False
    if person_noun(noun.lemma_.lower()):
        return False  # a wrong description of a person would slander
    return all(c.dep_ == "det" for c in noun.children)


def _same_thing(one: Token, other: Token) -> bool:
    """Tell whether two nouns may say the same things: the same word, or WordNet synonyms
    (a synset both are in), in the same number."""
    if one.tag_ != other.tag_ or other.pos_ != "NOUN":
        return False
    if one.lemma_.lower() == other.lemma_.lower():
        return True
    return bool(set(senses(one.lemma_.lower())) & set(senses(other.lemma_.lower())))


def _description(noun: Token) -> list[Token] | None:
    """Return the words before a noun that describe it ("free trade" of "free trade
    agreements"), or None when nothing, or something that needs resolving, stands there."""
    if any(c.dep_ == "det" and c.lower_ in _POINTING for c in noun.children):
        return None  # "these new rules" point further back themselves
    before = [c for c in noun.children if c.i < noun.i and c.dep_ != "det"]
    if not before or any(c.dep_ not in _MODIFIERS for c in before):
        return None  # "Sudan's agreements", "two agreements": not only a kind
    start = min(c.left_edge.i for c in before)
    words = list(noun.doc[start : noun.i])
    if len(words) > MAX_WORDS or any(
        t.like_num or t.ent_type_ in TIMES or t.tag_ in ("PRP$", "POS") or t.is_punct
        or t.lower_ in STOP_WORDS  # "several", "other": how many or which, not what kind
        for t in words
    ):  # fmt: skip
        return None
    return words


def _reported(noun: Token) -> bool:
    """Tell whether a noun is inside what a reporting verb says was said ("Wade said [the
    accords would set back …]")."""
    return any(a.dep_ == "ccomp" and a.head.lemma_ in REPORTING for a in noun.ancestors)


def name_described_back(sentence: Span, before: Span | None, replace: dict[int, str]) -> None:
    """Say a bare "the accords" with the description the sentence before gave the one thing
    of its word or a synonym ("free trade agreements"): "the free trade accords"."""
    if before is None:
        return
    quoted = quoted_words(sentence)
    for noun in sentence:
        if noun.i in replace or noun.i - 1 in replace or noun.i in quoted or not _bare(noun):
            continue
        if not _reported(noun):
            continue
        if any(_same_thing(noun, t) for t in sentence if t.i < noun.i):
            continue  # "signed new accords and the accords …": this sentence's own
        said = [t for t in before if _same_thing(noun, t)]
        if len(said) != 1:
            continue  # none, or two the noun may be
        words = _description(said[0])
        if words is None:
            continue
        replace[noun.i] = " ".join([*(t.text for t in words), noun.text])
