"""What the second code review of the ninth round found on made-up articles: one question asked
twice with two keys, a list of cities read as "a city, its state", "Over how many …?"."""

from __future__ import annotations

from typing import Any

from questions.generate import generate
from tests.generate.generate_checks import asked_wh

STORES = """Company profits rise as sales top forecasts

Tuesday, February 3, 2015

Northwind Foods said on Monday that its profits rose to $85 million last year. The company \
employs nearly 4,000 people in Canada and has over 60 stores.

Northwind opened its first store in 1978 in London, Ontario. The company now has stores in \
Toronto, Ottawa and Montreal. It plans to open 10 more stores by the end of the year.

Chief executive Laura Brooks said the company would hire at least 500 workers. Shares in the \
company rose almost 8% on Monday after the results were published in Toronto.
"""

DRILL = """Bridge reopens after repairs

Wednesday, July 9, 2014

Workers reopened the Riverside bridge in Millford on Tuesday after a two-month closure. Police \
closed the Harbour bridge on Monday. It caused delays of up to three hours for drivers.

The Riverside bridge carries about 20,000 cars a day. Engineers repaired the Riverside bridge \
for $3 million. It rained heavily on Tuesday morning.

Ambulances from Boston, Washington and Chicago took part in a drill last month. A concert in \
the city of Leeds raised $40,000 for the repairs. The mayor, Jane Lowe, said the city would \
hold a festival on Friday night.
"""


def _asked(text: str, slug: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """Return each question's last line, its key and its options."""
    qset = generate(text, slug=slug, title=slug).qset
    return [(q.text.split("\n")[-1], q.correct_option, q.options) for q in qset.questions]


def test_one_question_is_never_asked_twice_with_two_keys() -> None:
    asked = _asked(STORES, "stores")
    texts = [text for text, _, _ in asked]
    assert len(texts) == len(set(texts))
    assert not any(key in ("London", "Ontario") and "first store" in text
                   for text, key, _ in asked)  # fmt: skip


def test_a_preposition_bound_is_asked_as_a_comparison() -> None:
    asked = dict((text, key) for text, key, _ in _asked(STORES, "stores"))
    assert asked.get("More than how many stores does the company have?") == "60"
    assert not any(text.startswith("Over how many") for text in asked)


def test_a_list_of_cities_is_no_city_and_its_state() -> None:
    boston = [options for _, key, options in _asked(DRILL, "drill") if key == "Boston"]
    assert boston  # "Ambulances from _____, Washington and Chicago …"
    assert not {"Seattle", "Spokane", "Tri-Cities"} & set(boston[0])  # Washington state's


def test_one_side_of_a_tally_is_not_asked_as_a_margin(nlp: Any) -> None:
    # "By how many votes was the plan approved to 190?" — garbled, and the margin was 222
    tally = asked_wh(nlp, "The plan was approved by 412 votes to 190 on Thursday.", "412")
    assert tally[0] is None
    kept = asked_wh(nlp, "The Senate passed the bill with 74 votes on Thursday.", "74")
    assert kept[0] == "With how many votes did the Senate pass the bill on Thursday?"
