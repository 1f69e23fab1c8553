"""A team member's options: the article's other researchers, no made-up names (blind review
70, B13: "team member _____ of the University of …" was offered three invented names while
the article named the study's lead author and a coauthor).
"""

from __future__ import annotations

from typing import Any

from questions.generate.facts import sentence_facts
from questions.generate.fit import unfit
from questions.generate.options import article_context, option_context

STUDY = """Engineers build a paper boat that steers itself

Tuesday, March 3, 2015

A research team from Halden Polytechnic has built a paper boat that steers itself across a \
pond. The study appeared in the journal Waterworks on Monday.

Lead author Tobias Renn, a Halden Polytechnic doctoral student, said each boat costs about \
$40 to make.

"The hull folds itself once it touches the water," said coauthor Priya Halvorsen, a professor \
of mechanical engineering at Halden Polytechnic.

Greta Moravec, a senior Waterworks editor, said such boats might one day map flooded streets.

The hull is folded in a pattern known as the ladder fold, whose odd strength caught the \
attention of team member Dana Whitcombe of the University of Oregon.
"""

MEMBER = (
    "The hull is folded in a pattern known as the ladder fold, whose odd strength caught the "
    "attention of team member _____ of the University of Oregon."
)
AUTHOR = "Lead author _____, a Halden Polytechnic doctoral student, said each boat costs about $40."


def _unfit(nlp: Any, key: str, stem: str, option: str) -> bool:
    """Tell whether an option of the made-up study is refused beside its person key."""
    sentences = list(nlp(STUDY).sents)
    facts = [f for n, s in enumerate(sentences) for f in sentence_facts(s, n)]
    fact = next(f for f in facts if f.text == key)
    base = article_context(STUDY, facts, sentences)
    return unfit(option, key, fact, option_context(base, fact, stem))


def test_a_team_member_is_offered_the_study_authors(nlp: Any) -> None:
    # The lead author and the coauthor are the team's members too: plausible rivals, where
    # invented names were the only ones offered.
    assert not _unfit(nlp, "Dana Whitcombe", MEMBER, "Tobias Renn")
    assert not _unfit(nlp, "Dana Whitcombe", MEMBER, "Priya Halvorsen")


def test_a_working_role_still_takes_only_its_own_holders(nlp: Any) -> None:
    # "Lead author _____": the journal's editor wrote no part of the study.
    assert _unfit(nlp, "Tobias Renn", AUTHOR, "Greta Moravec")
