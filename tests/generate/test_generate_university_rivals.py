"""A university key takes WordNet's universities of its own country, though the article's
other universities are not WordNet's: "Ohio State University" beside "Idaho State
University", never "Oxford University", the article's other university that did the deed too,
or the key's own other name.

Every text here is made up.
"""

from __future__ import annotations

from typing import Any

from questions.generate.distractors import choose_distractors
from questions.generate.facts import Fact
from questions.generate.options import article_context, option_context
from questions.generate.universities import home_universities, placed, university_country
from questions.generate.wordnet import rivals

BEETLES = """Researchers from Idaho State University have found that a desert beetle drinks \
fog from its back. The study, run with Yale University, was published on Monday. A \
biologist at Kessler Polytechnic University in Boise said the work was careful, and the \
Tamsin Water Trust paid for the field trips.
"""
KEY = "Idaho State University"
NAMES = [KEY, "Yale University", "Kessler Polytechnic University", "Tamsin Water Trust"]
ABROAD = {"Oxford University", "Cambridge University", "Sussex University", "Paris University"}


def _options(nlp: Any) -> list[str]:
    """Return the options chosen for the key of the made-up beetle article."""
    stem = "Researchers from which university have found that a desert beetle drinks fog?"
    article = [Fact(0, 0, 1, name, "ORG", "organization") for name in NAMES]
    base = article_context(BEETLES, article, list(nlp(BEETLES).sents))
    ctx = option_context(base, article[0], stem)
    chosen, _ = choose_distractors(article[0], KEY, article, stem, stem, ctx)
    return chosen


def test_a_university_gets_wordnet_universities_of_its_country(nlp: Any) -> None:
    """Three universities in the key's form, American like Idaho's: before, the article's
    own university not being WordNet's left WordNet's out, and a trust among the options."""
    chosen = _options(nlp)
    assert len(chosen) == 3, chosen
    assert all(name.endswith(" University") for name in chosen), chosen
    assert not ABROAD & set(chosen) and len(set(chosen)) == 3, chosen
    assert all(university_country(name) in ("US", "") for name in chosen), chosen


def test_a_university_country_is_read_from_its_name_or_wordnet() -> None:
    """A US state in the name, a city's country, or WordNet's part-holonyms ("Massachusetts
    Institute of Technology": Cambridge, Massachusetts, not Cambridge, England)."""
    assert university_country("Idaho State University") == "US"
    assert university_country("University of Glasgow") == "GB"
    assert university_country("Massachusetts Institute of Technology") == "US"
    assert university_country("Oxford University") == "GB"
    assert university_country("Princeton University") == "US"  # New Jersey, not Jersey


def test_the_key_s_own_names_and_the_article_s_are_no_rivals() -> None:
    """The key's other name ("Harvard" of Harvard University), a university the article names
    (a second true answer maybe) and one of another country are none of its rivals."""
    found = rivals("Harvard University", "university", "university", True)
    home = home_universities(found, "Harvard University", "Work at Yale University began.")
    assert home and "Yale University" not in home and not ABROAD & set(home), home
    bare = home_universities(("Harvard", "Yale", "Brown"), "Harvard University", "")
    assert bare == ["Yale", "Brown"], bare
    assert home_universities(found, "Kessler Polytechnic University", "") is None  # unknown


def test_a_question_that_places_the_university_takes_none_of_wordnet_s() -> None:
    """ "at _____ in Ames": a reader who knows Ames is Iowa's strikes out Ohio State."""
    assert placed("Bong Wie, an engineer at _____ in Ames, said it was rare.")
    assert placed("Researchers from the _____, Knoxville, found it.")
    assert not placed("Researchers from the _____ and Apex Trust found it.")
    assert not placed("She taught at _____ in the 1990s.")
