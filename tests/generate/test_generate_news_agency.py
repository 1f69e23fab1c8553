"""A news agency named as an agency ("The Meridian News Agency reported …") is an outlet,
not a public body: asked as the one that reported, it is offered among the article's other
reporters, never beside the article's public agencies, which report nothing; and it counts
as a reporter for theirs."""

from __future__ import annotations

from questions.generate.newsagency import named_news_agency, news_compound
from questions.generate.nlp import load_nlp
from questions.generate.pipeline import generate

FLOOD = """Floods close roads across Port Ellis

Tuesday, March 10, 2020

Heavy rain flooded roads across Port Ellis on Monday night, and two drivers were rescued.

The Meridian News Agency reported that more than 40 roads were closed in Port Ellis. The \
Daily Ledger reported that the river rose by two metres in six hours. Coastal Radio reported \
that about 60 firefighters helped stranded drivers.

The Port Ellis Water Agency said it would inspect the flood barriers on the river. The \
Regional Transport Agency said buses would not run on Tuesday. Students from Westmoor \
University helped to fill sandbags on Tuesday.
"""

OUTLETS = {"Meridian News Agency", "Daily Ledger", "Coastal Radio"}


# the agency only says it: a news agency's saying is a report all the same
SAID = FLOOD.replace(
    "The Meridian News Agency reported that more than 40 roads were closed in Port Ellis.",
    "More than 40 roads were closed in Port Ellis, the Meridian News Agency said.",
)
PUBLIC = {"Port Ellis Water Agency", "Regional Transport Agency"}


def _asked(text: str) -> dict[str, set[str]]:
    """Return each question's key and options."""
    quiz = generate(text, slug="flood", title=text.splitlines()[0])
    return {q.correct_option: set(q.options) for q in quiz.qset.questions}


def _reporter_questions(text: str = FLOOD) -> dict[str, set[str]]:
    """Return the key and options of each question asking which organization reported."""
    quiz = generate(text, slug="flood", title=text.splitlines()[0])
    return {
        q.correct_option: set(q.options)
        for q in quiz.qset.questions
        if "Which organization reported" in q.text
    }


def test_news_agency_is_offered_among_reporters() -> None:
    """The news agency's rivals are the other outlets, not the water or transport agency."""
    asked = _reporter_questions()
    assert set(asked.get("Meridian News Agency", ())) == OUTLETS


def test_news_agency_counts_as_a_reporter() -> None:
    """With the news agency a reporter, Coastal Radio has two rival outlets to be asked by."""
    assert _reporter_questions().get("Coastal Radio") == OUTLETS


def test_saying_news_agency_is_a_reporter() -> None:
    """A news agency that only "said" is a reporter too: Coastal Radio is asked among it and
    the Daily Ledger, and the agency itself is never asked beside the public agencies."""
    assert _reporter_questions(SAID).get("Coastal Radio") == OUTLETS
    assert not PUBLIC & _asked(SAID).get("Meridian News Agency", set())


def test_news_compound_by_wordnet() -> None:
    """A name ending on a compound WordNet files as a news agency is one; a public agency
    is not."""
    assert news_compound("Meridian News Agency")
    assert news_compound("a regional press agency")
    assert not news_compound("Port Ellis Water Agency")
    assert not news_compound("Agency")


def test_named_news_agency_by_apposition_or_acronym() -> None:
    """A bare name the article describes as a news agency is one, and so is the acronym of
    a name that says it is; a public agency's acronym is not."""
    nlp = load_nlp()

    def agency(text: str, name: str) -> bool:
        return named_news_agency(name, list(nlp(text).sents))

    assert agency("Velmar, a regional news agency, said 40 roads were closed.", "Velmar")
    assert agency("The Meridian News Agency (MNA) said the roads were shut. Later, MNA said the "
                  "bridges were shut.", "MNA")  # fmt: skip
    assert not agency("The Port Ellis Water Agency (PEWA) said the roads were shut. Later, PEWA "
                      "said the bridges were shut.", "PEWA")  # fmt: skip
