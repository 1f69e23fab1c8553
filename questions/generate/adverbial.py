"""Stage 4d: ask for a date through the "when" clause it dates.

"On June 28, when President Xi Jinping held a video meeting with Putin, he reached an
important consensus: …" says when the meeting was held; the main clause after it is long and
vague. The question is asked over the "when" clause alone: "When did President Xi Jinping
hold a video meeting with Putin?". A date whose year the article leaves relative ("June 28
this year") is asked with that year when the article's date gives it ("When in 2021 did …");
an undated article's "this year" is the year of its other dates, which it leaves unsaid too,
so the question says no year ("When did …?", key "June 28"); another year ("last year") is
never guessed.
"""

from __future__ import annotations

from typing import Any

from questions.generate.clauses import SUBJECT, children_of, in_clause_of, without_asides
from questions.generate.facts import Fact
from questions.generate.render import capitalise, join, lower_first, said_as_name
from questions.generate.stems import Stem
from questions.generate.tense import invert

Span = Any
Token = Any
_DATING = frozenset({"on", "in"})
_WH = {"date": "when", "year": "in which year"}
# A clause holding another clause or a list of actions says more than one thing.
_OTHER_CLAUSES = frozenset({"advcl", "ccomp", "xcomp", "parataxis", "relcl", "acl", "conj", "cc"})


def _when_clause(date: Token, after: int) -> Token | None:
    """Return the "when" clause with a subject of its own that opens after `after` and dates
    by the date: the verb's adverbial clause, or one the parse hangs off the date itself."""
    verb = date.head.head
    for clause in [*children_of(verb, ("advcl",)), *children_of(date, ("relcl",))]:
        opener = [c for c in clause.children if c.dep_ == "advmod" and c.i < clause.i]
        if (
            opener
            and opener[0].lower_ == "when"
            and opener[0].i == clause.left_edge.i
            and clause.left_edge.i > after
            and children_of(clause, SUBJECT)
        ):
            return clause
    return None


def _year_said(fact: Fact, doc: Any, replace: dict[int, str]) -> str | None:
    """Return "" for a date with no relative tail, "in 2021" for one the article's date
    resolves ("June 28 [this year]"), None for one it cannot (the year would be a guess)."""
    tail = [t for t in doc[fact.end : fact.end + 4] if t.ent_type_ == "DATE" and t.ent_iob_ == "I"]
    if not tail:
        return ""
    said = " ".join(replace.get(t.i, t.text) for t in tail).strip(" ,")
    if not said and _story_year(tail):
        return ""  # the story's own year, left unsaid as its lead's date leaves it
    return f"in {said}" if said.isdigit() else None


def _story_year(tail: list[Token]) -> bool:
    """Tell whether a date's relative tail is the story's own year ("June 28 [this year]"):
    an undated article's other dates ("On September 17, …") are that year's too."""
    return [t.lower_ for t in tail] == ["this", "year"]


def when_clause_question(sentence: Span, fact: Fact, replace: dict[int, str]) -> Stem | None:
    """Write "When did <subject> <verb> …?" over the "when" clause a fronted date dates, or
    None when the sentence is not so made or the clause does not stand alone."""
    doc = sentence.doc
    root = doc[fact.start : fact.end].root
    if fact.kind not in _WH or root.dep_ != "pobj" or root.head.lower_ not in _DATING:
        return None
    prep = root.head
    clause = _when_clause(root, max(t.i for t in prep.subtree if not in_clause_of(t, root)))
    year = _year_said(fact, doc, replace)
    if clause is None or year is None or prep.i != sentence.start:
        return None
    subject = children_of(clause, SUBJECT)[0]
    subject_tokens = without_asides(subject)
    subject_ids = {t.i for t in subject_tokens}
    inside = [t for t in clause.subtree if t.i not in subject_ids]
    if any(t.dep_ in _OTHER_CLAUSES for t in inside if t.i != clause.i):
        return None
    if any(t.tag_ in ("PRP", "PRP$") and t.i not in replace for t in [*subject_tokens, *inside]):
        return None  # "when he held …": whose meeting the question would not say
    rest = [t for t in inside if t.i > max(subject_ids) and not t.is_punct]
    if any(t.i < min(subject_ids) and t.lower_ != "when" for t in inside):
        return None  # "when, in June, X held …": a phrase before the subject
    inverted, rest = invert(clause, rest)
    if inverted is None or len(rest) < 2:
        return None
    first = subject_tokens[0]
    subject_text = join(subject_tokens, replace)
    if not said_as_name(first, replace):
        subject_text = lower_first(subject_text, first)
    said = inverted if isinstance(inverted, str) else inverted.lower_
    wh = f"{_WH[fact.kind]} {year}" if year else _WH[fact.kind]
    text = capitalise(join([wh, said, subject_text, *rest], replace))
    return Stem(text + "?", "wh", "rule:date-when-clause")
