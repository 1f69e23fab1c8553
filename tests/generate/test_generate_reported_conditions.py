"""A branch of "either … or" asked with its condition kept, and "They" who reported named."""

from __future__ import annotations

from typing import Any

from questions.generate import generate
from questions.generate.context import parse
from questions.generate.facts import sentence_facts
from questions.generate.quality import either_branch
from questions.generate.reporters import mend_reported
from questions.generate.stems import shorter
from tests.generate.generated import SharedGenerations

STUDY = (
    "Engineers study bridge corrosion in coastal towns\n\n"
    "Monday, March 3, 2014\n\n"
    "A group of engineers from the Delft University of Technology has studied corrosion of "
    "steel bridges in twelve coastal towns of the Netherlands over 1990-2010. The study was "
    "published in the journal Structural Safety on Sunday.\n\n"
    "The engineers found that salt spray shortened the working life of bridges in every town "
    "examined. Several repair methods were compared in the study. They estimated by 2040, "
    "rising sea levels and heavier traffic would increase repair costs by 35 percent. By "
    "2040, the number of closed bridges would increase by either 18 percent or by 9 percent, "
    "depending on the repair method.\n\n"
    "The Dutch transport ministry said it would review the findings in April."
)


def _asked() -> list[tuple[str, str]]:
    """Return each question's last line with its key."""
    quiz = generate(STUDY, slug="bridges", title="Bridges").qset.questions
    return [(q.text.splitlines()[-1], q.correct_option) for q in quiz]


def test_a_branch_of_either_or_is_asked_with_its_condition() -> None:
    asked = _asked()
    assert (
        "By 2040, the number of closed bridges would increase by either _____ or by 9 percent, "
        "depending on the repair method.",
        "18 percent",
    ) in asked
    # the condition stays in a wh-question too, and its "the repair method" points nowhere
    assert (
        "By which year would the number of closed bridges increase by either 18 percent or by "
        "9 percent, depending on the repair method?",
        "2040",
    ) in asked


def test_a_branch_without_its_condition_is_still_no_fact(nlp: Any) -> None:
    sentence = next(nlp("Costs would rise by either 18 percent or by 9 percent.").sents)
    branch = next(e for e in sentence.ents if e.text.startswith("18"))
    fact = next(f for f in sentence_facts(sentence, 0) if f.start == branch.start)
    stem = "Costs would rise by either _____ or by 9 percent."
    assert either_branch(sentence, fact, stem) is not None


def test_they_who_estimate_are_the_plural_reporters_of_the_paragraph() -> None:
    parsed = parse(tuple(STUDY.split("\n\n")[2:]), None)
    said = [
        (s[0].text, parsed.replace[n].get(s[0].i))
        for n, s in enumerate(parsed.sentences)
        if s[0].text == "They"
    ]
    assert said == [("They", "the engineers")]


def test_a_clause_joined_to_a_reporting_verb_without_and_is_what_was_reported(nlp: Any) -> None:
    doc = nlp(
        "They estimated by 2050, increasing population and changing diet would increase "
        "world food needs by 50 percent."
    )
    mend_reported(doc)
    increase = next(t for t in doc if t.text == "increase")
    assert increase.dep_ == "ccomp"
    assert next(t for t in doc if t.text == "by").head == increase  # "by 2050": the estimate's
    asked = _asked()
    assert (
        "By how much would rising sea levels and heavier traffic increase repair costs by 2040?",
        "35 percent",
    ) in asked


def test_a_name_in_the_subjects_from_phrase_is_asked_without_the_verbs_adjuncts(
    nlp: Any, generation: SharedGenerations
) -> None:
    sentence = next(
        nlp(
            "A research team from the Georgia Institute of Technology and Ohio State "
            "University of the US and the University of Leeds of the UK has analysed effects "
            "of drought over 2000-2040 on the worldwide production of apples, pears and plums."
        ).sents
    )
    fact = next(f for f in sentence_facts(sentence, 0) if f.text == "University of Leeds")
    kept = " ".join(t.text for t in shorter(fact, list(sentence)))
    # where the team is from is what is asked; what it analysed stays, the when and on what go
    assert "of the UK has analysed effects of drought" in kept
    assert "production" not in kept
    asked = generation.keyed("ozone-warming-crops", "Massachusetts Institute of Technology")
    assert [text.splitlines()[-1] for text, _ in asked] == [
        "A research team from the _____ and Colorado State University of the US and the "
        "University of Sheffield of the UK has analysed effects of global warming and ozone "
        "pollution."
    ]
