"""A well-known acronym the article never spells out ("NASA") still means the one body
WordNet knows by it, so the question may offer that body's fellows ("EPA", "FEMA"); those
are shown unspelled too, so they must be as well known. An acronym WordNet reads several
ways ("SC": scandium, South Carolina, the Security Council) or a rare one ("EAS", the
article's own "Engrossed Amendment as Agreed") gets none."""

from __future__ import annotations

from questions.generate import generate
from questions.generate.facts import Fact
from questions.generate.fields import of_field
from questions.generate.library import named_rivals
from questions.generate.pools import zipf
from questions.generate.wordnet import names_body

_STATION = (
    "Students' experiment to fly on space station\n\n"
    "NASA on Monday chose an experiment built by students at a school in Ohio to fly to the "
    "International Space Station next spring.\n\n"
    "The experiment, which tests how seeds grow without gravity, was designed by a class of "
    "14 students over six months.\n\n"
    "The students said they would share their results with other schools in the state.\n\n"
    "More than 200 schools from across the country had sent in experiments this year, and "
    "the winners of the next round will be named again early next autumn, the organisers "
    "said.\n"
)


def _body(text: str) -> Fact:
    """Return an organisation fact of a made-up sentence."""
    return Fact(0, 0, 1, text, "ORG", "organization", "", "")


def test_an_unspelled_known_acronym_gets_known_fellows_only() -> None:
    """'NASA': WordNet's other independent agencies, each common enough to read unspelled."""
    extra = named_rivals(_body("NASA"), "NASA", [], ["NASA"], None, "seed")[1]
    assert extra and all(name.isupper() for name in extra)
    assert all(zipf(name.lower()) >= 3.0 for name in extra)
    assert "OIG" not in extra and "NASA" not in extra


def test_an_ambiguous_or_rare_acronym_gets_no_wordnet_rivals() -> None:
    """'Tom Molomby, SC' is no Security Council; the bill's 'EAS' no Emergency Alert System."""
    assert named_rivals(_body("SC"), "SC", [], ["SC"], None, "seed")[1] == []
    assert named_rivals(_body("EAS"), "EAS", [], ["EAS"], None, "seed")[1] == []


def test_wordnet_tells_a_body_from_a_system() -> None:
    """A group's name is a body's; the Emergency Alert System is no body."""
    assert names_body("EPA") and names_body("Home Office")
    assert not names_body("EAS") and not names_body("no such body")


def test_nasa_is_asked_only_among_known_agencies_of_its_field() -> None:
    """The article names no other body: NASA may be asked among known US agencies, but only
    those of the story's field (`fields`): no EPA or Postal Service beside a space station."""
    result = generate(_STATION, slug="station", title="station")
    asked = [q for q in result.qset.questions if q.options[q.answer] == "NASA"]
    for question in asked:
        others = [o for i, o in enumerate(question.options) if i != question.answer]
        assert all(o.isupper() and names_body(o) for o in others)
        assert all(of_field(o, "NASA", _STATION) for o in others)


def test_a_body_named_for_its_people_gets_no_rivals_of_no_people() -> None:
    """'Korean People's Army': WordNet's armies are the Union's, the Confederacy's and the
    Continental Army, none Korean, so none; an army of no people keeps them."""
    korean = "Korean People's Army"
    assert named_rivals(_body(korean), korean, [], [korean], None, "seed")[1] == []
    grand = named_rivals(_body("Grand Army"), "Grand Army", [], ["Grand Army"], None, "seed")
    assert "Union Army" in grand[1]


def test_acronym_after_a_dated_determiner_drops_its_the() -> None:
    from questions.generate.acronyms import expand_acronyms

    names = {"NFL": "the National Football League"}
    stem = "How many games did the team lose in the 2015 NFL season?"
    assert expand_acronyms(stem, names, "three") == (
        "How many games did the team lose in the 2015 National Football League season?"
    )
