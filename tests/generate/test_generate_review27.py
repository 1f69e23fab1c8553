"""Review 27's classes: one question of an ambiguous pair stays when the other's answer is not
among its options (of a city and its region, the city, where a player knows it there); "a last
second score" is a moment, never the second score; "the game" under a win headline stands
alone only when the article tells of one game; "Game Five" is asked "which game"; review 28's
count that stood out by its digits; review 29's country before its leader's name."""

from __future__ import annotations

from collections import Counter
from typing import Any

from questions.generate.cityregion import region_of_known_city
from questions.generate.facts import Fact, sentence_facts
from questions.generate.giveaways import leader_nation
from questions.generate.headlinebodies import headline_body, numbered_contest
from questions.generate.rank import Candidate, select
from questions.generate.reviewed import same_digits
from questions.generate.synonyms import HEADLINE
from questions.generate.whphrase import wh_phrase
from questions.generate.write import Stem


def _asked(sentence: int, key: str, options: tuple[str, ...], score: float) -> Candidate:
    fact = Fact(sentence, 0, 1, key, "GPE", "place")
    stem = Stem("Where was the singer Mara Vell born in 1950?", "wh", "rule:test")
    return Candidate(fact, stem, options, options.index(key), "", "", score, ())


def test_of_a_city_and_its_state_asked_alike_the_better_one_is_kept() -> None:
    city = _asked(0, "Akron", ("Akron", "Toledo", "Dayton", "Canton"), 4.0)
    state = _asked(0, "Ohio", ("Ohio", "Indiana", "Iowa", "Kansas"), 3.0)
    chosen = select([state, city], 10, Counter())
    assert [c.fact.text for c in chosen] == ["Akron"]


def test_a_city_a_player_knows_elsewhere_is_asked_by_neither_key() -> None:
    # "London, Ontario": London's options would be England's cities, and the key read as one
    city = _asked(0, "London", ("London", "Leeds", "York", "Bath"), 4.0)
    province = _asked(0, "Ontario", ("Ontario", "Quebec", "Manitoba", "Alberta"), 3.0)
    assert select([province, city], 10, Counter()) == []
    assert region_of_known_city("Lyon", "France") and not region_of_known_city("London", "Ontario")


def test_a_like_question_offering_the_others_answer_is_dropped_with_it() -> None:
    # "Where was she born?" keyed Ashford with Kent among the options: two true answers
    city = _asked(0, "Akron", ("Akron", "Ohio", "Dayton", "Canton"), 4.0)
    state = _asked(0, "Ohio", ("Ohio", "Indiana", "Akron", "Kansas"), 3.0)
    rejected: Counter[str] = Counter()
    assert select([state, city], 10, rejected) == []
    assert rejected["ambiguous: a like question has another answer"] == 2


def _ordinals(nlp: Any, text: str) -> list[str]:
    doc = nlp(text)
    return [f.text for f in sentence_facts(next(iter(doc.sents)), 0) if f.kind == "ordinal"]


def test_a_last_second_score_is_no_second_score(nlp: Any) -> None:
    said = "The Harbour Hawks led at half time after a last second Hawks score was counted."
    assert "second" not in _ordinals(nlp, said)
    assert "second" not in _ordinals(nlp, "The referee made a split-second call in the match.")


def test_a_second_goal_is_still_a_rank(nlp: Any) -> None:
    assert _ordinals(nlp, "The Harbour Hawks scored their second goal in the final minute.") == [
        "second"
    ]


def _game(nlp: Any, told: str) -> tuple[Any, list[Any]]:
    doc = nlp(told)
    head = next(t for t in doc if t.lower_ == "game" and t.nbor(-1).lower_ == "the")
    return head, list(doc.sents)


def test_the_game_under_a_win_headline_is_that_one_game(nlp: Any) -> None:
    stem = f"{HEADLINE}Harbour beats Millbrook in the county final\nWho opened the game?"
    # a season's "games" are other games: the final is still the one the headline reports
    told = "Harbour opened the game with three quick goals. They had won 12 of their 16 games."
    head, every = _game(nlp, told)
    assert headline_body(head, stem, every)


def test_the_game_of_a_series_of_games_needs_naming(nlp: Any) -> None:
    # a series won: "the game" is any of its games, and the question says none
    stem = f"{HEADLINE}Harbour wins the Coastal Series in Millbrook\nWho opened the game?"
    told = "Harbour opened the game with three quick goals. Millbrook won Game Two by a point."
    head, every = _game(nlp, told)
    assert not headline_body(head, stem, every)


def test_a_numbered_game_is_asked_as_which_game() -> None:
    # "Game Five" of a series: "which game", never "which event" (review 27)
    fact = Fact(0, 0, 2, "Game Five", "EVENT", "event")
    assert wh_phrase(fact, None) == "which game"
    assert numbered_contest("Match 2") == "match"
    assert numbered_contest("Studio 54") is None  # a disco, no contest
    assert numbered_contest("Apollo 11") is None


def test_a_vote_count_stands_among_counts_of_as_many_digits() -> None:
    # "491,667" among "58,825", "60,760", "84,121": the one six-digit count (review 28)
    assert not same_digits("58,825", "491,667")
    assert same_digits("60,760", "58,825")
    assert same_digits("12", "9")  # a small count: left to the other rules


def test_a_country_before_its_leaders_title_and_name_is_not_asked(nlp: Any) -> None:
    # "_____ President Mara Vell": the name tells the country (review 29's "United Kingdom
    # President" option read as an office the country lacks)
    doc = nlp("Meanwhile, Freedonia President Mara Vell confirmed that she will attend the games.")
    sentence = next(iter(doc.sents))
    country = Fact(0, 2, 3, "Freedonia", "GPE", "place", "country")
    assert leader_nation(sentence, country) is not None
    told = nlp("Freedonia sent a team of twenty athletes to the games.")
    sent = Fact(0, 0, 1, "Freedonia", "GPE", "place", "country")
    assert leader_nation(next(iter(told.sents)), sent) is None
