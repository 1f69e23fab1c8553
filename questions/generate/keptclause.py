"""The words of a wh-question's clause: the verb's clause less the asides and renamings of
the answer, and less the subject's asides (split from `write`, which fronts the wh-phrase
before these)."""

from __future__ import annotations

from typing import Any

from questions.generate.appositions import answer_renamed, appositions, bereft_prepositions
from questions.generate.asides import asides
from questions.generate.clauses import clause_tokens
from questions.generate.facts import Fact
from questions.generate.joined import joined_words
from questions.generate.subject import Subject
from questions.generate.tense import dated_state

Token = Any


def kept_clause(
    verb: Token,
    subject: Subject,
    subject_tokens: list[Token],
    relative: Token | None,
    phrase_ids: set[int],
    hanging: set[int],
    fact: Fact,
    counted: bool,
    past: bool,
) -> tuple[list[Token], bool]:
    """Return the clause's words a question keeps (asides and renamings of the answer cut),
    and whether it is put in the past (a state the article dates)."""
    answer_range = range(fact.start, fact.end)
    clause = [t for t in clause_tokens(verb, subject_tokens) if t.i not in subject.dropped]
    past = past or dated_state(clause)
    cut = asides(clause, answer_range) | joined_words(clause, verb)  # "…, and B said …"
    cut |= appositions([t for t in clause if t.i not in cut | phrase_ids], answer_range)
    cut |= answer_renamed([t for t in clause if t.i not in cut], phrase_ids, counted)
    cut |= bereft_prepositions(clause, cut)  # "… following?" with "the defeat" cut: no "following"
    clause = [t for t in clause if t.i not in cut]
    subject_ids = {t.i for t in subject_tokens}
    if relative is not None:
        clause = [t for t in clause if t.i != relative.i]
    else:  # the subject's asides go with it
        aside = {t.i for t in subject.head.subtree} - subject_ids - (phrase_ids - hanging)
        clause = [t for t in clause if t.i not in aside]
    return clause, past
