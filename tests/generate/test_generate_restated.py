"""An article's redundancy is not copied into a question (review 10)."""

from __future__ import annotations

from typing import Any

from questions.generate.restated import restated_passive, said_that
from tests.generate.generated import SharedGenerations


def _kept(nlp: Any, text: str) -> str:
    sentence = next(iter(nlp(text).sents))
    replace: dict[int, str] = {}
    restated_passive(sentence, replace)
    said_that(sentence, replace)
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


def test_the_that_an_article_drops_after_said_is_said(nlp: Any) -> None:
    said = _kept(nlp, 'Heald said although ozone is known to cut yields, "nobody has looked".')
    assert said.startswith("Heald said that although ozone")
    # a clause without a conjunction, or with its own "that", is left as written
    assert _kept(nlp, "Heald said that ozone cuts yields.").startswith("Heald said that ozone")
    assert _kept(nlp, "Heald said ozone cuts yields.").startswith("Heald said ozone")


def test_the_ozone_speaker_question_reads_with_that(generation: SharedGenerations) -> None:
    texts = [text for text, _ in generation.keyed("ozone-warming-crops", "Colette Heald")]
    assert any("Who said that although temperature and ozone" in text for text in texts), texts


def test_an_if_that_opens_the_verbs_own_question_gets_no_that(nlp: Any) -> None:
    """ "to confirm if the suspect is fit" stays so (review 30: "to confirm that if"); an "if"
    opening a condition inside what was said still gets its "that"."""
    said = _kept(nlp, "Officials will check the reports to confirm if the suspect is fit.")
    assert "confirm if the suspect" in said and "that if" not in said
    assert _kept(nlp, "Heald said if prices rise, nobody will be safe.").startswith(
        "Heald said that if prices rise"
    )
