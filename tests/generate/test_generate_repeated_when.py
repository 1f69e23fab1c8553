"""A "When …?" question about a deed the article tells at two times is refused: the reader
who knows the article's own meeting would answer with its date."""

from __future__ import annotations

from questions.generate import generate

VISIT = """Ruritanian leader meets Freedonian President

Thursday, March 12, 2031

Ruritanian President Anna Berg travelled to the Freedonian port of Velmar, where she met with \
Freedonian President Jon Moss. They discussed the dispute over fishing rights in the Velmar Sea \
and a new ferry line between the two countries, which will open in the summer.

Ruritania has a long friendship with Freedonia. In June 2027, Berg met Moss and they signed a \
treaty on river trade. Both leaders have since praised the treaty, which doubled the trade in \
grain along the Velmar river within three years of its signing, according to the two governments.

The talks in Velmar lasted four hours. Berg said afterwards that the two countries would set up \
a joint committee of twelve members to settle the fishing dispute before the end of the year. \
Moss said the committee would meet for the first time in May 2031 in the Freedonian capital, \
Dorn, and would report to both parliaments in the autumn.
"""


def _asked(text: str) -> list[str]:
    # each question as asked, without the headline line above it
    return [
        q.text.splitlines()[-1] for q in generate(text, slug="visit", title="Visit").qset.questions
    ]


def test_a_meeting_told_twice_is_not_dated() -> None:
    assert not any(t.startswith("When did Anna Berg meet") for t in _asked(VISIT))


def test_a_meeting_told_once_is_dated() -> None:
    once = VISIT.replace(", where she met with Freedonian President Jon Moss", "")
    assert any(t.startswith("When did Anna Berg meet") for t in _asked(once))
