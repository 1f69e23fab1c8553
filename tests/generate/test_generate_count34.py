"""A country key's library rivals are refused only beside the article's own countries: an
island, an atoll or an ocean the article names is no country that could take the blank, so
"an uninhabited island in the _____" (Maldives) is asked among the gazetteer's countries."""

from __future__ import annotations

from questions.generate import generate

ARTICLE = """Wreckage of missing trawler found on remote island

Monday, March 2, 2015

Wreckage believed to be part of a missing fishing trawler has washed ashore on an uninhabited \
island in the Maldives, officials said on Monday. The trawler vanished last month with nine \
crew on board.

A burning vessel sank into the Indian Ocean on February 10, fishermen on the small island of \
Fenfushi said. Police on Fenfushi collected 35 pieces and sent them to the capital for tests. \
The owners of the trawler will pay for a search of the nearby Dhaalu Atoll.

Coast guard commander Ahmed Shareef led the search for the crew. Shareef said 40 sailors and \
three aircraft had joined the search since February 11. Around 2,000 people live on Fenfushi, \
most of them fishermen.
"""

RIVAL = ARTICLE.replace(
    "most of them fishermen.", "and a second search is planned off the Seychelles."
)


def _questions(text: str) -> list[tuple[str, tuple[str, ...], str]]:
    """Return each question's last line, its options and its key."""
    qset = generate(text, slug="trawler", title="Trawler").qset
    return [(q.text.split("\n")[-1], tuple(q.options), q.options[q.answer]) for q in qset.questions]


def test_country_beside_untyped_places_is_asked_among_countries() -> None:
    asked = [(o, k) for q, o, k in _questions(ARTICLE) if "uninhabited island in the _____" in q]
    assert asked, "the Maldives is asked: Fenfushi and Dhaalu Atoll are no countries"
    options, key = asked[0]
    assert key == "Maldives"
    assert not {"Fenfushi", "Dhaalu Atoll", "Indian Ocean"} & set(options)


def test_country_beside_the_articles_own_country_keeps_it_in_view() -> None:
    # the article's own Seychelles is the plausible rival: never only a list's countries
    for question, options, _ in _questions(RIVAL):
        if "uninhabited island in the _____" in question:
            assert "Seychelles" in options
