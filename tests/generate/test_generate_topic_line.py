"""A long question the article's long headline leaves no room beside is framed by the
headline's topic ("📰 Ferry plan (June 2022)") instead of being refused for want of context;
a question with room keeps the whole headline."""

from __future__ import annotations

from typing import Any

from questions.generate.event import situate
from questions.generate.setting import Setting

HEADLINE = (
    "Reports: new town ferry plan to replace the old harbour bridge crossing for thousands "
    "of daily commuters from the eastern shore by next spring"
)
SENTENCE = " ".join([
    "A similar bus plan backed by the riders' union in March 2019 for 2,000 shift workers was",
    "reportedly turned down by the mayor over fears it would cost far too much money to run,",
    "and it was never brought back to the council.",
])  # fmt: skip


def test_a_long_blank_is_framed_by_the_headlines_topic(nlp: Any) -> None:
    sentence = next(nlp(SENTENCE).sents)
    stem = SENTENCE.replace("March 2019", "_____")
    setting = Setting(month="June 2022", headline=HEADLINE, topic="town ferry plan")
    text, problem = situate(stem, "March 2019", setting, sentence)
    assert problem is not None and problem[0] == "no context"  # the headline leaves no room
    text, problem = situate(stem, "March 2019", setting, sentence, topic=True)
    assert problem is None
    assert text == f"📰 town ferry plan (June 2022)\n{stem}"
    # a short question has room for the whole headline, topic or not
    short = "The plan was turned down in _____."
    text, _ = situate(short, "March 2019", setting, sentence, topic=True)
    assert text.startswith(f"📰 {HEADLINE}")
