"""Sound facts a refusal rule or a missing form threw away: the question now written."""

from __future__ import annotations

from typing import Any

from questions.generate.agedat import age_question
from questions.generate.carried import carried_subject, name_carried_it
from questions.generate.facts import Fact, sentence_facts
from questions.generate.quotes import quote_question
from questions.generate.references import HEADLINE, unresolved_reference
from questions.generate.synonyms import described_nouns
from questions.generate.write import wh_question


def _fact(sentence: Any, answer: str) -> Fact:
    """Return the fact of a sentence whose text is `answer`."""
    return next(f for f in sentence_facts(sentence, 0) if f.text == answer)


def test_a_synonym_of_a_described_noun_is_not_an_unresolved_reference(nlp: Any) -> None:
    text = (
        "Every team in the contest was sent robot parts four months in advance of the competition."
    )
    sentence = next(nlp(text).sents)
    fact = next(f for f in sentence_facts(sentence, 0) if f.text == "four months")
    at = next(t.i for t in sentence if t.text == "competition")
    replace = {at: "international robotics competition"}
    stem = (
        "About how many months was every team in the contest sent robot parts in advance of "
        "the international robotics competition?"
    )
    described = described_nouns(sentence, replace)
    assert described == {at}
    assert unresolved_reference(sentence, fact, stem, frozenset(), described) is None
    # "the competition" left as the article says it describes nothing: "the contest" points back
    assert unresolved_reference(sentence, fact, stem) is not None
    # a noun of another sense ("the league" is no contest) still points back
    other = nlp(text.replace("contest", "league"))
    sentence = next(other.sents)
    fact = next(f for f in sentence_facts(sentence, 0) if f.text == "four months")
    stem = stem.replace("contest", "league")
    assert unresolved_reference(sentence, fact, stem, frozenset(), described) is not None


UK_HEADLINE = HEADLINE + "UK asylum process to replace interview with questionnaire\n"


def test_a_kind_of_the_headline_s_thing_and_its_one_country_are_not_unresolved(nlp: Any) -> None:
    # "The forms": the headline's questionnaires (a questionnaire is a form); "the nation":
    # the one country the headline names
    text = (
        "The forms are part of Prime Minister Rishi Sunak's effort to clear the nation's backlog."
    )
    sentence = next(nlp(text).sents)
    fact = next(f for f in sentence_facts(sentence, 0) if f.text == "Rishi Sunak")
    stem = "The forms are part of _____'s effort to clear the nation's backlog."
    assert unresolved_reference(sentence, fact, UK_HEADLINE + stem) is None
    assert unresolved_reference(sentence, fact, stem) is not None  # no headline: which forms?
    # under a headline naming no form and two countries, both point back
    other = HEADLINE + "UK and France agree to replace interviews\n"
    assert "the forms" in (unresolved_reference(sentence, fact, other + stem) or "").lower()
    alone = stem.replace("The forms are", "It is")
    said = unresolved_reference(sentence, fact, other + alone) or ""
    assert "the nation" in said.lower()


def test_an_opening_it_carries_on_the_sentence_before_s_subject(nlp: Any) -> None:
    text = (
        "The document must be completed in English. It must be returned within twenty working days."
    )
    first, second = nlp(text).sents
    thing = carried_subject(first)
    assert thing == "the document"
    replace: dict[int, str] = {}
    name_carried_it(second, thing, replace)
    assert replace == {second[0].i: "the document"}
    stem, _ = wh_question(second, _fact(second, "twenty working days"), replace)
    assert stem is not None
    assert stem.text == "Within how many working days must the document be returned?"


def test_an_it_of_being_or_after_a_named_subject_is_not_carried(nlp: Any) -> None:
    first, second = nlp("The document must be completed in English. It is clear why.").sents
    replace: dict[int, str] = {}
    name_carried_it(second, carried_subject(first), replace)
    assert replace == {}  # "It is clear …" points to no thing
    for said in ("It seems that nobody read it.", "It rained all day."):
        first, second = nlp("The document must be completed in English. " + said).sents
        name_carried_it(second, carried_subject(first), replace)
        assert replace == {}, said  # a clause it stands for, the weather: no thing
    named = next(nlp("The United Nations must decide soon.").sents)
    assert carried_subject(named) is None  # a name: said by `name_it`, by its name


def test_words_a_colon_gives_after_a_clause_of_speaking_are_the_speaker_s(nlp: Any) -> None:
    text = (
        "During questions on Wednesday, Sunak defended the government's record: \"The Home "
        'Secretary and I are working as quickly as possible to bring forward the bill."'
    )
    sentence = next(nlp(text).sents)
    stem = quote_question(sentence, _fact(sentence, "Sunak"))
    assert stem is not None
    assert stem.text == (
        'Who said "The Home Secretary and I are working as quickly as possible to bring forward '
        'the bill"?'
    )
    # picking up is no speaking: the note's words are not hers
    found = (
        'On Wednesday, Inspector Jane Morse picked up a note in the house: "We are leaving '
        'the city today and will not come back."'
    )
    sentence = next(nlp(found).sents)
    assert quote_question(sentence, _fact(sentence, "Jane Morse")) is None


def test_an_age_at_the_age_of_is_asked_at_what_age(nlp: Any) -> None:
    text = "Gloria developed severe eczema at the age of four months and was sent to a specialist."
    sentence = next(nlp(text).sents)
    fact = _fact(sentence, "four months")  # the age, without "the age of"
    assert fact.kind == "quantity"
    stem = age_question(sentence, fact, {})
    assert stem is not None
    assert stem.text == "At what age did Gloria develop severe eczema?"
    # a span of time after "for" is no age
    spent = next(nlp("Gloria stayed in hospital for four months.").sents)
    assert age_question(spent, _fact(spent, "four months"), {}) is None
