"""A paragraph's dated event, named in a question its own sentence leaves unplaced.

News paragraphs open on an event and go on with its aftermath: "… a country wounded after
the massive earthquake in March, which caused a tsunami … More than 150,000 people remain
displaced, living in emergency shelters." The last sentence names nothing a player could
place ("More than how many people remain displaced?": where, after what?); its paragraph's
event, past and dated, says it: "… remain displaced after the earthquake in March?". Only a
happening (WordNet's events and phenomena: an earthquake, a flood, a crash) that the
paragraph says has already happened, with the date it is given, is named so: "after" it is
then true of anything the paragraph says later.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from questions.generate.compiled import pattern
from questions.generate.filters import lacks_context
from questions.generate.wordnet import senses, synset
from questions.generate.write import Stem

Span = Any
Token = Any
_HAPPENINGS = frozenset({11, 19})  # noun.event, noun.phenomenon: earthquake, flood
_DATE_PREPS = frozenset({"in", "on"})  # "the earthquake in March", "the crash on Monday"
_PAST = frozenset({"VBD", "VBN"})
_ORDERING = frozenset({"after", "before", "following", "since", "until", "during"})


def _happening(noun: Token) -> bool:
    """Tell whether a noun's commonest WordNet sense is an event or a phenomenon."""
    found = senses(noun.lemma_.lower())
    entry = synset(found[0]) if found and noun.pos_ == "NOUN" else None
    return entry is not None and entry.lexfile in _HAPPENINGS


def _dated(noun: Token) -> str | None:
    """Return the date phrase a noun is given ("in March"), or None."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in _DATE_PREPS:
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.ent_type_ == "DATE":
                date = obj.doc[obj.left_edge.i : obj.right_edge.i + 1]
                if all(t.ent_type_ == "DATE" for t in date):
                    return f"{prep.lower_} {date.text}"
    return None


def _past(noun: Token) -> bool:
    """Tell whether the sentence says the event has happened: a verb in the past governs it
    ("wounded after the earthquake") or its relative clause says what it did ("which caused
    a tsunami")."""
    governing = next((t for t in noun.ancestors if t.pos_ in ("VERB", "AUX")), None)
    relative = [c for c in noun.children if c.dep_ == "relcl"]
    return any(_happened(v) for v in [*relative, *([governing] if governing else [])])


def _happened(verb: Token) -> bool:
    """Tell whether a verb says something happened: past, not negated, and a participle only
    with a past or perfect helper ("was hit", "has struck"; not "has not arrived", "is
    expected", "will have passed" — a code review found "after the storm in November" said
    of a storm that "has not arrived yet")."""
    if verb.tag_ not in _PAST:
        return False
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg")]
    if any(c.dep_ == "neg" or c.tag_ == "MD" for c in helpers):
        return False
    if verb.tag_ == "VBN":
        return any(c.tag_ == "VBD" or c.lemma_ == "have" for c in helpers)
    return True


def paragraph_event(sentences: Sequence[Span], paragraph: Sequence[int], index: int) -> str:
    """Return the past, dated event an earlier sentence of a sentence's paragraph names,
    as a question says it ("the earthquake in March"), or "" when there is none or more
    than one (which one the sentence follows is a guess)."""
    found = []
    for before in range(index - 1, -1, -1):
        if paragraph[before] != paragraph[index]:
            break
        for noun in sentences[before]:
            date = _dated(noun) if _happening(noun) else None
            if date and _past(noun):
                found.append(f"the {noun.lower_} {date}")
    return found[0] if len(found) == 1 else ""


def placed_after(stem: Stem, sentences: Sequence[Span], paragraph: Sequence[int], index: int
                 ) -> Stem:  # fmt: skip
    """Return a wh-question that names nothing with its paragraph's event put at its end
    ("… remain displaced after the earthquake in March?"); any other question as it is."""
    if stem.form != "wh" or lacks_context(stem.text, stem.form) is None:
        return stem
    event = paragraph_event(sentences, paragraph, index)
    if not event or not stem.text.endswith("?"):
        return stem
    # "… evacuated following the earthquake after the earthquake in March?": the question
    # already says what it follows or precedes, and a second time phrase reads twice
    words = set(re.findall(r"[a-z]+", stem.text.lower()))
    if words & (_ORDERING | {event.split()[1]}):
        return stem
    # "… build in the spring after the flood in the spring?": a code review found the date
    # said twice where the question already gives it; the event is then named by itself
    noun, date = event.split()[1], event.split(" ", 3)[3]  # "the flood in" | "the spring"
    if pattern(rf"\b{re.escape(date.lower())}\b").search(stem.text.lower()):
        event = f"the {noun}"
    return Stem(f"{stem.text.removesuffix('?')} after {event}?", stem.form, stem.rule)
