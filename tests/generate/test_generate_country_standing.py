"""Blind review 73: country options a reader strikes out at once. A territory or a small far
state offered among the rich trading states a question lists beside its key ("the USA,
Japan, …, the _____, Sweden …": Gambia, the Palestinian Territory), and a key named by its
own currency in the question ("… worth over AU$2.1 billion" keyed Australia)."""

from __future__ import annotations

from questions.generate.currencies import currency_nations
from questions.generate.distractors import choose_distractors
from questions.generate.gazetteer import continent, country_code
from questions.generate.giveaways import echoed_option
from questions.generate.options import article_context, option_context
from questions.generate.standing import dependencies, listed_company, of_standing
from tests.generate.generate_checks import bare_fact

LISTED = (
    "Norway sells its gas to Canada, Japan, Italy, Denmark, the _____, Austria, Poland and "
    "Portugal."
)


def test_a_list_in_the_stem_is_the_keys_company() -> None:
    assert listed_company(LISTED) == ["CA", "JP", "IT", "DK", "AT", "PL", "PT"]
    assert listed_company("Norway sold gas to the _____ on Monday.") == []


def test_a_listed_keys_rivals_are_of_the_lists_continents_and_size() -> None:
    """Gambia (Africa, fewer people than Denmark) and the Palestinian Territory are struck
    out among Canada, Japan and Europe's states; the Netherlands and the Philippines stay."""
    offered = ["Gambia", "Netherlands", "Palestinian Territory", "Philippines"]
    assert of_standing(offered, "United Kingdom", LISTED) == ["Netherlands", "Philippines"]


def test_a_lone_keys_rivals_are_no_dependency_nor_microstate() -> None:
    """Beside France alone: no Puerto Rico (a United States territory), no Monaco; a small
    state beside a small key stays (Luxembourg beside Belgium)."""
    assert {"PR", "HK", "PS"} <= dependencies()
    assert not {"ML", "FR", "NL"} & dependencies()  # Mali is no Guinean prefecture's
    offered = ["Puerto Rico", "Monaco", "Belgium", "Mexico"]
    assert of_standing(offered, "France", "Paris hosted the talks.") == ["Belgium", "Mexico"]
    assert of_standing(["Luxembourg"], "Belgium", "Talks were held.") == ["Luxembourg"]
    # a state of two million is tiny beside the United States, not beside Sweden
    assert of_standing(["Gambia", "Cuba"], "United States", "Talks were held.") == ["Cuba"]
    assert of_standing(["Gambia"], "Sweden", "Talks were held.") == ["Gambia"]
    # a dependency's own rivals may be dependencies too
    assert of_standing(["Hong Kong"], "Taiwan", "Talks were held.") == ["Hong Kong"]


def test_library_options_for_a_listed_key_keep_its_standing() -> None:
    """The stem's "the _____" leaves only countries said with "the": none of them a
    territory, nor off the list's continents, nor smaller than its smallest state. Where the
    article names the listed countries as its own, no library country fills it (`theslot`)."""
    names = ["Norway", "Canada", "Japan", "Italy", "Denmark", "Austria", "Poland", "Portugal"]
    article = [bare_fact(n, "place", "country", "GPE") for n in [*names, "United Kingdom"]]
    source = LISTED.replace("the _____", "the United Kingdom")
    fact = article[-1]
    context = option_context(article_context(source, article), fact, LISTED)
    assert choose_distractors(fact, "United Kingdom", article, source, "seed", context)[0] == []
    alone = [fact]  # the list's names not taken as the article's: the library fills the slot
    context = option_context(article_context(source, alone), fact, LISTED)
    options, _ = choose_distractors(fact, "United Kingdom", alone, source, "seed", context)
    assert options
    for option in options:
        code = country_code(option)
        assert code not in dependencies(), option
        assert continent(option) in {"NA", "AS", "EU"}, option
        assert of_standing([option], "United Kingdom", LISTED) == [option]


def test_an_amounts_currency_names_its_country() -> None:
    assert currency_nations("exports worth over AU$2.1 billion") == {"AU"}
    assert currency_nations("a A$5 million grant and a £3m loan") == {"AU", "GB"}
    assert currency_nations("sales of 2.1 billion AUD") == {"AU"}
    assert currency_nations("he paid him CAN$300,000") == {"CA"}
    # a bare dollar or the euro names no one country; a code read as a word is none
    assert currency_nations("$5 and €4; TOP 5 picks") == frozenset()


def test_a_stem_holding_the_keys_currency_gives_it_away() -> None:
    stem = "Which country exported 900 tonnes of wool worth over NZ$3 billion in 2004?"
    rivals = ["Australia", "Argentina", "Uruguay"]
    assert echoed_option(stem, "New Zealand", rivals)
    assert echoed_option(stem.replace("NZ$", "$"), "New Zealand", rivals) is None
