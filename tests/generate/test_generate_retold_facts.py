"""Made-up text: one fact is asked once. A later sentence that tells the lead's win again
("Ruritania … a 24-3 win over Freedonia" and "Ruritania beat Freedonia 24-3") or one relation
asked from both ends ("Who met Ann Cole?" and "Whom did Tom Hale meet?") gives one question's
answer away in the other, so only the better-ranked is asked; a date beside a name of one
sentence ("When did …?", "Whom did … on May 2?") stays two questions. Also: a count keeps no
clause word the model took into it ("as around 300"), and "Another" said "a" mid-question
takes no capital."""

from __future__ import annotations

from collections import Counter
from typing import Any

from questions.generate.definites import plain_another
from questions.generate.facts import Fact, sentence_facts
from questions.generate.rank import Candidate, select
from questions.generate.render import join
from questions.generate.write import Stem


def _asked(fact: Fact, text: str, score: float, form: str = "wh") -> Candidate:
    """Return a question candidate on a fact, four options."""
    stem = Stem(text, form, f"rule:{fact.kind}-subject")
    return Candidate(fact, stem, (fact.text, "a", "b", "c"), 0, "", "", score, ())


RURITANIA = Fact(0, 0, 1, "Ruritania", "GPE", "place", "country")
WIN = Fact(0, 9, 10, "24-3", "CARDINAL", "score")
RURITANIA_LATER = Fact(6, 80, 81, "Ruritania", "GPE", "place", "country")
WIN_LATER = Fact(6, 83, 84, "24-3", "CARDINAL", "score")
LEAD = "Which country won its first cup match with a 24-3 win over Freedonia?"
BY_WHAT = "By what score did Ruritania beat Freedonia?"
RETOLD = "Which country beat Freedonia 24-3 to record its first cup win?"


def test_a_name_told_again_with_the_same_score_is_asked_once() -> None:
    asked = [
        _asked(RURITANIA, LEAD, 4.0),
        _asked(WIN, BY_WHAT, 5.0),
        _asked(RURITANIA_LATER, RETOLD, 3.0),
        _asked(WIN_LATER, "Ruritania beat Freedonia _____ to record its first win.", 2.0),
    ]
    chosen = select(asked, 10, Counter())
    assert [c.stem.text for c in chosen] == [LEAD, BY_WHAT]


COLE = Fact(2, 20, 22, "Ann Cole", "PERSON", "person")
HALE = Fact(2, 24, 26, "Tom Hale", "PERSON", "person")
MAY = Fact(2, 28, 30, "May 2", "DATE", "date")


def test_one_meeting_asked_from_both_ends_is_asked_once() -> None:
    asked = [
        _asked(HALE, "Who met Ann Cole on May 2?", 4.1),
        _asked(COLE, "Whom did Tom Hale meet on May 2?", 2.6),
        _asked(MAY, "When did Tom Hale meet Ann Cole?", 3.0),
    ]
    chosen = select(asked, 10, Counter())
    # the date is a circumstance of the meeting: "When …?" asks another thing
    assert [c.stem.text for c in chosen] == [
        "Who met Ann Cole on May 2?",
        "When did Tom Hale meet Ann Cole?",
    ]


def test_one_capital_asked_both_ways_in_two_sentences_is_asked_once() -> None:
    city = Fact(1, 5, 6, "Strelsau", "GPE", "place", "city")
    country = Fact(4, 40, 41, "Ruritania", "GPE", "place", "country")
    asked = [
        _asked(city, "Which city is the capital of Ruritania?", 3.5),
        _asked(Fact(1, 1, 2, "Ruritania", "GPE", "place", "country"), "Where is Zenda?", 1.0),
        _asked(country, "Which country's capital is Strelsau?", 3.0),
        _asked(Fact(4, 44, 45, "Tarlenheim", "PERSON", "person"), "Who rules Strelsau?", 2.0),
    ]
    chosen = select(asked, 10, Counter())
    assert [c.stem.text for c in chosen] == [
        "Where is Zenda?",
        "Which city is the capital of Ruritania?",
        "Who rules Strelsau?",
    ]


def test_two_names_of_two_events_are_both_asked() -> None:
    lead = Fact(0, 0, 1, "Ruritania", "GPE", "place", "country")
    later = Fact(5, 60, 61, "Ruritania", "GPE", "place", "country")
    freedonia = Fact(0, 4, 5, "Freedonia", "GPE", "place", "country")
    asked = [
        _asked(lead, "Which country won the cup against Freedonia?", 4.0),
        _asked(later, "Which country was too strong for Freedonia in the second game?", 3.0),
        _asked(freedonia, "Which country lost the cup final?", 2.0),
    ]
    chosen = select(asked, 10, Counter())
    assert len(chosen) == 3  # a name beside a name recurs: no figure pins one event


def test_a_count_keeps_no_clause_word_of_its_sentence(nlp: Any) -> None:
    text = "The march was called off as around 300 farmers from the north drove into Fredville."
    sentence = nlp(text)[:]
    counts = [f.text for f in sentence_facts(sentence, 0) if f.kind == "count"]
    assert counts == ["300"]


def test_another_said_a_mid_question_takes_no_capital(nlp: Any) -> None:
    sentence = nlp("Another goal from Keane sealed the win for Harbour Town.")[:]
    replace: dict[int, str] = {}
    plain_another(sentence, replace, set())
    asked = join(["For which club did", *list(sentence)[:4], "seal the win?"], replace)
    assert asked == "For which club did a goal from Keane seal the win?"


def test_a_city_inside_a_venue_name_is_not_the_city_asked() -> None:
    # "at the Zenda Arena" names the arena, another span than the city "Where …?" asks
    ghana = Fact(3, 10, 11, "Ghana", "GPE", "place", "country")
    city = Fact(3, 14, 15, "Zenda", "GPE", "place", "city")
    asked = [
        _asked(ghana, "Which country did Peru face at the Zenda Arena?", 4.5),
        _asked(city, "Where did Peru face Ghana?", 4.5),
    ]
    assert len(select(asked, 10, Counter())) == 2
