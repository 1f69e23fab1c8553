"""Saying "the march" as the thing a sentence just brought in: "organized a counter-march. …
people participated in the march" is the counter-march, not the article's main march.

A definite "the N" whose nearest mention before it is an indefinite "a(n) … N" ("a
counter-march", "a second vote", "a rival summit") points to that new thing. Copied into a
question, the bare "the march" reads as the march the headline and the rest of the article
tell of, and a figure for the new one is keyed to the wrong thing. Said with the words that
set it apart ("the counter-march"), the question names it; when nothing sets it apart ("a
march" after "the march") and the article tells of another N, the question is refused.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from questions.generate.antecedents import _name
from questions.generate.compiled import pattern
from questions.generate.introduced import described_here
from questions.generate.persons import person_noun

Token = Any
Span = Any
WINDOW = 3  # sentences back the nearest mention may be: further, the reader has moved on
_INDEFINITE = frozenset({"a", "an"})
_MODIFIERS = frozenset({"amod", "compound"})
_NOT_HEADS = frozenset({"compound", "nmod", "poss"})
_ROLES = frozenset({"nsubj", "nsubjpass", "dobj"})
_MENTIONS_KEY = "newcomers.mentions"  # doc.user_data[(_MENTIONS_KEY, start, end)]
_UNSAYABLE = frozenset({"DATE", "TIME", "CARDINAL", "MONEY", "QUANTITY", "PERCENT"})


def bare_the(noun: Token) -> bool:
    """Tell whether a singular common noun is said only "the N": nothing before it but "the",
    nothing after it saying which ("the march of 2009", "the march that …")."""
    if noun.i == 0 or noun.doc[noun.i - 1].lower_ != "the":
        return False
    common = noun.tag_ == "NN" or (noun.tag_ == "NNP" and noun.is_lower)  # "the march": NNP
    if not common or not noun.is_alpha or noun.ent_type_ or person_noun(noun.lemma_.lower()):
        return False
    if any(c.i < noun.i and c.dep_ != "det" for c in noun.children):
        return False
    return not described_here(noun)


def _mention(token: Token, lemma: str) -> bool:
    """Tell whether a word is a mention of the noun: its lemma, heading a noun phrase (not
    the "collision" of "a collision attack algorithm", which mentions an algorithm)."""
    return bool(token.lemma_.lower() == lemma and token.pos_ in ("NOUN", "PROPN")
                and token.dep_ not in _NOT_HEADS)  # fmt: skip


def _brought_in(noun: Token) -> bool:
    """Tell whether a noun is a verb's subject or object ("organized a counter-march"): one
    thing the story tells of, not what a phrase is for ("promoted the campaign for a unique
    flag": any such flag, none yet)."""
    return bool(noun.dep_ in _ROLES)


def _hyphen_prefix(noun: Token) -> Token | None:
    """Return the word joined to a noun by a hyphen ("counter" of "counter-march")."""
    doc, i = noun.doc, noun.i
    if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return None
    return doc[i - 2] if doc[i - 2].is_alpha else None


def _setting_apart(noun: Token) -> tuple[bool, list[Token]] | None:
    """Return whether a mention brings in a new thing ("a", "an") and the words before it
    that set that thing apart ("counter-", "second", "rival"); None when it is no
    introduction ("the march", "marches", "its march")."""
    if noun.tag_ not in ("NN", "NNP") or not _brought_in(noun):
        return None
    prefix = _hyphen_prefix(noun)
    if prefix is not None:  # the model parses "a counter-march" as three objects
        words, start = list(noun.doc[prefix.i : noun.i]), prefix.i
    else:
        before = [c for c in noun.children if c.dep_ in _MODIFIERS and c.i < noun.i]
        start = min((c.left_edge.i for c in before), default=noun.i)
        words = list(noun.doc[start : noun.i])
    if start == 0 or noun.doc[start - 1].lower_ not in _INDEFINITE:
        return None
    # "a 20-year-old man", "its own march", "a Friday march": no words a question can say
    sayable = all(t.is_alpha or t.text == "-" for t in words) and not any(
        t.ent_type_ in _UNSAYABLE or t.tag_ in ("CD", "PRP$", "PRP") for t in words
    )
    return sayable, words


def _at(sentence: Span, every: Sequence[Span]) -> int | None:
    """Return where a sentence stands among the article's sentences."""
    return next((n for n, s in enumerate(every)
                 if s.doc is sentence.doc and s.start == sentence.start), None)  # fmt: skip


def _mentions(token: Token, lemma: str, every: Sequence[Span]) -> list[Token]:
    """Return the last two mentions of a noun before a word, nearest first: in its sentence,
    then in the article's sentences before it (a long article is read back no further)."""
    sentence = token.sent
    at = _at(sentence, every)
    earlier = reversed(every[:at]) if at is not None else iter(())
    found = [t for t in reversed(sentence[: token.i - sentence.start]) if _mention(t, lemma)]
    found = found[:2]
    for span in earlier:
        if len(found) == 2:
            break
        found += [span.doc[i] for i in _noun_mentions(span).get(lemma, ())][: 2 - len(found)]
    return found


def _noun_mentions(span: Span) -> dict[str, tuple[int, ...]]:
    """Return where a sentence mentions each noun (by lemma), last first: read once a
    sentence, every later "the N" of a long article read the sentences before it anew."""
    # Kept in the doc's own `user_data`, so it goes with the doc; every mending of the parse
    # is done before the first "the N" is read, so the words' lemmas and roles stay put.
    key = (_MENTIONS_KEY, span.start, span.end)
    kept = span.doc.user_data.get(key)
    if kept is None:
        found: dict[str, list[int]] = {}
        for t in reversed(span):
            if t.pos_ in ("NOUN", "PROPN") and t.dep_ not in _NOT_HEADS:
                found.setdefault(t.lemma_.lower(), []).append(t.i)
        kept = span.doc.user_data[key] = {lemma: tuple(at) for lemma, at in found.items()}
    return kept  # type: ignore[no-any-return]


def newcomer(noun: Token, every: Sequence[Span]) -> tuple[str | None, bool] | None:
    """Return how a bare "the N" is said as the thing just brought in ("counter-march", or
    None when nothing sets it apart: "a march"), and whether the article told of another N
    before it; None when the nearest mention is no "a(n) … N", or too far back."""
    if not bare_the(noun):
        return None
    lemma = noun.lemma_.lower()
    before = _mentions(noun, lemma, every)
    if not before:
        return None
    mention = before[0]
    at, here = _at(mention.sent, every), _at(noun.sent, every)
    if at is None or here is None or here - at > WINDOW:
        return None
    found = _setting_apart(mention)
    if found is None:
        return None
    sayable, words = found
    described = _name(mention)  # "a ceramic factory in Neuquén": all its words
    said = "".join(t.text_with_ws for t in words) + noun.text if words and sayable else None
    return (described.removeprefix("the ") if described else said), len(before) > 1


def name_newcomers(sentence: Span, every: Sequence[Span], replace: dict[int, str]) -> None:
    """Say a bare "the march" as the "counter-march" a sentence just before brought in; one
    nothing sets apart from the article's other march is kept as said (no later naming may
    call it "the Independence March"), so the question is refused."""
    for noun in sentence:
        found = None if noun.i in replace else newcomer(noun, every)
        if found is not None and (found[0] is not None or found[1]):
            replace[noun.i] = found[0] or noun.text


def unnamed_newcomer(noun: Token, every: Sequence[Span], headline: str) -> bool:
    """Tell whether a bare "the march" is a march just brought in that nothing sets apart
    ("a march"), while the article or its headline tells of another march."""
    found = newcomer(noun, every)
    if found is None or found[0] is not None:
        return False
    lemma = noun.lemma_.lower()
    return (
        found[1]
        or pattern(rf"(?<!\w){re.escape(lemma)}", re.IGNORECASE).search(headline) is not None
    )
