"""A wh-phrase fronted out of an act noun's phrase ("To whom did they score on a pass?") and
a word the article writes twice running ("down down the field") copied into a stem."""

from __future__ import annotations

from typing import Any

from questions.generate.actphrase import act_noun_owns
from questions.generate.pipeline import generate
from questions.generate.slips import written_twice
from tests.generate.generate_checks import asked_wh

_SCORED = "In the third quarter the Hawks scored on a Miller pass to Tom Brandt."
_MATCH = """Hawks edge Falcons in cup final

Sunday, March 9, 2031

The Hawks beat the Falcons 24-20 in the Northfield Cup final on Saturday.

Quarterback Dan Miller threw for 300 yards. The Falcons led early after a run by Leo Park. \
After driving down down the field, the Hawks scored on a Miller pass to Tom Brandt. Kicker \
Sam Ortiz added the extra point. The Falcons answered with a field goal by Ivan Cole.

Coach Rita Vance said the team was proud of the win. About 40,000 fans watched the game at \
Harbor Stadium, and the Hawks will parade through the city on Tuesday.
"""


def _once(nlp: Any, text: str) -> str:
    """The sentence with the doubled words' cuts made."""
    sentence = next(nlp(text).sents)
    cuts = written_twice(sentence, {})
    return " ".join(t.text for t in sentence if t.i not in cuts)


def _prep(nlp: Any, text: str, word: str, after: str) -> Any:
    """Return the preposition `word` that follows the word `after` in a one-sentence text."""
    doc = nlp(text)
    return next(t for t in doc if t.lower_ == word and t.i and doc[t.i - 1].text == after)


def test_a_phrase_after_an_act_noun_in_another_phrase_is_not_fronted(nlp: Any) -> None:
    # the parse hangs "to Tom Brandt" on "scored"; the pass went to him, not the scoring
    assert act_noun_owns(_prep(nlp, _SCORED, "to", "pass"))
    assert asked_wh(nlp, _SCORED, "Tom Brandt")[0] is None


def test_a_phrase_after_a_thing_or_the_verbs_own_object_stays_the_verbs(nlp: Any) -> None:
    wife = "Mayor Ann Lowe travelled with her husband to Geneva."
    assert not act_noun_owns(_prep(nlp, wife, "to", "husband"))  # a person: no deed's noun
    talks = "Premier Jo Marsh held a meeting with Carl Dunn."
    assert not act_noun_owns(_prep(nlp, talks, "with", "meeting"))  # the verb's own object
    asked = asked_wh(nlp, talks, "Carl Dunn")[0]
    assert asked is not None and asked.startswith("With whom")


def test_a_word_written_twice_running_is_written_once(nlp: Any) -> None:
    assert _once(nlp, "After running down down the hill, the team won.") == (
        "After running down the hill , the team won ."
    )
    assert _once(nlp, "The report was was published in May.") == (
        "The report was published in May ."
    )
    assert _once(nlp, "The problem is is that we lost.") == "The problem is that we lost ."
    assert _once(nlp, "They ran up up the hill.") == "They ran up the hill ."


def test_a_double_english_writes_is_kept(nlp: Any) -> None:
    for text in (
        "By May the club had had enough of delays.",
        "She moved in in June with her sister.",
        "The staff logged on on Monday.",
        "He handed the form in in person.",
        "What it is is a scam.",
        "The man who left left early.",
        'The coach said the win was "very very sweet" for the town.',
    ):
        assert _once(nlp, text) == " ".join(t.text for t in nlp(text)), text


def test_a_made_up_match_asks_neither_slip() -> None:
    quiz = generate(_MATCH, slug="cup-final", title="Hawks edge Falcons in cup final")
    asked = [q for q in quiz.qset.questions if "Tom Brandt" in q.options]
    assert asked, "the pass's receiver is asked"
    for question in asked:
        text = question.text.split("\n")[-1]
        assert "down down" not in text and not text.startswith("To whom"), text


def test_a_measure_after_an_act_noun_stays_the_verbs(nlp: Any) -> None:
    # "for nearly 4 minutes" is how long the test lasted: "For about how many minutes …"
    tested = "Engineers tested the booster at full thrust for nearly 4 minutes."
    assert not act_noun_owns(_prep(nlp, tested, "for", "thrust"))
