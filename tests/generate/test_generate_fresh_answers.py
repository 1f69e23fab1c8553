"""A sentence's fresh answer is chosen before another's repeated one, and a body joined by
"and" to an organisation of member states is one of states too, asked with the world bodies."""

from __future__ import annotations

from collections import Counter
from typing import Any

from questions.generate.distractors import choose_distractors
from questions.generate.facts import Fact
from questions.generate.kinds import same_kind
from questions.generate.library import pooled
from questions.generate.options import article_context, option_context
from questions.generate.rank import PER_ANSWER, Candidate, select
from questions.generate.write import Stem


def _candidate(fact: Fact, text: str, form: str, score: float) -> Candidate:
    """Return a candidate for a fact and its question, the key first among its options."""
    return Candidate(fact, Stem(text, form, "r"), (fact.text, "a", "b", "c"), 0, "", "",
                     score, ())  # fmt: skip


def test_a_sentence_keeps_its_fresh_answer_when_the_other_is_asked_elsewhere() -> None:
    """seed: 'the rotating chairmanship of the SCO and the _____' (CSTO) was refused for
    giving away the SCO's blank, chosen first and then one more question on the SCO."""
    org = "Shanghai Cooperation Organization"
    asked = ("Which body did India join?", "Which body has eight members?",
             "Which organization entered a critical stage of development?")  # fmt: skip
    elsewhere = [
        _candidate(Fact(n + 1, 0, 3, org, "ORG", "organization"), text, "wh", 9.0)
        for n, text in enumerate(asked[:PER_ANSWER])
    ]
    ours = _candidate(Fact(0, 5, 8, org, "ORG", "organization"),
                      "Tajikistan chairs the _____ and the CSTO.", "cloze", 5.0)  # fmt: skip
    fresh = _candidate(Fact(0, 10, 14, "CSTO", "ORG", "organization"),
                       "Tajikistan chairs the SCO and the _____.", "cloze", 4.0)  # fmt: skip
    chosen = select([*elsewhere, ours, fresh], 20, Counter())
    assert fresh in chosen
    assert ours not in chosen
    assert sum(c.fact.text == org for c in chosen) == PER_ANSWER


def test_the_best_question_still_comes_first_among_fresh_answers() -> None:
    one = _candidate(Fact(0, 0, 2, "Sam Reed", "PERSON", "person"), "Who joined Leeds?", "wh", 4)
    two = _candidate(Fact(1, 0, 2, "Leeds", "ORG", "organization"), "Which club?", "wh", 3)
    assert select([two, one], 1, Counter()) == [one]


_TEXT = (
    "India and Pakistan joined the Shanghai Cooperation Organization as member states. "
    "Tajikistan holds the rotating chairmanship of the Shanghai Cooperation Organization "
    "and the Collective Security Treaty Organization. The leaders quoted the UN Charter."
)


def _options(nlp: Any, key: str, text: str, stem: str) -> list[str]:
    """Return the options chosen for an organisation key asked as one item of a list."""
    fact = Fact(0, 0, 0, key, "ORG", "organization", "", "")
    sentences = list(nlp(text).sents)
    ctx = option_context(article_context(text, [fact], sentences, None), fact, stem)
    return choose_distractors(fact, key, [], text, stem, ctx)[0]


def test_a_body_joined_to_one_of_member_states_gets_the_world_bodies(nlp: Any) -> None:
    stem = (
        "Tajikistan holds the rotating chairmanship of the Shanghai Cooperation "
        "Organization and the _____."
    )
    options = _options(nlp, "Collective Security Treaty Organization", _TEXT, stem)
    assert len(options) == 3
    assert "North Atlantic Treaty Organization" in options
    assert "United Nations" not in options  # the article names the UN: maybe true as well
    assert "Shanghai Cooperation Organization" not in options  # shown beside the blank


def test_a_body_joined_to_another_without_member_states_gets_none(nlp: Any) -> None:
    text = _TEXT.replace(" as member states", "")
    stem = text.split(". ")[1].replace("Collective Security Treaty Organization", "_____")
    options = _options(nlp, "Collective Security Treaty Organization", text, stem)
    assert "North Atlantic Treaty Organization" not in options


def test_an_organisation_in_a_list_is_asked_with_options_from_the_library() -> None:
    assert pooled(Fact(0, 0, 0, "CSTO", "ORG", "organization"))
    assert not pooled(Fact(0, 0, 0, "Xi", "PERSON", "person"))


def test_a_league_and_a_union_are_bodies_like_an_organisation() -> None:
    """'Arab League', 'European Union': WordNet's world bodies beside NATO."""
    key = "Collective Security Treaty Organization"
    assert same_kind("Arab League", key, {})
    assert same_kind("European Union", key, {})
    assert not same_kind("Premier", key, {})
