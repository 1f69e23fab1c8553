"""A definite phrase that has one referent in the world ("the world population") or that the
headline line names ("The agency" under "📰 World Health Organization …") needs no naming; a
kind the headline's body is not, or a body under a headline naming none, still does."""

from __future__ import annotations

from typing import Any

from questions.generate.facts import sentence_facts
from questions.generate.references import unresolved_reference


def reference_problem(nlp: Any, text: str, answer: str, stem: str) -> str | None:
    """Judge a question on a made-up sentence for unresolved references."""
    sentence = next(nlp(text).sents)
    fact = next(f for f in sentence_facts(sentence, 0) if f.text == answer)
    return unresolved_reference(sentence, fact, stem)


def test_the_world_population_points_nowhere(nlp: Any) -> None:
    text = "Only three percent of the world population lives on small islands."
    stem = "Only _____ of the world population lives on small islands."
    assert reference_problem(nlp, text, "three percent", stem) is None


def test_the_agency_under_a_headline_naming_the_agency_stands_alone(nlp: Any) -> None:
    text = "The agency said that 40 countries had joined its lunar programme by March."
    under = "📰 NASA funds six new lunar missions (May 2021)\n"
    stem = "The agency said that _____ countries had joined its lunar programme by March."
    assert reference_problem(nlp, text, "40", under + stem) is None


def test_the_agency_under_a_headline_naming_no_agency_points_back(nlp: Any) -> None:
    text = "The agency said that 40 countries had joined its lunar programme by March."
    stem = "The agency said that _____ countries had joined its lunar programme by March."
    under = "📰 Farmers protest lunar programme in six states (May 2021)\n"
    assert reference_problem(nlp, text, "40", under + stem) is not None
    # a kind the headline's body is not: NASA is no company
    company = text.replace("agency", "company")
    asked = "📰 NASA funds six new lunar missions (May 2021)\n" + stem.replace("agency", "company")
    assert reference_problem(nlp, company, "40", asked) is not None


def test_the_game_under_a_headline_reporting_a_win_stands_alone(nlp: Any) -> None:
    text = "The game ended after 95 minutes, and Leeds lifted a silver trophy."
    stem = "The game ended after _____, and Leeds lifted a silver trophy."
    won = "📰 Leeds defeats Hull in regional cup final (March 2019)\n"
    assert reference_problem(nlp, text, "95 minutes", won + stem) is None
    # a headline reporting no contest leaves "the game" pointing back into the article
    built = "📰 Leeds opens new stadium beside the river (March 2019)\n"
    assert reference_problem(nlp, text, "95 minutes", built + stem) is not None


def test_a_lower_case_word_tagged_as_a_name_still_points_back(nlp: Any) -> None:
    text = "To show the power of the algorithm, Acme published 40 files on its website."
    doc = nlp(text)
    next(t for t in doc if t.text == "algorithm").tag_ = "NNP"  # the small model's slip
    sentence = next(doc.sents)
    fact = next(f for f in sentence_facts(sentence, 0) if f.text == "40")
    stem = "To show the power of the algorithm, Acme published _____ files on its website."
    assert unresolved_reference(sentence, fact, stem) is not None


def test_a_headline_phrase_names_its_noun_without_its_owner(nlp: Any) -> None:
    from questions.generate.definites import title_heads

    heads = title_heads(nlp("Harbour Lights release their debut album"))
    assert heads.get("album") == "debut album"  # "the debut album", never "the their …"
