"""Naming "the animal" by the one thing of its kind the story is about: "a pact to save the
animal" in an article whose lead tells of "the Cincinnati Zoo's female Sumatran rhinoceros"
is a pact to save the Sumatran rhinoceros (WordNet files the rhinoceros under animal).

The headline and the lead say what a story is about. When they name exactly one thing of a
kind (by a proper word before its noun: "Sumatran rhinoceros") and bring in nothing else of
that kind, a later bare "the <kind>" can mean only that thing; a question keeping "the
animal" leaves the player asking which, and said with the name it stands alone. Left alone:
a kind word near the top of WordNet ("the thing", "the object"), a person's word, a thing the
lead names two ways ("Sumatran" and "Javan" rhinos), another named thing of the kind anywhere
in the article, and any other thing of the kind in the sentence or the one before ("The
rhino charged a dog; the animal …": either).

A kind word left unnamed that stands for something an earlier sentence said by its own word
("… the rhinos … to save the animal") points back, and a question keeping it cannot stand.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from questions.generate.general import GENERAL_DEPTH
from questions.generate.hypernyms import climb, is_kind_of
from questions.generate.introduced import described_here
from questions.generate.persons import person_noun
from questions.generate.quotemarks import quoted_words
from questions.generate.wordnet import senses

Span = Any
Token = Any
_MAX_CLIMB = 20  # deeper than any WordNet noun
_PROPER = frozenset({"compound", "amod", "nmod"})  # "Sumatran rhinoceros", "Bengal tiger"


def _first(lemma: str) -> tuple[str, ...]:
    """Return the commonest noun sense of a lemma, or nothing."""
    return senses(lemma.lower())[:1]


def _thing_noun(token: Token) -> bool:
    """Tell whether a token is a common noun saying a thing, not a name's part or a verb's."""
    return bool(token.pos_ == "NOUN" and token.tag_ in ("NN", "NNS") and token.is_alpha
                and not token.ent_type_)  # fmt: skip


def _proper_words(noun: Token) -> tuple[str, ...]:
    """Return the capitalised words set right before a noun that say which one it is
    ("Sumatran" of "female Sumatran rhinoceros"), or nothing."""
    words: list[str] = []
    at = noun.i - 1
    while at >= 0 and noun.doc[at].head.i == noun.i and noun.doc[at].dep_ in _PROPER:
        word = noun.doc[at]
        if not word.text[:1].isupper() or word.ent_type_ in ("PERSON", "DATE", "CARDINAL"):
            break
        if word.i == word.sent.start:
            break  # "Wildlife officials …": the sentence's capital, no name's
        words.insert(0, word.text)
        at -= 1
    return tuple(words)


def _said(spans: Iterable[Span]) -> dict[str, dict[str, str]]:
    """Map each noun sense some spans say to its names, by their proper words, each as first
    said: {rhinoceros: {"Sumatran": "Sumatran rhinoceros"}} ("Sumatran rhinos" is that one
    again); a sense said only bare maps to no name."""
    found: dict[str, dict[str, str]] = {}
    for span in spans:
        for noun in span:
            first = _first(noun.lemma_)
            if not _thing_noun(noun) or not first:
                continue
            names = found.setdefault(first[0], {})
            if proper := _proper_words(noun):
                names.setdefault(" ".join(proper), " ".join([*proper, noun.lemma_.lower()]))
    return found


@dataclass(frozen=True)
class StoryKinds:
    """The noun senses the headline and lead say, and those the whole article names."""

    topic: dict[str, dict[str, str]]
    named: dict[str, dict[str, str]]


def story_kinds(heading: Span | None, docs: Sequence[Any]) -> StoryKinds:
    """Read what the headline and lead (the first sentence) say, and what the article names."""
    lead = [next(iter(docs[0].sents))] if docs else []
    every = [s for doc in docs for s in doc.sents]
    return StoryKinds(_said([*([heading[:]] if heading is not None else []), *lead]), _said(every))


def _kinds_of(target: tuple[str, ...], sense: str) -> bool:
    """Tell whether a sense is a kind of the target sense, and not that sense itself."""
    return sense != target[0] and is_kind_of((sense,), target, _MAX_CLIMB, first=True)


def _nouns(spans: Iterable[Span]) -> set[str]:
    """Return the first senses of the common nouns of some spans, a lower-case noun the model
    took for a name's too ("a fox" it calls an organisation)."""
    return {
        first[0]
        for span in spans
        for t in span
        if t.pos_ == "NOUN" and t.is_lower and t.is_alpha and (first := _first(t.lemma_))
    }


def _kind_word(noun: Token) -> tuple[str, ...]:
    """Return the sense of a bare singular "the <noun>" whose sense says a kind ("the
    animal"), deep enough in WordNet to say what sort of thing, and no person's; else none."""
    if noun.tag_ != "NN" or not _thing_noun(noun) or noun.dep_ in ("compound", "poss"):
        return ()
    if noun.i == 0 or noun.doc[noun.i - 1].lower_ != "the" or described_here(noun):
        return ()
    if any(c.i != noun.i - 1 for c in noun.children if c.i < noun.i):
        return ()  # "the endangered animal", "the zoo animal": said otherwise
    first = _first(noun.lemma_)
    if not first or person_noun(noun.lemma_.lower()):
        return ()
    deep = len(list(climb(first, _MAX_CLIMB, first=True))) - 1 > GENERAL_DEPTH
    return first if deep else ()


def name_topic_kinds(
    sentence: Span, story: StoryKinds, before: Span | None, replace: dict[int, str]
) -> None:
    """Say "the Sumatran rhinoceros" for "the animal" when the headline and lead name that one
    thing of the kind, and the article and the sentence before name no other."""
    quoted = quoted_words(sentence)
    near = _nouns([sentence] if before is None else [sentence, before])
    for noun in sentence:
        if noun.i in replace or noun.i - 1 in replace or noun.i in quoted:
            continue
        target = _kind_word(noun)
        if not target:
            continue
        things = [sense for sense in story.topic if _kinds_of(target, sense)]
        if len(things) != 1 or len(story.topic[things[0]]) != 1:
            continue  # two things of the kind, or the one never named
        if any(_kinds_of(target, sense) and sense != things[0] for sense in near):
            continue  # "… a dog; the animal": this one may be that one
        if any(
            _kinds_of(target, sense) and ((sense != things[0] and names) or len(names) > 1)
            for sense, names in story.named.items()
        ):
            continue  # "a Bengal tiger" elsewhere, or "Javan rhinos" beside the Sumatran
        replace[noun.i] = next(iter(story.topic[things[0]].values()))


def kind_said_before(head: Token, every: Sequence[Span]) -> bool:
    """Tell whether a definite noun says a kind of thing an earlier sentence said by its own
    word ("… the rhinos … to save the animal"): it points back to that thing."""
    first = _first(head.lemma_) if head.tag_ == "NN" else ()
    if any(c.i < head.i and c.dep_ != "det" for c in head.children):
        return False  # "the endangered animal": said which
    if not first or person_noun(head.lemma_.lower()):
        return False
    at = next((n for n, s in enumerate(every) if s.doc is head.doc and s.start <= head.i < s.end),
              len(every))  # fmt: skip
    return any(_kinds_of(first, sense) for sense in _nouns(every[:at]))
