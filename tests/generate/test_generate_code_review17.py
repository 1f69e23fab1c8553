"""Code review 17: made-up sentences the round's rules misread. A relative clause's antecedent
credited with a deed its subject did not do ("gave up", "nearly bought", "had"), an "Nth year"
clause read as a run where the years were not in a row, a measured bound in a goal's sentence
("the more than 12,000 homes") given options on its true side, a heading glued to a paragraph
that opens with a lower-case name ("eBay"), and a country in a list read as locating a city."""

from __future__ import annotations

from typing import Any

import pytest

from questions.generate.bounds import beyond_bound, set_as_goal
from questions.generate.clean import clean_article
from questions.generate.facts import Fact, sentence_facts
from questions.generate.forms import write_form
from questions.generate.regions import locates_city
from tests.generate.generate_checks import asked_wh


def _facts(nlp: Any, text: str) -> tuple[Any, dict[str, Fact]]:
    """Return a made-up sentence and its facts by text."""
    sentence = next(nlp(text).sents)
    return sentence, {f.text: f for f in sentence_facts(sentence, 0)}


def _asked(nlp: Any, text: str, key: str) -> str:
    """Return the question written for a key of a made-up sentence, or ""."""
    sentence, facts = _facts(nlp, text)
    stem = write_form(sentence, facts[key], {}, None)[0]
    return stem.text if stem is not None else ""


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # a particle makes another verb: "gave up" is no "gave", "set up" no "set"
        ("Acme Corp gave up a factory which employed 300 workers in Toledo.", "given by"),
        ("Delta Motors set up a company which employs 300 workers in Akron.", "set by"),
        # an adverb the participle would drop may deny the deed
        ("Beta Steel nearly bought a mill which employs 300 workers in Canton.", "bought by"),
        ("Beta Steel never bought a mill which employs 300 workers in Canton.", "bought by"),
        # a state or a wish is no deed done to the thing ("had by" is no English either)
        ("Gamma Foods had a warehouse which employed 300 workers in Dayton.", "had by"),
        ("Gamma Foods wanted a warehouse which employs 300 workers in Dayton.", "wanted by"),
        ("Gamma Foods sought a partner which employs 300 workers in Dayton.", "sought by"),
        ("Gamma Foods planned a warehouse which employs 300 workers in Dayton.", "planned by"),
    ],
)
def test_an_antecedent_is_not_credited_with_a_deed_not_done(nlp: Any, text: str, said: str) -> None:
    assert said not in _asked(nlp, text, "300")


def test_an_unnamed_antecedent_is_not_asked_of(nlp: Any) -> None:
    """Left "a warehouse", the question asks of any warehouse: none is written."""
    text = "Gamma Foods had a warehouse which employed 300 workers in Dayton."
    assert asked_wh(nlp, text, "300")[0] is None
    assert asked_wh(nlp, text, "Dayton")[0] is None


def test_a_deed_is_said_by_its_verbs_own_participle(nlp: Any) -> None:
    """The model's lemma of "fined" is "fin": the participle comes from the verb's own lemma,
    and a doer opening with "The" is lower-cased as a phrase, not by hand."""
    text = "The Federal Court fined a company which employs 300 workers in Ohio."
    assert _asked(nlp, text, "300") == (
        "How many workers does the company fined by the Federal Court employ in Ohio?"
    )


RUN = "Since which year has Ferrari won the championship?"


def test_an_nth_year_since_a_date_must_be_a_run(nlp: Any) -> None:
    """Three wins since 2010 are no run since 2010: only years in a row say the clause held
    throughout."""
    text = "This is the third year that Ferrari has won the championship since 2010."
    assert asked_wh(nlp, text, "2010")[0] is None
    runs = ("third straight year", "third consecutive year", "third running year")
    for run in (*runs, "third year in a row"):
        text = f"This is the {run} that Ferrari has won the championship since 2010."
        assert asked_wh(nlp, text, "2010")[0] == RUN
    # without a date it runs from, the clause is true of the years counted
    text = "This is the third year that Ferrari has won the championship."
    assert asked_wh(nlp, text, "Ferrari")[0] is not None


def test_a_measured_bound_in_a_goals_sentence_keeps_its_side() -> None:
    """ "The more than 12,000 homes" are counted now, not the goal: "more than 6,000" is true."""
    said = (
        "Welsh Power said its aim is to reconnect the more than 12,000 homes in Bangor by Friday."
    )
    assert not set_as_goal("12,000", said)
    assert not beyond_bound("6,000", "12,000", said)
    assert beyond_bound("24,000", "12,000", said)
    # a bound on the infinitive's object counts the things: it keeps its side
    assert not set_as_goal("500", "Their aim was to raise more than 500 new members.")
    # the goal's own figure: the complement of its "to" or "by"
    assert set_as_goal("40 percent", "The aim is to reduce emissions to under 40 percent.")
    assert set_as_goal("200 million", "Its aim is to cut costs by more than 200 million.")


@pytest.mark.parametrize(
    "first", ["eBay sold 40,000 phones in Spain.", "analysts said sales rose."]
)
def test_a_heading_is_not_glued_to_a_sentence_after_it(first: str) -> None:
    """A heading before a line in lower case: a name written so ("eBay"), or a whole sentence
    after a heading that ends on a word a sentence may end on, starts the paragraph."""
    text = f"Shops Report Strong Spring\n\nAmazon sold more.\n\nOther sellers\n\n{first}\n"
    article = clean_article(text)
    assert article.paragraphs == ("Amazon sold more.", first)
    assert article.headings == ("Other sellers",)


def test_a_paragraph_is_not_glued_to_a_lower_case_name() -> None:
    """A paragraph without a stop before one opening with "iPhone" is no broken sentence."""
    said = "Amazon said on Monday that its sales in Germany rose in May, helped by warm weather"
    text = f"Shops Report Strong Spring\n\n{said}\n\niPhone sales rose in May.\n"
    assert clean_article(text).paragraphs == (said, "iPhone sales rose in May.")


def test_a_sentence_broken_after_a_function_word_is_joined() -> None:
    """A block ending on a word no sentence ends on ("of") goes on with the next."""
    text = "Shops Report Strong Spring\n\nSales rose in the spring because of\n\nwarm weather.\n"
    assert clean_article(text).paragraphs == ("Sales rose in the spring because of warm weather.",)


def test_a_country_in_a_list_locates_no_city(nlp: Any) -> None:
    """ "Lyon, Germany and Spain": Germany is a place of its own in the list, not Lyon's."""
    sentence, facts = _facts(nlp, "The band played in Lyon, Germany and Spain on its tour in May.")
    assert not locates_city(sentence, facts["Germany"])
    sentence, facts = _facts(nlp, "The band played in Lyon, France, on its tour in May.")
    assert locates_city(sentence, facts["France"])
