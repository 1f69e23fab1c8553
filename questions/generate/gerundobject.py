"""A gerund clause that is what a state verb holds: no wh-phrase comes out of it.

"The new revisions include raising the FDIC insurance cap to $250,000": the gerund clause
is a thing the revisions contain, not a deed they do, and "To what amount do the new
revisions include raising the cap?" pulls its phrase out of that thing (review 34). A verb
that takes its own subject's deed as a gerund ("they kept raising the cap to …", "started
raising") is no such verb: "To what amount did they keep raising it?" reads. Which verbs
are which is WordNet's: a state ("include", "involve", "entail", "mean" as "entail") whose
frame is "Something ----s something", and none of whose common senses has the frame
"Somebody ----s VERB-ing".
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from questions.generate.wordnet import data_fields, find_line

_STATIVE = "42"  # WordNet's verb.stative lexicographer file: "include", "involve", "contain"
_SOMETHING_HOLDS = "11"  # the verb frame "Something ----s something"
_OWN_DEED = "33"  # the verb frame "Somebody ----s VERB-ing": "keep raising", "start raising"
_SENSES = 3  # a verb's commonest senses: the one a news sentence most likely means
_OBJECTS = frozenset({"xcomp", "dobj", "ccomp"})  # how the parse hangs "raising" on "include"


def _frames(offset: str, lemma: str) -> tuple[str, frozenset[str]]:
    """Return a verb synset's lexicographer file and the frames it gives `lemma` (those of
    the whole synset and those of that word)."""
    line = find_line("data.verb", offset)
    if not line:
        return "", frozenset()
    fields, lemmas, at = data_fields(line)
    words = [w.lower() for w in lemmas]
    at += 1 + 4 * int(fields[at])  # past the pointers, to the frame count
    frames = set()
    for i in range(int(fields[at]) if at < len(fields) else 0):
        frame, word = fields[at + 2 + 3 * i], int(fields[at + 3 + 3 * i], 16)
        if word == 0 or (word <= len(words) and words[word - 1] == lemma):
            frames.add(frame)
    return fields[1], frozenset(frames)


@lru_cache(maxsize=1024)
def holds_gerund(verb: str) -> bool:
    """Tell whether a verb's gerund object is a thing it holds, not its subject's deed:
    "include", "involve", "entail", "mean" ("means raising taxes"); not "keep", "start"."""
    lemma = "_".join(verb.lower().split())
    fields = find_line("index.verb", lemma).split()
    if not fields:
        return False
    read = [_frames(offset, lemma) for offset in fields[-int(fields[2]) :][:_SENSES]]
    if any(_OWN_DEED in frames for _, frames in read):
        return False
    return any(file == _STATIVE and _SOMETHING_HOLDS in frames for file, frames in read)


def in_held_gerund(verb: Any, token: Any) -> bool:
    """Tell whether `token` sits in a gerund clause that is what the clause's state verb
    holds ("include raising the cap to $250,000"): asked by a cloze, never a wh-question."""
    # a phrasal verb is its particle's: "ended up serving 24 aces" is the subject's own deed
    # ("end up": "finish"), though "end" alone is a state ("the list ends this chapter")
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    if not holds_gerund(" ".join([verb.lemma_, *particles])):
        return False
    return any(
        c.dep_ in _OBJECTS and c.tag_ == "VBG" and token.i in {t.i for t in c.subtree}
        for c in verb.children
    )
