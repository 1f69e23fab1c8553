"""A checked question's last steps: its unresolved references, its notes and its score."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from questions.generate.context import Parsed, Span
from questions.generate.demonstratives import plain_said
from questions.generate.draftchecks import Draft
from questions.generate.entcache import ents_of
from questions.generate.optioncase import number_words
from questions.generate.prowords import unresolved_pointer
from questions.generate.quotes import QUOTE_RULE
from questions.generate.rank import Candidate, importance
from questions.generate.references import unresolved_reference
from questions.generate.regions import REGION_OF_CITY, locates_city
from questions.generate.reported import asks_speaker, said_words
from questions.generate.scenes import named_by_scene
from questions.generate.stems import closing_words
from questions.generate.synonyms import described_nouns
from questions.generate.three import THREE_OPTIONS
from questions.generate.trimmed import said_opener
from questions.generate.write import Stem
from questions.schema import normalise

UNRESOLVED = "unresolved reference"  # kept only when an article has no better question


def unresolved_words(draft: Draft, replace: dict[int, str], given: Stem | None,
                     every: Sequence[Span]) -> str | None:  # fmt: skip
    """Return what the question refers to that it never says, or None."""
    sentence, fact, stem, told = draft.sentence, draft.fact, draft.stem, draft.told
    # A question on an office says only the office, named by its organisation or country.
    named = frozenset(i for i, said in replace.items() if re.search(r"\b[A-Z]", said))
    # A quotation's words are the speaker's: "Who said '… the economy'?" asks who, not which.
    asked = given or told.rule == QUOTE_RULE.format(kind=fact.kind)
    # "Who said 500 … received the initial invitation?": the saying's words are the speaker's
    named |= said_words(sentence, fact) if asks_speaker(told.text) else frozenset()
    described = described_nouns(sentence, replace)  # "the [international robotics] competition"
    plain = plain_said(sentence, replace)  # "these new moons" asked "the new moons"
    unresolved = unresolved_reference(sentence, fact, stem.text, named, described, every, plain)
    # "troops there", "Dean says that shows …", "the next possession": said before, not here
    answer = range(fact.start, fact.end)
    pointer = unresolved_pointer(sentence, answer, stem.text, replace)
    unresolved = pointer or unresolved
    unresolved = None if asked else unresolved
    return named_by_scene(unresolved, stem.text, draft.setting)


def without_unresolved(
    retry: Callable[[frozenset[int]], Candidate | None],
    draft: Draft,
    unresolved: str | None,
    cut: frozenset[int],
) -> Candidate | None:
    """Return the wh-question asked again without its opener or closing words, if resolved."""
    sentence, fact = draft.sentence, draft.fact
    # "In the last phone call, X stated …": who stated it; "… and deepen cooperation in the
    # fight against …"
    for leave_out in (said_opener, closing_words):
        words = leave_out(sentence, fact) if unresolved and not cut else frozenset()
        if words and draft.stem.form == "wh":
            shorter = retry(words)
            if shorter is not None and not any(n.startswith(UNRESOLVED) for n in shorter.notes):
                return shorter
    return None


def scored(draft: Draft, notes: list[str], parsed: Parsed, index: int) -> Candidate:
    """Return the draft as a candidate: its options in order, its notes and its score."""
    fact, stem, key, distractors, options = (
        draft.fact, draft.stem, draft.key, draft.distractors, draft.options
    )  # fmt: skip
    notes = [*notes]
    if all(len(key) > len(o) for o in distractors):
        notes.append("key is the longest option")
    if draft.origin != "article":
        notes.append(f"distractors from {draft.origin}")
    repeated = sum(1 for e in ents_of(draft.sentence) if parsed.mentions[normalise(e.text)] > 1)
    score, more = importance(fact, stem, parsed.paragraph[index], parsed.mentions, repeated)
    if locates_city(draft.sentence, fact):  # "Irving, _____": a map's fact, the town the story's
        score, more = round(score - REGION_OF_CITY, 2), [*more, "region of a named city"]
    if len(options) < 4:  # a guess is right one time in three: a sentence's other fact first
        score, more = round(score - THREE_OPTIONS, 2), [*more, "three options"]
    answer = options.index(key)
    options = number_words(fact, options)
    return Candidate(fact, stem, tuple(options), answer, draft.source, draft.explained,
                     score, tuple(notes + more))  # fmt: skip
