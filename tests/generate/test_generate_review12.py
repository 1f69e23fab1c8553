"""Review 12's grammar failure that a rule can mend: a lone comma the article puts between a
subject and its verb is not copied into the question; an aside's pair of commas is kept."""

from __future__ import annotations

from typing import Any

from questions.generate.restated import subject_comma
from tests.generate.generated import SharedGenerations


def _said(nlp: Any, text: str) -> str:
    """Return a sentence with `subject_comma`'s replacements applied."""
    sentence = next(nlp(text).sents)
    replace: dict[int, str] = {}
    subject_comma(sentence, replace)
    # a word left out keeps the space after it: "Zealand, says" -> "Zealand says"
    return "".join(replace.get(t.i, t.text) + t.whitespace_ for t in sentence).replace("  ", " ")


def test_a_lone_comma_between_subject_and_verb_is_left_out(nlp: Any) -> None:
    text = "Lydia Buchtmann for Food Standards Australia New Zealand, says they are looking."
    assert _said(nlp, text) == (
        "Lydia Buchtmann for Food Standards Australia New Zealand says they are looking."
    )
    aside = "Institutional recipients, said Maurer, are required to exhibit the photographs."
    assert _said(nlp, aside) == aside
    apposition = "Kathryn Waters, the gallery's director, said the show was a success."
    assert _said(nlp, apposition) == apposition


def test_the_iodine_question_has_no_stray_comma(generation: SharedGenerations) -> None:
    qset = generation.corpus("iodine-deficiency-australia").qset
    said = [q.text for q in qset.questions if "Lydia Buchtmann for" in q.text]
    assert said and all("_____, says" not in q for q in said), said
