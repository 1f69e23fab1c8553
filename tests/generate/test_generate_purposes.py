"""A teacher's own article: "put forward four proposals for this" said by the occasion the
speaker's run of sentences opened at ("When attending the joint summit, …"), named as the
article introduced it; left as it is (so refused) when another scene, person or time came
between."""

from __future__ import annotations

from typing import Any

import pytest

from questions.generate import GenerationResult
from questions.generate.pipeline import generate
from questions.generate.purposes import Occasion, name_purpose, next_occasion

SUMMIT = """Regional leaders meet on Sudan crisis

The African Union and the Arab League agreed last month to hold a joint summit on Sudan \
between the leaders of their member states. Kenya currently chairs both organisations.

Sudan has faced fighting for more than a year, and millions of people have fled their homes \
to neighbouring countries such as Chad and Egypt.

When attending the joint summit, President Daniel Mensah said that the two organisations are \
close neighbours of Sudan and share its future.

At critical moments, we should act together to protect civilians.

President Mensah stressed that the region must support a ceasefire and help the Sudanese \
people rebuild their country.

He put forward four proposals for this: to open aid corridors, to hold talks with every \
side, and to fund the return of refugees.

Earlier, Mr Mensah had spoken by phone with the prime minister of Egypt about the talks.
"""


def _said(nlp: Any, text: str, people: dict[str, str] | None = None) -> list[str]:
    """Return each sentence as a question would say it, its purpose named by its occasion;
    `people`: what each "he"/"she" stands for, as the narrative would resolve it."""
    occasion: Occasion | None = None
    every: list[Any] = []
    out = []
    for sentence in nlp(text).sents:
        every.append(sentence)
        replace = {t.i: (people or {}).get(t.lower_, t.text) for t in sentence
                   if t.lower_ in ("he", "she")}  # fmt: skip
        at, occasion = next_occasion(occasion, sentence, replace, every)
        name_purpose(sentence, at, replace)
        words = (replace.get(t.i, t.text) for t in sentence)
        out.append(" ".join(w for w in words if w))
    return out


def test_the_purpose_is_said_by_the_occasion_the_speaker_was_at() -> None:
    quiz = generate(SUMMIT, slug="summit", title="Regional leaders meet on Sudan crisis")
    asked = {q.text.split("\n")[-1]: q.correct_option for q in quiz.qset.questions}
    question = "How many proposals did Daniel Mensah put forward at the joint summit on Sudan?"
    assert asked[question] == "four"
    assert not any("for this" in q for q in asked)


AGREED = "The two blocs agreed to hold a joint summit on Sudan. "
ATTENDING = "When attending the joint summit, President Okafor said the region needs peace. "


def test_the_occasion_goes_on_with_the_same_persons_deeds(nlp: Any) -> None:
    said = _said(
        nlp,
        AGREED + ATTENDING + "At critical moments, we must act together. "
        "President Okafor stressed that aid must reach civilians. "
        "She put forward four proposals to this end.",
        {"she": "Amara Okafor"},
    )
    assert said[-1] == "Amara Okafor put forward four proposals at the joint summit on Sudan ."


@pytest.mark.parametrize(
    "text",
    [
        # another time, or another person, ends the occasion
        AGREED + ATTENDING + "On Monday, she put forward four proposals for this.",
        AGREED + ATTENDING + "President Mensah said that aid must reach civilians. "
        "He put forward four proposals for this.",
        # a deed that says nothing leaves the summit: what came after, nothing says
        AGREED + ATTENDING + "President Okafor then flew to Paris. "
        "She put forward four proposals for this.",
        # two joint summits: which one "the joint summit" is, nothing says
        "The blocs held a joint summit on Sudan in May and a joint summit on Chad in June. "
        + ATTENDING
        + "President Okafor put forward four proposals for this.",
        # "at critical moments" is no occasion
        AGREED + "At critical moments, President Okafor said the region needs peace. "
        "President Okafor put forward four proposals for this.",
        # "this" points to what came before the summit the sentence opens at
        AGREED + ATTENDING + "At the joint summit, President Okafor put forward four "
        "proposals for this.",
    ],
)
def test_without_one_occasion_the_purpose_stays(nlp: Any, text: str) -> None:
    said = _said(nlp, text, {"she": "Amara Okafor", "he": "Kofi Mensah"})
    assert said[-1].endswith("four proposals for this .")


def test_a_purpose_that_names_its_own_noun_stays(nlp: Any) -> None:
    said = _said(nlp, AGREED + ATTENDING + "President Okafor made four proposals for this reason.")
    assert said[-1].endswith("four proposals for this reason .")


def test_the_seeds_joint_summit_suggestions_are_asked_apart_from_the_speechs(
    seed_result: GenerationResult,
) -> None:
    # "He put forward three suggestions for this" after "When attending the joint summit, …":
    # the speech's "five suggestions" is another count, asked with its own frame
    asked = {q.text: q.correct_option for q in seed_result.qset.questions}
    summit = "How many suggestions did Xi Jinping put forward at the joint summit on Afghanistan?"
    assert asked[summit] == "three"
    assert [k for t, k in asked.items() if t.endswith("how many suggestions did President Xi "
                                                     "put forward?")] == ["five"]  # fmt: skip
