"""Wh-questions for facts once left to a blank or refused: a name after "at"/"after" asked
by its own kind, a date through its "when" clause, a reported clause with its speaker."""

from __future__ import annotations

from typing import Any

import pytest

from questions.generate.adverbial import when_clause_question
from questions.generate.context import parse
from questions.generate.dates import parse_date_text
from questions.generate.event import with_context
from questions.generate.facts import sentence_facts
from questions.generate.forms import before_replaced
from questions.generate.kinds import head_kind, other_kind_asked
from questions.generate.quality import broken_movement
from questions.generate.setting import Setting
from questions.generate.write import wh_question


def _ask(nlp: Any, text: str, answer: str) -> str | None:
    """Write the wh-question whose key is `answer` in a one-sentence text."""
    sentence = next(nlp(text).sents)
    fact = next(f for f in sentence_facts(sentence, 0) if f.text == answer)
    stem, _ = wh_question(sentence, fact, {})
    return stem.text if stem else None


def _when(text: str, answer: str, date: str | None = None) -> str | None:
    """Ask for a date of a one-sentence article (dated `date`) through its "when" clause."""
    parsed = parse((text,), parse_date_text(date) if date else None)
    sentence, replace = parsed.sentences[0], parsed.replace[0]
    fact = next(f for f in sentence_facts(sentence, 0) if f.text.startswith(answer))
    if any(fact.start <= i < fact.end for i in replace):
        fact = before_replaced(fact, sentence, replace) or fact  # "June 28 [this year]"
    stem = when_clause_question(sentence, fact, replace)
    return stem.text if stem else None


# (sentence, answer, question): each once a blank or refused
ASKED = [
    (  # a summit after "after": asked by its own kind, not "which organization"
        "The two leaders agreed to hold a joint summit after the Shanghai Cooperation Summit.",
        "Shanghai Cooperation Summit",
        "After which summit did the two leaders agree to hold a joint summit?",
    ),
    (  # a body after "at": "in/at which organization" misreads, "at which university" not
        "Cynthia Thompson studied photography at the University of Arkansas.",
        "University of Arkansas",
        "At which university did Cynthia Thompson study photography?",
    ),
    (  # the side a goal was scored for
        "In the 69th minute, Romelu Lukaku doubled the lead for Belgium.",
        "Belgium",
        "For which country did Romelu Lukaku double the lead in the 69th minute?",
    ),
    (  # a reported clause keeps its speaker
        "President Xi said that China will provide 2 billion doses of vaccines to the world.",
        "China",
        "Which country will provide 2 billion doses of vaccines to the world, according to "
        "President Xi?",
    ),
    (  # … but not one the question could not name
        "He said that China will provide 2 billion doses of vaccines to the world.",
        "China",
        "Which country will provide 2 billion doses of vaccines to the world?",
    ),
    (  # the "and" of the next clause is no part of this one
        "K.C. Maurer said 500 institutions received the initial invitation and currently 190 "
        "universities have accepted one or more donations.",
        "500",
        "How many institutions received the initial invitation, according to K.C. Maurer?",
    ),
    (  # a "when" clause on a noun says what happened then, a sentence of its own
        "The 30th anniversary of the first shuttle mission coincided with the 50th anniversary "
        "of the first manned space flight when Yuri Gagarin lifted off aboard Vostok 1 into "
        "space.",
        "Yuri Gagarin",
        "Who lifted off aboard Vostok 1 into space?",
    ),
    (  # the other counts of a list the parse took for an apposition are no part of the noun
        "At present, the SCO has 8 member states, 4 observer states, and 6 dialogue partners.",
        "8",
        "How many member states does the SCO have at present?",
    ),
    (  # a statement before a semicolon stands alone, however the parse hangs it
        "IE's various versions accounted for 70 percent of the market in 2009; this has dropped "
        "to approximately 56 percent today.",
        "2009",
        "In which year did IE's various versions account for 70 percent of the market?",
    ),
]


@pytest.mark.parametrize(("text", "answer", "question"), ASKED)
def test_a_fact_once_left_to_a_blank_is_asked_with_a_wh_word(
    nlp: Any, text: str, answer: str, question: str
) -> None:
    assert _ask(nlp, text, answer) == question


def test_a_name_without_a_countable_head_has_no_kind_of_its_own() -> None:
    assert head_kind("Shanghai Cooperation Summit") == "summit"
    assert head_kind("University of Sheffield") == "university"
    for name in ("Sky News", "United Nations", "Studio 54", "NASA", "Pace Galleries"):
        assert head_kind(name) is None, name


def test_which_summit_takes_only_summits_as_options() -> None:
    stem = "Which summit did Xi Jinping attend almost every time?"
    key = "Shanghai Cooperation Summit"
    assert not other_kind_asked("SCO Qingdao Summit", key, stem, {})
    assert other_kind_asked("Department of Agriculture", key, stem, {})
    assert not other_kind_asked("Department of Agriculture", "NASA", "Which organization …?", {})


def test_a_fronted_date_is_asked_through_its_when_clause() -> None:
    text = ("On June 28 this year, when President Xi Jinping held a video meeting with Russian "
            "President Putin, he reached an important consensus.")  # fmt: skip
    assert _when(text, "June 28", "2021-09-20") == (
        "When in 2021 did President Xi Jinping hold a video meeting with Russian President Putin?"
    )
    # undated, "this year" is the year of the article's other dates, left unsaid as they are
    assert _when(text, "June 28") == (
        "When did President Xi Jinping hold a video meeting with Russian President Putin?"
    )
    last = text.replace("this year", "last year")
    assert _when(last, "June 28") is None  # the year would be a guess


def test_a_when_clause_on_the_date_itself_and_a_year_are_asked_too() -> None:
    sold = "On March 3, when the company was sold to Google, its founder left."
    assert _when(sold, "March 3") == "When was the company sold to Google?"
    released = "In 2009, when Apple released the iPhone 3GS, sales rose."
    assert _when(released, "2009") == "In which year did Apple release the iPhone 3GS?"


def test_a_when_clause_about_an_unnamed_he_is_not_asked() -> None:
    text = "On May 5, when he arrived at the palace, the guards saluted."
    assert _when(text, "May 5") is None


def test_the_month_dates_the_speaker_not_the_fact() -> None:
    stem = "Who was both an artist and a businessperson, according to Kristen Wilkins?"
    assert with_context(stem, Setting(month="January 2014")) == (
        "Who was both an artist and a businessperson, according to Kristen Wilkins in January 2014?"
    )
    assert broken_movement("How many institutions received it, according to K.C. Maurer?",
                           "wh", "rule:count-object") is None  # fmt: skip


def test_a_speaker_named_for_a_pronoun_keeps_his_capital(nlp: Any) -> None:
    """ "He said …", "He" resolved to Xi Jinping: "according to Xi Jinping", not the
    lower-cased "according to xi Jinping" of a pronoun that opened the sentence."""
    sentence = next(nlp("He said that China will provide 2 billion doses of vaccines.").sents)
    fact = next(f for f in sentence_facts(sentence, 0) if f.text == "China")
    stem, _ = wh_question(sentence, fact, {sentence[0].i: "Xi Jinping"})
    assert stem is not None
    assert stem.text.endswith(", according to Xi Jinping?")


def test_a_fronted_time_stays_in_front_of_a_closing_condition(nlp: Any) -> None:
    # Sweep: "… would respond within 48 hours if the broadcasts do not stop after the
    # exchange of fire?": moved to the end, the time seemed to be the condition's.
    text = (
        "After the exchange of fire, North Korea stated it would respond within 48 hours "
        "if the broadcasts do not stop."
    )
    asked = _ask(nlp, text, "North Korea")
    assert asked is not None and asked.startswith("After the exchange of fire, which country")
    # with no condition last, the phrase goes to the end as before
    asked = _ask(nlp, "After the match, Harry Kane thanked the fans.", "Harry Kane")
    assert asked == "Who thanked the fans after the match?"
