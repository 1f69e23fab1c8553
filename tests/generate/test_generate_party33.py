"""Blind review 83: a party's spokesman offered beside another country's president. Where
the article ties the key to a party ("party chairman", "Republican National Committee
chairwoman") and an option's own title gives them an office of another country than the
story's ("Peruvian President"), that option is no rival: the reader strikes it out."""

from __future__ import annotations

from typing import Any

from questions.generate.partyrivals import foreign_officer, party_rivals
from tests.generate.generate_checks import written_options

STORY = """Senator visits Peru as campaign heats up

Monday, March 3, 2025

Senator Walter Pike flew to Peru on Monday to meet Peruvian President Anton Varga \
and Peruvian Foreign Minister Ilse Koral about trade between the two countries.

Pike said the United States would keep its promises to Peru. American officials said \
the visit would last three days. Americans are divided over the trip, polls in the United \
States say.

In the Republican radio address, party chairwoman Nora Blake told American voters that the \
country needed new leaders in Washington.

"The American people deserve better than broken promises," said Blake.
"""

TITLE = "Senator visits Peru as campaign heats up"


def test_the_party_spokeswoman_and_the_foreign_officers_are_read(nlp: Any) -> None:
    """Blake's "party chairwoman" ties her to a party; the Peruvian president and minister
    hold another country's offices than the United States (the country named most); Pike,
    titled by no country, holds none."""
    rivals = party_rivals(list(nlp(STORY).sents))
    party, officers = rivals
    assert party["nora blake"] == party["blake"] == {"US"}
    assert officers["anton varga"] == officers["ilse koral"] == {"PE"}
    assert "walter pike" not in officers
    assert foreign_officer("Anton Varga", "Nora Blake", rivals)
    assert not foreign_officer("Walter Pike", "Nora Blake", rivals)
    assert not foreign_officer("Nora Blake", "Anton Varga", rivals)  # Varga speaks for none


def test_no_foreign_officer_is_offered_for_the_partys_address(monkeypatch: Any) -> None:
    """ "Who told American voters …?" keyed Blake offers neither Peruvian officeholder."""
    written = written_options(STORY, monkeypatch, TITLE)
    asked = [o for line, o in written.items() if o[0] == "Nora Blake" and line.startswith("Who")]
    assert asked
    for options in asked:
        assert not {"Anton Varga", "Ilse Koral"} & set(options)


def test_without_a_known_country_no_one_is_struck_out(nlp: Any) -> None:
    """Where no country leads the article's names, the party's country is not known: no
    officeholder is struck out; a party titled by its country is that country's."""
    text = (
        "Party chairwoman Nora Blake spoke in Lima. Peruvian President Anton Varga spoke. "
        "Chilean President Ilse Koral spoke. Chilean Socialist Party leader Rosa Ibarra spoke."
    )
    rivals = party_rivals(list(nlp(text).sents))
    assert not foreign_officer("Anton Varga", "Nora Blake", rivals)
    assert foreign_officer("Anton Varga", "Rosa Ibarra", rivals)  # Peru's, not Chile's
    assert not foreign_officer("Ilse Koral", "Rosa Ibarra", rivals)  # a Chilean rival
