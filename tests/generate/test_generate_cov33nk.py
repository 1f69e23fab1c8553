"""A Korean person of a story set in Korea gets made-up Korean names in Latin letters:
Faker's Korean list is in Hangul, so "Kim Jong-un" got none and his question was refused."""

from __future__ import annotations

import re

from questions.generate import generate
from questions.generate.facts import Fact
from questions.generate.koreannames import korean_names
from questions.generate.people import person_options

_KOREA = [Fact(0, 0, 0, "South Korea", "GPE", "place", "country", "")]
_ROMANISED = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+")  # "Park Min-joon"

_STORY = """Harbour town opens new ferry terminal

Tuesday, May 14, 2019

The South Korean port of Mokpo opened a new ferry terminal on Monday, after four years of
building work that cost about 90 billion won.

The terminal was opened by Choi Dong-hwan, the mayor of Mokpo, who cut a ribbon at the main
gate before a crowd of about 300 residents. The terminal can handle twelve ferries a day to
the islands off the south-western coast of South Korea.

Officials said the old terminal, built in 1978, would be turned into a fish market.
"""


def test_a_korean_name_in_a_story_of_korea_gets_romanised_korean_names() -> None:
    names = person_options("Choi Dong-hwan", _KOREA)
    assert len(names) >= 3
    assert all(_ROMANISED.fullmatch(n) and not n.startswith("Choi ") for n in names)
    # as English news writes the surnames: no Revised Romanisation "Gim", "Bak", "Choe"
    assert {n.split()[0] for n in names} & {"Kim", "Lee", "Park"}
    assert not {n.split()[0] for n in names} & {"Gim", "Bak", "Choe", "I"}


def test_a_korean_surname_alone_gets_korean_surnames() -> None:
    found = korean_names("Choi", "Choi Dong-hwan", ("KR",))
    assert "Kim" in found and "Park" in found and "Choi" not in found


def test_no_korean_names_outside_korea_or_for_other_shapes() -> None:
    # "Lee Cheuk-yan" of Hong Kong is Cantonese; a name written given name first is no
    # Korean's; a Korean-shaped name in an American story keeps the pools' rules
    assert korean_names("Lee Cheuk-yan", None, ("HK",)) == []
    assert korean_names("Daniel Kim", None, ("KR",)) == []
    assert korean_names("Choi Dong-hwan", None, ("US",)) == []
    assert korean_names("Wallace Dong-hwan", None, ("KR",)) == []  # no Korean surname


def test_the_story_asks_who_opened_the_terminal() -> None:
    questions = generate(_STORY, slug="mokpo", title="Mokpo ferry").qset.questions
    asked = [q for q in questions if q.options[q.answer] == "Choi Dong-hwan"]
    assert asked, questions
    others = [o for o in asked[0].options if o != "Choi Dong-hwan"]
    assert others and all(_ROMANISED.fullmatch(o) for o in others)
