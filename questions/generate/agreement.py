"""A writer's agreement slip a question must not copy: a plural "were" or "are" after a singular
subject ("The Silver Clouds installation were silver balloons …", blind review 72).

Only a plain common noun, singular by the parse, is mended; "was"/"is" comes from lemminflect.
A noun with a group sense ("the team were", "the staff are") takes either number in British
English; a noun with an "of" phrase ("a series of protests were", "the majority of voters
are") agrees with what it counts as often as not; a subjunctive "were" ("if the plan were
approved") is English; and a quotation is the speaker's words: each is left as written.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from questions.generate.hypernyms import is_kind_of
from questions.generate.quotemarks import quoted_words
from questions.generate.wordnet import senses

_PLURAL = {"were": "VBD", "are": "VBZ"}  # be's plural forms, by the tag of their singular
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_GROUP = "group"  # WordNet's group: a noun of one of its kinds may be counted as its members
_UP = 12  # levels climbed from a sense: "team" is a unit, an organisation, a social group, …
# a clause these open may hold a subjunctive "were" ("if it were", "as though it were")
_SUBJUNCTIVE = frozenset({"if", "though", "unless", "whether"})


def agreed_verbs(sentence: Any, replace: dict[int, str]) -> dict[int, str]:
    """Return the sentence's plural "were"/"are" written as their singular ("was"/"is")
    where the parse gives them one singular common noun as subject, before them."""
    mended: dict[int, str] = {}
    quoted: set[int] | None = None
    for token in sentence:
        if token.lower_ not in _PLURAL or token.i in replace:
            continue
        subject = _subject(token)
        if subject is None or not _singular_thing(subject) or _subjunctive(token):
            continue
        quoted = quoted_words(sentence) if quoted is None else quoted
        if token.i in quoted:
            continue  # the speaker's words, as said
        mended[token.i] = _singular(token)
    return mended


def _subject(be: Any) -> Any | None:
    """Return the one subject a "be" agrees with, standing before it, or None."""
    verb = be.head if be.dep_ in ("aux", "auxpass") else be
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    if len(subjects) != 1 or subjects[0].i > be.i:
        return None  # "Among the dead were a child": inverted, its subject read apart
    return subjects[0]


def _singular_thing(noun: Any) -> bool:
    """Tell whether a subject is one plain singular thing: a common noun the parse reads as
    singular, with no partner ("the bridge and the road"), no "of" phrase and no group sense."""
    if noun.tag_ != "NN" or noun.morph.get("Number") != ["Sing"]:
        return False
    for child in noun.children:
        if child.dep_ in ("conj", "cc") or (child.dep_ == "prep" and child.lower_ == "of"):
            return False
    return not _group(noun.lemma_.lower())


@lru_cache(maxsize=4096)
def _group(lemma: str) -> bool:
    """Tell whether any sense of a noun is a kind of group ("team", "staff", "crew")."""
    group = senses(_GROUP)[:1]
    return any(is_kind_of([sense], group, _UP) for sense in senses(lemma))


def _subjunctive(be: Any) -> bool:
    """Tell whether a "were" may be subjunctive: its clause opened by "if", "though" …"""
    verb = be.head if be.dep_ in ("aux", "auxpass") else be
    if verb.dep_ == "ccomp" and verb.head.lemma_ == "wish":
        return True  # "She wished the war were over": a wish's "were"
    return any(c.dep_ == "mark" and c.lower_ in _SUBJUNCTIVE for c in verb.children)


def _singular(be: Any) -> str:
    """Return be's singular form for a plural one, its capital kept: "were" -> "was"."""
    from lemminflect import getInflection

    form = str(getInflection("be", _PLURAL[be.lower_])[0])  # VBD: ("was", "were"); VBZ: ("is",)
    return form.capitalize() if be.text[0].isupper() else form
