"""Made-up winter-games stories: the story's event opens no question on a fact of another
time ("had been banned", "the 2026 … team"), nor on a key of its own year; "the 2026 Winter
Games" gets no second year; a count cut from the clause that restricts it ("four skaters who
raced at …") is refused; and no option is the key's thing by another name ("Milan Games" for
"2026 Games" where the article says "the 2026 Games in Milan") or a year the article gives the
question's own people and noun."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from questions.generate.event import situate, with_event_year
from questions.generate.facts import sentence_facts
from questions.generate.samething import distinct_things, one_named_thing, tied_year
from questions.generate.setting import Setting
from questions.generate.write import wh_question

_SETTING = Setting(
    event="the 2030 Winter Games",
    month="February 2030",
    headline="Speed skating opens at 2030 Winter Games",
)


def _situated(nlp: Any, text: str, key: str) -> str:
    """Return the cloze on `key` of a one-sentence text, put in the made-up story."""
    sentence = nlp(text)[:]
    return situate(text.replace(key, "_____", 1), key, _SETTING, sentence)[0]


def test_a_fact_of_another_year_is_not_put_in_the_event(nlp: Any) -> None:
    other = _situated(
        nlp, "Olsen and Brandt were part of the 2026 silver medal winning team.", "2026"
    )
    assert not other.startswith("In the 2030 Winter Games"), other
    before = _situated(nlp, "Lund had been banned for a year after a failed test.", "Lund")
    assert not before.startswith("In the 2030 Winter Games"), before
    own = _situated(nlp, "The 2030 Games are the first for Chile's skating team.", "2030 Games")
    assert not own.startswith("In the 2030 Winter Games"), own
    same = _situated(nlp, "Olsen won the first race of the day for Norway.", "Olsen")
    assert same.startswith("In the 2030 Winter Games, "), same


def test_another_edition_takes_no_second_year() -> None:
    stem = "Lund raced at the 2022 Winter Games and _____ Winter Games."
    assert with_event_year(stem, "the 2030 Winter Games") == stem
    bare = "Lund raced at the Winter Games."
    assert with_event_year(bare, "the 2030 Winter Games") == "Lund raced at the 2030 Winter Games."


def _wh(nlp: Any, text: str, key: str) -> str | None:
    """Return the wh-question on `key` of a one-sentence text, or None when refused."""
    sentence = nlp(text)[:]
    fact = next(f for f in sentence_facts(sentence, 0) if f.text == key)
    stem, _ = wh_question(sentence, fact, {})
    return stem.text if stem is not None else None


def test_a_count_restricted_by_its_clause_is_not_asked_bare(nlp: Any) -> None:
    text = "Norway's squad has four skaters who raced at the 2026 Games in Milan."
    asked = _wh(nlp, text, "four")
    assert asked is None or "raced" in asked, asked


def test_another_name_of_the_key_is_no_option() -> None:
    source = "norway has four skaters who raced at the 2026 games in milan."
    assert one_named_thing("milan games", "2026 games", source)
    assert not one_named_thing("oslo games", "2026 games", source)
    assert distinct_things(["2026 Games", "Milan Games", "Oslo Games"], source) == [
        "2026 Games",
        "Oslo Games",
    ]


def test_a_year_the_article_gives_the_same_people_is_no_option(nlp: Any) -> None:
    text = (
        "Chile's team includes all four members of their 2029 world title winning team, "
        "including Ana Olsen and Rosa Brandt. Olsen and Brandt were part of the 2026 silver "
        "medal winning team. Lund won in 2024."
    )
    sentences = list(nlp(text).sents)
    stem = "Olsen and Brandt were part of the _____ silver medal winning team."
    context: Any = SimpleNamespace(stem=stem, sentences=sentences)
    assert tied_year("2029", context)
    assert not tied_year("2024", context)
    assert not tied_year("2027", context)
