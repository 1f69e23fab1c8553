"""Blind review 77: a president of long before offered for a deed of the story's time, and a
count whose noun came from a clause the question drops, under no story but a month."""

from __future__ import annotations

from typing import Any

from questions.generate.bygone import bygone_eras
from questions.generate.deceased import dead_people
from questions.generate.elidedcount import bare_numbers, unnamed_count
from questions.generate.sides import bygone_people, bygone_rival, person_eras


def _sentences(nlp: Any, text: str) -> list[Any]:
    """Return a text's parsed sentences."""
    return list(nlp(text).sents)


def test_the_start_of_a_range_of_holders_is_of_another_era(nlp: Any) -> None:
    text = (
        "Mary Dunn has interviewed every mayor from Carl Banner to Alan Fisk. During Banner's "
        "term, she wrote for the Gazette. Tom Reed said he met Dunn on May 3."
    )
    sentences = _sentences(nlp, text)
    eras = bygone_people(sentences, 2010)
    assert eras["carl banner"] < 1998 and eras["banner"] < 1998
    assert "alan fisk" not in eras and "tom reed" not in eras  # the range's end: of today
    # "Who said he met Dunn …?"
    assert bygone_rival("Carl Banner", "Tom Reed", person_eras(sentences, 2010), eras, 2010)


def test_a_range_start_said_to_act_today_keeps_its_era(nlp: Any) -> None:
    text = (
        "Mary Dunn has interviewed every mayor from Carl Banner to Alan Fisk. Banner said on "
        "Monday that she was fair."
    )
    assert "carl banner" not in bygone_eras(_sentences(nlp, text), 2010, 12)


def test_a_message_from_one_to_another_is_no_range(nlp: Any) -> None:
    text = "Mark Dowd read out a letter from Jane Ross to Tom Platt."
    assert bygone_eras(_sentences(nlp, text), 2010, 12) == {}


def test_a_person_named_only_in_sentences_of_decades_before_is_of_that_era(nlp: Any) -> None:
    text = (
        "In 1962, Carl Banner was the mayor of the town. Tom Reed said on Monday that the "
        "park would reopen in June."
    )
    eras = bygone_eras(_sentences(nlp, text), 2010, 12)
    assert eras["carl banner"] == 1962
    assert "tom reed" not in eras


def test_a_year_of_birth_or_a_deed_to_come_dates_no_one(nlp: Any) -> None:
    text = "His son Crown Prince Anselm, born in 1962, will take the throne."
    assert bygone_eras(_sentences(nlp, text), 2015, 12) == {}


def test_a_person_also_named_in_the_story_s_time_is_not(nlp: Any) -> None:
    text = "In 1990, Carl Banner was convicted of robbery. Police arrested Banner again on Monday."
    assert bygone_eras(_sentences(nlp, text), 2010, 12) == {}


def test_the_late_x_is_no_doer_of_a_living_deed(nlp: Any) -> None:
    text = "The fund was named after the late Peter Walsh, a farmer. Tom Reed said it helps."
    assert {"peter walsh", "walsh"} <= dead_people(_sentences(nlp, text))


OBSERVERS = (
    "The league is expected to send about 120 observers to monitor the vote, but so far only "
    "38 are working in Peru."
)


def test_a_count_named_from_a_dropped_clause_needs_its_story(nlp: Any) -> None:
    sentence = _sentences(nlp, OBSERVERS)[0]
    assert [n.text for n in bare_numbers(sentence)] == ["38"]
    asked = "in which country are only 38 observers working?"
    month = f"According to an October 2009 article, {asked}"
    assert unnamed_count(sentence, range(0, 0), month) is not None  # whose observers?
    line = f"📰 League sends vote observers (October 2009)\n{asked[0].upper()}{asked[1:]}"
    assert unnamed_count(sentence, range(0, 0), line) is None  # the headline tells its story
