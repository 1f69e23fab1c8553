"""People quoted in the passive ("X was quoted as saying … by the AP"): the deed is done to
them by whoever quotes them, so two people one paper quotes share it, unless the question shows
what the key said."""

from __future__ import annotations

import re
from typing import Any

from questions.generate.otherslist import listed_with, named_person_word
from questions.generate.saying import as_saying
from questions.generate.verbfiles import speech_verb

Token = Any


def quoted_deed(verb: Token) -> tuple[frozenset[str], frozenset[str]] | None:
    """Return the deed done to a person a verb of saying has in the passive ("X was quoted
    as saying … by the AP", "Y was told by police"): the names of who did it (the agent,
    on the verb or its "as saying"), and the words of what the person said; None for
    another verb, or a passive whose subject is what was said ("it was announced")."""
    if not speech_verb(verb.lemma_.lower()) or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not any(named_person_word(t) for s in subjects for t in listed_with(s)):
        return None
    heads = [verb, *as_saying(verb)]
    by = [c for h in heads for c in h.children if c.dep_ == "agent" or c.lower_ == "by"]
    agents = [g for c in by for g in c.children if g.dep_ == "pobj"]
    doers = {t.lower_ for g in agents for t in g.subtree if t.pos_ == "PROPN"}
    said = [c for h in heads for c in h.children if c.dep_ in ("ccomp", "dobj", "parataxis")]
    words = {t.lower_ for c in said for t in c.subtree if t.is_alpha and not t.is_stop}
    return frozenset(doers), frozenset(words)


def told_apart(said: frozenset[str], stem: str) -> bool:
    """Tell whether a question shows what its quoted person said: half of its words, as a
    quotation or reported ("Who was quoted as saying "students were moved …"?"), which no
    one else quoted said."""
    if not said:
        return False
    shown = {w.lower() for w in re.findall(r"[^\W\d_]+", stem)}
    return 2 * len(said & shown) >= len(said)
