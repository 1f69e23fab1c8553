"""Blind review 76's stem classes: a bare number whose counted noun is said before ("only 38
are working"), one end of a "from … to …" series asked "From whom …?", and a sentence's
opening common noun the model took for a name ("Lunch") kept capitalised mid-question."""

from __future__ import annotations

from typing import Any

from questions.generate.elidedcount import bare_numbers, elided_noun, unnamed_count
from questions.generate.facts import Fact, sentence_facts
from questions.generate.namedwh import series_end_answer
from questions.generate.openers import lower_opening_common_nouns
from questions.generate.render import lower_first
from questions.generate.write import wh_question


def _fact(sentence: Any, answer: str) -> Fact:
    """Return the fact of a sentence whose text is `answer`."""
    return next(f for f in sentence_facts(sentence, 0) if f.text == answer)


def _bare(nlp: Any, text: str) -> list[tuple[str, str | None]]:
    """Return each bare number of a text with the noun it counts, if named safely."""
    return [(n.text, elided_noun(n)) for s in nlp(text).sents for n in bare_numbers(s)]


def test_a_bare_number_takes_the_noun_counted_in_a_joined_clause(nlp: Any) -> None:
    text = (
        "The league plans to send about 90 referees to the cup, but so far only 12 are "
        "working in Peru."
    )
    assert _bare(nlp, text) == [("12", "referees")]


def test_a_bare_number_takes_the_noun_of_the_same_verb_before(nlp: Any) -> None:
    text = (
        "More than 3,000 people signed the petition on Monday. By Friday, 1,200 signed a "
        "second one."
    )
    assert _bare(nlp, text) == [("1,200", "people")]


def test_a_noun_of_another_verb_is_not_guessed_and_the_question_is_refused(nlp: Any) -> None:
    # "two trucks" were in the ditch: "14 trucks were rescued" would be false
    doc = nlp("Two trucks were in the ditch. He said 14 were rescued in Oslo.")
    sentence = list(doc.sents)[1]
    assert [(n.text, elided_noun(n)) for n in bare_numbers(sentence)] == [("14", None)]
    assert unnamed_count(sentence, range(0, 0), "Where were 14 rescued?") is not None


def test_a_count_joined_by_and_is_no_part_of_the_noun_before(nlp: Any) -> None:
    # the injured are no council workers: "116 council workers were injured" would be false
    text = "Two council workers were killed and at least 116 were injured in the crash."
    assert _bare(nlp, text) == [("116", None)]


def test_a_part_of_a_group_named_after_it_is_no_bare_number(nlp: Any) -> None:
    assert _bare(nlp, "Ramos has won five out of eight cup finals in his career.") == []


def test_a_named_count_stands(nlp: Any) -> None:
    sentence = next(nlp("Police sent 40 divers to the lake, but only 12 stayed overnight.").sents)
    stem = "To which lake did police send 40 divers, but only 12 divers stayed overnight?"
    found = [(n.text, elided_noun(n)) for n in bare_numbers(sentence)]
    assert found == [("12", "divers")]
    assert unnamed_count(sentence, range(0, 0), stem) is None


def test_one_end_of_a_series_of_people_is_not_asked(nlp: Any) -> None:
    sentence = next(
        nlp("Maria Lopez has interviewed every mayor from Tom Reed to Alan Fisk.").sents
    )
    for end in ("Tom Reed", "Alan Fisk"):
        fact = _fact(sentence, end)
        stem, _ = wh_question(sentence, fact, {})
        assert stem is None  # not "From whom has Maria Lopez interviewed every mayor to …?"
        assert series_end_answer(sentence, fact) is not None  # nor "from _____ to Alan Fisk"


def test_one_end_of_a_path_is_still_asked(nlp: Any) -> None:
    sentence = next(nlp("President Ortiz flew from Chile to Peru on Monday.").sents)
    fact = _fact(sentence, "Chile")
    stem, _ = wh_question(sentence, fact, {})
    assert stem is not None
    assert stem.text == "From which country did President Ortiz fly to Peru on Monday?"
    assert series_end_answer(sentence, fact) is None


def test_an_opening_common_noun_taken_for_a_name_is_lower_cased(nlp: Any) -> None:
    doc = nlp("Lunch was followed by a speech in Ottawa.")
    assert doc[0].pos_ == "PROPN"  # the model's reading, by the capital alone
    lower_opening_common_nouns([doc])
    assert doc[0].pos_ == "NOUN" and not doc[0].ent_type_
    assert lower_first("Lunch was followed", doc[0]) == "lunch was followed"


def test_an_opening_word_written_with_a_capital_elsewhere_keeps_it(nlp: Any) -> None:
    doc = nlp("Lunch was followed by a speech. The Lunch Club paid for it.")
    lower_opening_common_nouns([doc])
    assert doc[0].pos_ == "PROPN"  # "Lunch" is the club's name too


def test_the_head_of_a_longer_name_keeps_its_capital(nlp: Any) -> None:
    doc = nlp("University of Dunmore opened its new library on Thursday.")
    lower_opening_common_nouns([doc])
    assert doc[0].pos_ == "PROPN"  # "University of Dunmore" is a name
