"""Blind review 33: a region word read as another country's province, and a reporter's post
asked as his employer (made-up articles).

"to bolster Gulf allies" was keyed "Gulf" among three provinces of Papua New Guinea (the
gazetteer has a "Gulf" province); "X reports from the State Department" was asked as "From
which organization does X report?", as if he worked for the department.
"""

from __future__ import annotations

from questions.generate import generate
from questions.generate.gazetteer import state_names

GULF = """Navy to sell patrol boats to Oman

Wednesday, March 4, 2009

The Defense Ministry of Portugal told parliament on Tuesday that it plans to sell six \
patrol boats to Oman. The sale is part of a wider European effort to support Gulf partners \
facing threats to shipping from pirates based in Somalia.

Under the deal, worth about $90 million, Portugal would also train 120 sailors from Oman. \
Portugal sold two frigates to Qatar in 2006 and three tugs to Bahrain last year.

Defense Minister Rui Alves said the boats would patrol the Gulf and the Arabian Sea. \
"These Gulf navies need fast boats, and we build them," Rui Alves said.
"""

PROVINCES = """Floods cut roads in Papua New Guinea

Friday, April 10, 2015

Heavy rain in Papua New Guinea cut the main roads of Gulf province on Thursday, officials \
said. Morobe, Chimbu and Enga provinces reported landslides, and the army sent 300 soldiers.

The rain fell for four days. Governor Paul Kila said 2,000 people in Gulf had lost their \
homes and that the province needed help within a week. Health workers from Australia \
flew to Port Moresby on Friday with medicine for 5,000 people, and a ship from New Zealand \
carried food to Kerema, the capital of Gulf. Rescue teams visited the \
flooded towns of Gulf by helicopter on Saturday.
"""

BRIEFING = """Minister visits flood zone

Monday, June 8, 2015

The Environment Ministry said on Sunday that it would spend $40 million on new flood walls \
along the Marne river. Radio Nord's Claire Dubois reports from the Environment Ministry.

Minister Henri Lavalle visited the town of Meaux on Saturday. The Finance Ministry approved \
the spending last week, and the Transport Ministry will rebuild two bridges.

Floods in May damaged 1,200 homes in the valley, the worst damage since 1910. Mayor Sophie \
Marin of Meaux said the walls should be finished by 2018, and that the town would pay a \
quarter of their cost.
"""


def _asked(text: str, slug: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """Return each question's last line, its key and its options."""
    qset = generate(text, slug=slug, title=slug).qset
    return [(q.text.split("\n")[-1], q.correct_option, q.options) for q in qset.questions]


def test_a_region_word_is_a_province_only_where_the_article_names_its_country() -> None:
    papua = set(state_names()["PG"])
    asked = _asked(GULF, "gulf")
    assert asked
    assert not any(papua & set(options) for _, _, options in asked)
    # the article that names Papua New Guinea keeps its provinces as the rivals
    asked = _asked(PROVINCES, "provinces")
    gulf = [options for _, key, options in asked if key == "Gulf"]
    assert gulf and all(set(options) <= papua for options in gulf)


def test_where_a_reporter_reports_from_is_not_asked_as_his_organization() -> None:
    asked = _asked(BRIEFING, "briefing")
    assert asked
    assert not any("report" in text and text.startswith("From which organization")
                   for text, _, _ in asked)  # fmt: skip
    # the blank in the article's own words may stay: the options are ministries, as the key
    posts = [(text, options) for text, key, options in asked if key == "Environment Ministry"]
    assert all(text.endswith("reports from the _____.") for text, _ in posts)
    assert all(option.endswith("Ministry") for _, options in posts for option in options)
