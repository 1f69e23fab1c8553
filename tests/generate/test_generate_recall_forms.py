"""More questions from shapes that gave none: a translated quotation's language code, a
title with "of" or "for" before a name, a title the parse took for a second subject, a
person of a country with no name list of its own, a blank whose predicate was cut, a
blank's gender by the word before it, a speaker's own "him" in what he says, a title
the name is set beside, a blank that ends a name with a number in it, quoted words as
context, a body named by a very common noun ("the State"), an age set off as
"a 15-year-old …" after a name, library countries beside only shown or kindless places,
no dash left of a dropped clause, "the past few days" under the article's month, a
continent's rivals, and a nation's word naming "the Kenyan team".
Each is shown on sentences of no article."""

from __future__ import annotations

from typing import Any

from questions.generate.ages import stated_ages
from questions.generate.clean import clean_article
from questions.generate.dates import ArticleDate
from questions.generate.distractors import choose_distractors
from questions.generate.facts import Fact, sentence_facts
from questions.generate.farplaces import far_places
from questions.generate.filters import lacks_context, not_standalone
from questions.generate.forms import write_form
from questions.generate.locales import name_locale
from questions.generate.options import (
    article_context,
    implausible_options,
    option_context,
)
from questions.generate.references import unresolved_reference
from questions.generate.refusals import refusal
from questions.generate.reviewed import other_gender
from questions.generate.speakers import speaker_pronouns
from questions.generate.stems import cloze


def _fact(sentence: Any, text: str, kind: str) -> Fact:
    ent = next(e for e in sentence.ents if e.text == text)
    return Fact(0, ent.start, ent.end, ent.text, ent.label_, kind)


def test_a_translated_quotations_language_code_is_no_prose() -> None:
    raw = 'Bridge opens\n\nThe mayor said the bridge is "a gift" ((fr)) and "long awaited" (de).'
    assert clean_article(raw).paragraphs == (
        'The mayor said the bridge is "a gift" and "long awaited".',
    )
    # a bracketed word that is no language code stays: "(sic)", "(ed)"
    kept = 'Bridge opens\n\nThe mayor called it "a gift" (sic) to the town.'
    assert clean_article(kept).paragraphs == ('The mayor called it "a gift" (sic) to the town.',)


def test_who_stands_for_a_title_with_of_before_the_name(nlp: Any) -> None:
    sentence = next(nlp("Minister of Health Sarah Collins said the hospital in Leeds would "
                        "close in May.").sents)  # fmt: skip
    stem, _ = write_form(sentence, _fact(sentence, "Sarah Collins", "person"), {}, None)
    assert stem is not None and stem.text == "Who said the hospital in Leeds would close in May?"
    # "one of the doctors" is no title: "who" would stand for one of several
    beside = next(nlp("One of the doctors, Sarah Collins, said the hospital would close in "
                      "May.").sents)  # fmt: skip
    stem, _ = write_form(beside, _fact(beside, "Sarah Collins", "person"), {}, None)
    assert stem is not None and stem.form == "cloze"


def test_a_title_the_parse_took_for_a_second_subject_goes_with_who(nlp: Any) -> None:
    sentence = next(nlp("Acme co-founder Jane Roe tweeted to the mayor of Springfield.").sents)
    stem, _ = write_form(sentence, _fact(sentence, "Jane Roe", "person"), {}, None)
    assert stem is not None and stem.text == "Who tweeted to the mayor of Springfield?"


def test_a_country_without_its_own_name_list_takes_its_first_languages() -> None:
    # Canada has no list: an English name there takes the nearest English-speaking one's
    assert name_locale("Karen Miller", ("CA",)) == "en_US"
    assert name_locale("Karen Miller", ("GB",)) == "en_GB"
    # Hong Kong's first language is Chinese: no American names for its people
    assert name_locale("Karen Miller", ("HK",)) is None


def test_a_blank_whose_predicate_was_cut_as_an_aside_is_no_statement(nlp: Any) -> None:
    said = ("Executive director of the Boston chapter of the Society for Old - New Maps Jane Roe "
            "said the group wants to help schools in the region.")  # fmt: skip
    sentence = next(nlp(said).sents)
    assert cloze(_fact(sentence, "Boston", "place"), list(sentence), {}) is None


def test_the_word_before_the_blank_tells_its_gender_over_the_pronouns() -> None:
    stem = "Tom Hardy resigned after he left papers at the flat of his then-girlfriend _____."
    assert other_gender("Paul Baker", stem, {})  # a girlfriend: no man's name
    assert not other_gender("Karen Miller", stem, {})
    assert other_gender("Karen Miller", "Ann Lee met her boyfriend _____ in Leeds.", {})


def test_a_speakers_him_in_what_he_says_is_his_own(nlp: Any) -> None:
    said = "Dale Roe says that officials of the city council have complained to him about parking."
    sentence = next(nlp(said).sents)
    key = _fact(sentence, "Dale Roe", "person")
    bound = speaker_pronouns(sentence, range(key.start, key.end))
    stem = "Who says that officials of the city council have complained to him about parking?"
    assert bound == {"him"} and not_standalone(stem, "rule:person-subject", bound) is None
    # another person named before "him" may be the one meant
    other = next(nlp("Dale Roe says that Tom Hardy complained to him about parking.").sents)
    key = _fact(other, "Dale Roe", "person")
    assert not speaker_pronouns(other, range(key.start, key.end))


def test_who_stands_for_a_title_the_name_is_set_beside(nlp: Any) -> None:
    said = ("The president of the Lakeshore region, Tom Reed, has reacted by proposing new "
            "rules for private schools.")  # fmt: skip
    sentence = next(nlp(said).sents)
    stem, _ = write_form(sentence, _fact(sentence, "Tom Reed", "person"), {}, None)
    assert stem is not None
    assert stem.text == "Who has reacted by proposing new rules for private schools?"


def test_a_blank_after_a_name_and_a_number_ends_a_longer_name() -> None:
    text = "Deputies of the Rally 7 Stars party asked the council to act."
    fact = Fact(0, 4, 5, "Stars", "PERSON", "person")
    stem = "Deputies of the Rally 7 _____ party asked the council to act."
    context = option_context(article_context(text, []), fact, stem)
    assert refusal(fact, "Stars", context) is not None
    # a name after a title is no longer name's tail
    titled = "Deputies of the party led by Mayor _____ asked the council to act."
    assert refusal(fact, "Stars", option_context(article_context(text, []), fact, titled)) != (
        "the blank ends a longer name"
    )


def test_quoted_words_pin_a_short_saying_down() -> None:
    assert lacks_context('Who called the ruling "rash" and "unfair"?', "wh") is None
    assert lacks_context('Who said a "fresh start" is needed?', "wh") is None
    # one quoted word, or none, still names nothing
    assert lacks_context('Who called the ruling "rash"?', "wh") is not None
    assert lacks_context("Who called the ruling rash and unfair?", "wh") is not None


def test_a_body_named_by_a_very_common_noun_is_no_key() -> None:
    text = "The fee is fixed by the State. The Harbor Trust and the Lakeside Fund disagree."
    fact = Fact(0, 6, 7, "State", "ORG", "organization")
    stem = "The fee is fixed by the _____."
    context = option_context(article_context(text, []), fact, stem)
    assert implausible_options(fact, [], context) is not None
    named = Fact(0, 1, 3, "Harbor Trust", "ORG", "organization")
    stem = "The _____ and the Lakeside Fund disagree."
    assert (
        implausible_options(named, [], option_context(article_context(text, []), named, stem))
        is None
    )


def test_an_age_set_off_as_a_year_old_after_a_name_is_asked(nlp: Any) -> None:
    sentences = list(nlp("Jane Roe, a 15-year-old student from Leeds, won the prize.").sents)
    facts = [sentence_facts(s, n) for n, s in enumerate(sentences)]
    dated = stated_ages(sentences, facts, ArticleDate(month=5, day=8, year=2019))
    assert [(age.text, stem.text) for age, stem in dated[0]] == [
        ("15", "How old was Jane Roe in May 2019?")
    ]
    # "the 15-year-old" said elsewhere in the sentence is no age set off after the name
    other = list(nlp("Jane Roe met a 15-year-old student from Leeds.").sents)
    facts = [sentence_facts(s, n) for n, s in enumerate(other)]
    assert not any(stated_ages(other, facts, ArticleDate(month=5, day=8, year=2019)))


def test_library_countries_stand_when_the_articles_own_are_shown_or_no_rivals() -> None:
    text = ("The final saw the US team Delta and Zenith, from Brazil, face off. The fair is one "
            "of the largest in North America. Acme Games sold a game called Orbis.")  # fmt: skip
    brazil = Fact(0, 10, 11, "Brazil", "GPE", "place", "country")
    us = Fact(0, 3, 4, "US", "GPE", "place", "country")
    america = Fact(1, 10, 12, "North America", "LOC", "place", "place")
    orbis = Fact(2, 7, 8, "Orbis", "GPE", "place", "place")  # no country: the model's slip
    stem = "The final saw the US team Delta and Zenith, from _____, face off."
    context = option_context(article_context(text, []), brazil, stem)
    # the US is in the question, North America a continent, "Orbis" no country at all
    assert far_places(brazil, "library", [brazil, us, america, orbis], context) is None
    # a country the article names elsewhere, fitting the slot, is still the plausible rival
    elsewhere = "The final was won by the _____ team Zenith."  # "the US team": it fits
    context = option_context(article_context(text, []), brazil, elsewhere)
    assert far_places(brazil, "library", [brazil, us, america, orbis], context) is not None


def test_a_dash_before_a_dropped_clause_goes_with_it(nlp: Any) -> None:
    said = ("On May 3 Jane Roe received an award in Ohio at the book fair — and tomorrow she "
            "plans to meet the mayor.")  # fmt: skip
    sentence = next(nlp(said).sents)
    fact = Fact(0, 9, 10, "Ohio", "GPE", "place", "state")
    stem, _ = write_form(sentence, fact, {}, None)
    assert stem is not None
    assert stem.text == "Where did Jane Roe receive an award at the book fair on May 3?"


def test_the_past_few_days_count_back_from_a_shown_date(nlp: Any) -> None:
    said = "In the past few days, several towns in Ohio have started asking farms to pay a fee."
    sentence = next(nlp(said).sents)
    fact = _fact(sentence, "Ohio", "place")
    stem = "In the past few days, several towns in _____ have started asking farms to pay a fee."
    dated = f"📰 Towns ask farms for fees (August 2015)\n{stem}"
    assert unresolved_reference(sentence, fact, dated) is None
    # without the article's month shown, the days are no days in particular
    assert unresolved_reference(sentence, fact, f"📰 Towns ask farms for fees\n{stem}")
    # a day of its own ("the end of the month") is still a reference
    own = next(nlp("The shuttle will launch from Ohio at the end of the month.").sents)
    shown = "📰 A launch (May 2011)\nThe shuttle will launch from _____ at the end of the month."
    assert unresolved_reference(own, _fact(own, "Ohio", "place"), shown)


def test_a_continent_takes_the_other_peopled_continents() -> None:
    fact = Fact(0, 9, 11, "North America", "LOC", "place", "place")
    source = "The fair drew thousands, one of the most popular in North America."
    chosen, origin = choose_distractors(fact, "North America", [fact], source, "seed")
    assert origin == "library" and len(chosen) == 3
    assert "Antarctica" not in chosen  # no one's "most popular" there
    assert set(chosen) <= {"Asia", "Africa", "Europe", "South America", "Oceania"}


def test_a_nations_word_names_a_definite_phrase(nlp: Any) -> None:
    said = "After two rounds, the Kenyan team won the Lakeside Cup and $10,000."
    sentence = next(nlp(said).sents)
    money = next(e for e in sentence.ents if e.label_ == "MONEY")
    fact = Fact(0, money.start, money.end, money.text, "MONEY", "money")
    stem = "After two rounds, the Kenyan team won the Lakeside Cup and $_____."
    assert unresolved_reference(sentence, fact, stem) is None
    # "the home team" names no one
    home = next(nlp("After two rounds, the home team won the Lakeside Cup and $10,000.").sents)
    money = next(e for e in home.ents if e.label_ == "MONEY")
    fact = Fact(0, money.start, money.end, money.text, "MONEY", "money")
    assert unresolved_reference(home, fact, stem.replace("Kenyan", "home"))
