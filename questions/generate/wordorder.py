"""A wh-question's word order: the wh-phrase as its subject, or fronted before the inverted verb."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from questions.generate.fronting import kept_in_front, reported_last
from questions.generate.moved import fronted, in_opening, lowered, opening, said_last
from questions.generate.render import join, lower_first, said_as_name
from questions.generate.stems import Stem, worded
from questions.generate.tense import PAST_AUX, agree, in_past, invert

Token = Any


@dataclass(frozen=True)
class Asked:
    """What a wh-question is written from: its clause, verb and wh-phrase, and how it reads."""

    clause: list[Token]  # the clause's words, asides and the answer's own words cut
    verb: Token
    wh: str  # "which country", "how many people"
    subject_ids: set[int]
    phrase_ids: set[int]  # the answer's phrase, which the wh-phrase replaces
    past: bool  # a present clause put in the past (a question dated by the article)
    attribution: list[Token | str]  # ", according to President Xi"
    replace: dict[int, str]
    rule: str


def subject_question(asked: Asked, singular: bool) -> tuple[Stem | None, str]:
    """Write "Which country joined …?": the wh-phrase stands for the subject, nothing inverts."""
    clause, verb, subject_ids = asked.clause, asked.verb, asked.subject_ids
    if not subject_ids & asked.phrase_ids:
        return None, "subject mismatch"
    before = [t for t in clause if t.i < min(subject_ids)]
    # the answer's phrase goes whole into the wh-phrase: its apposition too ("Which country's
    # parliament passed …?", not "… parliament the National Diet, passed …?")
    rest = [t for t in clause if t.i > max(subject_ids) and t.i not in asked.phrase_ids]
    moved, problem = fronted(before, verb)
    if problem:
        return None, problem
    lead, moved = opening(moved, verb)
    while rest and rest[0].is_punct:
        rest = rest[1:]  # "The results [published in …], revealed": the aside went away
    lead, moved = kept_in_front(lead, moved, rest)
    verbs = agree(rest, verb) if singular and not asked.past else rest
    if asked.past:
        verbs = [("was" if singular and v == "were" else v) for v in in_past(rest, verb)]
    pieces: list[Token | str] = [*lead, asked.wh, *verbs, *_closed(verbs, moved),
                                 *_at_end(moved, asked.replace)]  # fmt: skip
    return worded(pieces, asked.attribution, asked.replace, asked.rule), ""


def _at_end(moved: list[Token], replace: dict[int, str]) -> list[Token | str]:
    """Return the fronted phrases a question ends with, who reports it last after a comma."""
    moved, source = reported_last(moved)
    said = [",", *lowered(source, replace)] if source else []
    return [*lowered(moved, replace), *said]


def inverted_question(asked: Asked, subject_tokens: list[Token]) -> tuple[Stem | None, str]:
    """Write "What did the council approve …?": the wh-phrase fronted, subject and verb inverted."""
    clause, verb, subject_ids, replace = asked.clause, asked.verb, asked.subject_ids, asked.replace
    if asked.phrase_ids & subject_ids:
        return None, "answer inside the subject"
    before = [t for t in clause if t.i < min(subject_ids)]
    if before and in_opening(before, verb, asked.phrase_ids):
        return None, "the answer is the opening participle's, not the verb's"
    before = [t for t in before if t.i not in asked.phrase_ids]
    moved, problem = fronted(before, verb)
    if problem:
        return None, problem
    lead, moved = opening(moved, verb)
    rest = [t for t in clause if t.i > max(subject_ids) and t.i not in asked.phrase_ids]
    lead, moved = kept_in_front(lead, moved, rest)
    inverted, rest = invert(verb, rest)
    if inverted is None:
        return None, f"cannot invert a verb tagged {verb.tag_}"
    first = subject_tokens[0]
    subject_text = join(subject_tokens, replace)
    if not said_as_name(first, replace):
        subject_text = lower_first(subject_text, first)
        subject_text = _counted_group(first, subject_text)
    inverted_text = inverted if isinstance(inverted, str) else inverted.lower_
    if asked.past:
        inverted_text = PAST_AUX.get(inverted_text, inverted_text)
        rest = in_past(rest, verb)
    rest = said_last(rest, verb)
    pieces = [*lead, asked.wh, inverted_text, subject_text, *rest, *_closed(rest, moved),
              *_at_end(moved, asked.replace)]  # fmt: skip
    return worded(pieces, asked.attribution, replace, asked.rule), ""


def _closed(rest: list[Any], moved: list[Token]) -> list[str]:
    """Return the comma that closes an apposition the clause ends in before a phrase moved
    after it ("met with Jane Roe, her adviser, shortly before …"): else the phrase would
    seem to be the apposition's ("her adviser shortly before …")."""
    words = [t for t in rest if not isinstance(t, str)]
    if not moved or not words or words[-1].is_punct:
        return []
    last = words[-1]
    asides = [a for a in [last, *last.ancestors] if a.dep_ == "appos"]
    opened = bool(asides) and asides[-1].left_edge.i > 0
    return [","] if opened and last.doc[asides[-1].left_edge.i - 1].text == "," else []


def _counted_group(first: Token, subject: str) -> str:
    """Return a subject that is a bare count of people or things ("thirty workers") with
    "the": asked of something else, it is the group the article told of ("How many kilometers
    have the thirty workers travelled?"), not any thirty."""
    head = first.head
    # "one man" is any man ("a man"): no group the article counted
    bare = first.like_num and first.lower_ != "one" and first.dep_ == "nummod"
    bare = bare and head.pos_ == "NOUN"
    if not bare or any(c.dep_ in ("det", "poss") or c.i < first.i for c in head.children):
        return subject
    return f"the {subject}"
