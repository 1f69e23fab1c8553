"""Stage 4h: "How did Xi attend the meeting?" for "… attended the meeting via video".

News says how someone took part in a meeting by a phrase after the verb: "via video", "by
phone", "in person", "by proxy". No named answer stands there, so no other form reaches it;
the phrase is asked "how", and the options are the other ways of taking part, each once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace as changed
from typing import Any

from questions.generate.facts import Fact
from questions.generate.write import Stem, wh_question

Span = Any
Token = Any
MEANS = "means"
MEANS_RULE = "rule:means"
# The ways of taking part in a meeting, by what carries the words: the options, one each.
WAYS = {"video": "via video", "phone": "by phone", "person": "in person", "proxy": "by proxy"}
# What each medium is said as after "via" or "by": "videoconference", "telephone" …
_MEDIA = {
    "video": "video", "videoconference": "video", "videolink": "video", "link": "video",
    "phone": "phone", "telephone": "phone", "teleconference": "phone", "person": "person",
    "proxy": "proxy",
}  # fmt: skip
_PREPS = {"via": ("video", "phone"), "by": ("video", "phone", "proxy"), "in": ("person",)}
# Verbs of taking part: each way is then a fair option ("attended … by proxy"); not verbs of
# speaking, which no one does "by proxy".
_PRESENT = frozenset({"attend", "join", "participate"})


def medium(prep: Token) -> str | None:
    """Return the way a "via"/"by"/"in" phrase says someone took part ("video"), or None."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if prep.dep_ != "prep" or len(objects) != 1 or prep.head.lemma_ not in _PRESENT:
        return None
    noun = objects[0]
    if any(c.dep_ in ("det", "poss", "nummod") for c in noun.children):
        return None  # "by the phone", "via his video": a thing, not the way
    said = _MEDIA.get(noun.lemma_.lower())
    return said if said in _PREPS.get(prep.lower_, ()) else None


def stated_means(
    sentences: Sequence[Span], replace: Sequence[dict[int, str]]
) -> list[list[tuple[Fact, Stem]]]:
    """Return, per sentence, each way someone took part ("via video") as a fact and its
    question, "How did <subject> <verb> …?"."""
    out: list[list[tuple[Fact, Stem]]] = [[] for _ in sentences]
    for index, sentence in enumerate(sentences):
        for prep in sentence:
            way = medium(prep)
            if way is None:
                continue
            end = max(t.i for t in prep.subtree) + 1
            text = sentence.doc[prep.i : end].text
            # asked over the noun after the preposition, as a date is: "how" takes the phrase
            phrase = Fact(index, prep.i + 1, end, text, "", MEANS)
            stem, _ = wh_question(sentence, phrase, replace[index])
            if stem is None or not stem.text.startswith("How "):
                continue
            fact = changed(phrase, start=prep.i)
            out[index].append((fact, Stem(stem.text, "wh", MEANS_RULE)))
    return out


def means_variants(key: str) -> list[str]:
    """Return the other ways of taking part than the key's ("via video": by phone, …)."""
    said = next((way for word, way in _MEDIA.items() if word in key.lower().split()), "")
    return [text for way, text in WAYS.items() if way != said]
