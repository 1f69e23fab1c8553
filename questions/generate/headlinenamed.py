"""Whether the headline a question is shown under names a definite phrase of it ("the
bailout bill" under "📰 U.S. Senate approves revised bailout package"): no pointing back."""

from __future__ import annotations

import re
from typing import Any

from lemminflect import getAllInflections, getInflection

from questions.generate.derived import deriving_verbs
from questions.generate.synonyms import HEADLINE, named_kind

# WordNet's word for anything that happens: bare, it is the happening the headline reports
_HAPPENING = "event"


def headline_names(head: Any, stem: str) -> bool:
    """Tell whether the headline the question is shown under names a definite phrase by
    the word that describes it: "the bailout bill" under "📰 U.S. Senate approves revised
    bailout package" is that package's bill ("the new bill" under it is not: any bill is new),
    "the parents" under "Parents prosecuted …" are the headline's parents, and "the news"
    the question opens with is the headline's."""
    if not stem.startswith(HEADLINE):
        return False
    if head.lower_ == "news" and head.dep_ in ("nsubj", "nsubjpass"):
        return True  # "The news comes as a new blow …": the news is what the headline says
    # "attended the event", "the event website" under "📰 Lantern Festival … lights up …"
    happening = head.lower_ == _HAPPENING or any(
        c.dep_ == "compound" and c.lower_ == _HAPPENING for c in head.children
    )
    if happening and all(c.dep_ == "det" or c.lower_ == _HAPPENING for c in head.children):
        return True
    headline = {w.lower() for w in re.findall(r"[\w-]+", stem.split("\n", 1)[0])}
    # "the parents" under "Parents prosecuted after …": the headline's own; "the first
    # space shuttle" under "… first shuttle launch" too, its adjective the headline's as well
    if head.lower_ in headline and all(
        c.lower_ in headline for c in head.children if c.dep_ == "amod"
    ):
        return True
    bare_one = head.tag_ == "NN" and all(
        c.dep_ == "det" and c.lower_ == "the" for c in head.children
    )  # "that exhibit" points at one exhibit the article told of before
    if bare_one and headline & set(getInflection(head.lemma_, "NNS")):
        return True  # "wound up on the street" under "… found on rainy streets": one of them
    if _kind_said(head, headline):
        return True  # "the parasites" under "📰 … 'sleeping sickness' parasite mutated …"
    # "the girls" under "all-girl Afghan team …": the members its hyphened word describes
    parts = {part for word in headline if "-" in word for part in word.split("-")}
    bare = all(c.dep_ == "det" for c in head.children)
    if head.tag_ == "NNS" and head.lemma_.lower() in parts and bare:
        return True
    if bare and any(named_kind(head.lemma_.lower(), word) for word in headline):
        return True  # "the forms" under "… replace interview with questionnaire": its kind
    if _headline_deed(head, headline):
        return True  # "the new revisions" under "📰 … approves revised bailout package"
    return any(
        c.dep_ == "compound" and c.pos_ == "NOUN" and c.lower_ in headline for c in head.children
    )


def _headline_deed(head: Any, headline: set[str]) -> bool:
    """Tell whether a definite noun, with at most adjectives before it, names the act of a
    verb the headline says ("the new revisions" under "📰 … approves revised bailout package",
    "the approval" under "📰 Senate approves …"): the act is the one the headline reports. Only
    a noun made from its verb ("revision", not "report", which is a verb as it is)."""
    before = [c for c in head.children if c.i < head.i and c.dep_ != "det"]
    if any(c.dep_ != "amod" or c.pos_ != "ADJ" or c.ent_type_ for c in before):
        return False  # "the tax revisions", "the zoning ones": a kind the headline never says
    if any(c.i > head.i for c in head.children):
        return False  # "the revisions of 2007": its own phrase says which
    noun = head.lemma_.lower()
    verbs = {v for v in deriving_verbs(noun) if v != noun}
    forms = {f for v in verbs for said in getAllInflections(v, upos="VERB").values() for f in said}
    return bool((forms | verbs) & headline)


def _kind_said(head: Any, headline: set[str]) -> bool:
    """Tell whether a bare definite plural is the kind the headline names in the singular
    ("the parasites" under "📰 Study suggests … parasite mutated …")."""
    bare = all(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
    return head.tag_ == "NNS" and bare and kind_singular(head.lower_) in headline


def kind_singular(word: str) -> str:
    """Return the singular of a plural noun for things ("parasites": "parasite"), else "": a
    thing's singular, bare in a headline, names its kind, whose members the plural is.
    People are one each ("the soldiers" under "📰 Soldier killed …" are others)."""
    from lemminflect import getLemma

    from questions.generate.carried import person_noun

    single = getLemma(word, upos="NOUN")[0].lower()
    return single if single != word and not person_noun(single) else ""
