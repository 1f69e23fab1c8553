"""A place named as the name of a facility ("the _____ nuclear plant", "Leeds's airport")
takes as rivals only places the article names with that kind of facility: a plain city is an
absurd rival, and with none the question is refused. A meeting or a treaty named after a
place ("the _____ summit") is no facility and keeps its city rivals.

Every text here is made up.
"""

from __future__ import annotations

from typing import Any

from questions.generate.distractors import choose_distractors
from questions.generate.facilities import facility_sense, off_facility
from questions.generate.facts import Fact
from questions.generate.options import OptionContext, article_context, option_context
from questions.generate.three import too_few_options

PLANT = """Workers at the damaged Hartlepool nuclear plant returned on Monday after a fire. \
Officials in Leeds and Sheffield said the smoke had not reached their streets.
"""

PLANTS = """Workers at the damaged Hartlepool nuclear plant returned on Monday after a fire. \
Engineers from the Heysham plant and the Sellafield nuclear plant helped them. Officials in \
Leeds said the smoke had not reached its streets.
"""

BRIDGE = """Builders finished the new bridge in 2001 in the image of Oregon's Silver Span \
Bridge. Officials in Texas said the design was cheap.
"""

SUMMIT = """Leaders met at the Leeds summit on Monday to talk about trade. Officials in \
Sheffield and Manchester said the talks went well.
"""


def _context(nlp: Any, text: str, key: str, stem: str) -> tuple[Fact, OptionContext]:
    """Return a place key's fact (the first time the made-up article says it) and its
    question's option context, with the key's own sentence parsed."""
    doc = nlp(text)
    start = next(t.i for t in doc if t.text == key)
    sentence = doc[start].sent
    fact = Fact(0, start, start + 1, key, "GPE", "place", "city")
    base = article_context(text, [fact], list(doc.sents))
    return fact, option_context(base, fact, stem, sentence=sentence)


def test_facility_nouns_come_from_wordnet() -> None:
    """A plant, an airport, a dam and a mine are facilities; a summit, a treaty and a city
    are not."""
    assert all(facility_sense(w) for w in ("plant", "airport", "dam", "mine", "power station"))
    assert not any(facility_sense(w) for w in ("summit", "accord", "city", "festival"))


def test_a_plant_s_place_takes_no_plain_city(nlp: Any) -> None:
    """Leeds, which the article names for its officials, has no plant: no rival, and with no
    other plant named the question is refused."""
    stem = "Workers at the damaged _____ nuclear plant returned on Monday after a fire."
    fact, ctx = _context(nlp, PLANT, "Hartlepool", stem)
    assert off_facility("Leeds", "Hartlepool", ctx)
    assert off_facility("Sunderland", "Hartlepool", ctx)  # a library's town: no plant either
    chosen, origin = choose_distractors(fact, "Hartlepool", [fact], stem, stem, ctx)
    assert too_few_options(fact, "Hartlepool", chosen, origin) or not chosen, chosen


def test_a_plant_s_place_takes_the_article_s_other_plants(nlp: Any) -> None:
    """Heysham and Sellafield, named with a plant, may stand beside Hartlepool; Leeds not."""
    stem = "Workers at the damaged _____ nuclear plant returned on Monday after a fire."
    _, ctx = _context(nlp, PLANTS, "Hartlepool", stem)
    assert not off_facility("Heysham", "Hartlepool", ctx)
    assert not off_facility("Sellafield", "Hartlepool", ctx)
    assert off_facility("Leeds", "Hartlepool", ctx)


def test_a_summit_named_after_a_city_keeps_its_rivals(nlp: Any) -> None:
    """A meeting named after a city ("the Leeds summit") is no facility: Sheffield may
    stand beside Leeds."""
    stem = "Leaders met at the _____ summit on Monday to talk about trade."
    _, ctx = _context(nlp, SUMMIT, "Leeds", stem)
    assert not off_facility("Sheffield", "Leeds", ctx)


def test_a_place_locating_a_named_facility_keeps_its_rivals(nlp: Any) -> None:
    """A facility with a name of its own ("Oregon's Silver Span Bridge") is only located by
    the place: Texas may stand beside Oregon."""
    stem = "Builders finished the new bridge in 2001 in the image of _____'s Silver Span Bridge."
    _, ctx = _context(nlp, BRIDGE, "Oregon", stem)
    assert not off_facility("Texas", "Oregon", ctx)
