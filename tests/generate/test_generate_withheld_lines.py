"""A context line that alone gives the key away is withheld and the question written again
with one that does not: "📰 Norwegian parliament …" above "Which country …?" keyed Norway
(its people) gives way to the headline's topic, else the month's framing."""

from __future__ import annotations

from typing import Any

from questions.generate import generate
from questions.generate.argument import answer_argument
from questions.generate.event import with_context
from questions.generate.facts import Fact
from questions.generate.setting import Setting
from questions.generate.withheld import Withheld

ARTICLE = """Norwegian parliament approves new fishing quota for northern waters

Thursday, October 18, 2007

The Norwegian parliament voted 120-30 on Wednesday to raise the cod quota for boats working \
in the northern waters of the Barents Sea.

Sweden and Finland have both warned against such a sharp rise in the catch. Norway has been \
asking its neighbours for help with illegal trawlers for months.

Fisheries minister Lars Holmdal said the new quota would protect the jobs of 4,000 fishermen. \
The quota will be reviewed in two years by a panel of marine scientists.

The harbour at Vardo was closed on October 4, 2007, after a storm damaged the main pier. \
Repairs cost about 2 million kroner and took eleven days.
"""


def test_a_headline_naming_the_keys_people_gives_way_to_the_months_framing() -> None:
    quiz = generate(ARTICLE, slug="quota", title="Quota").qset
    asked = [q for q in quiz.questions if "illegal trawlers" in q.text]
    assert [q.text for q in asked] == [
        # the headline less "Norwegian" still names the story (blind review 85), which
        # "According to an October 2007 article" did not
        "📰 Parliament approves new fishing quota for northern waters (October 2007)\n"
        "Which country has been asking its neighbours for help with illegal trawlers for months?"
    ]
    assert asked[0].correct_option == "Norway"
    for question in quiz.questions:  # no line says the key, nor its people
        key = question.correct_option
        assert key not in question.text
        assert not (key == "Norway" and "Norwegian" in question.text)


def test_a_withheld_headline_takes_its_topic_even_above_a_dated_question() -> None:
    headline = "Harbour at Vardo reopens after storm repairs"
    setting = Setting(month="March 2011", headline=headline, topic="Harbour repairs")
    stem = "Which port reopened in March 2011?"
    assert with_context(stem, setting, "Tromso") == f"📰 {headline}\n{stem}"
    told = Withheld(lines=frozenset({headline.lower()})).applied(setting)
    assert with_context(stem, told, "Tromso") == f"📰 Harbour repairs\n{stem}"


def test_a_year_inside_a_relative_clause_is_not_asked_of_the_main_verb(nlp: Any) -> None:
    text = "Holmdal, who lost the 2007 party election, won the fisheries post."
    doc = nlp(text)
    at = next(t.i for t in doc if t.text == "2007")
    fact = Fact(0, at, at + 1, "2007", "DATE", "year")
    found, why = answer_argument(doc, fact, {})
    assert found is None and why == "the year dates a relative clause's noun"
    # a year of the main clause's own noun is asked as before
    main = nlp("Holmdal won the 2007 party election.")
    at = next(t.i for t in main if t.text == "2007")
    found, why = answer_argument(main, Fact(0, at, at + 1, "2007", "DATE", "year"), {})
    assert found is not None and found.owner == "which year's"
