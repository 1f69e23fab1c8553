"""Options of the key's own kind (blind review 64): no aircraft model among people, no other
country's towns for a province named in a list, no score the winner's count rules out, and
no amount's bracketed conversion asked."""

from __future__ import annotations

from functools import cache

import pytest

from questions.generate.conversions import bracketed_conversion, conversion_aside
from questions.generate.distractors import choose_distractors
from questions.generate.facts import Fact
from questions.generate.nlp import load_nlp
from questions.generate.nonpersons import nonpersons
from questions.generate.pipeline import generate
from questions.generate.placeunits import place_unit
from questions.generate.result import GenerationResult
from questions.generate.scoresides import on_score_side, shown_score

_AIRPORT = """Runway debris trial opens in Lisbon

Tuesday, May 4, 2021

A Portuguese court on Monday opened the trial of three mechanics over the runway fire at \
Lisbon airport in 2015.

Witnesses said a Westbay Airlines Douglas DC-9 had left the gate with a faulty valve.

Chief mechanic Rui Tavares and his deputy Carla Mendes face charges of negligence. The \
airport's former safety officer, Paulo Sequeira, is also charged.

Defence lawyer Marta Lobo told the court that engineer Tiago Fonseca would be a key witness.

Tavares has denied wrongdoing, and Mendes said she had followed the manual.
"""

_MATCH = """Norland reach the handball final

Sunday, July 18, 2021

In the first semi-final on Saturday in Arlon, Norland beat Estavia 6 games to 4 in front of \
a crowd of 2,000.

Norland coach Pieter Vos said his side had played their best match of the season. Estavia \
captain Lena Marsh said the team would learn from the defeat.

The final will be played on Sunday against Velmark, who beat Ostrava 5 games to 2 in the \
second semi-final. Velmark have won the title twice, in 2015 and 2019, and their goalkeeper \
Tomas Ruud was named the best player of the group stage by the federation.
"""

_FINE = """Council fined over late bridge

Thursday, March 11, 2021

The city council of Porto was fined €420,000 (US$510,000) on Wednesday for finishing the \
Douro footbridge two years late.

The bridge, which cost €12 million to build, was opened by Mayor Rui Moreira in January. The \
council said it would appeal the fine in the Supreme Court in Lisbon.

The builder, Acme Construções, was fined €90,000 for the delay. Its director, Nuno Faria, \
said the company had warned the council in 2018 that the steel would arrive late, and that \
it would not pay.
"""


@cache
def _quiz(text: str) -> GenerationResult:
    """Generate the quiz of a made-up article once."""
    return generate(text, slug="made-up", title="Made up")


def _options(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """Return each question's text, key and options."""
    return [(q.text, q.correct_option, q.options) for q in _quiz(text).qset.questions]


def test_an_aircraft_model_is_no_person() -> None:
    nlp = load_nlp()
    doc = nlp("Witnesses said a Westbay Airlines Douglas DC-9 had left the gate.")
    assert "Douglas DC-9" in nonpersons(list(doc.sents))
    # a person's name holds no number; a stage name opening on one is left alone
    doc = nlp("Witnesses said Douglas Harper had left the gate.")
    assert "Douglas Harper" not in nonpersons(list(doc.sents))


def test_an_aircraft_model_is_neither_asked_as_nor_offered_among_people() -> None:
    asked = _options(_AIRPORT)
    assert any(text.splitlines()[-1].startswith("Who") for text, _, _ in asked)
    for text, key, options in asked:
        assert "DC-9" not in key, text
        assert not any("DC-9" in option for option in options), (text, options)


def test_a_plural_unit_heading_a_list_names_its_places() -> None:
    text = "Over 900 cases have been reported in the provinces of Nyanza, Coast and Western."
    assert place_unit("Nyanza", text, "city") == "province"
    assert place_unit("Coast", text, "place") == "province"
    assert place_unit("Nyanza", "Officials in Nyanza said so.", "city") is None


def test_a_province_in_a_list_gets_no_other_country_s_towns() -> None:
    """Nyanza is a Rwandan town's name too: not Kigali beside Kenya's province, but only the
    article's other provinces, none of them already in the list (so here none)."""
    source = "Over 900 cases have been reported in the provinces of Nyanza, Coast and Western."
    at = source.split().index("Nyanza,")
    nyanza = Fact(0, at, at + 1, "Nyanza", "GPE", "place", "city")
    rivals, _ = choose_distractors(nyanza, "Nyanza", [], source, "made-up")
    assert rivals == []


def test_a_score_side_is_shown_beside_its_blank() -> None:
    assert shown_score("Norland beat Estavia 6 games to _____ in Arlon.") == 6
    assert shown_score("Estavia went down to Norland by _____ sets to 3.") == 3
    assert shown_score("Acme won 3 to _____ on Sunday.") == 3
    assert shown_score("Prices rose from 3 to _____ percent.") is None
    assert shown_score("Sales grew 3 years to _____ in Arlon.") is None


@pytest.mark.parametrize(
    ("option", "key", "kept"),
    [("5", "4", True), ("7", "4", False), ("6", "4", False), ("8", "9", True), ("5", "9", False)],
)
def test_a_score_option_stays_on_the_key_s_side(option: str, key: str, kept: bool) -> None:
    assert on_score_side(option, key, "Norland beat Estavia 6 games to _____.") is kept


def test_a_winner_s_count_is_offered_above_the_loser_s() -> None:
    asked = [(t, o) for t, _, o in _options(_MATCH) if "_____ games to 4" in t]
    assert asked
    for text, options in asked:
        assert all(int(option) > 4 for option in options), (text, options)


def test_an_amount_s_bracketed_conversion_is_not_asked() -> None:
    nlp = load_nlp()
    doc = nlp("The council was fined €420,000 (US$510,000) on Wednesday.")
    sentence = next(iter(doc.sents))
    at = next(t.i for t in doc if t.text == "510,000")
    converted = Fact(0, at, at + 1, "510,000", "MONEY", "money")
    assert bracketed_conversion(sentence, converted) is not None
    first = next(t.i for t in doc if t.text == "420,000")
    asked = Fact(0, first - 1, first + 1, "€420,000", "MONEY", "money")
    assert bracketed_conversion(sentence, asked) is None
    # the amount asked is written without the conversion that gives it away
    assert conversion_aside(sentence, asked) == frozenset(range(first + 1, first + 5))


def test_a_quiz_never_blanks_a_conversion() -> None:
    asked = _options(_FINE)
    assert any(key == "€420,000" for _, key, _ in asked)  # the amount itself is asked
    for text, key, _ in asked:
        assert "(US$_____" not in text and "(_____)" not in text, text
        assert "510,000" not in text and "510,000" not in key, text


def _conversion_of(text: str, word: str) -> str | None:
    """Return why the amount whose last word is `word` may not be asked, as a conversion."""
    doc = load_nlp()(text)
    at = next(t.i for t in doc if t.text == word)
    return bracketed_conversion(next(iter(doc.sents)), Fact(0, at, at + 1, word, "MONEY", "money"))


def test_a_conversion_opens_on_any_currency_sign_or_code() -> None:
    # a sign Unicode calls a currency's ("₹") or an ISO 4217 code (pycountry's "NOK")
    assert _conversion_of("The firm was fined €5,000 (₹ 450,000) on Friday.", "450,000")
    assert _conversion_of("The firm was fined €5,000 (NOK 58,000) on Friday.", "58,000")
    # any hedge a count may carry stands before it ("almost", as "about")
    assert _conversion_of("The firm was fined €5,000 (almost US$5,900) on Friday.", "5,900")
    # capitals that name no currency ("ABC") open no conversion: the bracket says another thing
    assert _conversion_of("The firm was fined €5,000 (ABC 58,000) on Friday.", "58,000") is None
