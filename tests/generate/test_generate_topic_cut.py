"""A headline shortened to its topic, to hide the key it names, is cut at whole words and
keeps what befell the topic: "📰 Storey carpark" (of "Multi-storey", review 58) named
neither the fire nor the word the headline said."""

from __future__ import annotations

from typing import Any

from questions.generate.event import with_context
from questions.generate.headlinetopic import headline_topic, placed_topic
from questions.generate.setting import Setting


def _line(nlp: Any, headline: str, key: str, stem: str) -> str:
    """Return the question a player sees under the headline, the key hidden."""
    title = nlp(headline)
    setting = Setting(month="March 2019", headline=headline, topic=headline_topic(title),
                      placed=placed_topic(title))  # fmt: skip
    return with_context(stem, setting, key)


def test_a_topic_keeps_its_hyphenated_word_whole_and_its_happening(nlp: Any) -> None:
    stem = "Of which city was Ann Pryce the mayor?"
    said = _line(nlp, "High-rise tower block in Leeds gutted by fire", "Leeds", stem)
    assert said == f"📰 High-rise tower block fire (March 2019)\n{stem}"  # not "Rise tower block"


def test_a_topic_gains_no_doer_that_is_no_happening(nlp: Any) -> None:
    stem = "Of which city was Ann Pryce the mayor?"
    said = _line(nlp, "Old warehouse destroyed by fire", "Leeds", stem)
    assert said.startswith("📰 Old warehouse destroyed by fire")  # the key is not in it
    assert headline_topic(nlp("Old warehouse destroyed by fire")) == "Old warehouse fire"
    assert headline_topic(nlp("Twin-engine cargo plane downed by police")) == (
        "Twin-engine cargo plane"  # the police did it: no "cargo plane police"
    )
