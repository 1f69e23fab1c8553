"""Northern Ireland, which ISO 3166-2 types a province, is a nation of the United Kingdom as
England, Scotland and Wales are: it gives the country key away like them."""

from __future__ import annotations

from questions.generate.citynations import states_give_country


def test_northern_ireland_gives_its_country_away() -> None:
    assert states_give_country("Northern Ireland is to stay part of the _____.", "UK")
    assert states_give_country("Northern Ireland beat _____ 2-1 in Belfast.", "England") is None
