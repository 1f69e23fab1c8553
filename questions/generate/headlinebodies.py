"""A bare "the agency" under a headline that names the agency: "📰 World Health Organization
calls for ban on tobacco ads" / "The agency said that …".

A story about one body calls it by its kind after the first mention ("the agency", "the
organization", "the ministry"). Under a headline line that names a body WordNet files under
that kind (the World Health Organization is a United Nations agency, an agency), the phrase
points at the headline's body, and the question stands alone as "the bailout bill" does under
its headline. Only a bare "the" + singular noun: "the new agency" or "the agencies" may be
others.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from questions.generate.hypernyms import climb
from questions.generate.synonyms import HEADLINE
from questions.generate.wordnet import names_body, senses, synset

_DEPTH = 4  # World Health Organization → United Nations agency → agency: a few steps up
_KIND_OR_INSTANCE = frozenset({"@", "@i"})
# a run of capitalised words, joined by the small words names hold ("Bank of England")
_NAME = re.compile(r"[A-Z][\w'.&-]*(?: (?:of|and|for|the|on) [A-Z][\w'.&-]*| [A-Z][\w'.&-]*)*")


@lru_cache(maxsize=1024)
def _body_of_kind(name: str, kind: str) -> bool:
    """Tell whether WordNet knows a name as a body that is a kind of `kind`'s thing."""
    if not names_body(name):
        return False
    # by the last word of each category's lemmas: WordNet files a "United_Nations_agency"
    # under administrative units, not under "agency" itself
    levels = list(climb(senses(name)[:1], _DEPTH, _KIND_OR_INSTANCE, first=True))[1:]
    return any(  # its categories, never its own name ("World_Health_Organization")
        lemma.lower().split("_")[-1] == kind
        for level in levels
        for entry in filter(None, (synset(offset) for offset in level))
        for lemma in entry.lemmas
    )


def headline_body(head: Any, stem: str) -> bool:
    """Tell whether a bare definite noun ("the agency") is the body the question's headline
    line names."""
    if not stem.startswith(HEADLINE) or head.tag_ != "NN" or not head.is_lower:
        return False
    if not all(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return False
    headline = stem.split("\n", 1)[0].removeprefix(HEADLINE)
    return any(_body_of_kind(m.group(0), head.lemma_) for m in _NAME.finditer(headline))
