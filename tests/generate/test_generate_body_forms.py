"""One body, whole and under one name: a name cut before its last words is joined or left
out, a long name and its bracketed short name are one body, and that body is never asked
"by whom" beside people.

Blind review of round 24 found "By which organization is the conference sponsored?" keyed
"University of North Carolina at" (the model split "Chapel Hill" off as a place) with the
sponsor "Georgia Institute of Technology", listed as "Georgia Tech", among the wrong options;
and "By whom …?" keyed Georgia Tech beside three people. The texts here are made up.
"""

from __future__ import annotations

import pytest

from questions.generate import generate
from questions.generate.bodyforms import body_forms
from questions.generate.entities import mend_names
from questions.generate.nlp import load_nlp

_FAIR = (
    "Harbor science fair announced for 2010\n\n"
    "Tuesday, March 9, 2010\n\n"
    "Dayton, Ohio — Students from across the state will gather this summer for a science "
    "fair focusing on clean water.\n\n"
    "Laura Bennett, a student at the University of Dayton and an intern at the Miami Valley "
    "Water Foundation, is helping to plan the fair, which will be held at the Augusta "
    "Institute of Technology (Augusta Tech) in Dayton on June 3-5, 2010. Others who helped "
    "plan it include Peter Walsh, Nora Quinlan and Samuel Ortiz.\n\n"
    '"We want young people to see that science can change their own town," said Bennett.\n\n'
    "About 300 pupils are expected to show projects on rivers, wells and rain gardens. "
    "Judges from three colleges will choose the winners.\n\n"
    "The fair is sponsored by Augusta Tech, the University of South Carolina at Beaufort, "
    "the Harbor Press Guild and the Baxter Arts Fund.\n"
)
_FUNCTION_WORDS = ("at", "of", "for", "and", "the", "in", "on", "to")


def _shown(text: str) -> list[tuple[str, str, list[str]]]:
    """Return each question of a made-up article: its text, its key and its options."""
    result = generate(text, slug="fair", title="fair")
    return [(q.text, q.options[q.answer], list(q.options)) for q in result.qset.questions]


def test_a_name_cut_before_its_place_is_joined_to_it() -> None:
    """'the University of South Carolina at' + 'Beaufort': one body, no place cut off."""
    doc = load_nlp()("The fair is sponsored by the University of South Carolina at Beaufort.")
    mend_names(doc)
    names = [e.text for e in doc.ents]
    assert "the University of South Carolina at Beaufort" in names
    assert not any(name.split()[-1] in _FUNCTION_WORDS for name in names)


def test_a_cut_name_with_no_name_after_it_is_left_out() -> None:
    """'the Acme Fund for' with nothing named after it: no answer and no option as it is."""
    from spacy.tokens import Span

    doc = load_nlp()("The prize is paid by the Acme Fund for young writers.")
    doc.ents = [Span(doc, 5, 9, label="ORG")]  # "the Acme Fund for", as the model may cut it
    mend_names(doc)
    assert [e.text for e in doc.ents] == []


def test_no_option_or_key_ends_in_a_function_word() -> None:
    """No question offers the cut name or asks its place alone as a blank inside it."""
    for text, _, options in _shown(_FAIR):
        assert not any(o.split()[-1] in _FUNCTION_WORDS for o in options), (text, options)
        assert "Carolina at _____" not in text


def test_a_bracketed_short_name_is_the_same_body() -> None:
    """'Augusta Institute of Technology (Augusta Tech)': two names of one body, either way."""
    doc = load_nlp()(
        "The talks will be held at the Augusta Institute of Technology (Augusta Tech) in "
        "Dayton (Ohio) on June 3."
    )
    forms = body_forms(doc.sents)
    assert forms["augusta tech"] == {"augusta tech", "augusta institute of technology"}
    assert forms["augusta institute of technology"] == forms["augusta tech"]
    assert "dayton" not in forms and "ohio" not in forms  # a place in brackets: no name


def test_a_short_name_after_a_capitalised_the_is_the_same_body() -> None:
    """'The Harbor Water Authority (HWA)' opening a sentence: the capitals open with the
    name's H, not its "The"."""
    doc = load_nlp()("The Harbor Water Authority (HWA) said on Monday that the pier was shut.")
    assert body_forms(doc.sents).get("hwa") == {"hwa", "harbor water authority"}


def test_a_short_name_of_later_initials_is_the_same_body() -> None:
    """'the Northland Harbor Safety Agency (HSA)': the capitals skip the country's name."""
    doc = load_nlp()("Officials of the Northland Harbor Safety Agency (HSA) closed the pier.")
    assert body_forms(doc.sents).get("hsa") == {"hsa", "northland harbor safety agency"}
    doc = load_nlp()("Officials of the Northland Harbor Safety Agency (SHA) closed the pier.")
    assert "sha" not in body_forms(doc.sents)  # out of order: no initials of it


@pytest.mark.parametrize("name", ["Augusta", "Oakridge"])
def test_a_listed_body_under_its_other_name_is_no_rival(name: str) -> None:
    """'Oakridge Tech' is a sponsor: 'Oakridge Institute of Technology' is right too, never
    a wrong option beside another sponsor or beside 'Oakridge Tech' itself."""
    for text, key, options in _shown(_FAIR.replace("Augusta", name)):
        if "sponsor" in text:
            assert f"{name} Institute of Technology" not in options, (text, options)
        shown = {o.removeprefix("the ") for o in options}
        assert not {f"{name} Tech", f"{name} Institute of Technology"} <= shown, (text, key)


def test_a_body_is_not_asked_by_whom_beside_people() -> None:
    """'sponsored by Augusta Tech' reads like a person's deed ('founded by Dean Kamen'), but
    the bracket makes Augusta Tech a body: never 'By whom …?' beside Laura Bennett."""
    for text, key, options in _shown(_FAIR):
        if key == "Augusta Tech":
            assert "Laura Bennett" not in options and "By whom" not in text, (text, options)


def test_a_number_ending_in_a_small_word_is_no_cut_name() -> None:
    """'at least six' ends in a word spaCy counts a stop word: a number, kept whole."""
    doc = load_nlp()("The storm left at least six boats sunk in the harbour at Port Vell.")
    mend_names(doc)
    assert "at least six" in [e.text for e in doc.ents]
