"""Coined terms: the short noun phrases an article sets in quotation marks.

spaCy tags no entity in 'Xi proposed the construction of the "four communities"', yet the
quoted phrase is what a reader is meant to remember: the article marks it as a term of its
own. Its wrong options are the article's other quoted terms (a teacher's "which of the
speaker's slogans"), never a variant of the key that says the same thing in other words
("status of strength" beside "power status": also true), nor one its sentence says.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from questions.generate.closest import LENGTH_STEP, WANTED, closest
from questions.generate.entcache import ents_of
from questions.generate.facts import Fact
from questions.generate.kinds import BODIES, own_kind
from questions.generate.quotemarks import QUOTE_MARKS, crosses_quote

TERM = "term"
Span = Any
MIN_WORDS = 2  # one quoted word is a scare quote ("the preaching of a 'teacher'"), no term
MAX_WORDS = 6  # a longer quotation is something said, asked by who said it
# A term names a thing: nouns, their modifiers and the words that join them; a verb, a
# pronoun or an adverb makes it a statement or a fragment of one ("must be well thought out").
_TERM_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "ADP", "CCONJ", "PUNCT"})
_HEAD_POS = frozenset({"NOUN", "PROPN"})
# Entities spaCy finds are asked as their own kind (a name, an organisation, a title); a
# number inside a term ("four communities") is part of the term.
_INSIDE_LABELS = frozenset({"CARDINAL", "ORDINAL"})
_CONTENT_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})
_JOINING = frozenset({"of", "and", "the", "for", "in", "on", "a", "an", "to"})


def _quoted(sentence: Span) -> list[Span]:
    """Return the sentence's quoted spans, without the punctuation closing them."""
    if crosses_quote(sentence):
        return []  # part of a quotation begun elsewhere: marks pair up wrongly
    marks = [t.i for t in sentence if t.text in QUOTE_MARKS]
    doc = sentence.doc
    spans = []
    for first, last in zip(marks[::2], marks[1::2], strict=False):
        end = last
        while end > first + 1 and doc[end - 1].is_punct:
            end -= 1  # '"status of strength."': the full stop is the sentence's
        spans.append(doc[first + 1 : end])
    return spans


def _is_term(span: Span) -> bool:
    """Tell whether a quoted span is a coined term: a noun phrase of a few words, no entity."""
    words = [t for t in span if not t.is_punct]
    if not MIN_WORDS <= len(words) <= MAX_WORDS:
        return False
    inner = span[1:]  # "Blueprint for a Safer Economy": an article inside a name, not first
    if span[0].pos_ not in _TERM_POS or any(t.pos_ not in _TERM_POS | {"DET"} for t in inner):
        return False
    if span[-1].pos_ not in _HEAD_POS:
        return False
    if span[0].pos_ not in _CONTENT_POS:
        return False  # "for months": a phrase of a sentence, not a name of a thing
    if named_form(span.text) and own_kind(span.text) in BODIES:
        return False  # "Eastern Iraq Movement": a body the model missed, no coined phrase
    # An entity the model bounded over the opening mark ('the "Shanghai Spirit') is never a
    # fact (its text holds the mark): the quoted name is asked as a term.
    return not any(
        e.label_ not in _INSIDE_LABELS and not any(t.text in QUOTE_MARKS for t in e)
        for e in ents_of(span.sent)
        if e.start < span.end and e.end > span.start
    )


def _lemmas(span: Span) -> str:
    """Return a term's content words as lemmas, sorted: what a variant of it shares."""
    return " ".join(sorted({t.lemma_.lower() for t in span if t.pos_ in _CONTENT_POS}))


def _term_facts(sentence: Span, index: int) -> list[Fact]:
    """Return a sentence's coined terms as facts; their unit holds their content lemmas."""
    return [
        Fact(index, span.start, span.end, span.text, TERM.upper(), TERM, "", _lemmas(span))
        for span in _quoted(sentence)
        if _is_term(span)
    ]


def quoted_terms(per_sentence: list[list[Fact]], sentences: Sequence[Span]) -> list[list[Fact]]:
    """Add each sentence's quoted coined terms to its facts, in reading order."""
    out = []
    for index, (found, sentence) in enumerate(zip(per_sentence, sentences, strict=True)):
        terms = _term_facts(sentence, index)
        out.append(sorted([*found, *terms], key=lambda f: f.start) if terms else list(found))
    return out


def unkept_terms(unkept: Sequence[Span], first: int) -> list[Fact]:
    """Return the terms of the sentences no question is made from: options for the others."""
    return [f for n, s in enumerate(unkept) for f in _term_facts(s, first + n)]


def named_form(term: str) -> bool:
    """Tell whether a term is written as a name ("Shanghai Spirit"), not a phrase."""
    return all(w[:1].isupper() for w in term.split() if w.lower() not in _JOINING)


def term_options(fact: Fact, article: Iterable[Fact], source: str) -> list[str]:
    """Return the article's other terms that may stand for a term: none sharing a content
    word with it (a variant of it, or a giveaway) or with an option before it, nor said in
    its sentence."""
    said = [set(fact.unit.split())]
    folded = source.lower()
    options = []
    for other in article:
        words = set(other.unit.split())
        if other.kind != TERM or any(words & s for s in said) or other.text.lower() in folded:
            continue
        said.append(words)  # two variants of one term would be two options of one meaning
        options.append(other.text)
    return options


def term_choice(
    fact: Fact, key: str, article: Sequence[Fact], source: str, ok: object, taken: set[str]
) -> list[str]:
    """Pick a coined term's options: the article's terms written as the key is first, then
    others as long as it ("Shanghai Spirit" for "three forces"; not "Blueprint for a Safer
    Economy" for "total failure"); none where the key would be the only one written so."""
    pool = term_options(fact, article, source)
    alike = [o for o in pool if named_form(o) == named_form(key)]
    near = [o for o in pool if o not in alike and abs(len(o) - len(key)) <= LENGTH_STEP]
    chosen = closest(alike, key, ok, taken)
    chosen += closest(near, key, ok, taken, WANTED - len(chosen))
    return chosen if alike and chosen and chosen[0] in alike else []
