"""A bare "the agency" under a headline that names the agency: "📰 World Health Organization
calls for ban on tobacco ads" / "The agency said that …"; and "the game" under a headline
that reports a win ("📰 Chelsea beats Arsenal in Carling Cup").

A story about one body calls it by its kind after the first mention ("the agency", "the
organization", "the ministry"). Under a headline line that names a body WordNet files under
that kind (the World Health Organization is a United Nations agency, an agency), the phrase
points at the headline's body, and the question stands alone as "the bailout bill" does under
its headline. Only a bare "the" + singular noun: "the new agency" or "the agencies" may be
others. A headline whose verb WordNet files among competition verbs ("beats", "defeats",
"wins") reports one contest, so "the game", "the match" or "the final" under it is that one —
unless the article numbers its games ("Game Five": a series won).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from lemminflect import getLemma

from questions.generate.hypernyms import climb, is_kind_of
from questions.generate.synonyms import HEADLINE
from questions.generate.verbfiles import COMPETITION, verb_file
from questions.generate.wordnet import names_body, senses, synset

_DEPTH = 4  # World Health Organization → United Nations agency → agency: a few steps up
_KIND_OR_INSTANCE = frozenset({"@", "@i"})
_CONTEST_DEPTH = 3  # final → match → contest
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


@lru_cache(maxsize=256)
def _contest(lemma: str) -> bool:
    """Tell whether a noun has a sense that is a kind of contest ("game", "match", "final")."""
    return is_kind_of(senses(lemma), senses("contest")[:1], _CONTEST_DEPTH, _KIND_OR_INSTANCE)


def _reports_win(headline: str) -> bool:
    """Tell whether a headline's verb is a competition verb ("Chelsea beats Arsenal …")."""
    words = re.findall(r"[a-z]+", headline)  # lower case: verbs, never the names
    return any(verb_file(getLemma(w, upos="VERB")[0]) == COMPETITION for w in words)


def _one_contest(head: Any, every: Sequence[Any]) -> bool:
    """Tell whether the article's sentences number no contests of the noun's kind ("Game
    Five": a series won, and "the game" is any of its games; a season's "games" are not)."""
    lemma = head.lemma_.lower()
    return not any(
        token.lemma_.lower() == lemma and token.i + 1 < len(token.doc) and token.nbor().like_num
        for sentence in every
        for token in sentence
    )


def headline_body(head: Any, stem: str, every: Sequence[Any] = ()) -> bool:
    """Tell whether a bare definite noun ("the agency", "the game") is the body the question's
    headline line names or the one contest it reports (`every`: the article's sentences)."""
    if not stem.startswith(HEADLINE) or head.tag_ != "NN" or not head.is_lower:
        return False
    if not all(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return False
    headline = stem.split("\n", 1)[0].removeprefix(HEADLINE)
    if _contest(head.lemma_) and _reports_win(headline):
        return _one_contest(head, every)
    return any(_body_of_kind(m.group(0), head.lemma_) for m in _NAME.finditer(headline))


def numbered_contest(name: str) -> str | None:
    """Return the contest noun a numbered name is one of ("Game Four", "Match 2": game,
    match), or None: "which game" asks it, where "which event" reads as any happening."""
    from spacy.lang.en.lex_attrs import like_num

    words = name.split()
    if len(words) != 2 or not like_num(words[1]) or not words[0].istitle():  # type: ignore[no-untyped-call]
        return None
    noun = words[0].lower()
    return noun if _contest(noun) else None
