"""A person said alone by the word that opens their full name ("Justice Minister Park Ji Hoon"
… "Park warned") is that person, surname first: the question says the full name, and a
possessive left after a short name ("James' efforts") stays one when the full name is said."""

from __future__ import annotations

from typing import Any

from questions.generate.fullnames import full_names
from questions.generate.setting import article_setting

TEXT = (
    "Police cleared the square on Sunday, said Justice Minister Park Ji Hoon. "
    "Park warned that officers might use water cannon against the crowd. "
    "Lee Soo-min, a student, said the crowd would return."
)


def test_a_lone_word_that_opens_one_full_name_is_that_persons_surname(nlp: Any) -> None:
    setting = article_setting(None, [nlp(TEXT)], None)
    assert setting.people.get("Park") == "Park Ji Hoon"
    stem = "Park warned that officers might use _____ against the crowd."
    assert full_names(stem, setting.people, "water cannon").startswith("Park Ji Hoon warned")


def test_a_word_that_opens_two_full_names_names_nobody(nlp: Any) -> None:
    text = TEXT + " Park Min Jae, a lawyer, disagreed. Park later left the square."
    setting = article_setting(None, [nlp(text)], None)
    assert "Park" not in setting.people


def test_a_possessive_after_a_short_name_stays_one() -> None:
    stem = "The fund was named in tribute of Sarah and James' efforts in _____."
    said = full_names(stem, {"James": "James Doyle"}, "2001")
    assert "James Doyle's efforts" in said
    # a name that ends in "s" keeps the lone apostrophe
    said = full_names("In tribute of Ross' efforts in _____.", {"Ross": "Tom Ross"}, "2001")
    assert "Tom Ross' efforts" in said
