"""Made-up person options of the nation the article gives the key ("Brazilian President …"):
review 44 struck out English names offered beside a Brazilian president and a Cuban official;
and "British" read as the United Kingdom's adjective, so "to British _____" offers no American."""

from __future__ import annotations

from typing import Any

from questions.generate.countrynames import fold
from questions.generate.nationnames import nation_locale, stated_nations
from questions.generate.nationwords import adjective_nation, described_country
from questions.generate.options import article_context
from questions.generate.people import person_options
from questions.generate.pools import locale_names
from tests.generate.test_generate_country_names import _fact, _surnames
from tests.generate.test_generate_people import _facts, _options


def test_a_brazilian_minister_abroad_gets_brazilian_rivals(nlp: Any) -> None:
    text = (
        "Brazilian Finance Minister Paulo Mendes Carvalho flew to the Peruvian city of Cusco "
        "on Monday, where he met Peruvian Trade Minister Rosa Quispe. The two ministers "
        "discussed a new road between Peru and Brazil. Officials from the United States "
        "and Peru will join the talks in March."
    )
    stem = "Who flew to the Peruvian city of Cusco on Monday?"
    options = _options(nlp, text, "Paulo Mendes Carvalho", stem)
    brazilian = _surnames("pt_BR")
    american = set(locale_names("en_US")[2])
    made_up = [o for o in options if o != "Rosa Quispe"]
    assert len(made_up) >= 2
    assert all(fold(o.split()[-1]) in brazilian for o in made_up)  # "Pereira", not "Miles"
    assert not any(o.split()[-1] in american - brazilian for o in made_up)


def test_a_nation_without_a_list_borrows_its_nearest_neighbour_of_its_language() -> None:
    assert nation_locale({"BR"}) == "pt_BR"
    assert nation_locale({"US"}) == "en_US"
    assert nation_locale({"CU"}) == "es_MX"  # Cuba speaks Spanish; Mexico is nearest
    assert nation_locale({"BR", "CO"}) is None  # placed in two: no one nation's names
    assert nation_locale(set()) is None


def test_a_cuban_official_gets_spanish_names_not_english_ones() -> None:
    article = [_fact("United States", "place", "country"), _fact("Ernesto Valdo", "person")]
    names = person_options("Ernesto Valdo", article, nations={"CU"})
    assert len(names) >= 3
    assert all(fold(n.split()[-1]) in _surnames("es_MX") for n in names)
    assert person_options("Ernesto Valdo", article) != names  # unplaced: the old rule


def test_british_is_the_united_kingdoms_adjective() -> None:
    assert adjective_nation("British") == "GB"
    assert "GB" in described_country("an open letter to British _____ arguing")
    assert adjective_nation("Ceylonese") == "LK"  # "Ceylon", WordNet's other name of Sri Lanka
    assert adjective_nation("Polish") == "PL"  # a country's own adjective reads as before


def test_a_peoples_noun_before_a_name_is_no_part_of_it(nlp: Any) -> None:
    text = "World number two Tom Baker has defeated Spaniard Carlos Ruiz to win his third title."
    people = {f.text for f in _facts(nlp, text) if f.kind == "person"}
    assert "Carlos Ruiz" in people and "Spaniard Carlos Ruiz" not in people


def test_a_side_a_player_plays_for_is_no_stated_nation(nlp: Any) -> None:
    text = (
        "Finland beat Norway 2-1 in Lahti on Sunday. Mikko Rask scored twice for Finland, "
        "and Norway's Ola Brekke scored once. Polish President Adam Nowicki watched the match."
    )
    article = _facts(nlp, text)
    context = article_context(text, article, list(nlp(text).sents))
    assert stated_nations("Ola Brekke", context) == frozenset()  # a match's: its players
    assert stated_nations("Adam Nowicki", context) == {"PL"}
    assert stated_nations("Adam Nowicki", None) == frozenset()
