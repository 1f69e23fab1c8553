"""Person keys that used to get too few options: a name no list places takes the article's
country's names (of the gender its "he" or "she" says), a Russian first name in either
spelling, a made-up name of no era, a match's own award, and a surname's options kept as
surnames."""

from __future__ import annotations

from typing import Any

from questions.generate import generate
from questions.generate.facts import Fact
from questions.generate.famous import famous_rivals
from questions.generate.locales import name_locale, setting, setting_locale, unplaced
from questions.generate.options import article_context, option_context
from questions.generate.people import person_options, said_genders
from questions.generate.pools import _names
from questions.generate.shown import shown_options
from tests.generate.generated import SharedGenerations
from tests.generate.test_generate_people import _facts
from tests.generate.test_generate_standalone import WORLD_CUP

_AUSTRALIA = [Fact(0, 0, 0, "Australia", "GPE", "place", "country", "")]


def test_a_name_no_list_places_gets_the_names_of_the_articles_country() -> None:
    # "Professor Cres Eastman" of an Australian study: no list knows "Cres" or "Eastman".
    assert unplaced("Cres Eastman") and name_locale("Cres Eastman", ("AU",)) is None
    assert setting_locale(("AU",)) == "en_US"  # English, its nearest list
    male, _, surnames = _names("en_US")
    names = person_options("Cres Eastman", _AUSTRALIA, genders={"eastman": "m"})
    assert len(names) >= 3 and all(n.split()[0] in male for n in names)
    assert set(person_options("Eastman", _AUSTRALIA)) <= set(surnames)


def test_an_unplaced_name_of_unknown_gender_or_nation_gets_no_made_up_names() -> None:
    # "Cres" says no gender: a made-up woman for a man is absurd. An "Afghan" coach in an
    # American article gets no American names, nor India's many languages English ones.
    assert person_options("Cres Eastman", _AUSTRALIA) == []
    america = [Fact(0, 0, 0, "United States", "GPE", "place", "country", "")]
    assert (
        person_options("Alireza Mehraban", america, said={"afghan"}, genders={"mehraban": "m"})
        == []
    )
    assert setting_locale(("IN",)) is None and setting_locale(("HK",)) is None


def test_the_articles_he_tells_a_persons_gender(nlp: Any) -> None:
    text = "Professor Eastman said he is alarmed. Lydia Buchtmann says she will wait."
    genders = said_genders(list(nlp(text).sents))
    assert genders.get("eastman") == "m" and genders.get("lydia buchtmann") == "f"


def test_yuri_is_the_russian_yury() -> None:
    # English news writes "-ий" as "-i": "Yuri Gagarin" in an American article is Russian.
    assert not unplaced("Yuri Gagarin")
    assert name_locale("Yuri Gagarin", ("US",)) == "ru_RU"


def test_made_up_names_are_options_for_a_key_of_another_era(
    generation: SharedGenerations,
) -> None:
    # The 2011 NASA people are no options for Gagarin (1961): WordNet's astronauts of his
    # own era are (Alan Shepard, John Glenn), else made-up Russians, who are of no era.
    questions = generation.corpus("nasa-shuttle-anniversary").qset.questions
    gagarin = [q for q in questions if q.correct_option == "Yuri Gagarin"]
    assert gagarin
    surnames = _names("ru_RU")[2]
    peers = set(famous_rivals("Yuri Gagarin"))
    for question in gagarin:
        wrong = [o for o in question.options if o != "Yuri Gagarin"]
        assert len(wrong) == 3
        assert all(o in peers or o.split()[-1] in surnames for o in wrong), wrong


def test_another_matchs_award_winner_leaves_the_question_of_this_match_one_answer() -> None:
    # Kane won the award in England's match: who won it in Sweden's has one answer.
    questions = generate(WORLD_CUP, slug="wc", title="World Cup").qset.questions
    award = [q for q in questions if q.text.endswith("Man of the Match award?")]
    assert any(q.correct_option == "Andreas Granqvist" for q in award), [q.text for q in award]


def test_a_surname_key_no_full_name_spells_keeps_surname_options(nlp: Any) -> None:
    # "Dries" is no first name any list knows: "Mertens" stays a surname, and so do its
    # options, where spelling them out ("Romelu Lukaku") would leave none of its form.
    text = (
        "Romelu Lukaku, Yannick Carrasco and Michael Murillo made early attempts. "
        "Mertens scored a goal from a volley."
    )
    fact = Fact(1, 0, 1, "Mertens", "PERSON", "person", "", "")
    article = [*_facts(nlp, text), fact]
    stem = "Who scored a goal from a volley?"
    # the article writes his full name, which no fact holds: a surname, no name of its own
    said = f"{text} Dries Mertens was later replaced."
    base = article_context(said, article, list(nlp(text).sents))
    ctx = option_context(base, fact, stem)
    names = {f.text.split()[-1]: f.text for f in article if " " in f.text}
    key, options, _ = shown_options(fact, article, "", stem, ctx, frozenset(), names)
    assert key == "Mertens"
    assert sorted(options) == ["Carrasco", "Lukaku", "Murillo"]


def test_a_name_written_surname_first_is_not_placed_by_its_surname_as_a_first_name() -> None:
    # "Kim Min-Woo": "Kim" is his surname; as the English first name it gave British names
    # ("David Potter") to a Korean player in a report of England's match.
    assert name_locale("Kim Min-Woo", ("GB", "KR")) is None
    assert not unplaced("Kim Min-Woo")


def test_made_up_russian_names_are_ones_english_news_writes() -> None:
    # Faker's Russian list samples centuries of names: "Yevlampy Kulakov" beside Gagarin.
    from questions.generate.pools import names_like, zipf

    names = names_like("Yuri Gagarin", "ru_RU")
    assert len(names) >= 3 and all(zipf(n.split()[0].lower()) >= 2 for n in names)


def test_an_unplaced_name_that_sounds_like_no_list_of_the_setting_gets_none() -> None:
    # "Mentor Alireza Mehraban said he …" in an American article: no list knows "Alireza",
    # and no American surname ends "-ban"; American names would leave his the odd one out.
    america = [Fact(0, 0, 0, "United States", "GPE", "place", "country", "")]
    assert person_options("Alireza Mehraban", america, genders={"mehraban": "m"}) == []
    assert person_options("Cres Eastman", america, genders={"eastman": "m"})  # Chapman


def test_a_made_up_full_name_does_not_read_as_two_first_names() -> None:
    # "Perry Richard": the American list's surnames include first names ("Richard", "Thomas").
    from questions.generate.pools import names_like

    male, female, _ = _names("en_US")
    names = names_like("Cres Eastman", "en_US", "m")
    assert len(names) >= 3 and not any(n.split()[1] in (*male, *female) for n in names)


def test_a_country_name_inside_a_longer_one_is_not_a_second_country() -> None:
    # "Papua New Guinea" was also Guinea (sorted first, so French made-up names); "South
    # Sudan" also Sudan (code review).
    for name, code in (
        ("Papua New Guinea", "PG"),
        ("South Sudan", "SS"),
        ("Equatorial Guinea", "GQ"),
    ):
        assert setting([Fact(0, 0, 0, name, "GPE", "place", "country", "")]) == (code,)
