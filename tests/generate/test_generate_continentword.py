"""A question whose own words name the key's continent ("a European record", "an Oceania
record") offers no country, city or person the article places on another: the stem alone
would rule them out. A continent the key is not on rules nothing out."""

from __future__ import annotations

from questions.generate.continentword import off_continent, word_continent
from questions.generate.gazetteer import continent
from questions.generate.pipeline import generate

RELAY = """Swimmers break records at Harbour Games

Sunday, June 14, 2015

The Harbour Games closed on Sunday with three days of swimming in the city's new pool.

The relay team of Norway set a world and European record in the 400 metre freestyle with a \
time of 3:31.22. Swimmers from Ghana, Peru and Brazil reached the final of the butterfly, \
which was won by Japan.

Organisers said about 3,000 people watched each evening, and the games will return to the \
pool in 2017.

The pool, which cost about $40 million, was built for the games and will open to the public \
next month. The mayor said the city hoped to bid for a larger event in the future.
"""

WHEELCHAIR = """Wheelchair racers close athletics meeting

Monday, September 10, 2018

The athletics meeting in the capital ended on Sunday with the wheelchair marathon, run in \
warm weather before large crowds.

Jane Holloway of Australia set an Oceania record in the women's wheelchair marathon with a \
time of 1:38:12. Maria Lopez of Mexico was second, and Fatima Diallo of Senegal was third. \
Hiro Sato of Japan won the men's race after a late sprint, ahead of Carl Becker of Germany.

Officials said about 20,000 people watched the race along the river, and the meeting will \
return next year with a larger programme of events for young athletes.
"""


def _asked(text: str, words: str) -> tuple[list[str], str]:
    """Return the options and key of the question whose text holds `words`."""
    quiz = generate(text, slug="continent", title=text.split("\n")[0])
    question = next(q for q in quiz.qset.questions if words in q.text)
    return list(question.options), question.correct_option


def test_a_european_record_offers_european_countries_only() -> None:
    """ "Which country's relay team set a European record?" keyed Norway: not Peru, Brazil or
    Ghana, which the article names but "European" rules out; Europe's countries instead."""
    options, key = _asked(RELAY, "European record")
    assert key == "Norway"
    assert not {"Peru", "Brazil", "Ghana", "Japan"} & set(options)
    assert len(options) == 4 and all(continent(o) == "EU" for o in options)


def test_an_oceania_record_offers_no_one_placed_elsewhere() -> None:
    """ "Who set an Oceania record?" keyed Australia's racer: not the Mexican, Senegalese or
    German racers the article names beside her."""
    options, key = _asked(WHEELCHAIR, "Oceania record")
    assert key == "Jane Holloway"
    assert not {"Maria Lopez", "Fatima Diallo", "Carl Becker", "Hiro Sato"} & set(options)


def test_other_questions_of_the_article_keep_their_options() -> None:
    """A question naming no continent rules out no racer by continent; but "ahead of _____
    of Germany" names the key's country, which strikes out the racers the article places in
    Mexico, Senegal or Australia (review 44): German names are left."""
    options, key = _asked(WHEELCHAIR, "ahead of _____ of Germany")
    assert key == "Carl Becker"
    assert not {"Maria Lopez", "Fatima Diallo", "Jane Holloway"} & set(options)
    assert len(options) == 4


def test_continent_words_come_from_wordnet() -> None:
    """Continents' adjectives by WordNet's first sense; "American" is the United States'."""
    assert word_continent("European") == "EU"
    assert word_continent("Asian") == "AS"
    assert word_continent("African") == "AF"
    assert word_continent("South American") == "SA"
    assert word_continent("Oceania") == "OC"
    assert word_continent("American") == "" and word_continent("Australian") == ""


def test_a_continent_the_key_is_not_on_rules_nothing_out() -> None:
    """ "Children in Africa" keyed the United States: Canada stays; "an Asian title" keyed
    Japan rules out Brazil and Paris, not Seoul."""
    assert not off_continent("Canada", "United States", "raise funds for children in Africa")
    stem = "The team from _____ won an Asian title on Sunday."
    assert off_continent("Brazil", "Japan", stem) and off_continent("Paris", "Japan", stem)
    assert not off_continent("Seoul", "Japan", stem)
