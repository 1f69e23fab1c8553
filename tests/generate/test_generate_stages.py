"""Each stage of the generator on small inputs: dates, clean-up, wh-questions, distractors."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from questions.generate.clean import clean_article
from questions.generate.context import parse
from questions.generate.dates import ArticleDate, parse_dateline, resolve_relative
from questions.generate.distractors import choose_distractors
from questions.generate.facts import Fact, sentence_facts
from questions.generate.rank import Candidate, select
from questions.generate.render import join
from questions.generate.stems import Stem
from questions.generate.write import wh_question


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Sunday, August 2, 2015", (2015, 8, 2)),
        ("WASHINGTON, March 3 (Reuters) - The Senate voted.", (None, 3, 3)),
        ("2021-09-17", (2021, 9, 17)),
        ("Thursday, February 23, 2006", (2006, 2, 23)),
    ],
)
def test_datelines_are_read(line: str, date: tuple[int | None, int, int]) -> None:
    found = parse_dateline(line)
    assert found is not None
    assert (found[1].year, found[1].month, found[1].day) == date


def test_a_sentence_is_not_a_dateline() -> None:
    assert parse_dateline("On September 17, President Xi Jinping attended the meeting.") is None


def test_relative_dates_resolve_only_against_a_dateline() -> None:
    anchor = parse_dateline("Sunday, August 2, 2015")
    assert anchor is not None
    assert resolve_relative("on Sunday", anchor[1]) == "on August 2, 2015"
    assert resolve_relative("Saturday", anchor[1]) == "on August 1, 2015"
    assert resolve_relative("last year", anchor[1]) == "in 2014"
    assert resolve_relative("this year", None) is None  # unknown date: left out, not guessed


def test_last_month_and_last_summer_resolve_against_the_dateline() -> None:
    february = ArticleDate(2, 23, 2023)
    assert resolve_relative("last month", february) == "in January 2023"
    assert resolve_relative("last month", ArticleDate(1, 5, 2023)) == "in December 2022"
    assert resolve_relative("last summer", february) == "in the summer of 2022"
    assert resolve_relative("last summer", ArticleDate(10, 1, 2022)) == "in the summer of 2022"
    assert resolve_relative("last winter", february) is None  # which winter: not guessed


def test_a_resolved_date_keeps_the_sentences_own_preposition() -> None:
    # "who applied before last summer" is not "who applied in the summer of 2022".
    said = "The Home Office will contact 12,000 people who applied before last summer."
    parsed = parse((said,), ArticleDate(2, 23, 2023), "UK asylum questionnaire")
    assert join(parsed.sentences[0], parsed.replace[0]).endswith(
        "who applied before the summer of 2022."
    )


def test_clean_up_keeps_title_and_dateline_and_drops_debris() -> None:
    raw = (
        "Bridge Reopens\n\nSunday, August 2, 2015\n\n---\n\n△ The bridge at dusk.\n\n"
        "(Photo by Ann Lee)\n\nEditor丨Wang Jiyang\n\nThe bridge reopened on Sunday.\n\n•\n"
    )
    article = clean_article(raw)
    assert article.title == "Bridge Reopens"
    assert article.dateline == "Sunday, August 2, 2015"
    assert article.paragraphs == ("The bridge reopened on Sunday.",)


def _ask(nlp: Any, text: str, answer: str) -> str | None:
    """Write the wh-question whose key is `answer` in a one-sentence text."""
    sentence = next(nlp(text).sents)
    fact = next(f for f in sentence_facts(sentence, 0) if f.text == answer)
    stem, _ = wh_question(sentence, fact, {})
    return stem.text if stem else None


@pytest.mark.parametrize(
    ("text", "answer", "question"),
    [
        ("The Senate passed the bill on June 15, 2001.", "June 15, 2001",
         "When did the Senate pass the bill?"),
        ("India and Pakistan joined the SCO in 2017.", "2017",
         "In which year did India and Pakistan join the SCO?"),
        ("Mayor Helen Carter opened the bridge in Port Elliot.", "Helen Carter",
         "Who opened the bridge in Port Elliot?"),
        ("China has signed the treaty with Russia in Beijing.", "Beijing",
         "Where has China signed the treaty with Russia?"),
        ("The company hired 120 engineers in March 2023.", "120",
         "How many engineers did the company hire in March 2023?"),
        ("The bridge, which opened in 1932, carries 40,000 vehicles every day.", "1932",
         "In which year did the bridge open?"),
    ],
)  # fmt: skip
def test_wh_questions_invert_with_do_support(
    nlp: Any, text: str, answer: str, question: str
) -> None:
    assert _ask(nlp, text, answer) == question


def _fact(text: str, kind: str, subtype: str = "", unit: str = "") -> Fact:
    """Build a fact that is not tied to a parse (for the distractor pools)."""
    return Fact(0, 0, 0, text, "X", kind, subtype, unit)


def test_distractors_keep_the_keys_form() -> None:
    year, _ = choose_distractors(_fact("2017", "year"), "2017", [], "It was 2017.", "q1")
    assert len(year) == 3 and all(len(y) == 4 and y.isdigit() for y in year)
    date, _ = choose_distractors(_fact("June 15, 2001", "date"), "June 15, 2001", [], "", "q2")
    assert all(d.count(",") == 1 and d.endswith("2001") for d in date)
    money, _ = choose_distractors(
        _fact("US$2.3 trillion", "money"), "US$2.3 trillion", [], "", "q3"
    )
    assert all(m.startswith("US$") and m.endswith(" trillion") for m in money)
    country, origin = choose_distractors(
        _fact("Kazakhstan", "place", "country"), "Kazakhstan", [], "", "q4"
    )
    assert len(country) == 3 and origin == "library"
    assert "Kazakhstan" not in country


def test_a_distractor_the_sentence_states_is_refused() -> None:
    article = [_fact("Russia", "place", "country"), _fact("China", "place", "country")]
    source = "China and Russia signed the treaty."
    options, _ = choose_distractors(article[1], "China", article, source, "q5")
    assert "Russia" not in options


def test_counts_take_distractors_of_the_same_counted_noun() -> None:
    article = [_fact("120", "count", unit="cable"), _fact("3,000", "count", unit="resident")]
    options, _ = choose_distractors(article[1], "3,000", article, "", "q6")
    assert "120" not in options


def _ranked(sentence: int, answer: str, kind: str, text: str) -> Candidate:
    """A candidate wh-question on one fact, with its options and a middling score."""
    fact = Fact(sentence, 0, 0, answer, "X", kind)
    options = (answer, "a", "b", "c")
    return Candidate(fact, Stem(text, "wh", f"rule:{kind}"), options, 0, "", "", 3.0, ())


def test_questions_on_two_slots_of_one_sentence_are_not_ambiguous() -> None:
    # "When did Xi attend …?" and "Which meeting did Xi attend …?" ask different things of
    # one sentence; the same question on two sentences with other answers is ambiguous, and
    # only the better one is asked, where the other's answer is not among its options.
    council = "the Council of Heads of State of the Shanghai Cooperation Organization"
    when = _ranked(
        0,
        "September 17",
        "date",
        f"When did President Xi Jinping attend the 21st meeting of {council} via video?",
    )
    which = _ranked(0, "21st", "ordinal",
                    f"Which meeting of {council} did President Xi Jinping attend via video on "
                    "September 17?")  # fmt: skip
    assert select([when, which], 10, Counter()) == [when, which]
    again = _ranked(
        5,
        "June 10",
        "date",
        f"When did President Xi Jinping attend the 20th meeting of {council} by video?",
    )
    rejected: Counter[str] = Counter()
    # the better one stays when the other's answer is not among its options
    assert select([when, again], 10, rejected) == [when]
    assert rejected["ambiguous: a like question has another answer"] == 1
    offered = Candidate(again.fact, again.stem, ("June 10", "September 17", "b", "c"), 0, "",
                        "", 3.0, ())  # fmt: skip
    assert select([when, offered], 10, Counter()) == [when]
    first = Candidate(when.fact, when.stem, ("September 17", "June 10", "b", "c"), 0, "", "",
                      3.0, ())  # fmt: skip
    assert select([first, offered], 10, Counter()) == []  # each offers the other's answer
