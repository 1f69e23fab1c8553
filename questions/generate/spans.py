"""Stage 4h: "In which month and year did the survey … begin?" for one end of a span.

"A survey … was carried out … between July 2003 and December 2004": the pair says when the
survey ran (`ranges`), and each end says when it began or ended. Asked alone, an end reads as
a question on the span's start or finish only when the clause's subject is itself an event (a
survey, a strike, a campaign: WordNet's acts, events and processes) that the verb says took
place, passive ("was carried out") or with no object ("ran"); "The firm sold cars between …"
is not when the firm began. A passive verb stays as the subject's participle ("the survey
carried out in …"), which names the event; a past clause only, whose event is over.
"""

from __future__ import annotations

import re
from typing import Any

from questions.generate.clauses import children_of, without_asides
from questions.generate.facts import Fact
from questions.generate.render import join
from questions.generate.wordnet import senses, synset
from questions.generate.write import Stem

Token = Any
Span = Any
SPAN_RULE = "rule:date-span-end"
# WordNet noun files of a thing that happens: noun.act, noun.event, noun.time ("festival"),
# noun.process
_HAPPENINGS = frozenset({4, 11, 22, 28})
_OPEN = {"between": ("and",), "from": ("to", "until", "till", "through")}
_MONTH_YEAR = re.compile(r"^[A-Z][a-z]+ \d{4}$")
_YEAR = re.compile(r"^\d{4}$")
_DAY = re.compile(r"\d{1,2}(?:st|nd|rd|th)?,? \d{4}$|^\d{1,2} [A-Z]")
# verbs saying an event took place (was carried out, held, run; lasted, happened), whose span
# is the event's own: "was postponed / suspended / funded / published between …" is not,
# and WordNet's verb files do not tell these apart ("postpone" and "last" share one)
_TOOK_PLACE = frozenset(
    {"carry out", "conduct", "hold", "run", "stage", "perform", "undertake", "last", "happen",
     "occur", "continue", "rage", "take place"}
)  # fmt: skip
_KEPT = frozenset({"prep", "advmod", "npadvmod", "agent", "prt"})  # "carried out in …"


def _event(noun: Token) -> bool:
    """Tell whether a noun names a happening (its first two WordNet senses)."""
    found = (synset(o) for o in senses(noun.lemma_)[:2])
    return any(s is not None and s.lexfile in _HAPPENINGS for s in found)


def _wh(key: str) -> str | None:
    """Return the wh-phrase a date of this shape is asked by, or None."""
    if _YEAR.match(key):
        return "In which year"
    if _MONTH_YEAR.match(key):
        return "In which month and year"
    if _DAY.search(key):
        return "On what date"
    return None


def _ends(root: Token) -> tuple[Token, Token, str] | None:
    """Return the span's opening preposition, its verb and which end the date is, or None."""
    if root.dep_ == "pobj" and root.head.lower_ == "between":
        if any(c.dep_ == "conj" for c in root.children) and any(
            c.dep_ == "cc" and c.lower_ == "and" for c in root.children
        ):
            return root.head, root.head.head, "begin"
        return None
    if root.dep_ == "conj" and root.head.dep_ == "pobj" and root.head.head.lower_ == "between":
        return root.head.head, root.head.head.head, "end"
    if root.dep_ != "pobj" or root.head.lower_ not in ("from", "to", "until", "till", "through"):
        return None
    prep, verb = root.head, root.head.head
    pair = [c for c in verb.children if c.dep_ == "prep" and c.i != prep.i]
    if prep.lower_ == "from":
        closing = [p for p in pair if p.lower_ in _OPEN["from"] and p.i > prep.i]
        return (prep, verb, "begin") if closing and _dated(closing[0]) else None
    opening = [p for p in pair if p.lower_ == "from" and p.i < prep.i]
    return (opening[0], verb, "end") if opening and _dated(opening[0]) else None


def _phrasal(verb: Token) -> str:
    """Return a verb's lemma with its particle or its "place" ("carry out", "take place")."""
    more = [c.lower_ for c in verb.children if c.dep_ == "prt" or c.lower_ == "place"]
    return " ".join([verb.lemma_, *more[:1]])


def _dated(prep: Token) -> bool:
    """Tell whether a preposition's object is a date ("from July 2003")."""
    return any(c.dep_ == "pobj" and c.ent_type_ == "DATE" for c in prep.children)


def span_end_question(sentence: Span, fact: Fact, replace: dict[int, str]) -> Stem | None:
    """Write "In which month and year did <event> begin?" (or "end") for one end of a span
    an event ran over, or None."""
    if fact.kind not in ("date", "year") or fact.subtype:
        return None
    wh = _wh(fact.text)
    root = sentence.doc[fact.start : fact.end].root
    found = _ends(root)
    if wh is None or found is None:
        return None
    prep, verb, end = found
    if verb.pos_ != "VERB" or _phrasal(verb) not in _TOOK_PLACE:
        return None
    if children_of(verb, ("ccomp", "xcomp", "dative", "attr")) or any(
        c.dep_ == "dobj" and c.lower_ != "place" for c in verb.children
    ):  # "took place": its "place" is the verb's
        return None
    subjects = children_of(verb, ("nsubj", "nsubjpass"))
    if len(subjects) != 1 or subjects[0].pos_ != "NOUN" or not _event(subjects[0]):
        return None
    passive = children_of(verb, ("auxpass",))
    tensed = passive[0] if passive else verb
    if tensed.tag_ != "VBD" or children_of(verb, ("aux", "neg")):
        return None  # "will run", "has run", "did not run": not an event that is over
    subject = without_asides(subjects[0])
    article: list[str] = ["the"]  # "a survey … carried out in …": named by what it says
    if subject[0].lower_ in ("a", "an", "the"):
        subject = subject[1:]
    elif subject[0].dep_ in ("det", "poss"):
        article = []  # "their campaign", "this survey"
    spans = {
        t.i for c in verb.children if c.dep_ == "prep" and _in_span(c, prep) for t in c.subtree
    }
    phrase: list[Token | str] = [verb] if passive else []
    if any(
        c.dep_ in ("prep", "acl", "relcl") and c.i > subjects[0].i for c in subjects[0].children
    ):
        phrase = []  # "the survey of 1709 schoolchildren": named already, shorter so
    for child in verb.children if phrase else ():
        if child.i < verb.i or child.dep_ not in _KEPT or child.i in spans:
            continue
        if not passive:
            return None  # "the survey ran in …": no participle to hang the place on
        words = [t for t in child.subtree if t.i not in spans]
        while words and words[-1].is_punct:
            words.pop()  # "… and Queensland, between …": the comma went with the span
        phrase.extend(words)
    pieces: list[Token | str] = [wh, "did", *article, *subject, *phrase, end]
    text = re.sub(r"\s+", " ", join(pieces, replace)).strip() + "?"
    return Stem(text, "wh", SPAN_RULE)


def _in_span(child: Token, opening: Token) -> bool:
    """Tell whether a verb's preposition is the span's opening or closing one."""
    return child.i == opening.i or (
        opening.lower_ == "from" and child.lower_ in _OPEN["from"] and child.i > opening.i
    )
