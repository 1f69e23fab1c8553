"""Blind review 88: wrong options the question's own words rule out. A count whose stem
lists the things counted; an ordinal set off as a role ("Ada Vole, the _____,"); a person
the stem calls "Danish born"; "the election of _____"; a year between a recurring Games'."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from questions.generate.cycles import off_cycle
from questions.generate.options import OptionContext
from questions.generate.stemruled import stem_clash, stem_refusal
from tests.generate.generate_checks import bare_fact

ROWING = """Rowing crews meet at the lake

Sunday, May 4, 2025

Ada Vole, the stroke, rowed at the 2012 Summer Olympics. Tom Reed, the bow, won a bronze. \
Danish born Lars Holm was banned for a year after a failed test. Canadian skipper Ann Lee \
and Canadian coach Bo Finch led the other crew, and Fay Hart, the coach, watched.

The mayor said the election of Dan Moss as governor had helped the club. Singer Joy Park \
sang before the race, and Ruth Dale painted the boats.
"""

ROLES = """Ice teams named

Monday, March 3, 2025

Joe Lamb, the second, and Kim Fold, the third, join Ron Ash, the first, on the team.
"""


def _context(nlp: Any, text: str, key: str, kind: str, stem: str) -> OptionContext:
    """Return an option context for a made-up stem over a made-up article."""
    fact = bare_fact(key, kind)
    none: frozenset[str] = frozenset()
    return OptionContext(fact, stem, text, none, none, none, (), list(nlp(text).sents))


def test_a_count_whose_stem_lists_its_items_is_refused(nlp: Any) -> None:
    """ "all _____ members …, including A, B, C" keyed three: the list is the answer."""
    stem = "The crew includes all _____ members of its winning boat, including Ada, Tom, and Fay."
    ctx = _context(nlp, ROWING, "three", "count", stem)
    assert stem_refusal(ctx.fact, "three", ctx)
    other = _context(nlp, ROWING, "nine", "count", stem)
    assert stem_refusal(other.fact, "nine", other) is None  # three listed, nine asked


def test_a_role_ordinal_takes_only_the_articles_role_ordinals(nlp: Any) -> None:
    """ "Kim Fold, the _____," keyed third: "second" and "first" are roles; "sixth" is none."""
    stem = "Kim Fold, the _____, joins Ron Ash on the team."
    ctx = _context(nlp, ROLES, "third", "ordinal", stem)
    assert stem_refusal(ctx.fact, "third", ctx) is None
    assert stem_clash("sixth", "third", ctx.fact, ctx)
    assert not stem_clash("second", "third", ctx.fact, ctx)
    lone = _context(nlp, ROWING, "stroke", "ordinal", "Ada Vole, the _____, rowed.")
    assert stem_refusal(lone.fact, "second", lone)  # the article has no role ordinals


def test_a_stated_origin_with_no_other_of_it_is_refused(nlp: Any) -> None:
    """ "Danish born _____" with one Dane refused; "Canadian _____" keeps the other Canadian
    only."""
    stem = "Danish born _____ was banned for a year after a failed test."
    ctx = _context(nlp, ROWING, "Lars Holm", "person", stem)
    assert stem_refusal(ctx.fact, "Lars Holm", ctx)
    told = "The other crew was led by Canadian born _____ and a coach."
    text = ROWING + "\nCanadian born Ann Lee, Canadian born Bo Finch and Canadian born Al Roy.\n"
    canadian = _context(nlp, text, "Ann Lee", "person", told)
    assert stem_refusal(canadian.fact, "Ann Lee", canadian) is None
    assert stem_clash("Ruth Dale", "Ann Lee", canadian.fact, canadian)
    assert not stem_clash("Bo Finch", "Ann Lee", canadian.fact, canadian)


def test_the_election_of_takes_only_people_tied_to_an_election(nlp: Any) -> None:
    """ "the election of _____" keyed Dan Moss: no singer, no painter."""
    stem = "The mayor said the election of _____ as governor had helped the club."
    ctx = _context(nlp, ROWING, "Dan Moss", "person", stem)
    assert stem_clash("Joy Park", "Dan Moss", ctx.fact, ctx)
    assert stem_clash("Ruth Dale", "Dan Moss", ctx.fact, ctx)


def test_a_games_year_keeps_its_four_year_cycle() -> None:
    """ "_____ Winter Paralympics" keyed 2010: no 2009, 2013; 2006 and 2014 may stand."""
    stem = "Joe Lamb competed at the 2006 Winter Paralympics and _____ Winter Paralympics."
    none: frozenset[str] = frozenset()
    assert off_cycle("2009", "2010", stem, ROLES, none)
    assert off_cycle("2013", "2010", stem, ROLES, none)
    assert not off_cycle("2014", "2010", stem, ROLES, none)
    assert not off_cycle("2009", "2010", "He moved in _____.", ROLES, none)


def test_a_quote_where_a_country_speaks_takes_its_people_only(nlp: Any) -> None:
    """'A spokesman for _____ said: "Norway will keep our promise"' keyed a Norwegian: no
    Swede beside him; with too few Norwegians the question is refused."""
    stem = 'A spokesman for _____ said: "Norway will keep our promise to the fishermen".'
    base = _context(nlp, ROWING, "Ola Berg", "person", stem)
    placed = {"ola berg": frozenset({"NO"}), "per lund": frozenset({"SE"})}
    ctx = replace(base, placed=placed)
    assert stem_clash("Per Lund", "Ola Berg", ctx.fact, ctx)
    assert stem_refusal(ctx.fact, "Ola Berg", ctx)
    more = {"kari dahl": frozenset({"NO"}), "dahl": frozenset({"NO"}), "eva moe": frozenset({"NO"})}
    ctx = replace(base, placed={**placed, **more})
    assert stem_refusal(ctx.fact, "Ola Berg", ctx) is None
    assert not stem_clash("Kari Dahl", "Ola Berg", ctx.fact, ctx)
