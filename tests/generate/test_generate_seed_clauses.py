"""A statement the model ran on past a stray full stop ends there; a named speaker's "we" in
what they said is theirs; a name's blank under the headline line naming its story stands
alone."""

from __future__ import annotations

from typing import Any

import pytest

from questions.generate import generate
from questions.generate.clauses import segment
from questions.generate.filters import not_standalone

ARTICLE = """On March 3, Prime Minister Anna Lindqvist attended the 12th meeting of the Nordic \
Council in Oslo via video.

Prime Minister Lindqvist said that in settling disputes over fishing, we cannot proceed from \
the so-called "quota doctrine" and promote dominance. , Arrogance, and threats, we should follow \
the principles of the Baltic Charter and insist on open talks.

In 2015, Sweden and Finland signed a treaty on fishing rights in Stockholm after talks that \
lasted four years. In 2019, Norway joined the council as its eighth member state after a \
vote in Helsinki. In 2018, Lindqvist proposed the "green corridor" for shipping and praised \
the "Nordic Spirit" and the "three pillars" of the council.
"""


@pytest.fixture(scope="module")
def asked() -> dict[str, str]:
    """Map each question of the made-up article to its key."""
    qset = generate(ARTICLE, slug="nordic", title="Nordic").qset
    return {q.text: q.correct_option for q in qset.questions}


def test_a_speakers_we_before_a_stray_full_stop_is_asked(asked: dict[str, str]) -> None:
    blank = (
        "Prime Minister Anna Lindqvist said that in settling disputes over fishing, we cannot "
        'proceed from the so-called "_____".'
    )
    assert asked.get(blank) == "quota doctrine"
    assert not any(", Arrogance" in text for text in asked)  # the run-on part is left out


def test_a_stray_full_stop_ends_the_part(nlp: Any) -> None:
    doc = nlp("He said we cannot proceed from power and promote hegemony. , Overbearing, and "
              "bullying, we should follow the charter.")  # fmt: skip
    power = next(t for t in doc if t.text == "power")
    high = segment(power)[1]
    assert doc[high - 1].text == "." and doc[high - 2].text == "hegemony"
    assert segment(next(t for t in doc if t.text == "charter")) == (0, len(doc))


def test_a_named_speakers_we_stands_alone() -> None:
    said = 'Anna Lindqvist said that we cannot proceed from the so-called "_____".'
    assert not_standalone(said, "rule:term-blank") is None
    # no speaker named: whose "we"?
    assert not_standalone('They said that we cannot proceed from the "_____".', "rule:term-blank")
    assert not_standalone('We cannot proceed from the so-called "_____".', "rule:term-blank")


def test_a_names_blank_under_its_story_headline_is_kept() -> None:
    article = """Crisis at stricken Japan nuclear plant escalates

Tuesday, April 12, 2011

The crisis at a stricken nuclear plant on the northeast coast of Japan is now as severe as the \
disaster at Chernobyl in 1986, officials have said. Radiation is continuing to leak from the \
plant, which was damaged during the magnitude 9.0 earthquake last month.

Workers at the damaged Fukushima nuclear plant returned after they were briefly evacuated \
following the earthquake. Engineers from the Sendai nuclear plant, the Matsue nuclear plant \
and the Kashiwazaki \
nuclear plant helped them. A powerful aftershock left six people dead in the city of Iwaki, \
fire officials in Osaka and Chiba said. Prime Minister Naoto Kan wrote to seven \
international newspapers.
"""
    qset = generate(article, slug="plant", title="Plant").qset
    asked = {q.text.split("\n")[-1]: q for q in qset.questions}
    blank = (
        "Workers at the damaged _____ nuclear plant returned after they were briefly evacuated "
        "following the earthquake."
    )
    assert blank in asked and asked[blank].correct_option == "Fukushima"
    assert asked[blank].text.startswith("📰 Crisis at stricken Japan nuclear plant escalates")
