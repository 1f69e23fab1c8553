"""Stage 4g: "What was the first space shuttle mission?" from a name a sentence describes.

"… lifted off … on STS-1, the first space shuttle mission." News sets off after a name the
one thing it is: a definite phrase ranked by an ordinal ("the first …", "the last …") names
one thing of a series only, so asking for it has one answer. A superlative is not enough
("the largest stadium": in the country, the city?), nor a phrase that points back ("its first
…", "this …"), carries a clause or goes on ("the first in the region"). The question keeps
the sentence's tense.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from questions.generate.facts import Fact
from questions.generate.write import Stem

Span = Any
Token = Any
DESCRIBED_RULE = "rule:described"
_NAMES = frozenset({"place", "organization", "name", "event", "title", "document", "model"})
_PHRASE = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})
_LONGEST = 7  # words: a longer description is a clause of its own


def _description(sentence: Span, fact: Fact) -> list[Token] | None:
    """Return the definite ranked phrase set off right after a name ("the first space
    shuttle mission") and closing its clause, or None."""
    doc = sentence.doc
    at = fact.end
    if at + 3 >= sentence.end or doc[at].text != "," or doc[at + 1].lower_ != "the":
        return None
    end = at + 2
    while end < sentence.end and doc[end].pos_ in _PHRASE and doc[end].lower_ != "the":
        end += 1
    phrase = list(doc[at + 1 : end])
    closes = end < sentence.end and doc[end].text in (".", ";") and end == sentence.end - 1
    ranked = any(t.ent_type_ == "ORDINAL" for t in phrase[1:-1])
    if not closes or not ranked or not 3 <= len(phrase) <= _LONGEST:
        return None
    if phrase[-1].pos_ != "NOUN" or any(t.ent_type_ and t.ent_type_ != "ORDINAL" for t in phrase):
        return None  # "the highest in …" ends on no noun; a name or date in it ranks in it
    return phrase


def _was(sentence: Span) -> str:
    """Return the copula in the sentence's tense: "is" for a present statement."""
    return "is" if sentence.root.tag_ in ("VBZ", "VBP") else "was"


def described_stems(
    sentences: Sequence[Span], facts: Sequence[Sequence[Fact]]
) -> dict[tuple[int, int], Stem]:
    """Map (sentence, answer start) to "What was <the ranked description>?" for each name
    a sentence describes so."""
    found: dict[tuple[int, int], Stem] = {}
    for index, (sentence, own) in enumerate(zip(sentences, facts, strict=True)):
        for fact in own:
            phrase = _description(sentence, fact) if fact.kind in _NAMES else None
            if phrase is not None:
                words = " ".join(t.text for t in phrase)
                found[(index, fact.start)] = Stem(
                    f"What {_was(sentence)} {words}?", "wh", DESCRIBED_RULE
                )
    return found
