"""A name the article itself says is a place is asked as the place, never keyed by the person
who shares it: "The city of Jackson approved …" of an article that also names the baker
Peter Jackson is "Which city …?" with cities as options, never "Whose city …?" keyed Peter
Jackson. And a time said as an adverb is nobody's subject: "a festival every August that
draws 20,000 visitors" asks no "How many visitors does every August draw?"."""

from __future__ import annotations

from questions.generate import generate

BAKER = """Ruth Madison, a former nurse, opened a bakery in 2003 on River Road with one oven \
and a loan of $15,000. Madison still bakes every morning at five.

Madison, the capital of Wisconsin, has about 270,000 residents. The city of Madison \
approved a new swimming pool in 2020. In Madison, the city council approved a new tram line \
in May that will cost $6 million.

Madison said the bakery sold 9,000 pies last year. Council member Ivan Petrov said the trams \
would run every 10 minutes, and that 30 drivers would be hired.
"""

FESTIVAL = """The village of Brackenford holds a cheese fair every October that draws 12,000 \
visitors. The fair began in 1974 with four stalls on the green and a brass band from Leeds.

The organiser, Tomasz Wielgus, said the fair raised $80,000 for the village school last year. \
Wielgus, a retired dairy farmer, said the fair would add a second day in 2026 and that 60 \
stallholders had already booked a place. The parish council gave the fair a grant of $5,000 \
in March to pay for new tents.
"""


def _asked(text: str) -> list[tuple[str, str, list[str]]]:
    """Return each generated question's text, key and options."""
    out = []
    for q in generate(text, slug="bench", title="Bench").qset.questions:
        out.append((q.text, q.options[q.answer], list(q.options)))
    return out


def test_the_city_the_article_names_is_asked_as_a_city() -> None:
    """The city of Madison "approved …" is asked for a city, with cities as options."""
    asked = {text: (key, options) for text, key, options in _asked(BAKER)}
    assert "Which city approved a new swimming pool in 2020?" in asked
    key, options = asked["Which city approved a new swimming pool in 2020?"]
    assert key == "Madison"
    assert "Ruth Madison" not in options and "Ivan Petrov" not in options


def test_a_place_named_like_a_person_is_never_keyed_by_the_person() -> None:
    """No question about the city (its pool, its tram line) has Ruth Madison as its key."""
    for text, key, _ in _asked(BAKER):
        if "pool" in text or "tram line" in text or "Whose city" in text:
            assert key != "Ruth Madison", text
    assert not any(text.startswith("Whose city") for text, _, _ in _asked(BAKER))


def test_a_time_said_as_an_adverb_is_no_subject() -> None:
    """A fair held "every October that draws 12,000 visitors" asks nothing of "every October"."""
    texts = [text for text, _, _ in _asked(FESTIVAL)]
    assert texts  # the article still gives questions
    assert not any("does every October" in t or "every October draw" in t for t in texts)
