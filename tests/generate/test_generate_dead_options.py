"""People an article says died are no options for a living person's deed, and an acronym a
general dictionary spells out needs no spelling out by the article."""

from __future__ import annotations

from typing import Any

from questions.generate.acronyms import unexplained_acronym
from questions.generate.deceased import dead_people
from questions.generate.distractors import choose_distractors
from questions.generate.facts import Fact, sentence_facts
from questions.generate.options import article_context, option_context
from questions.generate.relabel import people_named

FERRY = (
    "A ferry struck a pier in Port Alder on Monday, and two crew members died. "
    "The two killed were deckhand Peter Marsh and 40-year-old captain Owen Tallis. "
    "Harbour spokesman Daniel Wren gave a count of 30 injured. "
    "Mayor Laura Finch said the pier would close for a week. "
    "Inspector Graham Pole said the ferry's brakes had failed. "
    "Nurse Helen Brook said most patients were treated for cuts."
)


def _facts(nlp: Any, text: str) -> tuple[list[Fact], list[Any]]:
    """Return the facts and the parsed sentences of a small article."""
    sentences = list(nlp(text).sents)
    found = people_named([sentence_facts(s, n) for n, s in enumerate(sentences)], sentences)
    return [f for facts in found for f in facts], sentences


def test_the_people_an_article_says_died_are_known(nlp: Any) -> None:
    _, sentences = _facts(nlp, FERRY)
    dead = dead_people(sentences)
    assert {"peter marsh", "owen tallis", "tallis"} <= dead
    assert "daniel wren" not in dead and "laura finch" not in dead
    said = list(nlp("Gunmen killed Anna Vale. Rob Kerr, who died in 2009, founded it.").sents)
    assert dead_people(said) >= {"anna vale", "rob kerr"}
    killer = list(nlp("Tom Dyer killed a bear near the camp on Friday.").sents)
    assert "tom dyer" not in dead_people(killer)  # the killer lives
    spared = list(nlp("Rita Lowe, who was nearly killed, spoke. Sam Ode did not die.").sents)
    assert not dead_people(spared)


def test_a_living_key_s_deed_takes_no_dead_options(nlp: Any) -> None:
    facts, sentences = _facts(nlp, FERRY)
    fact = next(f for f in facts if f.text == "Daniel Wren")
    stem = "Who gave a count of 30 injured?"
    ctx = option_context(article_context(FERRY, facts, sentences, 2020), fact, stem)
    options, _ = choose_distractors(fact, fact.text, facts, "", stem, ctx)
    assert options and not {"Peter Marsh", "Owen Tallis"} & set(options)


def test_an_acronym_wordnet_spells_out_is_known() -> None:
    stem = "The new rules raise the FDIC insurance cap to _____."
    assert unexplained_acronym(stem, {}, "300,000") is None
    assert unexplained_acronym("The new rules raise the QXT cap to _____.", {}, "9") is not None
