"""Coined terms the article sets in quotation marks ("four communities"), asked with its other
quoted terms as options, never a variant of the key ("status of strength" for "power
status") nor a scare-quoted word or a quoted statement."""

from __future__ import annotations

from typing import Any

from questions.generate import GenerationResult
from questions.generate.distractors import term_choice
from questions.generate.facts import Fact
from questions.generate.terms import TERM, quoted_terms, term_options
from tests.generate.generate_checks import staged_facts
from tests.generate.generated import SharedGenerations

SUMMIT = (
    "Leaders meet in Dushanbe for regional summit\n\n"
    "At the regional summit in Dushanbe on September 17, 2021, the member states agreed to "
    "meet again in Uzbekistan next year.\n\n"
    'In his speech, President Xi Jinping urged the members to crack down on the "three '
    'forces" of terrorism, separatism and extremism.\n\n'
    'President Xi Jinping also proposed the construction of the "four communities" of '
    "health, safety, development and humanities.\n\n"
    'He asked members to keep to the "new security concept" of common and cooperative '
    "security.\n\n"
    'President Xi Jinping said that nobody could proceed from the so-called "power status" '
    "in solving international affairs.\n\n"
    'A second translation of the speech gave the phrase as the so-called "status of '
    'strength" instead.\n\n'
    "The member states signed a declaration at the end of the meeting, and the leaders "
    "praised the host for its work.\n"
)
TRANSLATED = (
    'Xi proposed the "four communities" of health. He named the "three forces" of terrorism. '
    'Nobody may start from the so-called "power status". Another translation says the '
    'so-called "status of strength".'
)


def _terms(nlp: Any, text: str) -> list[Fact]:
    """Return the term facts of a text, in reading order."""
    return [f for f in staged_facts(nlp, text, quoted_terms) if f.kind == TERM]


def test_a_quoted_noun_phrase_is_a_term_a_scare_quote_or_a_statement_is_not(nlp: Any) -> None:
    text = (
        'Xi proposed the "four communities" of health and safety. He rejected the preaching '
        'of a "teacher". Labour has supported the idea "for months". The plan "must be well '
        'thought out", she said. The team\'s robot was named "Robogee". The robot was named '
        '"Better Idea of Afghan Girls".'
    )
    # "Robogee": one word, an entity of its own; "Better Idea …": the model's entity takes
    # the opening mark ("\"Better Idea …"), so no fact would ask it but this one
    terms = [f.text for f in _terms(nlp, text)]
    assert terms == ["four communities", "Better Idea of Afghan Girls"]
    # a quoted name of a body is an organisation the model missed: no slogan's option
    text = 'Xi urged a crackdown on the "three forces" such as the "Eastern Iraq Movement".'
    assert [f.text for f in _terms(nlp, text)] == ["three forces"]


def test_a_variant_of_the_key_is_no_option_nor_two_variants_of_one_option(nlp: Any) -> None:
    terms = _terms(nlp, TRANSLATED)
    status = next(f for f in terms if f.text == "power status")
    # "status of strength" says "power status" in other words: also a right answer
    assert term_options(status, terms, "Nobody may start from the so-called _____.") == [
        "four communities",
        "three forces",
    ]
    communities = next(f for f in terms if f.text == "four communities")
    # one of the two spellings of one term, never both
    assert term_options(communities, terms, "Xi proposed the _____ of health.") == [
        "three forces",
        "power status",
    ]


def test_a_name_is_never_the_only_option_written_as_one_nor_longer(nlp: Any) -> None:
    text = TRANSLATED + ' Members upheld the "Shanghai Spirit" of mutual trust.'
    terms = _terms(nlp, text)
    spirit = next(f for f in terms if f.text == "Shanghai Spirit")
    # among "four communities", "three forces", "power status" the name would be the key
    assert term_choice(spirit, spirit.text, terms, "", lambda o: True, set()) == []
    forces = next(f for f in terms if f.text == "three forces")
    # a phrase's options: phrases first, the name only to make up the number
    chosen = term_choice(forces, forces.text, terms, "", lambda o: True, set())
    assert sorted(chosen[:2]) == ["four communities", "power status"]
    assert chosen[2] == "Shanghai Spirit"
    # a name much longer than the phrase asked would stand out of its options
    text = TRANSLATED + ' Critics found the "Blueprint for a Safer Economy" confusing.'
    terms = _terms(nlp, text)
    forces = next(f for f in terms if f.text == "three forces")
    chosen = term_choice(forces, forces.text, terms, "", lambda o: True, set())
    assert sorted(chosen) == ["four communities", "power status"]  # too few: not asked


def test_a_coined_term_is_asked_with_the_articles_other_terms(
    generation: SharedGenerations,
) -> None:
    result = generation(SUMMIT, "summit-terms", "Summit")
    asked = [(q.text, q.options, q.correct_option) for q in result.qset.questions
             if TERM in q.tags]  # fmt: skip
    # "four communities" and "three forces" are asked by their numbers ("_____ communities"),
    # which their own blanks would show: the one term without a number is asked as a term
    stem, options, _ = next(a for a in asked if a[2] == "power status")
    assert stem.endswith('nobody could proceed from the so-called "_____" in solving '
                         "international affairs.")  # fmt: skip
    # the article's other terms; never "status of strength", a translation of the same
    assert set(options) == {"power status", "four communities", "three forces",
                            "new security concept"}  # fmt: skip


def test_the_seeds_three_forces_are_not_asked_beside_their_own_number(
    seed_result: GenerationResult,
) -> None:
    """'… crack down on the "_____ forces"' (three) and '… on the "_____"' offering "three
    forces" are one sentence's two blanks: the second's options give the first's answer, so
    one is asked. The term is: "three" is already the key of the joint summit's count of
    suggestions, and a fresh answer goes first."""
    keys = [q.correct_option for q in seed_result.qset.questions
            if "crack down on the" in q.text]  # fmt: skip
    assert keys == ["three forces"]
