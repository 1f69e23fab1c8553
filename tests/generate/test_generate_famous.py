"""Famous people's rivals: WordNet's others of the key's category and era, never made up.

Every text here is made up.
"""

from __future__ import annotations

from typing import Any

from questions.generate.distractors import choose_distractors
from questions.generate.facts import Fact
from questions.generate.famous import famous_rivals, life
from questions.generate.options import article_context, option_context
from questions.generate.three import too_few_options
from questions.generate.wordnet import senses, synset

VISIT = """Former U.S. President George W. Bush opened a reading library in Millbrook on \
Friday. The library holds letters from his years in office. Local teacher Maria Quinlan \
thanked George W. Bush for the visit and said the children would read there every week.
"""

PRESIDENTS = {
    "Bill Clinton", "Jimmy Carter", "John F. Kennedy", "Gerald R. Ford", "Richard M. Nixon",
    "Ronald Reagan", "Lyndon Johnson", "Gerald Ford", "Richard Nixon", "Jack Kennedy",
    "Dwight Eisenhower", "Harry Truman", "Franklin Roosevelt", "Dwight D. Eisenhower",
    "Harry S Truman",
}  # fmt: skip


def _options(nlp: Any, text: str, key: str, stem: str) -> tuple[list[str], str]:
    """Return the wrong options and their origin for a person key of a made-up article."""
    sentences = list(nlp(text).sents)
    names = [key, "Maria Quinlan"]
    article = [Fact(0, 0, 1, name, "PERSON", "person") for name in names]
    base = article_context(text, article, sentences)
    fact = article[0]
    return choose_distractors(fact, key, article, stem, stem, option_context(base, fact, stem))


def test_a_president_gets_presidents_of_his_era(nlp: Any) -> None:
    """Beside George W. Bush stand other presidents of his lifetime, written as he is (first
    name, initial, surname where WordNet has it), no made-up name and not himself."""
    stem = "Local teacher Maria Quinlan thanked _____ for the visit."
    chosen, origin = _options(nlp, VISIT, "George W. Bush", stem)
    assert len(chosen) == 3, chosen
    assert set(chosen) <= PRESIDENTS, chosen
    assert not any("Bush" in option for option in chosen)
    assert too_few_options(Fact(0, 0, 1, "George W. Bush", "PERSON", "person"),
                           "George W. Bush", chosen, origin) is None  # fmt: skip


def test_rivals_are_of_the_key_era_never_long_dead() -> None:
    """Reagan's rivals lived when he did: no Lincoln or Washington; each is a president."""
    rivals = famous_rivals("Ronald Reagan")
    assert "Jimmy Carter" in rivals and "Gerald Ford" in rivals
    assert not {"Abraham Lincoln", "George Washington", "Thomas Jefferson"} & set(rivals)
    assert not any(name.startswith("President") for name in rivals)


def test_a_surname_key_gets_surnames() -> None:
    """ "Reagan" alone: "Carter", "Nixon", not "Jimmy Carter" nor "Ronald Reagan"."""
    rivals = famous_rivals("Reagan")
    assert {"Carter", "Nixon"} <= set(rivals)
    assert all(" " not in name for name in rivals) and "Reagan" not in rivals


def test_an_emperor_gets_no_emperor_of_another_age() -> None:
    """Hirohito's only emperor of his age in WordNet is Haile Selassie: too few, so none
    rather than Justinian or Genghis Khan."""
    assert famous_rivals("Hirohito") == ()
    assert famous_rivals("Cleopatra") == ()  # the other queens regnant lived centuries after


def test_a_name_unknown_or_shared_gets_none() -> None:
    """A made-up person, and "George Bush" (two presidents), are no key WordNet dates."""
    assert famous_rivals("Maria Quinlan") == ()
    assert famous_rivals("George Bush") == ()


def test_life_years_read_from_the_gloss() -> None:
    """ "(1911-2004)", "(born in 1946)", "(69-30 BC)" are lives; "(died 1965)" none."""
    reagan = synset(senses("Ronald Reagan")[0])
    cleopatra = synset(senses("Cleopatra")[0])
    assert reagan is not None and life(reagan) == (1911, 2004)
    assert cleopatra is not None and life(cleopatra) == (-69, -30)
