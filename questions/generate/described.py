"""Stage 4g: "What was the first space shuttle mission?" from a name a sentence describes.

"… lifted off … on STS-1, the first space shuttle mission." News sets off after a name the
one thing it is: a definite phrase ranked by an ordinal ("the first …", "the last …") names
one thing of a series only, so asking for it has one answer. A superlative is not enough
("the largest stadium": in the country, the city?), nor a phrase that points back ("its first
…", "this …"), carries a clause or goes on ("the first in the region"). The question keeps
the sentence's tense: a future or perfect one is written "will be" or "has been", and any other
(a modal, a progressive) is not asked. The description must fit the name's kind: a place is
described by a place ("Mombasa, the second summit venue"), never by the noun of another phrase
("opened a branch in Leeds, the first secondary school": the school is the branch).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from questions.generate import wordnet
from questions.generate.facts import Fact
from questions.generate.write import Stem

Span = Any
Token = Any
DESCRIBED_RULE = "rule:described"
_NAMES = frozenset({"place", "organization", "name", "event", "title", "document", "model"})
_PHRASE = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})
_LONGEST = 7  # words: a longer description is a clause of its own
# WordNet lexicographer files a description's head noun may first mean, by the name's kind:
# a place is a location (15) or a building (06: "stadium"), an organisation a group (14)
_FITS = {"place": frozenset({15, 6}), "organization": frozenset({14, 6})}
_OTHERS = frozenset({15, 18})  # a place or a person describes only a place or a person


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


def _fits(head: Token, kind: str) -> bool:
    """Tell whether a description's head noun first means a thing of the name's kind."""
    found = (wordnet.synset(o) for o in wordnet.senses(head.lemma_)[:1])
    first = next((s.lexfile for s in found if s is not None), None)
    if first is None:
        return False
    return first in _FITS[kind] if kind in _FITS else first not in _OTHERS


def _was(sentence: Span) -> str | None:
    """Return the copula in the sentence's tense: "is" for a present statement, "will be" for
    a future, "has been" for a present perfect, "was" for a past; None for any other."""
    root = sentence.root
    aux = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    words = [a.lower_ for a in aux]
    if not aux:
        return "is" if root.tag_ in ("VBZ", "VBP") else "was" if root.tag_ == "VBD" else None
    if words == ["will"] and root.tag_ == "VB":
        return "will be"
    if words in (["has"], ["have"]) and root.tag_ == "VBN":
        return "has been"
    if words in (["did"], ["does"], ["do"]) and root.tag_ == "VB":
        return "was" if words == ["did"] else "is"
    return None  # "would next travel", "is travelling": no plain statement of what it is


def described_stems(
    sentences: Sequence[Span], facts: Sequence[Sequence[Fact]]
) -> dict[tuple[int, int], Stem]:
    """Map (sentence, answer start) to "What was <the ranked description>?" for each name
    a sentence describes so."""
    found: dict[tuple[int, int], Stem] = {}
    for index, (sentence, own) in enumerate(zip(sentences, facts, strict=True)):
        for fact in own:
            phrase = _description(sentence, fact) if fact.kind in _NAMES else None
            was = _was(sentence)
            if phrase is not None and was is not None and _fits(phrase[-1], fact.kind):
                words = " ".join(t.text for t in phrase)
                found[(index, fact.start)] = Stem(f"What {was} {words}?", "wh", DESCRIBED_RULE)
    return found
