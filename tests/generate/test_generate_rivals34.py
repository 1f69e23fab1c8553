"""Blind review 83: rivals the question's own words rule out. A prime minister the article
places in another country ("… is Peru, where she will meet Prime Minister …") is no rival
for a party's spokesman; "confirmed by a vote in the _____" takes no court or ministry;
"under Republican president _____" takes no Democrat and no vice president."""

from __future__ import annotations

from typing import Any

from questions.generate.options import OptionContext
from questions.generate.partyrivals import foreign_officer, party_rivals
from questions.generate.slotrivals import slot_clash
from tests.generate.generate_checks import bare_fact, written_options

VISIT = """Senator visits Peru as campaign heats up

Monday, March 3, 2025

The senator's first stop is Peru where she says she will meet Prime Minister Anton Varga \
to talk about trade deals they signed last year in the United States.

American officials said the visit would last three days. Americans are divided over the \
trip, polls in the United States say.

In the Republican radio address, party chairwoman Nora Blake told American voters that the \
country needed new leaders in Washington.

"The American people deserve better than broken promises and higher prices," said Blake. \
She said voters in every state would be asked to choose a new path in November.
"""

COURT = """Judge blocks new mining rule

Tuesday, April 8, 2025

Federal judge Mara Quill on Monday blocked a new mining rule issued by President Hal \
Benton. The Department of Justice said it would appeal to the Supreme Court, and the State \
Department said it would review the rule.

Judge Quill took her seat under Republican president Carl Dunmore and was confirmed by a \
strong majority vote in the Senate. Vice President Lee Crane called the ruling a mistake. \
State attorney Ruth Vale has filed lawsuits against Democratic president Owen Tarr.

Mining firms said the rule would cost thousands of jobs in the western states, while \
farmers said it would keep their rivers clean for many years to come.
"""


def _context(nlp: Any, text: str, key: str, kind: str, stem: str) -> OptionContext:
    """Return an option context for a made-up stem over a made-up article."""
    fact = bare_fact(key, kind)
    none: frozenset[str] = frozenset()
    return OptionContext(fact, stem, text, none, none, none, (), list(nlp(text).sents))


def test_an_untitled_prime_minister_takes_the_country_his_clause_names(nlp: Any) -> None:
    """Varga's title names no country; the clause he is met in is Peru's: no rival for the
    Republican chairwoman of an American story."""
    rivals = party_rivals(list(nlp(VISIT).sents))
    party, officers = rivals
    assert party["nora blake"] == {"US"}
    assert officers["anton varga"] == {"PE"}
    assert foreign_officer("Anton Varga", "Nora Blake", rivals)


def test_the_visitor_is_not_placed_by_the_clause_she_visits_in(nlp: Any) -> None:
    """ "In Peru, President Ana Sol will meet Prime Minister Anton Varga": the minister met is
    Peru's; the visiting president, the clause's subject, is not."""
    text = "In Peru, President Ana Sol will meet Prime Minister Anton Varga on Monday."
    _, officers = party_rivals(list(nlp(text).sents))
    assert officers.get("anton varga") == {"PE"}
    assert "ana sol" not in officers


def test_no_foreign_prime_minister_is_offered_for_the_partys_address(monkeypatch: Any) -> None:
    """ "Who told American voters …?" keyed Blake does not offer Varga."""
    written = written_options(VISIT, monkeypatch, "Senator visits Peru as campaign heats up")
    asked = [o for line, o in written.items() if o[0] == "Nora Blake"]
    assert asked
    for options in asked:
        assert "Anton Varga" not in options


def test_a_confirming_vote_takes_only_bodies_that_vote(nlp: Any) -> None:
    """A court or a department holds no confirmation vote; a committee or a house does."""
    stem = "Judge Quill was confirmed by a strong majority vote in the _____."
    ctx = _context(nlp, COURT, "Senate", "organization", stem)
    assert slot_clash("Supreme Court", "Senate", ctx.fact, ctx)
    assert slot_clash("Department of Justice", "Senate", ctx.fact, ctx)
    assert not slot_clash("Judiciary Committee", "Senate", ctx.fact, ctx)
    assert not slot_clash("House of Representatives", "Senate", ctx.fact, ctx)
    other = _context(nlp, COURT, "Senate", "organization", "Judge Quill was praised by the _____.")
    assert not slot_clash("Supreme Court", "Senate", other.fact, other)  # no vote named


def test_a_party_presidents_slot_takes_no_other_party_or_office(nlp: Any) -> None:
    """ "under Republican president _____": not the Democratic president, not the vice
    president, not the attorney; the president of no stated party may stay."""
    stem = "Judge Quill took her seat under Republican president _____."
    ctx = _context(nlp, COURT, "Carl Dunmore", "person", stem)
    assert slot_clash("Owen Tarr", "Carl Dunmore", ctx.fact, ctx)
    assert slot_clash("Lee Crane", "Carl Dunmore", ctx.fact, ctx)
    assert slot_clash("Ruth Vale", "Carl Dunmore", ctx.fact, ctx)
    assert not slot_clash("Hal Benton", "Carl Dunmore", ctx.fact, ctx)


def test_the_court_story_offers_no_ruled_out_rival(monkeypatch: Any) -> None:
    """Every written question over the court story keeps to rivals its words allow."""
    written = written_options(COURT, monkeypatch, "Judge blocks new mining rule")
    for line, options in written.items():
        if "vote in the _____" in line:
            assert not {"Supreme Court", "Department of Justice", "State Department"} & set(options)
        if "Republican president _____" in line:
            assert not {"Owen Tarr", "Lee Crane", "Ruth Vale"} & set(options)
