"""Rules found on real articles no one had tuned the generator on: a year-like number that is
part of a catalogue name ("asteroid 1950 DA") is no year; a clause's "they" is the subject
that reported it or went where it happened; "the University of X" takes "the" whatever the
article wrote; "this process", "the government" and "the site" (of "website") are what the
headline above names; a place ending a company's name ("Webstats UK") is no place to ask;
"4 million" is four million, not the million word2number alone reads; "NZ$14 million" is money
though the model calls it a number; "The Kaohsiung City Lantern Festival" opening a sentence
is framed "In the 2007 Kaohsiung …", and "the _____ Tourism Board" takes any country; "Built in
1902, the bridge …" asks "In which year was the bridge built?"; a bare "the event" and "the
city" are the happening and the one city the headline names."""

from __future__ import annotations

from typing import Any

from questions.generate import generate
from questions.generate.bounds import beyond_bound
from questions.generate.dates import parse_date_text
from questions.generate.facts import Fact, sentence_facts
from questions.generate.founded import founded_question
from questions.generate.headlined import headline_demonstratives
from questions.generate.levels import whole_number
from questions.generate.options import OptionContext
from questions.generate.placefit import no_article
from questions.generate.pronouns import bound_pronouns
from questions.generate.references import unresolved_reference
from questions.generate.reviewed import without_the
from questions.generate.setting import _event
from questions.generate.synonyms import headline_country


def _facts(nlp: Any, text: str) -> list[tuple[str, str]]:
    """Return the (kind, text) of each fact of a one-sentence text."""
    sentence = next(nlp(text).sents)
    return [(f.kind, f.text) for f in sentence_facts(sentence, 0)]


def _bound(nlp: Any, text: str, answer: str, stem: str) -> frozenset[str]:
    """Return the pronouns a question's words resolve, the answer being `answer`."""
    doc = nlp(text)
    at = text.index(answer)
    span = doc.char_span(at, at + len(answer))
    return bound_pronouns(next(doc.sents), range(span.start, span.end), stem)


def test_a_number_naming_a_catalogued_body_is_no_year(nlp: Any) -> None:
    named = "Astronomers said that the comet (4015) 1979 VA broke apart in the spring."
    assert ("year", "1979") not in _facts(nlp, named)
    assert ("year", "1979") in _facts(nlp, "In 1979 the comet broke apart, astronomers said.")
    # a year before a body's initials or a noun stays a year
    assert ("year", "2016") in _facts(nlp, "He was picked in the 2016 NBA draft in Brooklyn.")


def test_a_reported_they_is_the_reporter(nlp: Any) -> None:
    text = "Several shops such as Corner Books have said that they will stop selling the magazine."
    stem = "Several shops such as _____ have said that they will stop selling the magazine."
    assert "they" in _bound(nlp, text, "Corner Books", stem)
    # another plural noun before it could be meant
    text = "The workers told the managers that they would strike on Monday."
    assert "they" not in _bound(nlp, text, "Monday", "The workers told the managers that …")


def test_a_where_they_is_the_subject_that_went_there(nlp: Any) -> None:
    text = (
        "On May 3, company officials went to the harbour police station where they claimed "
        "the sailor had left with two laptops."
    )
    stem = "When did company officials go to the harbour police station where they claimed …?"
    assert "they" in _bound(nlp, text, "May 3", stem)
    # "it" with the city before it: the bank or the city
    text = "The bank moved to the city where it opened a branch in 2009."
    assert "it" not in _bound(nlp, text, "2009", "The bank moved to the city where it …")


def test_a_body_of_a_name_takes_the() -> None:
    text = "It was funded by Ohio Institute of Mining and Lakeside State University."
    stem = "Researchers from the _____ led the survey."
    assert not without_the("Ohio Institute of Mining", stem, text)
    assert without_the("Lakeside State University", stem, text)  # "the Lakeside State …"


def test_a_demonstrative_the_headline_names(nlp: Any) -> None:
    text = "The council has held ten meetings as part of this process since March."
    sentence = next(nlp(text).sents)
    shown = "📰 Ruritania begins process to rename its capital (May 2015)\nThe council has …"
    assert headline_demonstratives(sentence, shown) == {"this"}
    assert headline_demonstratives(sentence, "The council has held …") == frozenset()
    other = "📰 Ruritania votes on its capital's name (May 2015)\nThe council has …"
    assert headline_demonstratives(sentence, other) == frozenset()
    bare = next(nlp("This is a decrease from the year before.").sents)
    assert headline_demonstratives(bare, "📰 Decrease in process costs\nThis is …") == frozenset()


def test_the_government_of_the_one_country_headlined(nlp: Any) -> None:
    sentence = next(nlp("The government's review panel will meet in March.").sents)
    head = next(t for t in sentence if t.lower_ == "government")
    assert headline_country(head, sentence, "📰 Norway begins review of flag law\nThe …")
    assert not headline_country(head, sentence, "📰 Norway and Sweden sign a treaty\nThe …")
    assert not headline_country(head, sentence, "The government's review panel …")


ARTICLE = """Norway begins process to review its national anthem

Thursday, May 7, 2015

On Tuesday, the Norwegian government announced a public process to choose new words for the \
national anthem. The government's Anthem Review Project has planned a number of town \
meetings as part of this process, with the first meeting set to take place in Bergen on \
May 16. The project's panel of nine will report to parliament in the autumn, officials said. \
Prime Minister Erna Solberg said the anthem had not been changed since 1864. A poll in April \
found that 38 percent of voters wanted new words.
"""


def test_a_headlined_question_keeps_this_process() -> None:
    quiz = generate(ARTICLE, slug="anthem", title="anthem")  # "this process": "the process"
    asked = [q.text for q in quiz.qset.questions if "as part of the process" in q.text]
    assert asked and all(q.startswith("📰 Norway begins process") for q in asked)


def test_a_headline_word_for_the_same_thing(nlp: Any) -> None:
    sentence = next(nlp("One in four visits to the site came from Google on Friday.").sents)
    fact = next(f for f in sentence_facts(sentence, 0) if f.text == "Google")
    stem = "📰 Vandals deface charity website (May 2015)\nOne in four visits to the site came …"
    assert unresolved_reference(sentence, fact, stem) is None  # the site is the website
    other = "📰 Vandals deface charity offices (May 2015)\nOne in four visits to the site came …"
    assert unresolved_reference(sentence, fact, other) is not None


def test_a_place_ending_a_company_name_is_no_place(nlp: Any) -> None:
    said = "The site rose to number 5 in the company Webstats UK's travel category."
    assert ("place", "UK") not in _facts(nlp, said)
    # a party's initial is no name: "(R Ohio)" still asks the state
    assert ("place", "Ohio") in _facts(nlp, "It was backed by Representative Jo Dunn (R Ohio).")


def test_a_figure_in_millions_is_read_whole() -> None:
    assert whole_number("4 million") == 4_000_000  # word2number alone reads 1,000,000
    assert whole_number("2.5 million") == 2_500_000
    assert whole_number("4 million visitors") is None
    assert whole_number("four hundred") == 400
    said = "Last year over 4 million people visited the fair, the organisers said."
    assert beyond_bound("8 million", "4 million", said)  # "over 8 million": false
    assert not beyond_bound("3 million", "4 million", said)  # "over 3 million": true too


def test_a_number_with_its_currency_is_money(nlp: Any) -> None:
    said = "The council plans to rebuild the bridge at an estimated cost of NZ$14 million."
    assert ("money", "NZ$14 million") in _facts(nlp, said)  # the model says CARDINAL


def test_an_event_named_at_a_sentence_start_keeps_one_the(nlp: Any) -> None:
    title = nlp("Lantern Festival in Kaohsiung draws crowds")
    lead = nlp(
        "The Kaohsiung City Lantern Festival was off to a bright start on Saturday as crowds "
        "filled the harbour. The Kaohsiung City Lantern Festival runs through March 11."
    )
    event = _event(title, [lead], parse_date_text("Monday, March 5, 2007"))
    assert event == "the 2007 Kaohsiung City Lantern Festival"  # not "the 2007 The …"


def test_the_before_a_country_naming_a_board_is_the_boards() -> None:
    text = "The Norway Tourism Board was prominent at the entrance. The Netherlands sent a band."
    fact = Fact(0, 1, 2, "Norway", "GPE", "place", "country")

    def context(stem: str) -> OptionContext:
        return OptionContext(fact, stem, text, frozenset(), frozenset(), frozenset(), ())

    board = "At the fair, the _____ Tourism Board was prominent at the entrance."
    assert not no_article("Sweden", "Norway", context(board))  # "the Sweden Tourism Board"
    band = "At the fair, a band came from the _____."
    assert no_article("Sweden", "Netherlands", context(band))  # "the Sweden": no


def test_a_year_of_an_opening_participle_is_asked_of_the_subject(nlp: Any) -> None:
    def asked(text: str) -> str | None:
        sentence = next(nlp(text).sents)
        fact = next(f for f in sentence_facts(sentence, 0) if f.kind == "year")
        stem = founded_question(sentence, fact, {})
        return stem.text if stem is not None else None

    built = "Built in 1902, the Kelso bridge carries 4,000 cars a day."
    assert asked(built) == "In which year was the Kelso bridge built?"
    founded = "Founded in 1887, the Harbour Rowing Club has trained four Olympic champions."
    assert asked(founded) == "In which year was the Harbour Rowing Club founded?"
    assert asked("Started in 1990, it continues a tradition of light shows.") is None  # "it"


def test_the_event_and_the_city_are_the_headlines(nlp: Any) -> None:
    sentence = next(nlp("Over 4 million visitors attended the event in the city last year.").sents)
    fact = next(f for f in sentence_facts(sentence, 0) if f.text == "4 million")
    shown = "📰 Lantern Festival in Kaohsiung lights up the night\nMore than how many visitors …"
    assert unresolved_reference(sentence, fact, shown + " attended the event?") is None
    assert unresolved_reference(sentence, fact, shown + " came to the city?") is None
    other = "📰 Lantern festivals light up the night\nMore than how many visitors came to the city?"
    assert unresolved_reference(sentence, fact, other) is not None  # which city?
