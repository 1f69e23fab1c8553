"""Stage 4e: "At what age did Sarah Brady die?" from an age at death the sentence states.

News of a death gives the age in a few fixed phrases: "has died at the age of 73", "died at
age 91", "died on Sunday, aged 60", "Jones, who died in 2001 at the age of 67, …". Unlike a
living person's age, an age at death never changes, so the question needs no date. The one who
died is the subject of "die": a full name of the sentence, or for "he" or "she" the one person
the nearest sentences before name (two people there, and the pronoun is not resolved). A
headline that states the number ("… dies aged 73") would give the answer away beside the quiz's
title, so such an age is not asked. The options are the near ages of `ages.age_variants`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from questions.generate.ages import AGE, OLDEST
from questions.generate.compiled import pattern
from questions.generate.entcache import ents_of
from questions.generate.facts import Fact
from questions.generate.setting import Setting
from questions.generate.write import Stem

Span = Any
DEATH_AGE_RULE = "rule:death-age"
_HOPS = 5  # "73" → "of" → "age" → "at" → "died" (→ "August" of "73 last August", a parse slip)
_PRONOUNS = frozenset({"he", "she"})
_BACK = 3  # sentences a pronoun's person may be named before it


def _age_number(token: Any) -> bool:
    """Tell whether a token is an age as a death is told: "the age of 73", "age 91", "aged 60"."""
    if not token.text.isdigit() or not 0 < int(token.text) <= OLDEST or token.i < 1:
        return False
    doc = token.doc
    before: str = doc[token.i - 1].lower_
    two: str = doc[token.i - 2].lower_ if token.i >= 2 else ""
    return before == "aged" or (before, two) in (("age", "at"), ("of", "age"))


def _dying_verb(token: Any) -> Any:
    """Return the verb "die" the age phrase belongs to, within a few heads, or None: never past
    another verb ("… died after a year spent aged 60 …" is no age at death)."""
    node = token
    for _ in range(_HOPS):
        if node.head is node:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX") and node.lower_ != "aged":
            return node if node.lemma_ == "die" else None
    return None


def _one_person_before(earlier: Sequence[Span], people: dict[str, str]) -> str:
    """Return the full name of the one person the nearest sentence naming anyone names, or ""
    (two people there, or no full name known for a surname)."""
    for before in reversed(earlier[-_BACK:]):
        named = [e.text for e in ents_of(before) if e.label_ == "PERSON"]
        if not named:
            continue
        full = {people.get(n.split()[-1], n) if " " not in n else n for n in named}
        surnames = {n.split()[-1] for n in full}
        name = max(full, key=len)
        return name if len(surnames) == 1 and " " in name else ""
    return ""


def _who_died(sentence: Span, verb: Any, facts: Sequence[Fact], earlier: Sequence[Span],
              people: dict[str, str]) -> str:  # fmt: skip
    """Return the full name of the one who died: the verb's subject (a name of the sentence or
    the one person named just before its pronoun), or the name a relative clause hangs on; or
    ""."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    subject = subjects[0] if subjects else None
    if subject is not None and subject.lower_ == "who" and verb.dep_ == "relcl":
        subject = verb.head  # "Jones, who died …": Jones
    if subject is None:
        return ""
    if subject.lower_ in _PRONOUNS:
        others = [e for e in ents_of(sentence) if e.label_ == "PERSON" and e.start < subject.i]
        return "" if others else _one_person_before(earlier, people)
    # "The painter Marguerite Lindqvist has died": the name in apposition to the subject,
    # never one inside it ("The widow of John Smith died …" is not John Smith's death)
    named = [subject, *(c for c in subject.children if c.dep_ == "appos")]
    for fact in facts:
        inside = any(fact.start <= token.i < fact.end for token in named)
        if fact.kind == "person" and inside and " " in fact.text:
            return fact.text
    return ""


def _headline_states(headline: str | None, number: str) -> bool:
    """Tell whether the headline states the number ("Sarah Brady dies aged 73")."""
    return pattern(rf"(?<![\d.,]){number}(?!\d|,\d)").search(headline or "") is not None


def death_ages(
    sentences: Sequence[Span],
    facts: Sequence[Sequence[Fact]],
    every: Sequence[Span],
    setting: Setting,
) -> list[list[tuple[Fact, Stem]]]:
    """Return, per sentence, each age at death it states as a fact and its question, "At what
    age did <name> die?"."""
    out: list[list[tuple[Fact, Stem]]] = [[] for _ in sentences]
    at = {(id(s.doc), s.start): n for n, s in enumerate(every)}
    headline = setting.headline
    for index, (sentence, own) in enumerate(zip(sentences, facts, strict=True)):
        for token in sentence:
            verb = _dying_verb(token) if _age_number(token) else None
            if verb is None:
                continue
            earlier = every[: at.get((id(sentence.doc), sentence.start), 0)]
            name = _who_died(sentence, verb, own, earlier, setting.people)
            if not name or _headline_states(headline, token.text):
                continue
            age = Fact(index, token.i, token.i + 1, token.text, "CARDINAL", AGE, "", "year")
            out[index].append((age, Stem(f"At what age did {name} die?", "wh", DEATH_AGE_RULE)))
    return out
