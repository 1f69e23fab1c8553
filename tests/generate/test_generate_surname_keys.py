"""A surname said alone that no name list reads as one ("Obama", also a city) is asked among
the surnames of the article's other people named in full, three options if two fit."""

from __future__ import annotations

from questions.generate.facts import Fact
from questions.generate.options import article_context, option_problem
from questions.generate.shown import shown_options
from questions.generate.surnamekeys import SURNAMES, surname_rivals
from questions.generate.three import too_few_options

_TEXT = (
    "Mayor Helena Tavora of Porto met envoy Marcus Delling on Monday. "
    "Tavora said the talks went well. Former mayor Joan Whitcombe was not invited."
)


def _fact(text: str, kind: str, label: str = "PERSON") -> Fact:
    return Fact(0, 0, 0, text, label, kind, "", "")


_ARTICLE = [
    _fact("Helena Tavora", "person"),
    _fact("Marcus Delling", "person"),
    _fact("Tavora", "name"),  # a town too: the lists read it as no one's name
    _fact("Joan Whitcombe", "person"),
    _fact("Porto", "place", "GPE"),
]


def test_a_bare_surname_of_a_full_name_gets_the_others_surnames() -> None:
    assert surname_rivals(_ARTICLE[2], "Tavora", _ARTICLE) == ["Delling", "Whitcombe"]


def test_a_bare_name_no_one_is_named_in_full_by_gets_none() -> None:
    assert surname_rivals(_fact("Porto", "name"), "Porto", _ARTICLE) is None


def test_two_of_the_articles_surnames_make_a_three_option_question() -> None:
    key = _ARTICLE[2]
    assert too_few_options(key, "Tavora", ["Delling", "Whitcombe"], SURNAMES) is None
    assert too_few_options(key, "Tavora", ["Delling", "Whitcombe"], "article") is not None


def test_a_rival_surname_is_no_fragment_of_a_longer_name() -> None:
    ctx = article_context(_TEXT, _ARTICLE)
    ctx = type(ctx)(**{**ctx.__dict__, "fact": _ARTICLE[2], "stem": "_____ said it went well."})
    assert option_problem("Whitcombe", ctx) is None


def test_the_options_are_shown_as_surnames_and_none_the_sentence_names() -> None:
    ctx = article_context(_TEXT, _ARTICLE)
    stem = "_____ met envoy Marcus Delling on Monday."
    ctx = type(ctx)(**{**ctx.__dict__, "fact": _ARTICLE[2], "stem": stem})
    source = "Tavora met envoy Marcus Delling on Monday."
    names = {"Delling": "Marcus Delling", "Whitcombe": "Joan Whitcombe"}
    key, options, origin = shown_options(
        _ARTICLE[2], _ARTICLE, source, stem, ctx, frozenset(), names
    )
    assert (key, origin) == ("Tavora", SURNAMES)
    assert options == ["Whitcombe"]  # not Delling, whom she met
