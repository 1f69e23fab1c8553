"""A study's thing named in the headline's singular, asked on made-up text: "the worms" under
"📰 Study suggests river worm changed …" are the headline's kind; a passive's agent is an
argument asked "What are the worms spread by?" with sisters of a rare or two-word key; and
"the other one, L. v. nordica," is said by its name."""

from __future__ import annotations

from typing import Any

from questions.generate.common import common_facts, common_rivals
from questions.generate.connectives import opening_connective
from questions.generate.facts import sentence_facts
from questions.generate.measures import story_named
from questions.generate.othernamed import named_pointers
from questions.generate.references import HEADLINE, unresolved_reference
from questions.generate.stems import cloze
from questions.generate.write import wh_question
from tests.generate.test_generate_common_nouns import _noun

WORM = HEADLINE + "Study suggests river worm changed to survive cold winters\n"
SPREAD = "The worms are spread by crane flies."
SOLDIER = HEADLINE + "Soldier killed in border clash\n"
OTHER = "However the other one, L. v. nordica, was found in over 80% of the streams sampled."


def _agent(nlp: Any) -> tuple[Any, Any]:
    """Return the sentence of the worms' carriers and its noun fact."""
    sentence = next(nlp(SPREAD).sents)
    (facts,) = common_facts([[]], [sentence], [{}], None)
    return sentence, next(f for f in facts if f.text == "crane flies")


def test_a_passive_s_agent_is_asked_with_its_by_left_behind(nlp: Any) -> None:
    sentence, fact = _agent(nlp)
    stem = wh_question(sentence, fact, {})[0]
    assert stem is not None and stem.text == "What are the worms spread by?"


def test_a_plural_of_the_headline_s_singular_is_its_kind(nlp: Any) -> None:
    sentence, fact = _agent(nlp)
    asked = "What are the worms spread by?"
    assert unresolved_reference(sentence, fact, WORM + asked) is None
    assert unresolved_reference(sentence, fact, asked) is not None  # which worms?
    assert story_named(fact.kind, WORM + asked)


def test_people_of_a_headline_s_singular_are_others(nlp: Any) -> None:
    said = "The soldiers were flown out by helicopters."
    sentence = next(nlp(said).sents)
    (facts,) = common_facts([[]], [sentence], [{}], None)
    fact = next(f for f in facts if f.text == "helicopters")
    asked = "What were the soldiers flown out by?"
    assert unresolved_reference(sentence, fact, SOLDIER + asked) is not None
    assert not story_named(fact.kind, SOLDIER + asked)


def test_a_closed_compound_sister_is_a_two_word_key_s_rival() -> None:
    """A bumblebee is a bee as a carpenter bee is, its name written shut."""
    assert "bumblebee" in common_rivals(_noun("carpenter bee"), "")


def test_a_rare_key_s_sisters_as_rare_are_its_peers() -> None:
    """Beside the rare "tsetse fly", the housefly and blowfly are its rivals."""
    assert common_rivals(_noun("tsetse fly"), "") == ["housefly", "blowfly"]


def test_a_pointing_phrase_a_name_renames_is_said_by_the_name(nlp: Any) -> None:
    sentence = next(nlp(OTHER).sents)
    fact = next(f for f in sentence_facts(sentence, 0) if f.text == "80%")
    replace = dict.fromkeys(named_pointers(sentence, fact), "")
    replace.update(dict.fromkeys(opening_connective(list(sentence), fact, replace), ""))
    stem = cloze(fact, list(sentence), replace)
    assert stem is not None
    assert stem.text == "L. v. nordica was found in over _____ of the streams sampled."


def test_a_pointing_phrase_without_a_name_beside_it_stays(nlp: Any) -> None:
    sentence = next(nlp("The other one, the red van, was found in 2009.").sents)
    fact = next(f for f in sentence_facts(sentence, 0) if f.text == "2009")
    assert not named_pointers(sentence, fact)
