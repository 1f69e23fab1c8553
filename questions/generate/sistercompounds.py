"""A compound WordNet does not know, asked with the article's other compounds of its head.

"This year's theme was water security": WordNet has no "water security", and the bare
"security" would misstate it, so the common-noun path (`common`) finds no sisters. The
article itself may say other kinds of the same head noun ("the National Security Council",
"Homeland Security"): national security and homeland security are real kinds of security,
each a wrong answer to what the theme was. The compound is asked where its head is the main
clause's object or complement (the sentence's point), with those sisters as its options,
none its own sentence says; two at least, else it is not asked.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from questions.generate.common import NOUN
from questions.generate.facts import Fact
from questions.generate.wordnet import find_line, senses

SISTER_COMPOUND = "sister-compound"  # the fact's subtype: its rivals are the article's
FEWEST = 2  # two sisters make a three-option question
_POINT = frozenset({"dobj", "attr"})  # what the main verb acts on or says its subject is
_NOT_KINDS = frozenset({"PERSON", "GPE", "LOC", "NORP", "DATE", "CARDINAL", "ORDINAL"})
Span = Any
Token = Any


def _key_words(noun: Token) -> tuple[Token, Token] | None:
    """Return a main-clause object's one-word modifier and the noun ("water", "security"),
    where WordNet knows neither the phrase nor reads the modifier as anything but a noun."""
    if noun.pos_ != "NOUN" or not noun.is_alpha or not noun.is_lower or noun.ent_type_:
        return None
    if noun.dep_ not in _POINT or noun.head.dep_ != "ROOT" or noun.head.pos_ not in ("VERB", "AUX"):
        return None
    before = [t for t in noun.lefts if t.dep_ == "compound"]
    if len(before) != 1 or before[0].i != noun.i - 1 or noun.i - 1 == noun.sent.start:
        return None
    modifier = before[0]
    if modifier.pos_ != "NOUN" or not modifier.is_alpha or not modifier.is_lower:
        return None
    if modifier.ent_type_ or noun.doc[noun.i - 2].dep_ == "compound":
        return None  # a longer compound ("fresh water security"): its parts are unsure
    if senses(f"{modifier.lower_} {noun.lower_}"):
        return None  # WordNet knows the phrase: the common-noun path asks it with its sisters
    return modifier, noun


def _sister_words(token: Token, head: str) -> str:
    """Return the one word compounded right before a word whose lemma is `head`, in lower
    case, as a kind of it: a lower-case noun ("food security") or a capitalised word of the
    same name ("National Security Council"); "" for a name's, a number's or a function word."""
    if token.lemma_.lower() != head or token.i == token.sent.start:
        return ""
    word = token.doc[token.i - 1]
    lower: str = word.lower_
    if not word.is_alpha or word.ent_type_ in _NOT_KINDS or word.is_stop:
        return ""
    if word.is_lower and word.pos_ == "NOUN" and word.dep_ == "compound" and word.head == token:
        return lower
    named = word.pos_ == "PROPN" and token.pos_ == "PROPN" and word.text.istitle()
    # a capitalised word is a kind only where it is a common word too ("National": national)
    common = senses(lower) or find_line("index.adj", lower)
    return lower if named and token.text.istitle() and common else ""


def sister_rivals(fact: Fact, sentences: Sequence[Span]) -> list[str]:
    """Return the article's other compounds of a key's head noun (for "water security":
    "national security" of the National Security Council), in reading order, none the key's
    own sentence says."""
    modifier, head = fact.unit.split()
    found: list[str] = []
    own = sentences[fact.sentence] if fact.sentence < len(sentences) else None
    for sentence in sentences:
        if sentence is own:
            continue
        for token in sentence:
            word = _sister_words(token, head)
            rival = f"{word} {fact.text.split()[-1].lower()}" if word else ""
            if word and word != modifier and rival not in found:
                found.append(rival)
    said = own.text.lower() if own is not None else ""
    return [r for r in found if r not in said]


def _sentence_compounds(index: int, sentence: Span, sentences: Sequence[Span],
                        taken: set[int]) -> list[Fact]:  # fmt: skip
    """Return a sentence's unknown compounds with two sisters in the article, as facts."""
    added = []
    for noun in sentence:
        words = _key_words(noun)
        if words is None or taken & {words[0].i, noun.i}:
            continue
        start = words[0].i
        unit = f"{words[0].lower_} {noun.lemma_.lower()}"
        text = noun.doc[start : noun.i + 1].text
        fact = Fact(index, start, noun.i + 1, text, "NOUN", NOUN, SISTER_COMPOUND, unit)
        if len(sister_rivals(fact, sentences)) >= FEWEST:
            added.append(fact)
    return added


def sister_compounds(stated: list[list[Fact]], sentences: Sequence[Span]) -> list[list[Fact]]:
    """Add each sentence's unknown compound that is the main verb's object or complement as a
    fact, where the article says two other compounds of its head noun."""
    return [
        found
        + _sentence_compounds(n, s, sentences, {i for f in found for i in range(f.start, f.end)})
        for n, (found, s) in enumerate(zip(stated, sentences, strict=True))
    ]
