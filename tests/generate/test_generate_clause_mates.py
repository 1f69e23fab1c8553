"""An "its" in the second of two clauses joined by "and" stands for the first clause's
subject when the sentence leaves no other choice ("Coffee is …, and its price rose 38%"):
the question asked of the second clause alone says whose ("By how much did coffee's price
rise …?") instead of being refused as "its" pointing nowhere."""

from __future__ import annotations

from typing import Any

from questions.generate.clausemates import name_clause_mates
from questions.generate.pipeline import generate
from questions.generate.pronouns import as_written, dangling

ARTICLE = """Ruritania's coffee prices climb as the harvest fails

Tuesday, April 14, 2015

Ruritania's Office of Statistics released figures on Monday showing that consumer prices \
in March climbed 4.1% from a year ago. Coffee is the main crop grown in Ruritania, and its \
price rose 38% from last year.

Farmers in the south blamed a dry winter for the poor harvest. The national bank has raised \
interest rates three times since November, the bank said.

Acme Foods sued Globex Trading in a court in Strelsau, and its shares fell 12% on Monday. \
The finance minister, Rudolf Elphberg, said the government would cut taxes on flour in May \
to help bakers in the capital, where bread prices have doubled since January.
"""


def _asked(key: str) -> list[str]:
    """Return the questions (their last line) of the article whose key is `key`."""
    quiz = generate(ARTICLE, slug="coffee", title="Ruritania's coffee prices climb")
    return [q.text.splitlines()[-1] for q in quiz.qset.questions if q.correct_option == key]


def test_its_of_a_joined_clause_is_the_first_clause_s_subject() -> None:
    assert _asked("38%") == ["By how much did coffee's price rise from 2014?"]


def test_its_with_another_thing_before_it_is_left_unnamed() -> None:
    # "its shares": Acme's or Globex's, the sentence does not say
    assert _asked("12%") == []


def test_a_question_saying_the_subject_keeps_its_as_written(nlp: Any) -> None:
    text = "Coffee is the main crop grown in Ruritania, and its price rose 38%."
    sentence = next(nlp(text).sents)
    replace: dict[int, str] = {}
    name_clause_mates(sentence, replace)
    its = next(t.i for t in sentence if t.lower_ == "its")
    assert replace == {its: "coffee's"}
    lean = as_written(sentence, replace)
    assert its not in lean  # said as written where the question says "Coffee" itself
    assert not dangling("Coffee is the main crop grown in _____, and its price rose 38%.",
                        sentence, replace, lean)  # fmt: skip
    assert dangling("By how much did its price rise?", sentence, replace, lean)


def test_a_person_or_a_one_of_many_subject_names_no_its(nlp: Any) -> None:
    for text in (
        "A farmer grew coffee in Ruritania, and its price rose 38%.",  # "a farmer's price"
        "Acme Foods sued Globex Trading, and its shares fell 12%.",  # two companies
        "The price of coffee is high, and its level rose 38%.",  # the price's or coffee's
    ):
        sentence = next(nlp(text).sents)
        replace: dict[int, str] = {}
        name_clause_mates(sentence, replace)
        assert replace == {}, text
