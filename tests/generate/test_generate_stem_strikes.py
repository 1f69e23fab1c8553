"""Options the stem itself strikes out (blind review 47): a term asked with its end year
shown, or the year with the term ("for four years until … in _____"); a record "since" a
figure whose options fall on the wrong side of the stated one; a bare "That …"; a capital
acting for its government asked as a city; "mainland _____"; "a … ferry" of a story with
many ferries, likened to nothing named ("amid similar cheering")."""

from __future__ import annotations

from typing import Any

import pytest

import questions.generate.pipeline as pipeline
from questions.generate.candidate import write_candidate
from questions.generate.facts import Fact
from questions.generate.reviewed import unframed_comparison
from questions.generate.strikes import (
    bare_demonstrative,
    fixed_modifier,
    governing_capital,
    one_of_many,
    since_struck,
)

TITLE = "Harbour board elects Maria Lindqvist as new chair"
HARBOUR = """Harbour board elects Maria Lindqvist as new chair

Friday, March 4, 2016

Maria Lindqvist, 54, was elected unanimously by the Norrvik Harbour Board on March 3 to \
succeed Anders Holm as its chair, the board said in a statement.

Ms Lindqvist will hold the post for four years until the next board election in 2020.

Sweden's consumer prices rose 3.1% in February from a year earlier. That compares with a \
2.4% rise in January, which was the largest since a 2.9% increase in October 2013.

Now Stockholm is attempting to cool the housing market by limiting mortgage lending and \
raising interest rates.

Nonstop ferries between mainland China and the island of Kinmen began on Monday for the \
first time in ten years.

Lindqvist, a former engineer at the shipyard of Karlskrona, said the harbour would add two \
new berths by 2018.
"""


def _asked(article: str, title: str, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """Return every question the article's facts were written as (before the quiz's pick),
    the question's last line to its key."""
    found: list[Any] = []

    def keep(*args: Any, **kwargs: Any) -> Any:
        candidate = write_candidate(*args, **kwargs)
        if candidate is not None:
            found.append(candidate)
        return candidate

    monkeypatch.setattr(pipeline, "write_candidate", keep)
    pipeline.generate(article, slug="harbour", title=title)
    return {c.stem.text.split("\n")[-1]: c.options[c.answer] for c in found}


def test_a_term_and_its_end_year_are_asked_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _asked(HARBOUR, TITLE, monkeypatch)
    term = [text for text, key in asked.items() if key == "four years"]
    year = [text for text, key in asked.items() if key == "2020"]
    assert term == ["For how many years will Ms Lindqvist hold the post?"], asked
    assert year == ["Ms Lindqvist will hold the post until the next board election in _____."]


def test_no_stem_strikes_its_options(monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _asked(HARBOUR, TITLE, monkeypatch)
    assert not [text for text in asked if text.startswith("That ")], asked
    assert not [text for text in asked if "mainland _____" in text], asked
    assert "Stockholm" not in asked.values(), asked
    # the sentence's other questions still stand
    rise = [text for text, key in asked.items() if key == "3.1%"]
    assert rise and all("Sweden's consumer prices" in text for text in rise), asked


def _sentence(nlp: Any, text: str, at: int = 0) -> Any:
    """Return a text's sentence `at`, parsed."""
    return list(nlp(text).sents)[at]


def _fact(sentence: Any, words: str, kind: str) -> Fact:
    """Return the fact of a sentence's words (their first mention)."""
    at = sentence.start_char + sentence.text.index(words)
    span = sentence.doc.char_span(at, at + len(words))
    return Fact(0, span.start, span.end, words, "", kind)


def test_a_record_since_a_figure_strikes_options_past_it(nlp: Any) -> None:
    text = "The 4.2% rise in May was the biggest since a 5.0% jump in March 2011."
    sentence = _sentence(nlp, text)
    stem = "The 4.2% rise in May was the biggest since a _____ jump in March 2011."
    # the earlier jump was at least 4.2%: 3.9% cannot be it
    assert since_struck(sentence, stem, "5.0%", ["3.9%", "5.6%", "6.1%"]) is not None
    assert since_struck(sentence, stem, "5.0%", ["4.6%", "5.6%", "6.1%"]) is None
    # the record's own figure: nothing above the earlier one may stand
    stem = "The _____ rise in May was the biggest since a 5.0% jump in March 2011."
    assert since_struck(sentence, stem, "4.2%", ["3.8%", "5.4%", "3.1%"]) is not None
    assert since_struck(sentence, stem, "4.2%", ["3.8%", "4.6%", "3.1%"]) is None


def test_a_bare_that_opening_is_refused(nlp: Any) -> None:
    sentence = _sentence(nlp, "Sales rose 4%. That follows a 2% fall in April.", 1)
    assert bare_demonstrative(sentence, "That follows a _____ fall in April.") is not None
    sentence = _sentence(nlp, "This is the third year that the fair has been held in _____.")
    assert bare_demonstrative(sentence, sentence.text) is None  # points to its own clause
    sentence = _sentence(nlp, "That vote was held in _____ on Monday.")
    assert bare_demonstrative(sentence, sentence.text) is None  # "That vote": a determiner


def test_a_capital_acting_for_its_government_is_refused(nlp: Any) -> None:
    sentence = _sentence(nlp, "Ottawa is trying to curb borrowing by raising interest rates.")
    assert governing_capital(sentence, _fact(sentence, "Ottawa", "place")) is not None
    sentence = _sentence(nlp, "Canberra announced new limits on foreign buyers on Monday.")
    assert governing_capital(sentence, _fact(sentence, "Canberra", "place")) is not None
    sentence = _sentence(nlp, "Ottawa hosted the summit in June.")
    assert governing_capital(sentence, _fact(sentence, "Ottawa", "place")) is None
    sentence = _sentence(nlp, "Toronto is trying to curb traffic by raising parking fees.")
    assert governing_capital(sentence, _fact(sentence, "Toronto", "place")) is None


def test_a_word_making_the_keys_own_name_is_refused(nlp: Any) -> None:
    sentence = _sentence(nlp, "Trade between mainland China and Macau grew by a third.")
    assert fixed_modifier(sentence, _fact(sentence, "China", "place")) is not None
    sentence = _sentence(nlp, "Trade between neighbouring Kenya and Uganda grew by a third.")
    assert fixed_modifier(sentence, _fact(sentence, "Kenya", "place")) is None


def test_one_of_many_with_no_occasion_is_refused(nlp: Any) -> None:
    doc = nlp(
        "Five buses left the depot in Leeds. Later, a Northern Coaches bus arrived at the "
        "station in York. A Northern Coaches bus arrived at the station in York on Sunday. "
        "A driver from Hull arrived at the station in York."
    )
    first, second, dated, driver = list(doc.sents)
    fact = _fact(second, "York", "place")
    stem = "A Northern Coaches bus arrived at the station in _____."
    assert one_of_many(second, fact, stem, [first, second]) is not None
    # a date of its own, or words after the noun, say which one
    fact = _fact(dated, "York", "place")
    stem = "A Northern Coaches bus arrived at the station in _____ on Sunday."
    assert one_of_many(dated, fact, stem, [first]) is None
    fact = _fact(driver, "York", "place")
    assert one_of_many(driver, fact, "A driver from Hull arrived in _____.", [first]) is None
    # a kind the story has one of
    fact = _fact(second, "York", "place")
    stem = "A Northern Coaches bus arrived at the station in _____."
    assert one_of_many(second, fact, stem, [driver]) is None


def test_similar_needs_more_than_the_headline() -> None:
    stem = "📰 Ferries resume (May 2019)\nA ferry docked at _____ amid similar cheering."
    assert unframed_comparison(stem) is not None
