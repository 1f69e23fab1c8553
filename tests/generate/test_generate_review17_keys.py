"""Wrong keys a blind review (17) found on an untouched set of articles, as general rules over
the parse: a person's surname the model took for a town, a surname the model cut from its
first name (and so expanded to another person of that name), the whole of "N of M" asked as
what the verb counts, a thing with two owners asked "whose", a "for" phrase that belonged to
a dropped comment adverb, and a quiz of blanks only, which the blank cap emptied."""

from __future__ import annotations

from collections import Counter
from typing import Any

from spacy.tokens import Span

from questions.generate.cutshort import asked_total, cut_first_name, of_total
from questions.generate.facts import Fact, sentence_facts
from questions.generate.owners import second_owner
from questions.generate.personplaces import person_places
from questions.generate.rank import Candidate, select
from questions.generate.setting import article_setting
from questions.generate.write import Stem
from tests.generate.generate_checks import asked_wh


def _fact(nlp: Any, text: str, answer: str) -> tuple[Any, Fact]:
    """Return a one-sentence text's sentence and its fact whose text is `answer`."""
    sentence = next(nlp(text).sents)
    return sentence, next(f for f in sentence_facts(sentence, 0) if f.text == answer)


# --- 1. a person's surname the model calls a place --------------------------------------


def test_a_surname_the_model_placed_is_no_place_option(nlp: Any) -> None:
    text = "Striker Alan Preston scored twice. Late in the game, Bolton tripped Preston."
    sentences = list(nlp(text).sents)
    stated = [sentence_facts(s, n) for n, s in enumerate(sentences)]
    assert any(f.text == "Preston" and f.kind == "place" for f in stated[1])  # the model's town
    found = person_places(stated, sentences)
    assert not any(f.text == "Preston" and f.kind == "place" for f in found[1])


# --- 2. a surname the model cut from its first name ---------------------------------------


def _cut(nlp: Any) -> Any:
    """Parse a play whose player the model names by surname only ("[Bronco Darian] Stewart")."""
    doc = nlp("The turnover occurred when Bronco Darian Stewart forced Mike Tolbert to fumble.")
    assert [t.text for t in doc[4:7]] == ["Bronco", "Darian", "Stewart"]
    doc.ents = [Span(doc, 4, 6, "NORP"), Span(doc, 6, 7, "PERSON"), Span(doc, 8, 10, "PERSON")]
    return doc


def test_a_surname_cut_from_its_first_name_is_not_a_fact(nlp: Any) -> None:
    doc = _cut(nlp)
    assert cut_first_name(doc.ents[1]) == "Darian"
    assert cut_first_name(doc.ents[2]) is None  # "Mike Tolbert": named in full
    texts = [f.text for f in sentence_facts(doc[:], 0)]
    assert "Stewart" not in texts and "Mike Tolbert" in texts


def test_a_title_before_a_surname_is_no_first_name(nlp: Any) -> None:
    for text in ("Later, Professor Eastman said it was alarming.", "Coach Ramsey praised them."):
        ent = next(e for e in nlp(text).ents if e.label_ == "PERSON")
        assert cut_first_name(ent) is None, text


def test_a_surname_two_people_share_is_no_ones_full_name(nlp: Any) -> None:
    other = nlp("Running back Jonathan Stewart scored a touchdown.")
    people = article_setting(None, [other, _cut(nlp)], None).people
    assert "Stewart" not in people  # never expanded to Jonathan Stewart
    assert article_setting(None, [other], None).people["Stewart"] == "Jonathan Stewart"


# --- 3. "N of M" ---------------------------------------------------------------------------


def test_the_whole_of_n_of_m_is_told_from_the_part(nlp: Any) -> None:
    for text, whole in (
        ("Quarterback Ray Dalton completed 21 of 30 passes for 250 yards.", "30"),
        ("The Hawks won 12 of their 16 games.", "16"),
        ("She was one of the 40 students who passed.", "40"),
    ):
        doc = nlp(text)
        number = next(t for t in doc if t.text == whole)
        assert of_total(number), text
    doc = nlp("The Hawks won 16 games.")
    assert not of_total(next(t for t in doc if t.text == "16"))


def test_a_wh_question_never_keys_the_whole_of_n_of_m(nlp: Any) -> None:
    sentence, fact = _fact(nlp, "Quarterback Ray Dalton completed 21 of 30 passes.", "30")
    assert asked_total(sentence, fact, "wh") is not None  # "How many passes did … complete?"
    assert asked_total(sentence, fact, "cloze") is None  # "completed 21 of _____ passes"
    sentence, fact = _fact(nlp, "Quarterback Ray Dalton completed 30 passes.", "30")
    assert asked_total(sentence, fact, "wh") is None


# --- 4. two owners -------------------------------------------------------------------------


def test_an_owner_is_not_asked_when_the_sentence_gives_the_thing_another(nlp: Any) -> None:
    sentence, fact = _fact(
        nlp, "The banker owned a yacht that once belonged to Tom Reyes.", "Tom Reyes"
    )
    assert second_owner(sentence, fact) is not None
    sentence, fact = _fact(nlp, "She bought a villa once owned by singer Maria Lenz.", "Maria Lenz")
    assert second_owner(sentence, fact) is not None


def test_an_owner_with_no_second_owner_is_asked(nlp: Any) -> None:
    sentence, fact = _fact(
        nlp, "The museum displays a yacht that once belonged to Tom Reyes.", "Tom Reyes"
    )
    assert second_owner(sentence, fact) is None


# --- 5. a comment adverb's "for" phrase ----------------------------------------------------


def test_a_comment_adverbs_for_phrase_goes_with_it(nlp: Any) -> None:
    text = "Unfortunately for the hosts, Okafor forced Hamilton to fumble at the ten-yard line."
    stem, _ = asked_wh(nlp, text, "Okafor")
    assert stem == "Who forced Hamilton to fumble at the ten-yard line?"
    stem, _ = asked_wh(nlp, "For the hosts, Okafor scored twice.", "Okafor")
    assert stem is not None and "for the hosts" in stem  # no adverb: the phrase is the verb's


# --- 6. a quiz of blanks only --------------------------------------------------------------


def _candidate(sentence: int, form: str, answer: str) -> Candidate:
    fact = Fact(sentence, 0, 1, answer, "DATE", "year")
    stem = Stem(f"It happened in _____ ({sentence}).", form, "rule:test")
    return Candidate(fact, stem, (answer, "1990", "1991", "1992"), 0, "", "", 3.0, ())


def test_no_quiz_is_all_blanks() -> None:
    # the rule: a blank never more than half the set, even with no wh-question at all
    clozes = [_candidate(n, "cloze", str(2000 + n)) for n in range(3)]
    assert select(clozes, 60, Counter()) == []


def test_blanks_stay_at_most_half_beside_a_wh_question() -> None:
    mixed = [_candidate(n, "cloze", str(2000 + n)) for n in range(3)]
    mixed.append(_candidate(5, "wh", "2010"))
    chosen = select(mixed, 60, Counter())
    assert [c.stem.form for c in chosen].count("cloze") == 1
