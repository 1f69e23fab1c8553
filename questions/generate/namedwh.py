"""The wh-phrase of a named or dated answer: its kind's word after its preposition ("which
city", "in which year", "where"), the article's hedge kept, refused where it would misread.

Split from `write` (the wh-question writer) as the named forms grew.
"""

from __future__ import annotations

from typing import Any

from lemminflect import getLemma

from questions.generate.bodywh import body_phrase
from questions.generate.countwh import HEDGES
from questions.generate.facts import Fact
from questions.generate.reportingbodies import reporter_wh, reports_from
from questions.generate.verbfiles import speech_verb
from questions.generate.whphrase import (
    PLACE_WH,
    countrys_own,
    descriptor_apposed,
    descriptor_before,
    place_wh,
    present_perfect,
    wh_phrase,
    with_hedge,
)
from questions.generate.works import WORK, work_noun

Token = Any
# the clause's subject or object: what it tells of, not an adverbial of its time
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj"})


def named_wh(
    fact: Fact,
    answer: Any,
    extra: list[Token],
    prep: Token,
    heads: tuple[Token, Token | None, Token],
    along: str,
    hedge: dict[int, str],
    nested: bool,
    cut: frozenset[int] = frozenset(),
) -> tuple[str | None, str]:
    """Return the fronted wh-phrase for a named or dated answer, or None and why not;
    `heads` is the answer's root, the kind noun it is "the … of" (or None) and the verb."""
    root, kind_noun, verb = heads
    # "Who from Spain …?" asked again without the key's "of Spain": those words are gone (a
    # place's cut "in Sochi" is left as before: its "where" would repeat "in which city")
    extra = [t for t in extra if t.i not in cut or fact.kind != "person"]
    if _range_end(prep):
        return None, "one end of a 'ranging from … to …' span"
    own = set() if along else {t.i for t in extra} - {root.head.i if kind_noun else -1}
    # "Demosisto's Nathan Law": a person's owner (party, team) is a word "who" leaves out
    owned_by = {t.i for t in extra if fact.kind == "person" and _owners_mark(t)}
    owned_by |= _title_words(answer, extra) if fact.kind == "person" else set()
    owned_by |= work_noun(answer) if fact.kind == WORK else set()  # "which song": "her song"
    body = body_phrase(fact, answer, extra, prep)  # "Jane Roe of the Bergen Institute said"
    own -= body.ids if body is not None else set()
    if any(t.pos_ not in ("DET", "PUNCT", "PROPN", "ADJ", "NOUN") for t in extra
           if t.i in own - owned_by) or any(t.i > answer.end and t.dep_ == "prep" for t in extra
                                 if t.i in own):  # fmt: skip
        return None, "the answer is part of a longer phrase"
    kind = kind_noun.lemma_ if kind_noun is not None else descriptor_before(answer, extra)
    kind = kind or (descriptor_apposed(answer) if fact.kind == "organization" else None)
    wh_found = reporter_wh(fact, root, prep) if kind is None else None  # not "which radio"
    wh_found = wh_found or countrys_own(wh_phrase(fact, prep, kind), answer)
    wh_found = wh_found or speaker_wh(fact, root, verb, prep)
    wh_found = with_hedge(wh_found, hedge, HEDGES)
    if nested and prep is not None and wh_found == "where" and fact.subtype in PLACE_WH:
        wh_found = f"{prep.lower_} {place_wh(fact)}"  # "where" would be the hall
    if reports_from(fact, prep):
        return None, "a body a reporter reports from: where he works, not whom for"
    if wh_found is None:
        return None, f"no wh-word for a {fact.kind} after {prep.lower_ if prep else 'verb'}"
    if prep is None and root.dep_ in _ARGUMENTS and wh_found in ("when", "in which year"):
        # "2007 was marked by …": the year is what the clause tells of, no time of its deed
        if wh_found == "when":  # "When was marked …?" has no word for a date that is one
            return None, "a date the clause is about, not when its deed was"
        wh_found = "which year"
    if wh_found in ("when", "in which year") and present_perfect(verb):
        # English dates no present perfect: "has grown from a … concert in 1995" dates the
        # concert, and "In which year has the festival grown …?" misreads it
        return None, "a past date under a present perfect"
    wh_found = f"{wh_found} {body.text}" if body is not None and body.text else wh_found
    wh = f"{wh_found}, along with {along}," if along else wh_found
    return wh, ""


def speaker_wh(fact: Fact, root: Token, verb: Token, prep: Token | None) -> str | None:
    """Return "who" for a bare name the model calls a person's and the lists do not ("Obama",
    a city too) when it is the subject of a verb of speaking: whoever states or tells is
    someone, though a named thing ("Discovery landed") is not asked "who"."""
    speaks = root.dep_ == "nsubj" and root.head.i == verb.i and speech_verb(verb.lemma_)
    return (
        "who"
        if fact.kind == "name" and fact.label == "PERSON" and prep is None and speaks
        else None
    )


_TITLE_PREPS = frozenset({"of", "for", "at"})  # "Minister of Education", "Secretary for …"


def _title_words(answer: Any, extra: list[Token]) -> set[int]:
    """Return the "of" or "for" of a title before a person's name ("Minister of Education
    Jane Roe"): "who" stands for the whole titled name, so they are no part of a longer
    phrase; so is a title the name is set beside ("the head of the league, Jane Roe,"), but
    no bracket in it ("the head of the AL (Arts League)": two names to stand for)."""
    before = [t for t in extra if t.i < answer.start]
    named = {"DET", "PUNCT", "PROPN", "ADJ", "NOUN", "ADP", "CCONJ"}
    root = answer.root
    # set beside: "who" stands for the phrase the name is set beside, and the name
    titled = root.head if root.dep_ == "appos" and root.head.i < answer.start else root

    def other(token: Token) -> bool:  # a word of no title before the name, or a bracket
        inside = token.i == titled.i or titled.is_ancestor(token)
        return token.pos_ not in named or not inside or token.text in "()[]"

    if not before or any(other(t) for t in before):
        return set()
    return {t.i for t in before if t.pos_ == "ADP" and t.lower_ in _TITLE_PREPS}


def _owners_mark(token: Token) -> bool:
    """Tell whether a token is the "'s" of a name that owns the answer ("Demosisto's")."""
    return bool(token.dep_ == "case" and token.head.dep_ == "poss" and token.head.pos_ == "PROPN")


def _range_end(prep: Token) -> bool:
    """Tell whether a "from"/"to" phrase is one end of a span ("support ranging from Obama to
    Zuckerberg"): "To whom did Mohamed receive support ranging from Obama?" garbles it."""
    head = getattr(prep, "head", None)
    if head is None or prep.lower_ not in ("from", "to"):
        return False
    near = [head, *head.children]
    # the model may lemmatise "ranging" as itself: lemminflect's verb lemma decides
    return any(getLemma(t.lower_, upos="VERB")[:1] in (("range",), ("vary",), ("span",))
               for t in near) or series_end(prep)  # fmt: skip


_OTHER_END = {"from": ("to", "through", "until"), "to": ("from",)}


def series_end(prep: Token) -> bool:
    """Tell whether a "from"/"to" phrase is one end of a series its verb's object spans
    ("covered every president from Kennedy to Obama") or of a span of two people: "From whom
    has she covered every president to Obama?" garbles it, where a path's ends read well
    ("From which country did Bush travel to Egypt?")."""
    head = prep.head
    ends = [c for c in (*head.children, *(o for c in prep.children for o in c.children))
            if c.dep_ == "prep" and c.lower_ in _OTHER_END.get(prep.lower_, ())]  # fmt: skip
    if not ends:
        return False
    objects = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    every = any(d.lower_ in ("every", "all", "each") and d.dep_ in ("det", "predet")
                for c in objects for d in c.children)  # fmt: skip
    people = [o.ent_type_ for p in (prep, *ends) for o in p.children if o.dep_ == "pobj"]
    return every or (len(people) >= 2 and all(label == "PERSON" for label in people))


def series_end_answer(sentence: Any, fact: Fact) -> str | None:
    """Refuse a name that is one end of a series ("every president from _____ to Obama"):
    its rivals would be anyone the article names, not the series' own kind."""
    root = sentence.doc[fact.start : fact.end].root
    if fact.kind in ("date", "year") or root.dep_ != "pobj" or root.head.dep_ != "prep":
        return None
    return "one end of a series 'from … to …'" if series_end(root.head) else None
