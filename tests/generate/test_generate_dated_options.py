"""Blind review 17's weak options and unplaced lines, as general rules on made-up sentences.

A past event's wrong dates after the article's own day ("October 15" for a clock brought to
school on September 14, in a September 22 article); three continents beside a question that
names a city of the key's; a headline's topic cut down to "Flag design", which says no
country; a founder of long ago offered as the speaker of the story's present.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from questions.generate.dates import in_range_order
from questions.generate.distractors import choose_distractors
from questions.generate.event import situate
from questions.generate.facts import Fact
from questions.generate.nlp import load_nlp
from questions.generate.options import article_context, option_context
from questions.generate.placekinds import continent_given
from questions.generate.refusals import refusal
from questions.generate.setting import article_setting
from questions.generate.sides import other_era, person_eras
from questions.generate.variants import after_article, date_of

DAY = dt.date(2015, 9, 22)
QUOTE = (
    'Ames said schools and towns would get kits and guides, "For example, schools can hold '
    "their own flag debates and votes to mirror the formal process as part of their own "
    'lessons, and towns can run their own meetings on the designs they like best."'
)


def test_a_past_events_wrong_dates_fall_before_the_article() -> None:
    assert after_article("October 15", "September 14", DAY)
    assert after_article("September 24, 2015", "September 14, 2015", DAY)
    assert after_article("October 2015", "September 2015", DAY)  # by months
    assert not after_article("September 7", "September 14", DAY)
    assert not after_article("August 2015", "September 2015", DAY)
    # a planned event (after the article's day) may be offered any date
    assert not after_article("November 3", "October 3", DAY)
    assert not after_article("October 15", "September 14", None)  # no dateline: no rule


def test_a_date_without_a_year_is_the_nearest_one() -> None:
    # "November 22" beside a January 23 key is the year before's, not after the article
    assert date_of("November 22", dt.date(2014, 1, 23)) == (dt.date(2013, 11, 22), True)
    assert not after_article("November 22", "January 23", dt.date(2014, 1, 28))
    # "December 20" in a January 5 article is last December's: a past event
    assert after_article("January 20", "December 20", dt.date(2015, 1, 5))


def test_options_for_a_past_day_are_all_on_or_before_the_article() -> None:
    text = "The boy brought the clock to school on September 14. He was arrested there."
    nlp = load_nlp()
    fact = Fact(0, 0, 0, "September 14", "DATE", "date")
    stem = "The boy brought the clock to school on _____."
    base = article_context(text, [fact], list(nlp(text).sents), 2015, DAY)
    options, _ = choose_distractors(fact, "September 14", [fact], text, stem,
                                    option_context(base, fact, stem))  # fmt: skip
    assert len(options) == 3
    assert all(date_of(o, DAY)[0] <= DAY for o in options)  # type: ignore[index]


def test_a_continent_the_question_places_itself_is_refused() -> None:
    stem = "The fair, at the Metro Harbourview Centre in Toronto, is one of the largest in _____."
    assert continent_given("North America", stem)
    line = "📰 Comic fair opens in Chicago (May 2016)\nThe fair is the biggest in _____."
    assert continent_given("North America", line)  # the headline line says it
    assert continent_given("Europe", "The show in Paris is the biggest in _____.")
    assert continent_given("North America", "The Texas fair is the biggest in _____.")
    # places of other continents, or a small town's common word, leave the question open
    assert not continent_given("Europe", "The fair in Toronto is one of the largest in _____.")
    assert not continent_given("Asia", "The Metro Reading fair is the biggest in _____.")
    assert not continent_given("North America", "The fair is one of the biggest in _____.")
    fact = Fact(0, 0, 0, "North America", "LOC", "place")
    ctx = option_context(article_context(stem, [fact]), fact, stem)
    assert refusal(fact, "North America", ctx) is not None


def test_a_cut_headline_topic_keeps_the_headlines_places(nlp: Any) -> None:
    title = nlp("Freedonia begins process to consider changing national flag design")
    setting = article_setting(title, [], None)
    # "Flag design" names no story by itself (blind review 64): only with its places
    assert setting.topic is None
    assert setting.placed == (("Freedonia",), "flag design")
    quote = QUOTE.replace("Ames said", "Who said").replace('best."', 'best"?')
    sentence = next(nlp(QUOTE).sents)
    text, problem = situate(quote, "Jon Ames", setting, sentence, topic=True)
    assert problem is None
    assert text.startswith("📰 Freedonia: flag design\n")
    # a question that names the place needs only the topic
    said = quote.replace("schools and towns", "schools and towns in Freedonia", 1)
    assert situate(said, "Jon Ames", setting, sentence, topic=True)[0].startswith(
        "📰 Flag design\n"
    )


def test_a_founder_of_long_ago_is_dated_to_the_founding(nlp: Any) -> None:
    text = (
        "The church was founded in 1954 by science fiction writer Ron Vale. Its spokesman "
        "Tom Reed said on Monday the case was closed. Writer Jim Hale founded the league in "
        "2005. The club, which Ann Bay founded in 1921, said it would close. Ann Bay said "
        "it was sad."
    )
    eras = person_eras(list(nlp(text).sents), 2010)
    assert eras["ron vale"] == 1954  # no one to say the present's words in 2010
    assert "jim hale" not in eras  # five years back: of the story's own time
    assert "ann bay" not in eras  # said to act in another sentence: she may speak
    assert other_era("Ron Vale", "Tom Reed", eras, 2010)


def test_a_range_start_may_be_last_years_day() -> None:
    run = "The show is to run from January 23 through March 9."
    # "December 9" starts the run the December before: in order, an option a past start keeps
    assert in_range_order("December 9", "January 23", run)
    assert not in_range_order("March 19", "January 23", run)  # after the run's end
    assert not in_range_order("January 20", "March 9", run)  # an end before its start
    assert in_range_order("December 21", "November 20", "It runs from November 20 to March 1.")
