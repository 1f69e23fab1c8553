"""Questions the count of issue #11 was missing: refusals that threw away a good question."""

from __future__ import annotations

from typing import Any

from questions.generate.acronyms import unexplained_acronym
from questions.generate.facts import Fact, sentence_facts
from questions.generate.phrasedamounts import own_item
from questions.generate.quality import descriptor_in_name
from questions.generate.unique import shared_answer
from questions.generate.write import cloze, wh_question
from tests.generate.generated import SharedGenerations


def _fact(sentence: Any, answer: str) -> Fact:
    """Return the fact of a sentence whose text is `answer`."""
    return next(f for f in sentence_facts(sentence, 0) if f.text == answer)


def test_a_surname_alone_is_no_description(generation: SharedGenerations) -> None:
    # "Eastman" ends like "Republican" and is a common word, but alone it is the name itself.
    assert descriptor_in_name(None, Fact(0, 0, 1, "Eastman", "PERSON", "person", "", "")) is None
    questions = generation.corpus("iodine-deficiency-australia").qset.questions
    asked = [q for q in questions if "recommendation that all salt be iodised" in q.text]
    # asked by what he says: "Who says …?" beside it printed its key (code review 14)
    assert "Cres Eastman" not in [q.correct_option for q in asked]
    share = next(q for q in asked if q.correct_option == "10 per cent")
    assert "To what share of Australian salt is iodine added" in share.text


def test_an_acronym_of_a_quotation_is_the_speakers_word(generation: SharedGenerations) -> None:
    said = 'Who said "The inclusion of the FDIC increases has caused me to reconsider"?'
    assert unexplained_acronym(said, {}, "Jim Ramstad") is None
    # (an acronym WordNet spells out, as "FDIC", is known: "FTU" is not)
    told = "Which cap did the FTU raise?"
    assert unexplained_acronym(told, {}, "Jim Ramstad") is not None
    blank = 'He said "the _____ increases by the FTU were welcome".'
    assert unexplained_acronym(blank, {}, "FTU") is None  # the key itself
    assert unexplained_acronym(blank, {}, "Congress") is not None  # asked inside the quote
    questions = generation.corpus("us-senate-bailout-2008").qset.questions
    quoted = [q for q in questions if "the FDIC increases" in q.text and q.text.endswith('"?')]
    assert [q.correct_option for q in quoted] == ["Jim Ramstad"]


def test_any_amount_of_a_list_said_with_its_own_phrase_is_asked_alone(nlp: Any) -> None:
    text = (
        "Earmarks in the bailout bill included $192 million in tax rebates for the rum "
        "industry, $148 million in tax cuts for the wool industry, $100 million tax cuts to "
        "the auto racing industry, and $48 million in Hollywood tax incentives."
    )
    sentence = next(nlp(text).sents)
    asked = {}
    for answer in ("$148 million", "$48 million", "$100 million"):
        fact = _fact(sentence, answer)
        assert shared_answer(sentence, fact) is None
        stem = cloze(fact, own_item(fact, list(sentence)), {})
        asked[answer] = stem.text if stem else None
    assert asked == {
        "$148 million": "Earmarks in the bailout bill included _____ in tax cuts for the wool "
        "industry.",
        "$48 million": "Earmarks in the bailout bill included _____ in Hollywood tax incentives.",
        "$100 million": "Earmarks in the bailout bill included _____ tax cuts to the auto "
        "racing industry.",
    }
    plain = next(nlp("The prizes were $192 million, $148 million and $48 million.").sents)
    assert shared_answer(plain, _fact(plain, "$192 million")) is not None  # nothing says which


def test_an_it_the_article_names_is_inverted_like_its_name(nlp: Any) -> None:
    sentence = next(nlp("It was passed with 74 yeas and 25 nays.").sents)
    named = {sentence[0].i: "the revised bailout bill"}
    stem, _ = wh_question(sentence, _fact(sentence, "74"), named)
    assert stem is not None
    assert stem.text == "With how many yeas was the revised bailout bill passed?"
    assert wh_question(sentence, _fact(sentence, "74"), {})[0] is None  # "it" unnamed
