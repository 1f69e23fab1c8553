"""How someone took part ("attended … via video") is asked "how", the other ways as options."""

from __future__ import annotations

from typing import Any

from questions.generate.means import means_variants, stated_means


def _asked(nlp: Any, text: str) -> list[tuple[str, str]]:
    """Return each way of taking part the text says, with its question."""
    sentences = list(nlp(text).sents)
    found = stated_means(sentences, [{} for _ in sentences])
    return [(fact.text, stem.text) for own in found for fact, stem in own]


def test_attending_via_video_is_asked_how(nlp: Any) -> None:
    """seed: the gold fact "Xi attended the SCO meeting via video" had no question."""
    text = "On September 17, President Xi Jinping attended the summit via video."
    assert _asked(nlp, text) == [
        ("via video", "How did President Xi Jinping attend the summit on September 17?")
    ]


def test_the_options_are_the_other_ways_of_taking_part() -> None:
    options = means_variants("via video")
    assert sorted(options) == ["by phone", "by proxy", "in person"]
    assert "via video" not in means_variants("by videoconference")


def test_a_thing_sent_by_phone_or_a_speech_is_no_way_of_taking_part(nlp: Any) -> None:
    assert _asked(nlp, "The minister sent the message by phone.") == []
    assert _asked(nlp, "The minister spoke to reporters by phone.") == []  # "by proxy": no
    assert _asked(nlp, "The minister attended the meeting with his wife.") == []
