"""A listed name the office before it makes the only answer ("Alberta premier A, Calgary
mayor B, and other officials were there").

A list with other items, named or not, may give its slot to any option, so a listed key is
refused (`unique.shared_answer`). Yet "Calgary mayor _____" has one right answer whatever
else the list holds: the place has one mayor at a time, and the office stays in the stem.
Only an office one person holds per place or body ("mayor", "premier", WordNet's synonyms of
them such as "prime minister") qualified by that place or body counts; a plural office
("officials"), one of many ("senator", "deputy mayor") or a former holding ("former Calgary
mayor": many were) leaves the key one of a list.
"""

from __future__ import annotations

from typing import Any

from questions.generate.facts import Fact
from questions.generate.officetime import holding_time
from questions.generate.roles import COUNTRY_HEAD, before_name
from questions.generate.titleholders import SINGLE_HOLDER
from questions.generate.wordnet import senses

Token = Any
_ONE_HOLDER = SINGLE_HOLDER | COUNTRY_HEAD
_PLACES = frozenset({"GPE", "ORG", "NORP"})  # "Calgary mayor", "NASA Administrator"
_OWNER = frozenset({"'s", "’s", "the"})


def _one_holder(head: Token, word: Token | None) -> bool:
    """Tell whether an office noun, with the word compounded before it, is held by one person
    per place: "mayor", or "prime minister" (WordNet's "premier"), not "deputy mayor"."""
    lemma = head.lemma_.lower()
    if word is None:
        return lemma in _ONE_HOLDER
    joined = set(senses(f"{word.lower_}_{lemma}"))
    return any(joined & set(senses(one)) for one in _ONE_HOLDER)


def own_office(sentence: Any, fact: Fact) -> bool:
    """Tell whether a person key is written after its own one-holder office of a named place
    or body ("Calgary mayor Dave Bronconnier", "Canada's Prime Minister Jean Chrétien")."""
    if fact.kind != "person":
        return False
    tokens = before_name(sentence.doc, fact)
    if not tokens:
        return False
    head = tokens[-1]
    if head.pos_ not in ("NOUN", "PROPN") or head.tag_ in ("NNS", "NNPS") or head.ent_type_:
        return False
    rest = tokens[:-1]
    places = [t for t in rest if t.ent_type_ in _PLACES]
    words = [t for t in rest if not t.ent_type_ and t.lower_ not in _OWNER]
    if not places or any(t.ent_type_ not in _PLACES | {""} for t in rest):
        return False  # "the Swedish captain"'s place, or "Kim's coach": another person
    if any(holding_time(t.text) == "other" for t in words):
        return False  # "former Calgary mayor": many were
    if len(words) > 1 or (words and words[0].i != head.i - 1):
        return False
    return _one_holder(head, words[0] if words else None)
