"""Sound facts a refusal rule or a missing form threw away: the question now written."""

from __future__ import annotations

from typing import Any

from questions.generate.facts import sentence_facts
from questions.generate.references import HEADLINE, unresolved_reference
from questions.generate.synonyms import described_nouns


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
