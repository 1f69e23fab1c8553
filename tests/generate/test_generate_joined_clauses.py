"""Review 27's classes: a sentence's opening common noun taken for someone, a clause joined
by "and" carried into the question or credited to the other speaker, a participle left as
the question's only verb, and "after" with nothing named to be after."""

from __future__ import annotations

from typing import Any

from questions.generate.facts import Fact, sentence_facts
from questions.generate.joined import mend_participles
from questions.generate.openers import mend_opening_names, unname_opening_nouns
from questions.generate.references import unresolved_reference
from questions.generate.stems import run_on
from questions.generate.write import wh_question

TWO_SAYINGS = (
    "The Weather Bureau said more snow would fall, and the Ministry of Transport said "
    "roads would be closed."
)


def _fact(sentence: Any, answer: str) -> Fact:
    """Return the fact of a sentence whose text is `answer`."""
    return next(f for f in sentence_facts(sentence, 0) if f.text == answer)


def _asked(nlp: Any, text: str, answer: str) -> str:
    """Return the wh-question written over a one-sentence text's answer, or why none is."""
    sentence = next(nlp(text).sents)
    stem, why = wh_question(sentence, _fact(sentence, answer), {})
    return stem.text if stem is not None else why


def test_a_question_over_one_saying_leaves_the_other_out(nlp: Any) -> None:
    asked = _asked(nlp, TWO_SAYINGS, "Weather Bureau")
    assert asked == "Which organization said more snow would fall?"


def test_a_joined_saying_is_not_credited_to_the_first_speaker(nlp: Any) -> None:
    asked = _asked(nlp, TWO_SAYINGS, "Ministry of Transport")
    assert asked == "Which organization said roads would be closed?"
    assert "according to" not in asked


def test_one_speaker_s_two_reported_clauses_keep_the_speaker(nlp: Any) -> None:
    # one saying, one speaker: what he said is still his word
    text = "The Fire Service reported that 12 houses had burned down."
    asked = _asked(nlp, text, "12")
    assert asked == "How many houses had burned down, according to the Fire Service?"


def test_a_participle_left_as_the_only_verb_is_refused(nlp: Any) -> None:
    # the parse the model may give "… reported that five smugglers sailing in a dinghy came
    # within 400 meters": "sailing" as the reported clause's verb, "came" hung beside it.
    # "How many smugglers sailing in a dinghy, according to …?" has no verb.
    from spacy.tokens import Doc, Span

    rows = [
        ("The", "DT", "DET", "det", 1, "the"),
        ("Navy", "NNP", "PROPN", "nsubj", 2, "Navy"),
        ("reported", "VBD", "VERB", "ROOT", 2, "report"),
        ("that", "IN", "SCONJ", "mark", 6, "that"),
        ("five", "CD", "NUM", "nummod", 5, "five"),
        ("smugglers", "NNS", "NOUN", "nsubj", 6, "smuggler"),
        ("sailing", "VBG", "VERB", "ccomp", 2, "sail"),
        ("in", "IN", "ADP", "prep", 6, "in"),
        ("a", "DT", "DET", "det", 9, "a"),
        ("dinghy", "NN", "NOUN", "pobj", 7, "dinghy"),
        ("came", "VBD", "VERB", "ccomp", 2, "come"),
        ("within", "IN", "ADP", "prep", 10, "within"),
        ("400", "CD", "NUM", "nummod", 13, "400"),
        ("meters", "NNS", "NOUN", "pobj", 11, "meter"),
        (".", ".", "PUNCT", "punct", 2, "."),
    ]
    doc = Doc(nlp.vocab, words=[r[0] for r in rows], tags=[r[1] for r in rows],
              pos=[r[2] for r in rows], deps=[r[3] for r in rows],
              heads=[r[4] for r in rows], lemmas=[r[5] for r in rows],
              sent_starts=[True] + [False] * (len(rows) - 1))  # fmt: skip
    doc.ents = [Span(doc, 1, 2, label="ORG"), Span(doc, 4, 5, label="CARDINAL")]
    sentence = doc[:]
    stem, why = wh_question(sentence, _fact(sentence, "five"), {})
    assert stem is None and "participle" in why
    # mended, the smugglers came, sailing in a dinghy: the article's own statement
    mend_participles(doc)
    stem, why = wh_question(sentence, _fact(sentence, "five"), {})
    assert stem is not None, why
    assert stem.text == "How many smugglers came within 400 meters, according to the Navy?"


def test_a_participle_with_its_auxiliary_is_a_verb(nlp: Any) -> None:
    text = "The coast guard said that six smugglers were sailing toward the island of Malta."
    asked = _asked(nlp, text, "six")
    assert asked.startswith("How many smugglers were sailing toward")


def _pointing(nlp: Any, text: str, answer: str, stem: str) -> str | None:
    """What reference a question leaves unresolved, for a sentence and its answer."""
    sentence = next(nlp(text).sents)
    return unresolved_reference(sentence, _fact(sentence, answer), stem)


def test_after_with_nothing_named_to_be_after_does_not_stand_alone(nlp: Any) -> None:
    text = "Canada played Fiji immediately after at 15:45."
    stem = "Which country played Fiji immediately after at 15:45?"
    assert _pointing(nlp, text, "Canada", stem) is not None
    afterwards = "Canada played Fiji afterwards at the same arena."
    stem = "Which country played Fiji afterwards at the same arena?"
    assert _pointing(nlp, afterwards, "Canada", stem) is not None


def test_after_with_its_object_stands_alone(nlp: Any) -> None:
    text = "Canada played Fiji immediately after lunch on Friday."
    stem = "Which country played Fiji immediately after lunch on Friday?"
    assert _pointing(nlp, text, "Canada", stem) is None


def test_never_before_is_before_now(nlp: Any) -> None:
    text = "Iceland had never qualified for the World Cup before."
    stem = "Which country had never qualified for the World Cup before?"
    assert _pointing(nlp, text, "Iceland", stem) is None


OPENERS = (
    "Trains will run until 3 a.m. on Saturdays from next month, the council said.",
    "Commuters told reporters that the late services were long overdue.",
    "Hunter scored twice. Striker Tom Hunter joined the club in May.",
)


def test_an_opening_common_noun_is_nobody(nlp: Any) -> None:
    # the model may take "Trains" or "Commuters" for a body ("Who will run until 3 a.m.?");
    # "Hunter" is a name: the article writes it with a capital inside a sentence too
    docs = [nlp(text) for text in OPENERS]
    mend_opening_names(docs)
    unname_opening_nouns(docs)
    named = [ent.text for doc in docs for ent in doc.ents]
    assert "Trains" not in named and "Commuters" not in named
    assert "Hunter" in named  # tagged a common noun, but "Striker Tom Hunter"


def test_a_question_never_keeps_the_sentence_s_full_stop() -> None:
    assert run_on("Which agency warned that snow would fall, and roads would close.?")
    assert run_on("When does the last bus leave, at 1 a.m.?") is None
    assert run_on("Which company is based in the U.S.?") is None
