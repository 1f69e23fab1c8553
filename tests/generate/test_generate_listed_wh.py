"""One item of a list of names is asked as a wh-question with its partners shown, before a
blank: a listed subject "along with" the rest, the last item of a list inside the subject in
its place ("… and which other university announced …?")."""

from __future__ import annotations

from typing import Any

from questions.generate.facts import Fact
from questions.generate.listedwh import listed_question
from questions.generate.pipeline import generate


def _asked(nlp: Any, text: str, key: str, kind: str, subtype: str = "") -> str | None:
    """Ask for `key` (an item of the sentence's list) and return the question, or None."""
    doc = nlp(text)
    start = next(t.i for t in doc if doc[t.i : t.i + len(key.split())].text == key)
    fact = Fact(0, start, start + len(key.split()), key, "ORG", kind, subtype)
    stem = listed_question(next(iter(doc.sents)), fact, {})
    return None if stem is None else f"{stem.form}: {stem.text}"


def test_the_last_university_of_a_team_is_asked_inside_the_subject(nlp: Any) -> None:
    """The team's other universities shown, the question keeps the statement's order."""
    said = _asked(
        nlp,
        "A research team from the University of Leeds, the University of Bristol, and "
        "Durham University announced on March 3, 2019 that the beetles lived longer.",
        "Durham University",
        "organization",
    )
    assert said == (
        "wh: A research team from the University of Leeds, the University of Bristol, and "
        "which other university announced on March 3, 2019 that the beetles lived longer?"
    )


def test_the_last_country_of_a_subjects_phrase_is_asked_as_which_other_country(
    nlp: Any,
) -> None:
    """Three countries' scientists: "which other country" for the third."""
    said = _asked(
        nlp,
        "Scientists from Germany, France and Spain signed a pact in Vienna on May 4, 2018.",
        "Spain",
        "place",
        "country",
    )
    assert said == (
        "wh: Scientists from Germany, France and which other country signed a pact in Vienna "
        "on May 4, 2018?"
    )


def test_a_listed_subject_is_asked_along_with_the_rest(nlp: Any) -> None:
    """The list is the subject: the writer's "along with" question."""
    said = _asked(nlp, "Norway, Sweden and Finland joined the project in 2020.", "Sweden",
                  "place", "country")  # fmt: skip
    assert said == "wh: Which country, along with Norway and Finland, joined the project in 2020?"


def test_no_wh_for_a_middle_item_an_or_list_or_an_objects_list(nlp: Any) -> None:
    """ "A, which other B, and C" reads as no question; an "or" list names one item; a list
    after the verb would need the wh-phrase fronted: each is left to a blank."""
    text = "Scientists from Germany, France and Spain signed a pact in Vienna."
    assert _asked(nlp, text, "France", "place", "country") is None
    text = "Scientists from Germany, France or Spain will sign a pact in Vienna."
    assert _asked(nlp, text, "Spain", "place", "country") is None
    text = "The minister visited Germany, France and Spain in May."
    assert _asked(nlp, text, "Spain", "place", "country") is None


def test_a_quiz_asks_the_listed_item_as_a_question() -> None:
    """In a whole article the list's last country is asked as a wh-question, not a blank."""
    text = (
        "Scientists from Germany, France and Spain signed a pact in Vienna on May 4, 2018 to "
        "share data about rare beetles. The pact cost 30 million euros, the commission said. "
        "The beetles live in old forests, and their numbers have fallen by 40 percent since "
        "1990. The lead researcher, Anna Holm, said the beetles were found in 12 forests. "
        "She added that 14 new species had been described since the pact was signed.\n\n"
        "The first survey under the pact began in March 2019 and lasted eight months. "
        "Volunteers counted 3,200 beetles in the Black Forest alone, the survey found. "
        "Holm said a second survey would begin in 2021 with a budget of 5 million euros.\n\n"
        "Farmers near the forests have welcomed the work. About 600 farms have agreed to "
        "leave strips of old wood on their land, according to the commission."
    )
    quiz = generate(text, slug="beetles", title="Scientists sign beetle pact").qset
    asked = [q.text for q in quiz.questions if "Spain" in q.options]
    assert all("_____" not in q for q in asked)
    assert any("France and which other country signed a pact" in q for q in asked)


def test_no_along_with_when_the_clause_says_a_plural_of_the_whole_list(nlp: Any) -> None:
    """ "A and B joined as members" / "both signed": one item asked "along with" the other
    would not agree with the plural, so it is left to a blank."""
    text = "Norway and Sweden joined the union as members in 2020."
    assert _asked(nlp, text, "Sweden", "place", "country") is None
    text = "Norway and Sweden both signed the treaty in 2020."
    assert _asked(nlp, text, "Sweden", "place", "country") is None
