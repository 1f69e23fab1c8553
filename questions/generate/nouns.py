"""What a noun of the parse is, for a question over it: a place inside a verb's locative
phrase, one more counted item of a list, a verb the parse misread as a noun."""

from __future__ import annotations

from functools import cache
from typing import Any

from questions.generate.clauses import (
    LOCATIVE,
)
from questions.generate.wordnet import PERSON_FILE, first_sense, senses, synset

Token = Any
_STATE_FILES = frozenset({7, 9, 26})  # WordNet's noun.attribute, noun.cognition, noun.state

_HELPERS = frozenset({"be", "have"})  # "and has added", "and is seen": a new predicate


def nested_place(noun: Token) -> bool:
    """Tell whether a noun is the object of a locative phrase of a verb ("at an event"); "on
    the situation in Afghanistan" is what one focuses on, a state of things no one is in."""
    prep = noun.head
    return bool(
        prep.dep_ == "prep" and prep.lower_ in LOCATIVE and prep.head.pos_ in ("VERB", "AUX")
    ) and not _only_state(noun)


def _only_state(noun: Token) -> bool:
    """Tell whether a common noun's commonest WordNet senses are states or attributes, none
    a place, thing, group, act or event that happens somewhere ("situation"; not "summit",
    whose second sense is a meeting)."""
    if noun.pos_ != "NOUN":
        return False
    common = senses(noun.lemma_)[:2]
    files = {s.lexfile for o in common if (s := synset(o)) is not None}
    return bool(files) and files <= _STATE_FILES


def counted_item(token: Token) -> bool:
    """Tell whether a noun is one more counted item of a list the parse took for an apposition
    ("8 member states, 4 observer states, and 6 …"), or a comma-set remark on the counted
    things ("300 workers, a record,"): neither belongs in "how many workers"."""
    after_comma = token.left_edge.i > 0 and token.doc[token.left_edge.i - 1].text == ","
    return bool(
        token.dep_ == "appos" and (after_comma or any(c.dep_ == "nummod" for c in token.children))
    )


def verb_taken_for_noun(noun: Token) -> bool:
    """Tell whether a plural "noun" is a present verb the parse misread: joined by "and" to one
    ("the USI exhibit identifies and features Polaroids": not the exhibit's "identifies")."""
    if noun.tag_ != "NNS":  # first: a slice of the doc is built anew on each call
        return False
    doc = noun.doc
    after = doc[noun.i + 1 : noun.i + 4]
    # "… increases in revenues and has added opposition": a helper verb and its participle
    # open a second predicate of the subject, after a true noun
    helped = len(after) == 3 and after[1].lemma_ in _HELPERS and after[2].tag_ in ("VBN", "VBG")
    return bool(
        noun.tag_ == "NNS" and len(after) >= 2 and after[0].lower_ == "and"
        and after[1].tag_ == "VBZ" and not helped
    )  # fmt: skip


def dated_verb(noun: Token) -> Token | None:
    """Return the verb a time phrase under a proper name dates, or None.

    A name is not dated by a time phrase hung on it ("advanced by the Municipality of
    Livorno in 2010"): the parse hangs it on the nearest noun, but the time is the verb's.
    Up a chain of names joined by "of" only: "the sentence of the Court on July 8" dates
    the sentence, a common noun, and stays a noun's phrase."""
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "PROPN":
        noun = noun.head.head
    if noun.pos_ != "PROPN":
        return None
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        return noun.head  # "visited Paris in 2010"
    prep = noun.head
    if noun.dep_ == "pobj" and prep.dep_ in ("agent", "prep") and prep.head.pos_ == "VERB":
        return prep.head  # "was advanced by the Municipality of Livorno in 2010"
    return None


def titled_person(name: Token, others: list[Token]) -> bool:
    """Tell whether the words the parse lists with a name are titles before it, one person's
    ("American academic and professor Marc Lamont Hill"), not others listed: each a bare
    word for a person (WordNet's commonest sense), no name and no article of its own."""
    return bool(others) and all(
        word.i < name.i
        and not word.ent_type_
        and word.pos_ in ("ADJ", "NOUN")
        and not any(c.dep_ == "det" for c in word.children)
        and commonest_person(word.lemma_)
        for word in others
    )


@cache
def commonest_person(lemma: str) -> bool:
    """Tell whether a word's commonest noun sense is a person ("academic", "professor")."""
    first = first_sense(lemma)
    return first is not None and first.lexfile == PERSON_FILE


_TITLE_POS = frozenset({"NOUN", "PROPN", "ADP", "DET", "PUNCT", "ADJ", "CCONJ"})


def titled_subject(subjects: list[Token], name: Token) -> tuple[list[Token], frozenset[int]]:
    """Return a verb's subjects with the name asked first, and the words of a title the
    parse took for another subject just before it ("Psychology major at Carter College Jane
    Roe spoke": two subjects) — dropped, as "who" stands for the titled name; else as given."""
    others = [s for s in subjects if s.i != name.i]
    if len(others) == len(subjects) or not others:
        return subjects, frozenset()
    title = {t.i: t for s in others for t in s.subtree}
    doc = name.doc
    before = [doc[i] for i in range(min(title), name.i)]  # the title, then the name's own
    if max(title) + 1 != name.left_edge.i or len(title) != name.left_edge.i - min(title):
        return subjects, frozenset()  # not one run of words right before the name
    if any(t.pos_ not in _TITLE_POS for t in title.values()):
        return subjects, frozenset()
    if not any(t.pos_ == "NOUN" and _may_be_person(t.lemma_) for t in before):
        return subjects, frozenset()  # a title says what a person is: "major", "founder"
    return [name, *others], frozenset(title)


def _may_be_person(lemma: str) -> bool:
    """Tell whether any noun sense of a word is a person ("founder": also a horse's ailment)."""
    return any((entry := synset(offset)) is not None and entry.lexfile == PERSON_FILE
               for offset in senses(lemma))  # fmt: skip
