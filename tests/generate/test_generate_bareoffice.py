"""An office set off after a name without "the" ("Jane Roe, Director of the Lakeside Trust,")
is asked like one with it, beside what the same sentence says its holder did."""

from __future__ import annotations

from collections import Counter
from typing import Any

from questions.generate import generate
from questions.generate.dates import ArticleDate
from questions.generate.facts import Fact, sentence_facts
from questions.generate.rank import Candidate, select
from questions.generate.roles import ROLE_RULE, role_stems
from questions.generate.stems import Stem

MARCH_2019 = ArticleDate(month=3, day=14, year=2019)


def _stems(nlp: Any, text: str) -> list[str]:
    """Return the office questions written for a text's names."""
    sentences = list(nlp(text).sents)
    facts: list[list[Fact]] = [sentence_facts(s, n) for n, s in enumerate(sentences)]
    replace: list[dict[int, str]] = [{} for _ in sentences]
    return sorted(s.text for s in role_stems(sentences, facts, replace, MARCH_2019).values())


def test_an_office_of_a_named_body_without_the_is_asked(nlp: Any) -> None:
    stems = _stems(
        nlp,
        "Professor Helen Markham, Director of the Lakeside Water Trust, says the river "
        "must be cleaned before the summer.",
    )
    assert stems == ["Who was the Director of the Lakeside Water Trust in March 2019?"]


def test_an_office_many_hold_without_the_is_not_asked(nlp: Any) -> None:
    # a professor of history at a university is one of many: a second right answer
    assert not _stems(
        nlp,
        "Helen Markham, professor of history at Yale University, says the river must be "
        "cleaned before the summer.",
    )
    # "a director" says there are others
    assert not _stems(
        nlp,
        "Helen Markham, a director of the Lakeside Water Trust, says the river must be "
        "cleaned before the summer.",
    )


RIVER = (
    "River clean-up urged\n\n"
    "Thursday, March 14, 2019\n\n"
    "Professor Helen Markham, Director of the Lakeside Water Trust, says it is crucial that "
    "the river is cleaned before the summer floods reach the town of Elmford. "
    "Markham says the council could easily remedy the problem by fencing the farms along "
    "the river banks. Councillor Peter Dawlish said the town would look at the plan by the "
    "end of the year. Senior engineer Rosa Tillman said the work would cost the town "
    "about 40,000 pounds and take three months to finish. The trust counted 260 dead fish "
    "in the river last month, up from 90 fish a year earlier."
)


def test_an_office_and_a_deed_of_one_sentence_are_both_asked() -> None:
    result = generate(RIVER, slug="river", title="River clean-up urged")
    asked = {q.text.splitlines()[-1]: q for q in result.qset.questions}
    office = asked.get("Who was the Director of the Lakeside Water Trust in March 2019?")
    assert office is not None and office.correct_option == "Helen Markham"
    # the sentence's other question on the same name stays: neither shows the answer
    said = [t for t, q in asked.items() if t.startswith("Who says it is crucial")]
    assert said and asked[said[0]].correct_option == "Helen Markham"


def _candidate(sentence: int, question: str, rule: str, score: float) -> Candidate:
    """A four-option wh-question keyed Helen Markham from one sentence."""
    fact = Fact(sentence, 0, 2, "Helen Markham", "PERSON", "person")
    options = ("Helen Markham", "Peter Dawlish", "Rosa Tillman", "Ann Brook")
    return Candidate(fact, Stem(question, "wh", rule), options, 0, "", "", score, ())


def test_an_office_takes_only_the_room_its_holder_s_deeds_leave() -> None:
    office = _candidate(0, "Who was the Director of the Lakeside Trust in March 2019?",
                        ROLE_RULE, 4.0)  # fmt: skip
    deeds = [
        _candidate(0, "Who noted that a second spillway could have saved the town?", "r", 3.0),
        _candidate(1, "Who told reporters the dam was inspected once in ten years?", "r", 3.0),
        _candidate(2, "Who said the valley would not flood again?", "r", 3.0),
    ]
    chosen = select([office, *deeds], 60, Counter())
    # three questions a name: the deeds, each telling more than the title, fill them
    assert [c.stem.text for c in chosen] == [d.stem.text for d in deeds]
