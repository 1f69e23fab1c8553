"""Per-article caches of option checks: each article gets its own answer, in one process."""

from __future__ import annotations

from questions.generate.articlememo import per_article
from questions.generate.articlepeople import article_people
from questions.generate.facts import Fact
from questions.generate.options import article_context, option_context


def _person(text: str) -> Fact:
    """A made-up person fact."""
    return Fact(0, 0, len(text.split()), text, "PERSON", "person")


def test_each_article_context_keeps_its_own_results() -> None:
    first = article_context("Marta Lindqvist opened the bakery.", [_person("Marta Lindqvist")])
    second = article_context("Tomas Okonkwo closed the mill.", [_person("Tomas Okonkwo")])
    assert per_article(first, "who", lambda: "Lindqvist") == "Lindqvist"
    assert per_article(second, "who", lambda: "Okonkwo") == "Okonkwo"  # not the first's
    # a question's context is its article's: it sees what the article worked out
    asked = option_context(first, _person("Marta Lindqvist"), "Who opened the bakery?")
    assert per_article(asked, "who", lambda: "recomputed") == "Lindqvist"


def test_no_context_works_it_out_each_time() -> None:
    calls: list[int] = []
    for _ in range(2):
        per_article(None, "who", lambda: calls.append(1))
    assert len(calls) == 2


def test_article_people_of_two_articles_differ() -> None:
    first = article_people([_person("Marta Lindqvist"), Fact(0, 3, 4, "Oslo", "GPE", "place")])
    second = article_people([_person("Tomas Okonkwo")])
    assert first[0] == frozenset({"marta lindqvist"})
    assert second[0] == frozenset({"tomas okonkwo"})
    assert "Lindqvist" in first[1] and "Lindqvist" not in second[1]
