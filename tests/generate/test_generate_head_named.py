"""Names WordNet does not know get options of their own kind by their head noun, and a
one-word name after a person's title is a person.

"US surface ozone has dropped partly due to the _____" (the Clean Air Act) had no options:
the ozone article names no other statute and WordNet files its few named acts under two
categories (code review 15: only those of the key's era and kind are options). "Polaroids
of fashion designer Halston" was a town to the model.
"""

from __future__ import annotations

from typing import Any

from questions.generate.facts import sentence_facts
from questions.generate.headnamed import headed_names
from questions.generate.relabel import people_named
from tests.generate.generated import SharedGenerations


def test_an_act_gets_wordnet_s_other_named_acts() -> None:
    found = headed_names("Clean Air Act", "act")
    assert {"Stamp Act", "Foreign Intelligence Surveillance Act"} <= set(found)
    assert "Clean Air Act" not in found and all(n.endswith(" Act") for n in found)
    # code review 15: the Riot Act is first "a vigorous reprimand", no statute
    assert "Riot Act" not in found


def test_a_compound_head_is_asked_as_a_whole() -> None:
    """A news agency is no government agency: WordNet names no news agency, so none."""
    assert headed_names("Korean Central News Agency", "agency") == ()


def test_a_name_not_ending_in_its_kind_gets_none() -> None:
    assert headed_names("Medical Journal of Australia", "journal") == ()


def test_the_ozone_article_offers_no_act_of_another_era(generation: SharedGenerations) -> None:
    """Code review 15: the Stamp Act (1756) and the Riot Act beside the Clean Air Act were
    absurd in place; WordNet has too few named acts of its era, so it is not asked so."""
    for _, options in generation.keyed("ozone-warming-crops", "Clean Air Act"):
        assert not {"Stamp Act", "Riot Act"} & set(options), options


def _kinds(nlp: Any, text: str) -> dict[str, str]:
    """Return the kind the pipeline gives each name of a small article."""
    sentences = list(nlp(text).sents)
    found = people_named([sentence_facts(s, n) for n, s in enumerate(sentences)], sentences)
    return {f.text: f.kind for facts in found for f in facts}


def test_a_name_after_a_person_s_title_is_a_person(nlp: Any) -> None:
    text = (
        "The exhibit at the University of Southern Indiana features Polaroids of fashion "
        "designer Halston, a former resident of Evansville."
    )
    assert _kinds(nlp, text).get("Halston") == "person"


def test_a_name_after_a_firm_s_noun_is_no_person(nlp: Any) -> None:
    """A manufacturer is a firm before it is a person, in WordNet's commonest sense."""
    text = "The carmaker Halston said sales fell. The manufacturer Halston makes cars."
    assert _kinds(nlp, text).get("Halston") != "person"
