"""A count inside a reported plan ("a spokesperson confirmed the zone would be widened to
include another four villages over the next few months") is asked as a wh-question over the
report: the infinitive climbs to the reported clause, the plan's time phrase stays behind with
the verb, and "the next few months" counts on from the month the question's frame shows."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc

from questions.generate import generate
from questions.generate.clauses import clause_verb
from questions.generate.countwh import time_left_behind
from questions.generate.framing import counted_on

ARTICLE = """Flooded valley towns wait for help as river stays high

Thursday, October 9, 2025

The river through the Marrow Valley in northern Ostland stayed above its banks on Wednesday, \
a week after storms flooded much of the region. Officials said more than 2,000 homes had been \
damaged.

A spokesperson for the regional council confirmed the relief zone around the Marrow Valley \
would be widened to include another four villages over the next few months. She said the \
council had set aside 12 million euros for repairs.

Rescue teams from Kessen searched the riverbanks for the next two days and found three missing \
hikers alive near the town of Brill.

Governor Anna Vohl visited the valley on Tuesday and promised that the bridge at Brill would \
be rebuilt by the spring.
"""

PLAN = (
    "A spokesperson confirmed the relief zone would be widened to include another four "
    "villages over the next few months."
)


def _token(doc: Any, word: str) -> Any:
    """Return the first token of a parse spelled `word`."""
    return next(t for t in doc if t.text == word)


def test_a_reported_plans_count_is_asked_over_the_report() -> None:
    questions = generate(ARTICLE, slug="valley", title="Valley").qset.questions
    asked = {q.text.splitlines()[-1]: q.correct_option for q in questions}
    stem = (
        "How many villages would the relief zone around the Marrow Valley be widened to "
        "include over the next few months?"
    )
    assert asked.get(stem) == "four"


def test_an_infinitive_climbs_to_the_reported_clause(nlp: Any) -> None:
    doc = nlp(PLAN)
    verb = clause_verb(_token(doc, "villages"), leaves_purpose=True, counted=True)
    assert verb is not None and verb.text == "widened"
    # an object's "what" stays out of a reported deed: "What had the firm kept operating?"
    doc = nlp("The report said the firm had kept operating the ship despite its defects.")
    assert clause_verb(_token(doc, "ship"), leaves_purpose=True) is None


def _hung_on_noun(nlp: Any, tail: str, label: str) -> Any:
    """Return "They include five villages <preposition> the <noun> ." parsed with the tail
    hung on the noun, as the model hangs "over the next several weeks" in a longer sentence;
    `label`: the tail's noun's entity type."""
    preposition, noun = tail.split()
    words = ["They", "include", "five", "villages", preposition, "the", noun, "."]
    heads = [1, 1, 3, 1, 3, 6, 4, 1]
    deps = ["nsubj", "ROOT", "nummod", "dobj", "prep", "det", "pobj", "punct"]
    ents = ["O", "O", "O", "O", "O", f"B-{label}", f"I-{label}", "O"]
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, ents=ents)


def test_a_time_phrase_on_a_counted_noun_stays_behind(nlp: Any) -> None:
    doc = _hung_on_noun(nlp, "over weeks", "DATE")
    assert [doc[i].text for i in sorted(time_left_behind(doc[3]))] == ["over", "the", "weeks"]
    # a place hung on the noun says which villages: it goes with them
    doc = _hung_on_noun(nlp, "near river", "LOC")
    assert not time_left_behind(doc[3])


@pytest.mark.parametrize(
    ("text", "on"),
    [
        (PLAN, True),
        ("The council will repair the bridges over the coming weeks.", True),
        # a told past counts on from an event the article names, not from its day
        ("Rescue teams searched the riverbanks for the next two days.", False),
        ("Rescue teams searched the riverbanks for the past two days.", False),
    ],
)
def test_a_plans_next_weeks_count_on_from_the_articles_day(nlp: Any, text: str, on: bool) -> None:
    doc = nlp(text)
    dates = [t for t in doc if t.ent_type_ == "DATE" and t.pos_ == "NOUN"]
    assert dates and any(counted_on(t) for t in dates) == on
