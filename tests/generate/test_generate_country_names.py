"""Made-up person options from the list of the country the story is set in: blind reviews 33
and 35 struck out "Christopher Quinn" and "Jamie Pope" (American) offered beside a Chilean
Facebook user, as the American list also knows "Fernandez" and the story names a US agency."""

from __future__ import annotations

from typing import Any

from questions.generate.countrynames import country_locales, fold, lists
from questions.generate.facts import Fact
from questions.generate.people import person_options
from questions.generate.pools import locale_names
from tests.generate.test_generate_people import _options


def _fact(text: str, kind: str, subtype: str = "") -> Fact:
    """Build a fact that is not tied to a parse."""
    return Fact(0, 0, 0, text, "X", kind, subtype, "")


def _surnames(locale: str) -> set[str]:
    """Return a country list's surnames without accents."""
    found = lists(locale)
    assert found is not None
    return {fold(n) for n in (*found[2], *found[3])}


def test_a_chilean_commenter_gets_chilean_rivals_not_american_ones(nlp: Any) -> None:
    text = (
        "A strong aftershock shook central Chile on Sunday, the United States Geological "
        "Survey reported. Residents of Talca and Curicó felt it for almost a minute. "
        '"The windows rattled and the dogs ran out into the street!," Tito Fernandez '
        "wrote on the town's Facebook page. Schools in Chile will open on Monday."
    )
    stem = 'Who wrote "The windows rattled and the dogs ran out into the street!"?'
    options = _options(nlp, text, "Tito Fernandez", stem)
    american = set(locale_names("en_US")[2])
    chilean = _surnames("es_CL")
    assert len(options) >= 2
    assert all(o.split()[-1] in chilean for o in options)  # "Zambrano", not "Quinn"
    assert not any(o.split()[-1] in american - chilean for o in options)
    assert all(o.isascii() for o in options)  # written as the key is, without accents


def test_country_lists_are_faker_locales_of_the_countrys_own_languages() -> None:
    assert country_locales("CL") == ("es_CL",)
    assert country_locales("BR") == ("pt_BR",)
    assert "es_CA" not in country_locales("CA")  # Catalan's list is no Canadian one
    assert country_locales("IN") == ("en_IN",)  # Hindi's is in Devanagari


def test_a_woman_in_a_polish_story_gets_polish_womens_names() -> None:
    poland = _fact("Poland", "place", "country")
    america = _fact("United States", "place", "country")
    article = [poland, poland, america, _fact("Ewa Borysewicz", "person")]
    names = person_options("Ewa Borysewicz", article)
    polish = lists("pl_PL")
    assert polish is not None and len(names) >= 3
    women = {fold(n) for n in polish[1]}
    assert all(n.split()[0] in women and n.split()[1] in _surnames("pl_PL") for n in names)
    assert not any(n.split()[1].endswith("ski") for n in names)  # no man's surname form


def test_an_accentless_turkish_surname_is_known_by_its_letters() -> None:
    assert fold("Yılmaz") == "Yilmaz" and fold("Wałęsa") == "Walesa"
    article = [_fact("Turkey", "place", "country"), _fact("Mehmet Yilmaz", "person")]
    names = person_options("Mehmet Yilmaz", article)
    assert len(names) >= 3 and all(n.split()[-1] in _surnames("tr_TR") for n in names)
    assert all(n.isascii() for n in names)


def test_a_name_the_countrys_list_does_not_know_keeps_the_old_rule() -> None:
    # "Yvette Cooper" in a Chilean story: no Chilean list knows "Cooper".
    article = [_fact("Chile", "place", "country"), _fact("Yvette Cooper", "person")]
    names = person_options("Yvette Cooper", article)
    assert not any(n.split()[-1] in _surnames("es_CL") - set(locale_names("en_US")[2])
                   for n in names)  # fmt: skip


def test_a_surname_alone_takes_the_womans_form_her_full_name_tells() -> None:
    # "Novakova" asked alone, named "Jana Novakova" before: Czech women's surnames.
    article = [_fact("Czech Republic", "place", "country"), _fact("Jana Novakova", "person")]
    names = person_options("Novakova", article)
    czech = lists("cs_CZ")
    assert czech is not None and len(names) >= 3
    assert set(names) <= {fold(n) for n in czech[3]}
