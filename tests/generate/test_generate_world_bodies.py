"""An organisation of states WordNet lacks gets WordNet's world bodies as options."""

from __future__ import annotations

from typing import Any

from questions.generate.distractors import choose_distractors
from questions.generate.facts import Fact
from questions.generate.options import article_context, option_context

_TEXT = (
    "In 2017, India and Pakistan joined the Shanghai Cooperation Organization as member "
    "states. Tajikistan chairs the Collective Security Treaty Organization. The leaders "
    "quoted the UN Charter."
)


def _fact(text: str) -> Fact:
    """Build an organisation fact that is not tied to a parse."""
    return Fact(0, 0, 0, text, "ORG", "organization", "", "")


def _options(nlp: Any, key: str, text: str, stem: str) -> list[str]:
    """Return the options chosen for an organisation key in a small article."""
    fact = _fact(key)
    article = [fact, _fact("Collective Security Treaty Organization"), _fact("UN Charter")]
    sentences = list(nlp(text).sents)
    ctx = option_context(article_context(text, article, sentences, None), fact, stem)
    return choose_distractors(fact, key, article, text, stem, ctx)[0]


def test_a_body_with_member_states_gets_world_bodies_the_article_does_not_name(
    nlp: Any,
) -> None:
    """seed: 'Which organization has entered a critical stage …?' had two options only."""
    stem = "Which organization has entered a critical stage of development?"
    options = _options(nlp, "Shanghai Cooperation Organization", _TEXT, stem)
    assert "North Atlantic Treaty Organization" in options
    assert "United Nations" not in options  # the article says the UN: maybe true as well


def test_a_named_country_s_membership_gets_no_world_bodies(nlp: Any) -> None:
    """Code review 15: India and Pakistan are members of the World Trade Organization too."""
    stem = "Which organization did India and Pakistan join as member states in 2017?"
    options = _options(nlp, "Shanghai Cooperation Organization", _TEXT, stem)
    assert "World Trade Organization" not in options
    assert "North Atlantic Treaty Organization" not in options


def test_a_body_without_member_states_gets_no_world_bodies(nlp: Any) -> None:
    text = _TEXT.replace(" as member states", "")
    stem = "Which organization did India and Pakistan join in 2017?"
    options = _options(nlp, "Shanghai Cooperation Organization", text, stem)
    assert "North Atlantic Treaty Organization" not in options


def test_an_acronym_gets_world_bodies_as_the_article_spells_it_out(nlp: Any) -> None:
    """seed: "all _____ countries" (SCO) is shown as the Shanghai Cooperation Organization,
    its options in full too."""
    fact = _fact("SCO")
    article = [fact, _fact("Shanghai Cooperation Organization"),
               _fact("Collective Security Treaty Organization")]  # fmt: skip
    text = _TEXT + " The SCO countries trust each other."
    stem = "The _____ countries trust each other."
    ctx = option_context(article_context(text, article, list(nlp(text).sents), None), fact, stem)
    options = choose_distractors(fact, "SCO", article, text, stem, ctx)[0]
    world = {"North Atlantic Treaty Organization", "European Union", "Arab League",
             "World Trade Organization"}  # fmt: skip
    assert len(options) == 3
    assert set(options) <= world | {"Collective Security Treaty Organization"}
    assert "NATO" not in options
