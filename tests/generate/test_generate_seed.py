"""The seed article's quiz meets the product's quality bar, and the committed set is current."""

from __future__ import annotations

import hashlib
from collections import Counter

from generate_checks import SEED_PATH, SET_PATH, kinds, structural_problems

from questions.formats import dump_yaml
from questions.generate import GenerationResult, default_title, generate_set


def test_at_least_thirty_questions(seed_result: GenerationResult) -> None:
    assert len(seed_result.qset.questions) >= 30


def test_every_question_passes_the_filters(seed_result: GenerationResult) -> None:
    assert structural_problems(seed_result.qset) == []


def test_variety_of_kinds(seed_result: GenerationResult) -> None:
    count = kinds(seed_result.qset)
    assert count["date"] >= 5
    assert count["number"] >= 5
    assert count["name"] >= 8
    assert count["quote"] + count["list"] >= 3


def test_names_cover_several_kinds(seed_result: GenerationResult) -> None:
    name_kinds = {q.tags[1] for q in seed_result.qset.questions if q.tags[0] == "name"}
    assert {"place", "organization", "document", "event"} <= name_kinds


def test_four_options_and_answer_positions_spread(seed_result: GenerationResult) -> None:
    questions = seed_result.qset.questions
    assert sum(len(q.options) == 4 for q in questions) >= 0.9 * len(questions)
    positions = Counter(q.answer for q in questions)
    for position in range(4):
        assert positions[position] >= len(questions) // 8, positions


def test_longest_option_does_not_give_the_answer_away(seed_result: GenerationResult) -> None:
    questions = seed_result.qset.questions
    longest = [
        q
        for q in questions
        if all(len(q.correct_option) > len(o) for o in q.options if o != q.correct_option)
    ]
    assert len(longest) < 0.35 * len(questions)


def test_questions_name_their_context(seed_result: GenerationResult) -> None:
    for q in seed_result.qset.questions:
        lowered = q.text.lower()
        assert "this year" not in lowered and "last year" not in lowered
        assert "last month" not in lowered and "that day" not in lowered
        assert not q.text.startswith(("He ", "She ", "They ", "It "))


def test_relative_dates_are_resolved_to_2021(seed_result: GenerationResult) -> None:
    texts = " ".join(q.text for q in seed_result.qset.questions)
    assert "September 17, 2021" in texts
    assert "June 28, 2021" in texts


def test_expected_questions_are_asked(seed_result: GenerationResult) -> None:
    by_answer = {q.correct_option: q for q in seed_result.qset.questions}
    assert "US$2.3 trillion" in by_answer
    assert "2 billion doses" in by_answer
    assert "June 15, 2001" in by_answer
    assert "Where there is unity, happiness will follow." in by_answer
    document = by_answer[
        "Dushanbe Declaration on the 20th Anniversary of the Shanghai Cooperation Organization"
    ]
    assert document.text.startswith(
        "On the day of the summit on September 17, 2021, which document"
    )


def test_generation_is_deterministic(seed_text: str, seed_result: GenerationResult) -> None:
    again = generate_set(seed_text, slug="sco-summit-2021", title=seed_result.qset.title)
    assert dump_yaml(again) == dump_yaml(seed_result.qset)


def test_committed_set_matches_a_fresh_generation(seed_text: str) -> None:
    qset = generate_set(
        seed_text, slug="sco-summit-2021", title=default_title(seed_text, "sco-summit-2021")
    )
    assert SET_PATH.read_text(encoding="utf-8") == dump_yaml(qset)


def test_max_questions_limits_the_set(seed_text: str) -> None:
    qset = generate_set(seed_text, slug="s", title="S", max_questions=10, source="seed")
    assert len(qset.questions) == 10
    assert qset.source == "seed"
    assert qset.language == "en"


def test_shipped_article_is_the_seed_byte_for_byte() -> None:
    # The SHA-256 of ../shared/seed/sco-summit-2021.txt, the article the project was given.
    digest = hashlib.sha256(SEED_PATH.read_bytes()).hexdigest()
    assert digest == "ea8a7a7d233e90d70e936cc70b1f05d82596cc834538132d915be76c74e57194"
