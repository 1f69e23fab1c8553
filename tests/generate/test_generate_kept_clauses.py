"""A question cut from a sentence says what the sentence says: a defining clause, the thing
asked for and an opening participle's place stay with the words they belong to."""

from __future__ import annotations

from typing import Any

from questions.generate import generate
from questions.generate.asides import asides
from questions.generate.persons import Cast
from questions.generate.replacements import replacements

PHARMACISTS = (
    "Ministry changes rules for pharmacists\n\n"
    "Tuesday, March 4, 2014\n\n"
    "Under the Portuguese 5512 Decree of March 3, 1962, all students of Pharmacy, Portuguese "
    "or foreign, who trained abroad must pass a hard examination before their licence is "
    "granted. The decree aims to ensure that pharmacists trained abroad know the local rules. "
    "Critics in Lisbon say the examination is too hard for many candidates.\n\n"
    "Born on March 2, 1965 in Ovar, a town in northern Portugal, Maria Santos had four older "
    "brothers. She studied chemistry in Coimbra and worked in Lisbon for twenty years. Maria "
    "Santos is survived by two daughters and ex-husband Paulo Costa. Her funeral will be held "
    "in Ovar on Friday, her brother Luis Santos said."
)


def _questions() -> list[str]:
    """Return the last lines of the made-up article's questions."""
    result = generate(PHARMACISTS, slug="pharmacists", title="Ministry changes rules")
    return [q.text.splitlines()[-1] for q in result.qset.questions]


def test_a_relative_clause_after_an_aside_running_into_the_verb_is_kept(nlp: Any) -> None:
    sentence = next(nlp("All students, Portuguese or foreign, who trained abroad must pass a "
                        "hard examination.").sents)  # fmt: skip
    cut = {sentence.doc[i].text for i in asides(list(sentence), range(0, 1))}
    assert "trained" not in cut and "abroad" not in cut
    # one closed by a comma is still an aside
    other = next(nlp("The mayor, who trained abroad, opened the clinic.").sents)
    assert "trained" in {other.doc[i].text for i in asides(list(other), range(0, 2))}


def test_a_defining_clause_stays_in_the_question() -> None:
    asked = [q for q in _questions() if "Pharmacy" in q]
    assert asked and all("who trained abroad must" in q for q in asked)


def test_what_was_asked_for_is_not_cut_as_a_setting(nlp: Any) -> None:
    sentence = next(nlp("Using the new law the lawyers asked the ministry for this letter to "
                        "support their appeal.").sents)  # fmt: skip
    replace = replacements(sentence, None, {}, Cast()) or {}
    kept = [t.text for t in sentence if replace.get(t.i, t.text)]
    assert "letter" in kept and "for" in kept
    # a setting in a "this" phrase still goes: the statement holds without it
    other = next(nlp("The ministers met at this summit.").sents)
    said = replacements(other, None, {}, Cast()) or {}
    assert not said.get(other[-2].i, "summit")


def test_an_opening_participle_stays_with_its_subject() -> None:
    questions = _questions()
    # not "… have four older brothers born on March 2, 1965": the brothers were not
    assert not any("brothers born" in q for q in questions)
    # the birthplace is not where she had her brothers
    assert not any(q.startswith("Where did Maria Santos have") for q in questions)


def test_a_count_listed_with_a_named_person_is_not_asked() -> None:
    assert not any("how many daughters and" in q.lower() for q in _questions())


def test_a_fronted_this_phrase_still_sets_the_scene(nlp: Any) -> None:
    sentence = next(nlp("With this win, the club is in its first final.").sents)
    replace = replacements(sentence, None, {}, Cast()) or {}
    assert [t.text for t in sentence if t.i in replace] == ["With", "this", "win"]


def test_a_clause_whose_closing_comma_the_parse_holds_is_still_an_aside(nlp: Any) -> None:
    sentence = next(nlp("The college's show, which is held in Dayton, Ohio, is to run until "
                        "March 9.").sents)  # fmt: skip
    cut = {sentence.doc[i].text for i in asides(list(sentence), range(0, 1))}
    assert {"held", "Dayton"} <= cut
