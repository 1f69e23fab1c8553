"""Review of round 85's story lines and dangling references (fix34a).

"📰 Australia bans steel imports" cut "Chinese" from "Australia bans Chinese steel imports"
and said something false: a word that narrows what the verb is done to is never cut. Only
the place word that opens the subject's own name goes ("Canberra" of "Canberra Capitals");
otherwise the line the story had before stands ("📰 Norway: timber imports"). Words of a
quotation that runs across sentences are the speaker's, whose "again" is their own.
"""

from __future__ import annotations

from typing import Any

from questions.generate import generate
from questions.generate.danglingrefs import dangling_reference
from questions.generate.headerline import headline_line
from questions.generate.keylesshead import unmodified_headlines
from questions.generate.nlp import parsed_headline
from questions.generate.setting import article_setting

TITLE = "Norway bans Russian timber imports"
BAN = f"""{TITLE}

Norway has banned imports of timber from Russia, the trade minister said on Tuesday, in a \
move that is likely to anger Moscow. The ban, which takes effect on 1 August, follows \
complaints from Norwegian sawmills that cheap timber from Russia was being sold below cost. \
Trade Minister Ingrid Solbakk said the decision was made after a two-year investigation by \
the Competition Authority. Russia is Norway's largest supplier of wood, selling more than \
half of the timber it buys. The Russian embassy in Oslo said it was deeply concerned and \
urged Norway to reverse the decision. Norwegian sawmills employ about 20,000 people, mostly \
in Innlandet and Trondelag.
"""


def _line(nlp: Any, title: str, key: str) -> str | None:
    """Return the story line above a question keyed `key` that would frame it by month."""
    body = nlp("The decision was announced on Tuesday after a long investigation.")
    setting = article_setting(parsed_headline(title), [body], None)
    return headline_line(setting, key, False, "Which city fell apart a bit?")


def test_a_ban_is_not_cut_to_a_wider_ban() -> None:
    """ "Norway bans timber imports" is false: Norway banned Russia's timber only."""
    result = generate(BAN, slug="timber", title=TITLE)
    asked = [q.text for q in result.qset.questions if q.correct_option == "Russia"]
    assert asked, [q.text for q in result.qset.questions]
    for text in asked:
        assert "bans timber imports" not in text, text
        assert text.startswith("📰 Norway: timber imports\n"), text


def test_the_objects_nationality_is_never_cut(nlp: Any) -> None:
    """A word of the thing banned or the team beaten narrows the deed: no cut of it."""
    assert unmodified_headlines(parsed_headline(TITLE)) == ()
    line = _line(nlp, "Leeds Lions beat Latvian national B basketball team in friendly", "Latvia")
    assert line is None or "beat national" not in line


def test_the_subjects_own_place_word_is_still_cut(nlp: Any) -> None:
    """ "Leeds" opens the Lions' own name: "Lions beat …" still says the story truly."""
    line = _line(nlp, "Leeds Lions beat Latvian national B basketball team in friendly", "Leeds")
    assert line == "📰 Lions beat Latvian national B basketball team in friendly\n"


def test_again_inside_a_quotation_across_sentences_is_the_speakers(nlp: Any) -> None:
    """A quotation begun in the sentence before still holds the speaker's own "again"."""
    doc = nlp('Coach Dana Pell said: "We played badly tonight. We will win the cup again in May."')
    sentence = list(doc.sents)[-1]
    assert "again" in sentence.text
    assert dangling_reference(sentence, "Which trophy will they win again in May?") is None
