"""Rules from a read of every corpus question: what a stem leaves out or gives away."""

from __future__ import annotations

from typing import Any

from questions.generate.facts import Fact
from questions.generate.optioncase import number_words
from questions.generate.reviewed import (
    dropped_occasion,
    gendered_pronoun,
    named_occasion,
    other_gender,
    referential_it,
)
from tests.generate.test_generate_review_rules import _sentence_fact

MEETING = (
    "On June 28 this year, when President Xi Jinping held a video meeting with Russian "
    "President Putin, he reached an important consensus."
)
UNDATED = "With whom did President Xi Jinping hold a video meeting?"


def test_an_undated_question_may_not_leave_out_its_sentences_date(nlp: Any) -> None:
    sentence, fact = _sentence_fact(nlp, MEETING, "Putin")
    assert dropped_occasion(sentence, fact, UNDATED, dated=False) is not None
    # the article's dateline or headline dates it; a question that keeps the date is whole
    assert dropped_occasion(sentence, fact, UNDATED, dated=True) is None
    # the date it says is the one the question asks about, with a year or none
    said = named_occasion(sentence, fact, UNDATED, dated=False)
    assert said == "With whom did President Xi Jinping hold a video meeting on June 28?"
    assert dropped_occasion(sentence, fact, said, dated=False) is None
    assert named_occasion(sentence, fact, UNDATED, dated=True) == UNDATED


def test_an_undated_question_may_not_leave_out_every_time(nlp: Any) -> None:
    text = (
        "Almost every time he attended the Shanghai Cooperation Summit, President Xi Jinping "
        "talked about the issue of Afghanistan."
    )
    sentence, fact = _sentence_fact(nlp, text, "Xi Jinping")
    stem = "Who talked about the issue of Afghanistan?"
    assert dropped_occasion(sentence, fact, stem, dated=False) is not None


def test_an_ordinal_says_which_event_without_its_date(nlp: Any) -> None:
    text = (
        "A year ago, President Xi made a clear statement at the United Nations 75th "
        "Anniversary Summit."
    )
    sentence, fact = _sentence_fact(nlp, text, "75th")
    stem = "At which United Nations Anniversary Summit did President Xi make a clear statement?"
    assert dropped_occasion(sentence, fact, stem, dated=False) is None


def _person(text: str) -> Fact:
    """Build a person fact that is not tied to a parse."""
    return Fact(0, 0, 0, text, "PERSON", "person", "", "")


def test_a_stems_he_may_not_single_out_the_one_man() -> None:
    stem = "Who said he had only seen the Silver Clouds installation before in film?"
    women = ["Kevin Allton", "Kristen Wilkins", "Elaine Gustafon", "Kathryn Waters"]
    assert gendered_pronoun(stem, _person("Kevin Allton"), women, {}) is not None
    men = ["Kevin Allton", "Jim Ramstad", "Steve Ellis", "Harry Reid"]
    assert gendered_pronoun(stem, _person("Kevin Allton"), men, {}) is None
    # the article's own "she" says a gender Faker's lists may not know
    said = {"allton": "f"}
    assert gendered_pronoun(stem, _person("Kevin Allton"), ["Kevin Allton"], said) is not None
    # a "she" inside a quotation is anyone's
    quoted = 'Who said "she will be back"?'
    assert gendered_pronoun(quoted, _person("Kevin Allton"), women, {}) is None


def test_a_distractor_of_the_other_gender_is_unfit_beside_he() -> None:
    stem = "Who said he had only seen the Silver Clouds installation before in film?"
    assert other_gender("Kristen Wilkins", stem, {})
    assert not other_gender("Truman Capote", stem, {})
    assert not other_gender("Kristen Wilkins", "Who said the installation was magical?", {})


def test_a_number_word_opening_its_sentence_is_no_capitalised_option() -> None:
    five = Fact(0, 0, 0, "Five", "CARDINAL", "count", "", "")
    assert number_words(five, ["Three", "Five", "Two", "Four"]) == ["three", "five", "two", "four"]
    names = Fact(0, 0, 0, "Five", "PERSON", "person", "", "")
    assert number_words(names, ["Five", "Ajax"]) == ["Five", "Ajax"]


def test_a_quotations_it_must_stand_for_words_it_says(nlp: Any) -> None:
    def first(text: str) -> Any:
        return next(nlp(text).sents)

    vague = first('"I thought that in real life it was really kind of magical," Allton said.')
    assert referential_it(vague) is not None
    named = first(
        "\"I think America's obsession with celebrity culture is as strong today as it was "
        'when Warhol was living," said Gustafon.'
    )
    assert referential_it(named) is None
    extraposed = first(
        '"It\'s clear that we have an unsustainable situation in towns," Braverman said.'
    )
    assert referential_it(extraposed) is None


def test_a_common_compound_opening_the_sentence_is_lower_cased_after_the_event(
    nlp: Any,
) -> None:
    from questions.generate.event import situate
    from questions.generate.setting import Setting

    text = "Pan-democrat Lam Cheuk-ting from the Democratic Party was elected with 40,000 votes."
    sentence = next(nlp(text).sents)
    stem = "Pan-democrat Lam Cheuk-ting from the _____ was elected with 40,000 votes."
    setting = Setting(event="the 2016 Hong Kong legislative election")
    said, _ = situate(stem, "Democratic Party", setting, sentence)
    assert said.startswith("In the 2016 Hong Kong legislative election, pan-democrat Lam")


def test_it_is_named_with_the_the_its_name_is_written_with() -> None:
    from questions.generate.context import parse

    text = (
        "The Guardian cited examples of complicated questions with over fifty words. It "
        "quoted critics like immigration barrister Colin Yeo and campaigner Caitlin Boswell."
    )
    parsed = parse((text,), None, None)
    assert list(parsed.replace[1].values()) == ["the Guardian"]  # not "Guardian quoted …"


def test_an_ordinal_within_an_undated_day_is_not_asked(nlp: Any) -> None:
    from questions.generate.reviewed import undated_ordinal

    text = "In the first game of the day, Sweden faced South Korea at the Nizhny Novgorod Stadium."
    sentence, fact = _sentence_fact(nlp, text, "first")
    stem = "In which game of the day did Sweden face South Korea at the Nizhny Novgorod Stadium?"
    assert undated_ordinal(sentence, fact, stem) is not None
    text = "Xi attended the 21st meeting of the Council of Heads of State via video."
    sentence, fact = _sentence_fact(nlp, text, "21st")
    stem = "Which meeting of the Council of Heads of State did Xi attend via video?"
    assert undated_ordinal(sentence, fact, stem) is None


def test_an_articles_sum_of_another_order_is_no_option() -> None:
    from questions.generate.reviewed import near_amount

    assert not near_amount("$700 billion", "$192 million")
    assert not near_amount("$110 billion", "$192 million")
    assert near_amount("$148 million", "$192 million")
    assert near_amount("US$1.1 trillion", "US$2.3 trillion")


def test_a_library_numbers_key_is_not_always_in_one_place() -> None:
    from questions.generate.keyplace import ranked
    from questions.generate.variants import numeric_variants

    places = set()
    for seed in ("How many teams?", "How many vulnerabilities?", "How many votes?", "a", "b"):
        options = ["five", *ranked(numeric_variants("five"), "five", [], seed)[:3]]
        values = sorted(options, key=["one", "two", "three", "four", "five", "six", "seven",
                                      "eight", "nine"].index)  # fmt: skip
        places.add(values.index("five"))
    assert len(places) > 2  # not "two | three | four | *five" every time


def test_the_blank_takes_only_names_the_article_writes_with_the() -> None:
    from questions.generate.reviewed import without_the

    text = (
        "There are also exhibits at Skidmore College in Saratoga Springs and at the "
        "University of Arkansas and the Andy Warhol Foundation."
    )
    stem = "Cynthia Thompson, curator at the _____, Fayetteville, said so."
    assert without_the("Skidmore College", stem, text)
    assert not without_the("Andy Warhol Foundation", stem, text)
    assert not without_the("Skidmore College", "Cynthia Thompson of _____ said so.", text)


def test_a_body_the_article_ties_to_the_asked_thing_is_no_distractor(nlp: Any) -> None:
    from questions.generate.indexes import pointing_sentences
    from questions.generate.reviewed import tied_back

    text = (
        "The Weatherspoon Art Museum at UNC Greensboro exhibited its Warhol collection. That "
        "exhibit was part of a collaboration combining the collections from Duke University. "
        "Children born in this country at Skidmore College are at risk."
    )
    sentences = pointing_sentences(list(nlp(text).sents))  # once per article
    stem = "Which organization's successful exhibit included Polaroids of Truman Capote?"
    assert tied_back("Duke University", stem, sentences)
    # "this country" is no subject the sentence is about
    assert not tied_back("Skidmore College", "Which country's college is it?", sentences)
