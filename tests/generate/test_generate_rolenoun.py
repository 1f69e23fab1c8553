"""A question on who holds a role the article names ("Who served as Kiprop's guide?", "By
whom was Kiprop guided?") offers the article's other holders of that role, then people it
gives no role, never the runners it gives another role or has guided."""

from __future__ import annotations

from typing import Any

from questions.generate.kinds import person_roles
from questions.generate.pipeline import generate
from questions.generate.rolenoun import asked_role, role_clash, stated_duties

RACE = """Blind runners shine at Lakeside marathon

Sunday, April 14, 2024

Lakeside, Canada — Yesterday, on the closing day of the meeting, the Lakeside marathon \
for blind runners was run in cold rain, and more than two hundred athletes took part in \
it.

Daniel Kiprop of Kenya set a course record in the race with a time of 2:31:10. Pedro \
Almeida of Brazil finished second and Marcus Feldmann of Germany finished third.

Kenya's Tom Okoth served as Daniel Kiprop's guide for the whole race. Okoth also \
received a medal for it. Runners who kept one guide from start to finish included Pedro \
Almeida who was guided by Samuel Brandt, and Marcus Feldmann who was guided by Oliver \
Hastings.
"""
DIRECTOR = "Race director Anna Berg said the course would be flatter next year."


def _asked(start: str) -> Any:
    """Return the question on the race whose last line opens with `start`."""
    quiz = generate(RACE, slug="race", title="Blind runners shine at Lakeside marathon")
    return next(q for q in quiz.qset.questions if q.text.split("\n")[-1].startswith(start))


def test_a_guide_is_asked_among_guides() -> None:
    """'Who served as Daniel Kiprop's guide?' offers the race's other guides, no runner."""
    question = _asked("In the 2024 Lakeside marathon, who served as Daniel Kiprop's guide")
    assert question.correct_option == "Tom Okoth"
    assert sorted(question.options) == ["Oliver Hastings", "Samuel Brandt", "Tom Okoth"]
    assert not {"Pedro Almeida", "Marcus Feldmann"} & set(question.options)


def test_who_guided_a_runner_offers_no_runner(nlp: Any) -> None:
    """'By whom was Pedro Almeida guided?' asks for a guide: the other runners, guided
    themselves, are no plausible answer, nor is the race's director; the other guides are."""
    sentences = list(nlp(RACE + DIRECTOR).sents)
    held, served = stated_duties(sentences, person_roles(sentences))
    asked = asked_role("Samuel Brandt", "By whom was Pedro Almeida guided?", held)
    assert asked == {"guide"}
    assert role_clash("Marcus Feldmann", asked, held, served)  # guided by Oliver Hastings
    assert role_clash("Daniel Kiprop", asked, held, served)  # "Daniel Kiprop's guide": guided
    assert role_clash("Anna Berg", asked, held, served)  # "Race director": no guide
    assert not role_clash("Oliver Hastings", asked, held, served)  # another guide
    assert not role_clash("Jane Doe", asked, held, served)  # a name of no stated role


def test_a_question_naming_no_role_rules_nothing_out(nlp: Any) -> None:
    """'Who won the race?' names no role the key holds, nor does a headline's or a quotation's
    "guide": the guides are not ruled out by it."""
    sentences = list(nlp(RACE).sents)
    held, served = stated_duties(sentences, person_roles(sentences))
    asked = asked_role("Daniel Kiprop", "Who won the race in 2:31:10?", held)
    assert not asked and not role_clash("Tom Okoth", asked, held, served)
    # a guide named only in the headline or in a quotation is asked by neither
    headlined = '📰 Guide thanks runners (April 2024)\nWho said "I was his guide"?'
    assert not asked_role("Tom Okoth", headlined, held)
