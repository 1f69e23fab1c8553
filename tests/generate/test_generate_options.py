"""Distractors are of the answer's kind, and each filter rejects what it is meant to."""

from __future__ import annotations

import pytest

from questions.generate import NotEnglish, NotEnoughText, check_article, generate_set
from questions.generate.distractors import Pools, choose_distractors, stands_in_same_place
from questions.generate.errors import GenerationError
from questions.generate.facts import Fact, Registry, extract_facts
from questions.generate.filters import (
    answer_in_stem,
    count_visible,
    distractor_in_source,
    duplicate_options,
    explanation,
    grammar_problem,
    lacks_context,
    not_standalone,
    not_verbatim,
    similar,
    telegram_limits,
)
from questions.generate.gazetteer import CITIES, COUNTRIES, LEADERS
from questions.generate.pipeline import analyse

# --- distractors -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_pools(seed_text: str) -> tuple[Pools, list[Fact]]:
    analysis = analyse(seed_text)
    pools = Pools(facts=list(analysis.facts), sentences=dict(enumerate(analysis.resolved)),
                  acronyms=analysis.acronyms)  # fmt: skip
    return pools, list(analysis.facts)


def _pick(facts: list[Fact], kind: str, text: str) -> Fact:
    return next(f for f in facts if f.kind == kind and f.text == text)


def test_distractors_are_of_the_answers_kind(seed_pools: tuple[Pools, list[Fact]]) -> None:
    pools, facts = seed_pools
    city = choose_distractors(_pick(facts, "place", "Shanghai"), pools, "q")
    assert len(city) == 3 and all(c in CITIES for c in city)
    country = choose_distractors(_pick(facts, "place", "India"), pools, "q")
    assert all(c in COUNTRIES for c in country) and "Pakistan" not in country
    year = choose_distractors(_pick(facts, "year", "2017"), pools, "q")
    assert all(c.isdigit() and abs(int(c) - 2017) <= 12 for c in year)
    money = choose_distractors(_pick(facts, "money", "US$2.3 trillion"), pools, "q")
    assert all(c.startswith("US$") and c.endswith(" trillion") for c in money)
    doses = choose_distractors(_pick(facts, "quantity", "2 billion doses"), pools, "q")
    assert all(c.endswith(" billion doses") for c in doses)
    ordinal = choose_distractors(_pick(facts, "ordinal", "21st"), pools, "q")
    assert set(ordinal) <= {"19th", "20th", "22nd", "23rd", "24th"}
    person = choose_distractors(_pick(facts, "person", "Putin"), pools, "q")
    surnames = {surname for _, surname in LEADERS}
    assert len(person) == 3 and all(p in surnames for p in person) and "Xi" not in person
    document = _pick(
        facts,
        "document",
        "Declaration on the Establishment of the Shanghai Cooperation Organization",
    )
    assert all("Declaration" in d or "Charter" in d or "Treaty" in d
               for d in choose_distractors(document, pools, "q"))  # fmt: skip
    event = choose_distractors(_pick(facts, "event", "SCO Qingdao Summit"), pools, "q")
    assert all(e.startswith("SCO ") and e.endswith(" Summit") for e in event)
    saying = choose_distractors(
        _pick(facts, "saying", "Where there is unity, happiness will follow."), pools, "q"
    )
    assert len(saying) == 3 and all(s.endswith(".") for s in saying)


def test_a_number_in_the_same_sentence_is_never_a_distractor(
    seed_pools: tuple[Pools, list[Fact]],
) -> None:
    pools, facts = seed_pools
    members = next(f for f in facts if f.kind == "count" and f.unit == "member states")
    options = choose_distractors(members, pools, "q")
    assert "4" not in options and "6" not in options and len(options) == 3


def test_a_name_that_stands_in_the_same_place_elsewhere_is_refused(
    seed_pools: tuple[Pools, list[Fact]],
) -> None:
    pools, facts = seed_pools
    # "…of the SCO and the Ji'an Treaty Organization are…" against "…of the SCO and the
    # Collective Security Treaty Organization respectively": the latter could be true.
    jian = _pick(facts, "organization", "Ji'an Treaty Organization")
    assert stands_in_same_place("Collective Security Treaty Organization", jian, pools)
    assert "Collective Security Treaty Organization" not in choose_distractors(jian, pools, "q")


def test_distractors_are_deterministic(seed_pools: tuple[Pools, list[Fact]]) -> None:
    pools, facts = seed_pools
    fact = _pick(facts, "place", "Kazakhstan")
    assert choose_distractors(fact, pools, "same") == choose_distractors(fact, pools, "same")


# --- filters -----------------------------------------------------------------------------


def test_answer_in_stem_is_rejected() -> None:
    assert answer_in_stem("In which city did they meet in Shanghai?", "Shanghai")
    assert answer_in_stem("In which city did they meet?", "Shanghai") is None


def test_distractor_in_source_is_rejected() -> None:
    source = "The SCO has 8 member states, 4 observer states, and 6 dialogue partners."
    assert distractor_in_source(source, ["8", "4", "9"], "8")
    assert distractor_in_source(source, ["8", "7", "9"], "8") is None


def test_duplicate_options_are_rejected() -> None:
    assert duplicate_options(["Shanghai", " shanghai ", "Beijing"])
    assert duplicate_options(["Shanghai", "Beijing", "Astana"]) is None


def test_telegram_limits_are_enforced() -> None:
    assert telegram_limits("Q" * 301 + "?", ["a", "b", "c"], 0, None)
    assert telegram_limits("Q?", ["a" * 101, "b", "c"], 0, None)
    assert telegram_limits("Q?", ["a", "b", "c"], 0, "x" * 201)
    assert telegram_limits("Q?", ["a", "b", "c"], 0, "fine") is None


@pytest.mark.parametrize(
    "stem",
    [
        "Which city hosted the ?",
        "The summit was held in a _____ .",
        "The the summit was held in _____.",
        'He called it "the _____ plan.',
        "The plan (approved in _____ was delayed.",
        "the summit was held in _____.",
        "The summit was held in _____",
        "The _____ met _____ times.",
    ],
)
def test_ungrammatical_stems_are_rejected(stem: str) -> None:
    assert grammar_problem(stem) is not None


def test_a_and_an_must_fit_every_option() -> None:
    assert grammar_problem("It was a _____ event.", ["big", "important"])
    assert grammar_problem("It was an _____ event.", ["important", "early"]) is None


def test_questions_that_lean_on_the_article_are_rejected() -> None:
    assert not_standalone("This year the SCO had _____ members.", persons_named=True)
    assert not_standalone("He attended the _____ meeting.", persons_named=True)
    assert not_standalone("In 2021, he attended the _____ meeting.", persons_named=False)
    assert not_standalone("On the same day, President Xi met _____.", persons_named=True)
    assert (
        not_standalone("In 2021, President Xi attended the _____ meeting.", persons_named=True)
        is None
    )
    assert lacks_context("President _____ delivered a speech at the meeting.")
    assert lacks_context("President Xi delivered a speech at the _____.") is None


def test_answers_must_be_verbatim() -> None:
    fact = Fact("year", "2020", 0, 4, 0)
    assert not_verbatim("2020", "At the summit last year, he spoke.", fact)
    date = Fact("date", "September 17, 2021", 0, 18, 0, date=None)
    assert not_verbatim("September 17, 2021", "On September 17, he spoke.", date) is not None
    dated = extract_facts("On September 17, 2021, he spoke.", 0, Registry())[0]
    assert not_verbatim(dated.text, "On September 17, he spoke.", dated) is None


def test_a_count_listed_in_the_stem_is_rejected() -> None:
    fact = Fact("count", "six", 0, 3, 0, unit="heads of state", value=6.0)
    stem = (
        "The _____ heads of state of China, Russia, Kazakhstan, Kyrgyzstan, Tajikistan, "
        "and Uzbekistan met."
    )
    assert count_visible(stem, fact)
    assert count_visible("The _____ heads of state met.", fact) is None


def test_near_duplicates_are_detected_and_kept_once() -> None:
    assert (
        similar("In which year did India join the SCO?", "In which year did India join the SCO ?")
        > 90
    )
    sentence = (
        "On March 4, 2024, the Riverton council approved a plan that will cost $1.2 billion. "
    )
    filler = "The council said the line would open by 2031 and carry 38,000 riders a day. "
    qset = generate_set((sentence + filler) * 6, slug="d", title="D")
    answers = [q.correct_option for q in qset.questions]
    assert len(answers) == len(set(answers))


def test_explanation_quotes_the_source_within_the_limit() -> None:
    short = explanation("In 2017, India joined the SCO.", "2017")
    assert short == 'The article: "In 2017, India joined the SCO."'
    long_source = "Word " * 60 + "the answer is Shanghai, " + "and more words " * 20 + "end."
    text = explanation(long_source, "Shanghai")
    assert len(text) <= 200 and "Shanghai" in text and "…" in text


# --- errors --------------------------------------------------------------------------------


def test_too_short_text_raises_not_enough_text() -> None:
    with pytest.raises(NotEnoughText) as caught:
        generate_set("On June 15, 2001, six leaders met in Shanghai.", slug="s", title="S")
    assert "too short" in caught.value.message
    with pytest.raises(NotEnoughText):
        check_article("the council met again " * 15)


@pytest.mark.parametrize(
    "text",
    [
        "Le 17 septembre, le président a participé à la réunion du conseil des chefs d'État "
        "de l'Organisation de coopération de Shanghai par vidéo. " * 6,
        "9月17日，国家主席习近平以视频方式出席上海合作组织成员国元首理事会第二十一次会议。" * 6,
    ],
)
def test_foreign_text_raises_not_english(text: str) -> None:
    with pytest.raises(NotEnglish) as caught:
        generate_set(text, slug="s", title="S")
    assert isinstance(caught.value, GenerationError)
    assert "English" in caught.value.message


def test_text_without_facts_raises_not_enough_text() -> None:
    text = "It was a quiet and pleasant day, and people walked in the park with their dogs. " * 8
    with pytest.raises(NotEnoughText) as caught:
        generate_set(text, slug="s", title="S")
    assert "No questions" in caught.value.message
