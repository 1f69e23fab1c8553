"""Questions a refusal rule threw away although they read well and stand alone."""

from __future__ import annotations

from typing import Any

from questions.generate.dates import ArticleDate
from questions.generate.facts import Fact, sentence_facts
from questions.generate.farplaces import far_places
from questions.generate.filters import not_standalone
from questions.generate.measures import story_named
from questions.generate.movement import broken_movement
from questions.generate.options import (
    article_context,
    option_context,
    option_problem,
)
from questions.generate.persons import Cast
from questions.generate.quality import descriptor_in_name, negated
from questions.generate.references import unresolved_reference
from questions.generate.relabel import short_names
from questions.generate.replacements import replacements
from questions.generate.stems import cloze
from questions.generate.unique import shared_answer
from questions.generate.write import wh_question


def _fact(sentence: Any, answer: str) -> Fact:
    """Return the fact of a sentence whose text is `answer`."""
    return next(f for f in sentence_facts(sentence, 0) if f.text == answer)


def test_a_bracketed_aside_of_the_subject_is_left_out(nlp: Any) -> None:
    # Kept, the spelled-out acronym left no room for the headline the question needs.
    text = (
        "The FIRST Global competition (For Inspiration and Recognition of Science and "
        "Technology) was founded by Dean Kamen to encourage interest in science."
    )
    sentence = next(nlp(text).sents)
    stem, _ = wh_question(sentence, _fact(sentence, "Dean Kamen"), {})
    assert stem is not None
    assert "(" not in stem.text and "FIRST Global competition" in stem.text


def test_a_first_name_is_no_description() -> None:
    # "Dean" ends like "Republican" and is a common word, but it is a given name.
    fact = Fact(0, 0, 0, "Dean Kamen", "PERSON", "person", "", "")
    assert descriptor_in_name(None, fact) is None
    fact = Fact(0, 0, 0, "Republican John Cornyn", "PERSON", "person", "", "")
    assert descriptor_in_name(None, fact) is not None


def test_a_list_of_common_words_is_no_broken_clause() -> None:
    listed = (
        "By whom was the competition founded to encourage interest in science, technology, "
        "engineering, and mathematics?"
    )
    assert broken_movement(listed, "wh", "rule:person-prep") is None
    split = "How many votes did the party's seats, the councillor receive?"
    assert broken_movement(split, "wh", "rule:count-object") is not None


def test_an_end_of_a_between_range_is_its_own_slot(nlp: Any) -> None:
    # "between July 2003 and December 2004": the start and the end, not two answers to one.
    text = "The survey was carried out between July 2003 and December 2004."
    sentence = next(nlp(text).sents)
    assert shared_answer(sentence, _fact(sentence, "July 2003")) is None
    assert shared_answer(sentence, _fact(sentence, "December 2004")) is None
    text = "Teams from Morocco and Iran had difficulties crossing the border."
    sentence = next(nlp(text).sents)
    assert shared_answer(sentence, _fact(sentence, "Morocco")) is not None


def test_this_after_a_semicolon_keeps_the_part_it_stands_for(nlp: Any) -> None:
    # "this" is the share said before the semicolon: the question keeps that part.
    text = "IE accounted for 70 percent of the market in 2009; this has dropped to 56 percent."
    sentence = next(nlp(text).sents)
    stem = cloze(_fact(sentence, "56 percent"), list(sentence), {})
    assert stem is not None and stem.text.startswith("IE accounted for 70 percent")
    assert not_standalone(stem.text, stem.rule) is None
    assert not_standalone("This has dropped to _____.", "rule:percent-blank") is not None


def test_a_share_of_the_market_names_its_market(nlp: Any) -> None:
    text = "IE's various versions accounted for 70 percent of the market in 2009."
    sentence = next(nlp(text).sents)
    fact = _fact(sentence, "70 percent")
    stem = "IE's various versions accounted for _____ of the market in 2009."
    assert unresolved_reference(sentence, fact, stem) is None
    text = "IE's various versions led the market in 2009 with 70 percent."
    sentence = next(nlp(text).sents)
    stem = "IE's various versions led the market in 2009 with _____."
    assert unresolved_reference(sentence, _fact(sentence, "70 percent"), stem) is not None


HEADLINE = "📰 Parents prosecuted after homeopathic treatment leads to daughter's death\n"


def test_instead_of_what_the_sentence_before_said_is_left_out(nlp: Any) -> None:
    sentence = next(nlp("Thomas Sam instead decided to treat his daughter himself.").sents)
    replace = replacements(sentence, None, {}, Cast())
    assert replace is not None and replace.get(2) == ""
    sentence = next(nlp("They gave her drops instead of creams.").sents)
    replace = replacements(sentence, None, {}, Cast())
    assert replace is not None and 4 not in replace


def test_an_opening_even_is_left_out_and_the_next_word_lower_cased(nlp: Any) -> None:
    # Sweep: "According to a July 2017 article, even applying for a visa required …": "even"
    # (more than what?) leans on the sentence before, as "also" and "instead" do.
    from questions.generate.event import _opening

    sentence = next(nlp("Even applying for a visa required the team to travel far.").sents)
    replace = replacements(sentence, None, {}, Cast())
    assert replace is not None and replace.get(0) == ""
    ordinary = frozenset(t.text for t in sentence)
    assert _opening("Applying for a visa required the team to travel far.", ordinary).startswith(
        "applying"
    )
    sentence = next(nlp("Even though it rained, the team travelled far.").sents)
    replace = replacements(sentence, None, {}, Cast())
    assert replace is not None and 0 not in replace  # a conjunction: "even though"


def test_a_short_question_saying_the_headlines_word_names_its_story() -> None:
    assert story_named("person", HEADLINE + "Who decided to treat his daughter himself?")
    assert not story_named("person", HEADLINE + "Who decided to treat the patient himself?")


def test_a_definite_the_headline_says_is_the_headlines(nlp: Any) -> None:
    text = "As the parents came from India, they should be declared not guilty."
    sentence = next(nlp(text).sents)
    stem = "From which country did the parents come?"
    assert unresolved_reference(sentence, _fact(sentence, "India"), HEADLINE + stem) is None
    assert unresolved_reference(sentence, _fact(sentence, "India"), stem) is not None


def test_where_people_are_from_is_no_option_for_where_they_came_from(nlp: Any) -> None:
    text = "Thomas Sam, from Sydney, Australia, is on trial. The parents came from India."
    sentences = list(nlp(text).sents)
    facts = [f for n, s in enumerate(sentences) for f in sentence_facts(s, n)]
    base = article_context(text, facts, sentences)
    india = next(f for f in facts if f.text == "India")
    asked = option_context(base, india, "From which country did the parents come?")
    assert option_problem("Australia", asked) is not None
    assert option_problem("Pakistan", asked) is None
    told = option_context(base, india, "Which country is known for homeopathy?")
    assert option_problem("Australia", told) is None
    # With Australia no option, places from a list are the plausible ones.
    assert far_places(india, "library", facts) is not None
    assert far_places(india, "library", facts, asked) is None


def test_the_speakers_own_it_is_no_vague_pronoun() -> None:
    said = "North Korea stated it would respond within _____ if the broadcasts stop."
    assert not_standalone(said, "rule:quantity-blank") is None
    asked = "Which country stated it would respond within 48 hours?"
    assert not_standalone(asked, "rule:place-subject") is None
    assert not_standalone("The officials stated it would respond.", "rule:x-blank") is not None


def test_a_not_in_a_condition_is_no_negated_question() -> None:
    assert negated("North Korea would respond within _____ if the broadcasts do not stop.") is None
    assert negated("Which country does the travel ban not cover?") is not None
    assert negated("North Korea would respond if _____ does not stop the broadcasts.") is not None


def test_they_after_whom_a_speaker_speaks_for_is_that_body() -> None:
    said = "Lydia Buchtmann for _____, says they are looking at mandatory guidelines."
    assert not_standalone(said, "rule:organization-blank") is None
    named = "_____ for Food Standards Australia New Zealand, says they are looking at it."
    assert not_standalone(named.replace(" at it", ""), "rule:person-blank") is None
    assert not_standalone("_____ says they are looking at guidelines.", "rule:x-blank") is not None


def test_the_end_of_the_year_is_the_articles_year(nlp: Any) -> None:
    text = "The agency says it is looking at mandatory guidelines by the end of the year."
    sentence = next(nlp(text).sents)
    replace = replacements(sentence, ArticleDate(2, 1, 2006), {}, Cast())
    assert replace is not None and "2006" in replace.values()
    assert replacements(sentence, None, {}, Cast()) == {}


def test_the_it_of_a_subject_questions_clause_is_its_answer() -> None:
    asked = "Which space shuttle was lost when it exploded 73 seconds after liftoff?"
    assert not_standalone(asked, "rule:name-subject") is None
    assert not_standalone(asked, "rule:name-object") is not None
    told = "Who said the shuttle was lost when it exploded?"
    assert not_standalone(told, "rule:person-subject") is not None


def test_a_one_word_name_takes_the_kind_of_its_longer_name() -> None:
    shuttle = Fact(1, 0, 3, "Space Shuttle Columbia", "ORG", "name", "space shuttle")
    columbia = Fact(2, 0, 1, "Columbia", "ORG", "organization")
    dab = Fact(3, 0, 1, "DAB", "ORG", "organization")
    party = Fact(4, 0, 2, "Pro-Beijing DAB", "ORG", "name")
    found = short_names([[shuttle], [columbia], [dab, party]])
    assert (found[1][0].kind, found[1][0].subtype) == ("name", "space shuttle")
    assert found[2][0].kind == "organization"  # an acronym is a name of its own


def test_the_semicolon_rule_keeps_the_word_before_it_and_an_if_is_any_case() -> None:
    # The "; this" rule ate the letter before the semicolon, so "it;" hid as "i;" (review).
    assert not_standalone("IE held it; this has dropped to _____?", "rule:x") is not None
    # a capital "If" opens a condition too: its "not" does not hold the blank
    assert negated("If the broadcasts do not stop, North Korea will attack _____.") is None
