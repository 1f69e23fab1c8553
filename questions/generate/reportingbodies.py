"""A news outlet asked as the one that reported: its rivals are the article's other reporters.

A blind review found "reported by The _____ as convicted of assaults" (the Guardian) offered
"European Council", "Archbishop of Gdańsk" and "Medical University of Gdańsk": bodies a
reader strikes out at once, since none of them reports news. A body the question shows
reporting ("reported by X", "X reported", "X said", "according to X") that the article
shows reporting news somewhere ("reported", "according to": an outlet's words, not only a
source's "said") is asked among the other bodies the article shows reporting news; too few
of those, and the question is refused rather than padded with a council. A body that names
itself as a public body ("the City Council said") keeps its kind's rivals: its saying is a
statement, not a report.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from questions.generate.articlememo import per_article
from questions.generate.clauses import REPORTING
from questions.generate.entcache import ents_of
from questions.generate.facts import Fact
from questions.generate.kinds import BODIES, kind_of, own_kind
from questions.generate.newsagency import named_news_agency
from questions.generate.options import OptionContext
from questions.schema import normalise

REPORTERS = "the article's reporters"  # where such a key's options come from
NEWS = frozenset({"report"})  # what an outlet does; anyone "says", "adds" or "finds"
Token = Any


def reports(token: Token, verbs: frozenset[str] = REPORTING) -> bool:
    """Tell whether a name's head token is the one reporting: the agent of one of `verbs`
    ("reported by X", "… and by Y of …"), its subject ("X reported", "X said") or the
    object of "according to"."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head  # "the BBC and Reuters reported": Reuters reported too
    head = token.head
    if token.dep_ == "nsubj":
        return head.lemma_ in verbs
    if token.dep_ != "pobj":
        return False
    if head.lower_ == "to" and head.head.lower_ == "according":
        return True
    if head.lower_ != "by":
        return False
    # "reported by X as … and by Y of …": the second "by" hangs anywhere on the first's
    # clause; the verb it is agent of is the nearest verb above it
    verb = next((t for t in head.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return (
        verb is not None
        and verb.lemma_ in verbs
        and (head.dep_ == "agent" or any(c.dep_ == "agent" for c in verb.children))
    )


def _outlet(name: str, ctx: OptionContext) -> bool:
    """Tell whether a name may be a news outlet: no public body by its own words or the
    article's ("City Council", "Westmoor University" are not); a news agency is one, though
    "agency" names public bodies too."""
    # asked of each reporter for every reporting key, of the article's kinds and sentences
    # alone: worked out once a name an article (reading every sentence's entities is slow)
    return per_article(
        ctx,
        ("outlet", name),
        lambda: kind_of(name, ctx.kinds) not in BODIES or named_news_agency(name, ctx.sentences),
    )


def reporting_rivals(fact: Fact, ctx: OptionContext) -> list[str] | None:
    """Return the other bodies the article shows reporting, when the key is a body its
    sentence shows reporting, else None (the key's options are chosen as any body's)."""
    # asked once an option, of the article's sentences and kinds and the key's fact alone
    return per_article(ctx, ("reporting_rivals", fact), lambda: _rivals(fact, ctx))


def _rivals(fact: Fact, ctx: OptionContext) -> list[str] | None:
    """Work out `reporting_rivals`."""
    if fact.kind != "organization" or not _outlet(fact.text, ctx):
        return None
    if not any(reports(root) for root in _key_roots(fact, ctx.sentences)):
        return None
    rivals = [name for name in _reporters(tuple(ctx.sentences)) if _outlet(name, ctx)]
    # "the Chamber of Commerce said": a source, no outlet, unless it reports news somewhere
    return rivals if normalise(fact.text) in map(normalise, rivals) else None


def reporter_options(fact: Fact, ctx: OptionContext, article: Sequence[Fact]) -> list[str] | None:
    """Return the reporters a reporting key may be offered beside, each one the article's
    facts name whole (not a garbled "Amnesty International Iason …"), or None as above."""
    rivals = reporting_rivals(fact, ctx)
    if rivals is None:
        return None
    named = {normalise(f.text) for f in article if f.kind == "organization"}
    return [name for name in rivals if normalise(name) in named]


def reported_rival(option: str, fact: Fact, ctx: OptionContext) -> bool | None:
    """Tell whether an option is one of the article's reporters, when the key is a reporting
    body; None when the key is none (its options are judged by kind)."""
    rivals = reporting_rivals(fact, ctx)
    if rivals is None:
        return None
    return normalise(option) in {normalise(name) for name in rivals}


def _key_roots(fact: Fact, sentences: Sequence[Any]) -> list[Token]:
    """Return the head token of the key's span in whichever parsed sentence holds it (the
    article's paragraphs are parsed apart, so the offsets alone may name several)."""
    roots = []
    for sentence in sentences:
        if sentence.start <= fact.start and fact.end <= sentence.end:
            span = sentence.doc[fact.start : fact.end]
            if fact.text in span.text:
                roots.append(span.root)
    return roots


@lru_cache(maxsize=8)
def _reporters(sentences: tuple[Any, ...]) -> tuple[str, ...]:
    """Return the bodies (ORG names, without a leading "the") the article shows reporting
    news ("X reported", "reported by X", "according to X"), in order, once each; a news
    agency's every saying is news ("said KCNA")."""
    found: dict[str, str] = {}
    for sentence in sentences:
        for ent in ents_of(sentence):
            if ent.label_ != "ORG":
                continue
            if reports(ent.root, NEWS) or (
                reports(ent.root) and named_news_agency(ent.text, sentences)
            ):
                name = re.sub(r"^(?:the|The) ", "", ent.text)
                found.setdefault(normalise(name), name)
    return tuple(found.values())  # cached: no caller may change it


def reporter_wh(fact: Fact, root: Token, prep: Token | None) -> str | None:
    """Return "which organization" for a news outlet asked as the one reporting ("Which
    organization reported …?"), not its name's own noun ("which radio", "which ledger"),
    which would admit no other reporter as an option; None for any other answer ("which
    party said" keeps its noun: a party's rivals are parties)."""
    if fact.kind != "organization" or own_kind(fact.text) in BODIES or not reports(root, NEWS):
        return None
    return f"{prep.lower_} which organization" if prep is not None else "which organization"


# Verbs of telling news whose "from" phrase is where the teller stands, not whose word it is
_TELLING = REPORTING | frozenset({"broadcast", "speak", "talk"})


def reports_from(fact: Fact, prep: Token | None) -> bool:
    """Tell whether a body follows the "from" of a verb of telling news ("X reports from the
    State Department"): the place the reporter works, not the body he reports for, so "From
    which organization does X report?" would ask it as his employer."""
    if fact.kind != "organization" or prep is None or prep.lower_ != "from":
        return False
    return prep.dep_ == "prep" and prep.head.pos_ == "VERB" and prep.head.lemma_ in _TELLING
