"""Review of round 33: an adjective cues a key only by a pertainym every reading of whose
noun holds the key's name; "also" compares the deed a control verb takes; "the man" told of
a hearer is a noun of sex or age alone, not any person noun."""

from __future__ import annotations

from typing import Any

from questions.generate.pertained import pertained, pertained_key
from questions.generate.reported import described_addressee
from tests.generate.test_generate_also33 import _asked  # the key's also_doers verdict


def test_a_derived_form_is_no_adjective_of_a_name() -> None:
    # "+" links "common" to the commons and "seven" to 7: no name read off the question
    assert not pertained("common") and not pertained("seven")
    # "green" is the Green Party's only as a word of its name
    assert pertained_key("Which party backed green energy?", "Green Party", ["Labour"]) is None


def test_an_adjective_whose_noun_shares_a_name_cues_neither() -> None:
    # "Chinese" points at the Republic of China, yet "China" is the People's Republic too
    stem = "Which island did Chinese patrol boats circle at dawn?"
    assert pertained_key(stem, "Taiwan", ["Japan", "Cuba", "Malta"]) is None


def test_a_pertainym_still_gives_its_noun_away() -> None:
    for word, key in (("Jovian", "Jupiter"), ("Martian", "Mars"), ("lunar", "the Moon")):
        stem = f"Which body do the {word} probes circle?"
        assert pertained_key(stem, key, ["Venus", "Saturn", "Mercury"]), word
    assert pertained_key("Which city do Mancunian fans love?", "Manchester", ["Leeds"])


_OPTIONS = ("Lina Moss", "Karl Ode", "Ada Brill")


def test_also_compares_the_deed_a_control_verb_takes(nlp: Any) -> None:
    text = "Its trustees agreed to sell the old mill. "
    text += "The club's treasurer, Teo Brask, also agreed to quit his post on Friday."
    assert _asked(nlp, text, "Teo Brask", _OPTIONS) is None
    # the same deed taken: the trustees may be any option
    same = text.replace("quit his post", "sell the mill")
    assert _asked(nlp, same, "Teo Brask", _OPTIONS)


def test_as_well_on_the_verb_taken_says_also(nlp: Any) -> None:
    text = "The mayors of the three valley towns agreed to share a fire station. "
    text += "The governor of Varnia, Teo Brask, agreed to share the station as well."
    assert _asked(nlp, text, "Teo Brask", _OPTIONS)


def test_the_office_of_someone_told_of_is_no_description_of_the_hearer(nlp: Any) -> None:
    text = "Ross told Nora Vale that the president would resign on Friday."
    stem = "Who told Nora Vale that the president would resign on Friday?"
    assert described_addressee(next(nlp(text).sents), stem) is None
    text = "Ross told Nora Vale that the woman had left the hall early."
    stem = "Who told Nora Vale that the woman had left the hall early?"
    assert described_addressee(next(nlp(text).sents), stem)
