"""An article's redundancy is not copied into a question (review 10)."""

from __future__ import annotations

from typing import Any

from questions.generate.restated import restated_passive
from tests.generate.generated import SharedGenerations


def _kept(nlp: Any, text: str) -> str:
    sentence = next(iter(nlp(text).sents))
    replace: dict[int, str] = {}
    restated_passive(sentence, replace)
    return " ".join(replace.get(t.i, t.text) for t in sentence if replace.get(t.i, t.text))


def test_a_clause_saying_again_what_befell_the_object_is_dropped(nlp: Any) -> None:
    said = _kept(nlp, "The aftershock left at least six people dead after they were killed "
                      "in a mudslide in the city of Iwaki.")  # fmt: skip
    assert said == ("The aftershock left at least six people dead in a mudslide in the city "
                    "of Iwaki .")  # fmt: skip


def test_a_clause_about_someone_else_stays(nlp: Any) -> None:
    # "he" is not the six people: the clause says something new
    text = "The storm left six people dead after he was warned by the mayor."
    assert _kept(nlp, text) == text.replace(".", " .")


def test_the_fukushima_question_reads_without_the_redundancy(
    generation: SharedGenerations,
) -> None:
    text, _ = generation.keyed("fukushima-level-seven", "six")[0]
    assert "leave dead in a mudslide in the city of Iwaki?" in text
    assert "after they were killed" not in text
