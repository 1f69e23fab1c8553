"""A city key listed among national capitals (or countries' largest cities) gets rivals of
that kind (review 82: "from Beirut and Baghdad to _____ and Tehran" keyed Damascus beside
three Syrian towns, the one capital among the options)."""

from __future__ import annotations

from typing import Any

from questions.generate.distractors import choose_distractors
from questions.generate.facts import sentence_facts
from questions.generate.listedcapitals import CAPITAL, LARGEST, list_partners, listed_kind
from questions.generate.nearby import capital_names
from questions.generate.options import article_context, option_context
from questions.generate.pools import cities, country_code
from questions.schema import normalise
from tests.generate.generate_checks import written_options

_FERRY = "Ferries sail from Oslo and Helsinki to Stockholm and Copenhagen every week."
_TOUR = """Choir to tour southern Europe

Tuesday, April 8, 2014

The Harbour Youth Choir from Newport will sing in Madrid, Lisbon and Rome this summer, \
its director Fiona Blake said on Tuesday.

"We will carry our songs from Madrid and Lisbon to Rome and beyond," Blake said.

The choir of 40 singers won a regional contest in 2012 and raised 15,000 pounds for the \
trip. Its members are aged between 12 and 18, and most of them have never sung abroad \
before. Blake said the singers had rehearsed twice a week since January and would perform \
a new piece written for them by the composer Peter Vale.
"""


def _capital(name: str) -> bool:
    """Tell whether a name is a national capital's."""
    return normalise(name) in {normalise(c) for c in capital_names().values()}


def _options(nlp: Any, text: str, key: str) -> list[str]:
    """Return the wrong options chosen for a key in a one-sentence text, asked as a cloze."""
    sentences = list(nlp(text).sents)
    facts = [f for n, s in enumerate(sentences) for f in sentence_facts(s, n)]
    fact = next(f for f in facts if f.text == key)
    stem = text.replace(key, "_____", 1)
    context = option_context(article_context(text, facts, sentences), fact, stem,
                             sentence=sentences[0])  # fmt: skip
    return choose_distractors(fact, key, facts, text, "seed", context)[0]


def test_a_from_to_pair_lists_both_lists_as_partners(nlp: Any) -> None:
    # "from A and B to C and D": C's partners are D and the "from" list's A and B
    doc = nlp(_FERRY)
    stockholm = next(t for t in doc if t.text == "Stockholm")
    assert sorted(list_partners(stockholm)) == ["Copenhagen", "Helsinki", "Oslo"]
    oslo = next(t for t in doc if t.text == "Oslo")
    assert sorted(list_partners(oslo)) == ["Copenhagen", "Helsinki", "Stockholm"]


def test_the_list_kind_needs_the_key_and_every_partner(nlp: Any) -> None:
    assert listed_kind("Rome", ["Madrid", "Lisbon"]) == CAPITAL
    # Istanbul, Sydney and Toronto: their countries' largest cities, no capitals
    assert listed_kind("Toronto", ["Istanbul", "Sydney"]) == LARGEST
    assert listed_kind("Lyon", ["Paris", "London"]) == ""  # a mixed list: no rule
    assert listed_kind("Rome", []) == ""  # no list at all


def test_a_capital_listed_among_capitals_gets_capitals(nlp: Any) -> None:
    options = _options(nlp, _FERRY, "Stockholm")
    assert len(options) == 3
    assert all(_capital(o) for o in options)  # no Gothenburg or Malmo beside three capitals
    assert not {"Oslo", "Helsinki", "Copenhagen"} & set(options)  # the list's own


def test_a_town_listed_among_capitals_keeps_its_own_countrys_rivals(nlp: Any) -> None:
    # Munich is no capital: capitals beside it would give it away in turn
    text = "The tour stops in Berlin, Rome and Munich next spring."
    options = _options(nlp, text, "Munich")
    assert options and all(cities().get(normalise(o)) == "DE" for o in options)


def test_a_made_up_tour_asks_a_listed_capital_among_capitals(monkeypatch: Any) -> None:
    written = written_options(_TOUR, monkeypatch, "Choir to tour southern Europe")
    rome = [options for options in written.values() if options[0] == "Rome"]
    assert rome
    for options in rome:
        assert all(_capital(o) and country_code(o) == "" for o in options[1:])
        assert not {"Milan", "Naples", "Turin"} & set(options)
