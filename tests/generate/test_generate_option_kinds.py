"""Options the same kind of number as the key: a winning margin beside other margins, never
beside the article's vote totals (58,825 beside 424 gives the margin away)."""

from __future__ import annotations

from questions.generate.distractors import choose_distractors
from questions.generate.facts import Fact
from questions.generate.models import said_otherwise
from tests.generate.generated import SharedGenerations


def test_a_margins_options_are_margins_or_near_numbers(generation: SharedGenerations) -> None:
    result = generation.corpus("hong-kong-legislative-election-2016")
    margins = [q for q in result.qset.questions if "by how many votes" in q.text.lower()]
    assert margins
    totals = {"58,825", "60,760", "84,121", "491,667", "50,818"}  # votes won, as said
    for question in margins:
        assert not totals & set(question.options), question.options


def test_a_named_documents_options_are_never_made_up_by_swapping_its_place() -> None:
    # "Gloria Morning Herald", "Isfara Declaration": names nobody ever gave a paper or a treaty.
    key = Fact(0, 0, 3, "Sydney Morning Herald", "ORG", "title")
    article = [
        key,
        Fact(1, 0, 1, "Melbourne", "GPE", "place", "city"),
        Fact(2, 0, 1, "Brisbane", "GPE", "place", "city"),
    ]
    options, _ = choose_distractors(key, key.text, article, "", "Which paper reported it?")
    assert not [o for o in options if o.endswith("Morning Herald")]


def test_no_browser_option_the_question_names_in_its_other_spelling(
    generation: SharedGenerations,
) -> None:
    # "… time for IE6 users to move away …": "Internet Explorer 6" is no browser still being built.
    questions = generation.corpus("internet-explorer-6-countdown").qset.questions
    assert questions
    for question in questions:
        wrong = [o for n, o in enumerate(question.options) if n != question.answer]
        assert not [o for o in wrong if said_otherwise(o, question.text)], question.text


def test_a_site_whose_name_says_its_state_is_not_asked_where_it_is(
    generation: SharedGenerations,
) -> None:
    texts = [q.text for q in generation.corpus("nasa-shuttle-anniversary").qset.questions]
    assert any(t.endswith("In which city is the Museum of Flight?") for t in texts)
    assert not any("In which city is the California Science Center" in t for t in texts)


def test_a_title_before_the_blank_takes_only_people_who_hold_it(
    generation: SharedGenerations,
) -> None:
    # "critics of U.S. President _____'s policies": the ambassador and the coach are absurd.
    for question in generation.corpus("afghan-girls-robotics").qset.questions:
        if "President _____" in question.text:
            assert "Hamdullah Mohib" not in question.options, question.text


def test_a_question_with_no_year_of_the_story_shows_the_headlines_month(
    generation: SharedGenerations,
) -> None:
    # "… is to run from _____ through March 9": which year? The headline line says it.
    ranges = [
        q.text for q in generation.corpus("warhol-photo-legacy").qset.questions
        if "through March 9" in q.text
    ]  # fmt: skip
    assert ranges
    assert all(text.splitlines()[0].endswith("(January 2014)") for text in ranges)


def test_people_the_article_places_decades_apart_are_no_options_for_each_other(
    generation: SharedGenerations,
) -> None:
    # "the 50th anniversary of the first manned space flight when Yuri Gagarin lifted off":
    # Gagarin is no option for NASA's administrator in 2011, nor a 2011 senator for Vostok 1.
    questions = generation.corpus("nasa-shuttle-anniversary").qset.questions
    for question in questions:
        if question.correct_option == "Yuri Gagarin":
            assert "John Cornyn" not in question.options
        elif "Charles Bolden" in question.options:
            assert "Yuri Gagarin" not in question.options, question.text
    assert any(q.correct_option == "Charles Bolden" for q in questions)


def test_a_when_question_never_keeps_the_sentences_own_when(
    generation: SharedGenerations,
) -> None:
    for slug in ("nasa-shuttle-anniversary", "fukushima-level-seven", "warhol-photo-legacy"):
        for question in generation.corpus(slug).qset.questions:
            asked = question.text.splitlines()[-1]
            assert not (asked.startswith("When ") and " when " in asked), asked
