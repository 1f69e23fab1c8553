"""A question names a speaker's "he" or "she" before it, not after: "X said she would …" is
asked of X by name ("How many … would Mayor Helen Castell hire?"), not as "How many … would
she hire, according to Mayor Helen Castell?"; a pronoun that is someone else keeps the credit."""

from __future__ import annotations

from typing import Any

from questions.generate import pipeline
from questions.generate.cataphora import unnamed_before
from questions.generate.facts import sentence_facts
from questions.generate.write import wh_question

FERRY = """Harbour council to hear ferry complaints

Tuesday, March 3, 2020

The Elmford Chamber of Commerce and the Harbour Ferry Union complained about the ferry fares \
on Monday. Mayor Helen Castell said she would hire 40 new ferry workers before the summer.

Striker Tom Briggs missed training on Monday with a sore knee. Coach Ann Lee said he would \
miss 3 games of the league season.

The ferry company was founded in 1952 by Arthur Venn. It carries 4,000 passengers a day \
between Elmford and Kelby, and its three boats cross the river every twenty minutes in \
summer. The National Maritime Authority inspects the boats every year.
"""
HIRE = "Mayor Helen Castell said she would hire 40 new ferry workers before the summer."


def _asked(nlp: Any, stands_for: str) -> str | None:
    """Return the question over "40" when the article's "she" stands for `stands_for`."""
    sentence = next(nlp(HIRE).sents)
    fact = next(f for f in sentence_facts(sentence, 0) if f.text == "40")
    she = next(t.i for t in sentence if t.lower_ == "she")
    stem, _ = wh_question(sentence, fact, {she: stands_for})
    return stem.text if stem else None


def test_a_speakers_own_pronoun_is_her_name_without_a_credit(nlp: Any) -> None:
    """ "Castell said she would hire …": she is Castell, named where "she" stood."""
    expected = "How many new ferry workers would Mayor Helen Castell hire before the summer?"
    assert _asked(nlp, "Helen Castell") == expected


def test_someone_elses_pronoun_keeps_the_speakers_credit(nlp: Any) -> None:
    """ "She" is another woman: the plan is Castell's word about her, credited to Castell."""
    assert _asked(nlp, "Ann Lee") == (
        "How many new ferry workers would Ann Lee hire before the summer, according to "
        "Mayor Helen Castell?"
    )


def test_a_pronoun_before_its_name_dangles_unless_an_opening_phrase_holds_it() -> None:
    """A reader meets "she" before "Castell" in the question's own clause and cannot tell
    who; in a phrase set off ahead of the clause naming her, English lets her come first."""
    tail = "How many workers would she hire, according to Mayor Helen Castell?"
    assert unnamed_before(tail, "she", "Helen Castell")
    assert unnamed_before("How many workers would she hire?", "she", "Helen Castell")
    opening = "In her speech on Monday, Mayor Helen Castell promised _____ more workers."
    assert not unnamed_before(opening, "her", "Helen Castell")


def test_the_article_asks_the_mayor_by_name(monkeypatch: Any) -> None:
    """The whole pipeline writes the named question, and no "she …, according to" (the
    article's own "she", said where the sentence names her, is dropped for her name)."""
    written: list[str] = []
    real = pipeline.write_candidate

    def kept(*args: Any, **kwargs: Any) -> Any:
        out = real(*args, **kwargs)
        written.extend([out.stem.text.split("\n")[-1]] if out is not None else [])
        return out

    monkeypatch.setattr(pipeline, "write_candidate", kept)
    pipeline.generate(FERRY, slug="ferry", title="Harbour council to hear ferry complaints")
    expected = "How many new ferry workers would Mayor Helen Castell hire before the summer?"
    assert expected in written
    assert not any(" she " in t and "according to" in t for t in written)
