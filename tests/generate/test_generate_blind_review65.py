"""Blind review 65 on made-up text: wording copied from the article that reads badly once a
word is dropped or a phrase moved. An opening "Also" that fronts an inverted predicate
("Also charged are …") is not dropped to leave "Charged are …": the sentence is refused; a
"then" after a comma that orders the sentence's own two parts stays; an adjective said of a
counted object ("reported 31 people dead in Vesta") stays behind its verb; and a rival that
outgrows the key's digits is written as a writer would ("$1.1 billion", "1,030")."""

from __future__ import annotations

from typing import Any

from questions.generate import GenerationResult
from questions.generate.bounds import beyond_bound
from questions.generate.facts import Fact
from questions.generate.leaning import fronts_inversion, leaning
from questions.generate.references import unresolved_reference
from questions.generate.variants import numeric_variants
from tests.generate.generated import SharedGenerations

_FLOOD = (
    "Floods kill dozens in Vesta\n\n"
    "Tuesday, May 12, 2015\n\n"
    "Heavy rain flooded the valley of the Lanmark river on Monday, and the regional council "
    "closed the main road to Hollen for the rest of the week.\n\n"
    "Health officials have reported 31 people dead in Vesta Province, according to the "
    "Vesta Courier. Rescue teams from Ardo searched the riverbanks through the night.\n\n"
    "Also blamed are three engineers of the company that built the Hollen dam in 1998.\n\n"
    "Judge Anna Maas opened an inquiry into the dam on Monday. The council has set aside "
    "€4 million for repairs to the road and the bridges of the valley.\n"
)


def _flood(generation: SharedGenerations) -> dict[str, str]:
    """Map each question's last line (what the player reads) to its key."""
    result: GenerationResult = generation(_FLOOD, "vesta-floods", "vesta floods")
    return {q.text.splitlines()[-1]: q.options[q.answer] for q in result.qset.questions}


def test_an_adverb_fronting_an_inversion_is_not_dropped(generation: SharedGenerations) -> None:
    lines = _flood(generation)
    assert not any(line.startswith("Blamed are") for line in lines)


def test_an_opening_adverb_fronts_an_inversion_only_before_be(nlp: Any) -> None:
    assert fronts_inversion(nlp("Also charged are three directors of the firm.")[0])
    assert fronts_inversion(nlp("Also present was the mayor of Vesta.")[0])
    assert not fronts_inversion(nlp("Also, the mayor was present.")[0])
    assert not fronts_inversion(nlp("Then came the rain.")[0])


def test_a_then_opening_the_sentence_s_second_part_stays(nlp: Any) -> None:
    doc = nlp(
        "The Dutch team went down to Peru 0 to 3 in straight sets, then down to Chile by 2 "
        "sets to 3."
    )
    then = next(t for t in doc if t.lower_ == "then")
    assert not leaning(then, None)
    assert leaning(nlp("The coach then left the road near Hollen.")[2], None)


def test_a_predicate_of_a_counted_object_stays_behind(generation: SharedGenerations) -> None:
    lines = _flood(generation)
    asked = [line for line in lines if line.startswith("How many people")]
    assert asked and all("people dead" not in line for line in asked)
    assert any("reported dead in Vesta Province" in line for line in asked)


def test_a_rival_outgrowing_the_key_is_written_as_a_writer_would() -> None:
    sums = numeric_variants("$800 million", "x")
    assert "$1.1 billion" in sums and not any("00 million" in s and "$1" in s for s in sums)
    assert "1,030" in numeric_variants("750", "x")
    assert "1500" in numeric_variants("1200")  # four digits unseparated: the article's style


def test_a_rival_at_the_next_scale_is_weighed_at_its_scale() -> None:
    source = "Tourism brings more than $800 million a year."
    assert beyond_bound("$1.1 billion", "$800 million", source)
    assert not beyond_bound("$600 million", "$800 million", source)


def test_a_then_opening_the_sentence_s_second_part_points_nowhere(nlp: Any) -> None:
    sentence = next(
        nlp(
            "Slovenia went down to Peru 0 to 3 in straight sets, then down to Chile by 2 sets."
        ).sents
    )
    chile = next(t.i for t in sentence if t.text == "Chile")
    fact = Fact(0, chile, chile + 1, "Chile", "GPE", "place", "country", "", "", "")
    stem = "Slovenia went down to Peru 0 to 3 in straight sets, then down to _____ by 2 sets."
    assert unresolved_reference(sentence, fact, stem) is None
