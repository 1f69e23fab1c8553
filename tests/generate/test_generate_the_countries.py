"""A country option takes the stem's "the" by its own name, not only where the article wrote
"the X": "President Jane Holt of the _____" had only the article's UK and UAE left and was
refused for too few options. A plural or a polity noun heading the name takes "the" ("the
Solomon Islands", "the Czech Republic"); WordNet's "The Gambia" and an official "Republic of
the Philippines" say so of one word; "Papua New Guinea" (a guinea is a coin) and "Chad" take
none; "Ivory Coast", said both ways, is never offered. An article's country that cannot take
the slot's "the" leaves a list's countries the plausible rivals."""

from __future__ import annotations

from questions.generate.countrythe import says_the
from questions.generate.facts import Fact
from questions.generate.farplaces import far_places
from questions.generate.options import OptionContext, article_context, option_context
from questions.generate.placefit import no_article

TEXT = (
    "President Jane Holt of Marovia met the Prime Minister of the United Kingdom on Monday. "
    "Holt later flew to Canada, where she opened a trade fair."
)


def _context(stem: str) -> OptionContext:
    """Build an option context for a country key in a made-up article."""
    fact = Fact(0, 1, 2, "United Kingdom", "GPE", "place", "country")
    return OptionContext(fact, stem, TEXT, frozenset(), frozenset(), frozenset(), ())


def test_a_countrys_name_says_whether_it_takes_the() -> None:
    for name in ("United States", "Czech Republic", "Solomon Islands", "United Arab Emirates"):
        assert says_the(name) is True, name  # a plural or a polity heads the name
    for name in ("Netherlands", "Philippines", "Gambia", "Republic of the Congo"):
        assert says_the(name) is True, name  # WordNet's or pycountry's "the"
    for name in ("Turkey", "Chad", "Jordan", "Papua New Guinea", "Sierra Leone", "Honduras"):
        assert says_the(name) is False, name  # a turkey, a guinea and a leone are no lands
    for name in ("Ivory Coast", "Sudan", "Norfolk Island"):
        assert says_the(name) is None, name  # said both ways, or "Island" singular


def test_a_country_option_fits_the_stems_the_by_its_own_name() -> None:
    after_the = _context("President Jane Holt of Marovia met the Prime Minister of the _____.")
    bare = _context("Holt later flew to _____, where she opened a trade fair.")
    for option in ("Czech Republic", "Solomon Islands", "Philippines"):
        assert not no_article(option, "United Kingdom", after_the), option
        assert no_article(option, "United Kingdom", bare), option  # "to Czech Republic"
    for option in ("Chad", "Papua New Guinea"):
        assert no_article(option, "United Kingdom", after_the), option  # "the Chad"
        assert not no_article(option, "United Kingdom", bare), option
    assert no_article("Ivory Coast", "United Kingdom", after_the)
    assert no_article("Ivory Coast", "United Kingdom", bare)


def test_a_list_stands_where_the_articles_countries_cannot_take_the_slot() -> None:
    text = (
        "Critics say Marovia arms the army in Kenya. United Kingdom officials and Canada "
        "called for talks."
    )
    kenya = Fact(0, 6, 7, "Kenya", "GPE", "place", "country")
    britain = Fact(1, 0, 2, "United Kingdom", "GPE", "place", "country")
    canada = Fact(1, 4, 5, "Canada", "GPE", "place", "country")
    stem = "Critics say Marovia arms the army in _____."
    context = option_context(article_context(text, []), kenya, stem)
    # "in United Kingdom" cannot be read: a list's Uganda is the plausible rival
    assert far_places(kenya, "library", [kenya, britain], context) is None
    assert far_places(kenya, "library", [kenya, britain, canada], context) is not None


def test_an_option_standing_alone_takes_no_the_to_fit() -> None:
    asked = _context("Which country did President Jane Holt visit on Monday?")
    assert not no_article("Solomon Islands", "United Kingdom", asked)
    assert not no_article("Chad", "United Kingdom", asked)
