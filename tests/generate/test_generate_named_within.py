"""A place the model cuts off a body's name ("the Council for Trade and Cooperation" and
"Africa") is a word of that name when its preposition hangs on the name's inner words: the
body is one name, and no question blanks the place with rivals that make bodies that do not
exist ("the Council for Trade and Cooperation in Oceania"). A place that says where a body
is ("the Ministry of Health in Kenya") stays a place of its own."""

from __future__ import annotations

from typing import Any

from questions.generate.entities import mend_names
from questions.generate.pipeline import generate

MARKET = """Grain prices expected to fall across East Africa

Tuesday, March 7, 2023

Farmers in Kenya and Uganda expect grain prices to fall after a good harvest this year.

Farmers say prices will fall if the harvest is poor. The Council for Trade and Cooperation in \
Africa has studied the market and has staff throughout Kenya for the season.

Traders in Nairobi said maize sold for 3,000 shillings a bag in February, down from 4,200 \
shillings a year earlier. The Ministry of Agriculture in Uganda said stocks were high.

Mary Wanjiru, a farmer near Eldoret, said she had planted more beans than last year.
"""


def _names(nlp: Any, text: str) -> list[tuple[str, str]]:
    """Return the mended names of a text with their labels."""
    doc = nlp(text)
    mend_names(doc)
    return [(e.text, e.label_) for e in doc.ents]


def test_a_place_ending_a_bodys_name_is_part_of_it(nlp: Any) -> None:
    """ "in Africa" tells what cooperation the council is for: one name, not a place."""
    names = _names(
        nlp,
        "Farmers say prices will fall if the harvest is poor. The Council for Trade and "
        "Cooperation in Africa has studied the market and has staff throughout Kenya.",
    )
    assert ("The Council for Trade and Cooperation in Africa", "ORG") in names
    assert all(text != "Africa" for text, _ in names)


def test_a_place_saying_where_a_body_is_stays_a_place(nlp: Any) -> None:
    """ "in Kenya" says where the ministry is: the ministry and the country, two names."""
    names = _names(nlp, "The Ministry of Health in Kenya said so.")
    assert ("Kenya", "GPE") in names


def test_a_place_after_a_nested_body_stays_a_place(nlp: Any) -> None:
    """ "in Dayton" hangs on the university inside the museum's name: a body that stands
    somewhere, so the city says where, and stays a place of its own."""
    names = _names(
        nlp,
        "There are photo exhibits at the Ann & Carl Hoyt Museum of Art at Western State "
        "University in Dayton, Ohio and at a gallery in Toledo.",
    )
    assert ("Dayton", "GPE") in names


def test_no_blank_inside_the_bodys_name() -> None:
    """No question blanks the place of the council's name ("Cooperation in _____")."""
    quiz = generate(MARKET, slug="grain-prices", title="Grain prices expected to fall")
    questions = quiz.qset.questions
    assert questions
    assert not any("Cooperation in _____" in q.text for q in questions)
