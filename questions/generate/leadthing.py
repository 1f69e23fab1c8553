"""Naming what the lead brought in: "It was passed …" and "the bill" of an article whose
first sentence says "The Senate passed a revised bailout bill" under the headline "Senate
approves revised bailout package" are that revised bailout bill."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from questions.generate.introduced import determiner
from questions.generate.leadactors import LeadActors, lead_actors, name_lead_actors
from questions.generate.quotemarks import quoted_words
from questions.generate.render import join

Span = Any
_INDEFINITE = frozenset({"a", "an", "another"})


@dataclass
class LeadThing:
    """The thing the lead introduces and the headline describes alike ("revised bailout
    bill"), said by a later bare "the bill" until the article brings in another of its kind."""

    noun: str  # its noun's lemma: "bill"
    words: str  # how the lead describes it, without its article: "revised bailout bill"
    at: Any  # the lead's word for it, which brings it in and is no other one
    alive: bool = True


def lead_objects(lead: Span) -> dict[str, str]:
    """Map each verb of the article's first sentence to the described thing it acts on ("The
    U.S. Senate passed a revised bailout bill": "pass" -> "revised bailout bill")."""
    found: dict[str, str] = {}
    for token in lead:
        verb = token.head
        described = any(c.dep_ in ("amod", "compound") for c in token.children)
        if token.dep_ == "dobj" and token.tag_ == "NN" and described and verb.pos_ == "VERB":
            words = [t for t in token.subtree if t.i <= token.i and t.dep_ != "det"]
            found.setdefault(verb.lemma_, join(words))
    return found


def name_it_by_lead(
    sentence: Span, before: Span | None, objects: dict[str, str], replace: dict[int, str]
) -> None:
    """Say the lead's thing for a sentence-opening "It" that undergoes the lead's verb, when
    the sentence before names that thing's noun ("Passage of the Bill required a majority.
    It was passed with 74 yeas": the revised bailout bill the lead says was passed)."""
    first = sentence[0]
    if first.lower_ != "it" or first.dep_ != "nsubjpass" or first.i in replace or before is None:
        return
    thing = objects.get(first.head.lemma_)
    if thing is None or thing.split()[-1].lower() not in {t.lower_ for t in before}:
        return
    replace[first.i] = f"the {thing}"


def lead_thing(lead: Span, heading: Any | None) -> LeadThing | None:
    """Return the one thing the lead brings in with "a" and describes by words all of which
    the headline says ("passed a revised bailout bill" under "… approves revised bailout
    package"): the story's own thing, what a bare "the bill" later means. Two such, or none:
    None."""
    if heading is None:
        return None
    headline = {w.lower() for w in re.findall(r"[\w-]+", heading.text)}
    found = []
    for noun in lead:
        before = [c for c in noun.children if c.i < noun.i and c.dep_ != "det"]
        if noun.tag_ != "NN" or noun.ent_type_ or determiner(noun) not in ("a", "an"):
            continue
        if before and all(c.dep_ in ("amod", "compound") and not list(c.children)
                          and c.lower_ in headline for c in before):  # fmt: skip
            words = join(t for t in lead if min(c.i for c in before) <= t.i <= noun.i)
            found.append(LeadThing(noun.lemma_.lower(), words, noun))
    return found[0] if len(found) == 1 else None


def name_lead_thing(sentence: Span, thing: LeadThing | None, replace: dict[int, str]) -> None:
    """Say "the revised bailout bill" for a bare "the bill" (nothing before or after it says
    which) outside any quotation, until a sentence brings in another bill ("H.R.1424, a bill
    originating in the House"): from then on, which one it is would be a guess."""
    if thing is None or not thing.alive:
        return
    quoted = quoted_words(sentence)
    for noun in sentence:
        lead = noun.doc is thing.at.doc and noun.i == thing.at.i
        if noun.lemma_.lower() != thing.noun or noun.tag_ != "NN" or lead:
            continue
        det = determiner(noun)
        if det in _INDEFINITE:
            thing.alive = False  # another one of its kind: "the bill" may be either
            return
        bare = det == "the" and all(c.dep_ == "det" for c in noun.children)
        after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
        if not bare or noun.i in quoted or noun.i in replace or noun.i - 1 in replace:
            continue
        if after is not None and after.lower_ == "of":
            continue  # "the bill of rights": its own phrase says which
        replace[noun.i] = thing.words


@dataclass
class Lead:
    """What the article's first sentence brings in: the things its verbs act on, the
    story's own thing and the people the headline calls by a plural noun."""

    objects: dict[str, str]
    thing: LeadThing | None
    actors: LeadActors | None = None


def lead_said(lead: Span, heading: Any | None) -> Lead:
    """Read what the lead brings in, for the later sentences that point back to it."""
    return Lead(lead_objects(lead), lead_thing(lead, heading), lead_actors(lead, heading))


def name_by_lead(
    sentence: Span, before: Span | None, lead: Lead | None, replace: dict[int, str]
) -> None:
    """Say the lead's things for a sentence's "It" and bare "the bill" that mean them, and
    its people for "the parents"."""
    if lead is not None:
        name_it_by_lead(sentence, before, lead.objects, replace)
        name_lead_thing(sentence, lead.thing, replace)
        name_lead_actors(sentence, lead.actors, replace)
