"""What the round-31 code review found, on made-up text: a bare count never takes the noun of
its own verb's other role ("the rebels captured 15" is no "15 rebels"), a modifier's words are
no bare subject to give "the" to ("the climate change summit"), a span of years or a
deadline is no changed figure, and a name that speaks elsewhere is no place."""

from __future__ import annotations

from typing import Any

from questions.generate.changestart import summed_change, without_start
from questions.generate.elidedcount import bare_numbers, elided_noun
from questions.generate.facts import sentence_facts
from questions.generate.placednames import placed_names
from questions.generate.slips import spelled_right


def _bare(nlp: Any, text: str) -> list[tuple[str, str | None]]:
    """Return each bare number of a text with the noun it counts, if named safely."""
    return [(n.text, elided_noun(n)) for s in nlp(text).sents for n in bare_numbers(s)]


def test_a_count_of_the_other_side_never_takes_the_doers_noun(nlp: Any) -> None:
    before = "Army units captured 40 rebels in the north. The rebels captured 15 near Tarko."
    assert ("15", "rebels") not in _bare(nlp, before)
    joined = "The police arrested 50 protesters, but the protesters injured 12."
    assert ("12", "protesters") not in _bare(nlp, joined)
    # a part of the same group is still named
    part = "The league plans to send 90 referees, but so far only 12 are working in Peru."
    assert _bare(nlp, part) == [("12", "referees")]


def test_a_noun_phrase_only_used_as_a_modifier_takes_no_the(nlp: Any) -> None:
    stem = "According to _____, electoral board has had success with observers."
    article = (
        "Delegates met at the electoral board offices. According to Varga, electoral board "
        "has had success with observers."
    )
    sentence = list(nlp(article).sents)[1]
    assert spelled_right(sentence, stem, article) == stem
    # the same words written whole with "the" elsewhere still take it
    whole = article.replace("the electoral board offices", "the electoral board")
    sentence = list(nlp(whole).sents)[1]
    assert spelled_right(sentence, stem, whole) == stem.replace(", electoral", ", the electoral")


def test_a_span_of_years_or_a_deadline_is_no_changed_figure() -> None:
    years = "Fuel prices rose steadily from 2005 to _____."
    assert without_start(years) == years
    assert summed_change("Sales rose from 9 to _____ by 2010.") is None
    assert without_start("Seats increased from 9 to _____.") == "Seats increased to _____."
    assert summed_change("Seats rose by 3 from 9 to _____.") is not None


def test_a_name_that_speaks_elsewhere_stays_a_person(nlp: Any) -> None:
    text = "Trucks will pass via Kelmora, in Tibet, next year. Kelmora said the talks would resume."
    sentences = list(nlp(text).sents)
    found = [sentence_facts(s, n) for n, s in enumerate(sentences)]
    kinds = {(f.text, f.kind) for facts in placed_names(found, sentences) for f in facts}
    assert ("Kelmora", "place") not in kinds
    # without the saying, the sentence's placing stands
    placed = list(nlp("Trucks will pass via Kelmora, in Tibet, next year.").sents)
    found = [sentence_facts(s, n) for n, s in enumerate(placed)]
    assert ("Kelmora", "place") in {
        (f.text, f.kind) for fs in placed_names(found, placed) for f in fs
    }


def test_only_listed_edits_are_weighed_and_none_of_them_is_lost() -> None:
    from questions.generate.pools import zipf
    from questions.generate.slipwords import listed_edits, one_edit

    for word in ("recieve", "minster", "orcestrated", "ramie", "café"):
        weighed = [e for e in one_edit(word) if zipf(e) > 0]
        assert [e for e in listed_edits(word) if zipf(e) > 0] == weighed
        if word.isascii():  # a plain word's unlisted edits are never asked for
            assert len(listed_edits(word)) < len(one_edit(word)) / 5
