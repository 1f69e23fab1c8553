"""A quotation standing as sentences of its own, with no speaker in them, is the speaker's the
sentence before names as saying something (a verb of saying, or a statement given): asked as
that speaker's words. One the editor cut ("… [...]") is prose to ask; a quoted sentence too
long to show is shown to the end of the fact's clause, cut where the editor would cut it."""

from __future__ import annotations

from typing import Any

from questions.generate.facts import sentence_facts
from questions.generate.prose import prose
from questions.generate.quotes import spoken_question
from questions.generate.spoken import mark_speakers, spoken_by

TOLD = (
    "As Dr Mara Quill told the Valley Gazette, river pollution has fallen since the ban. "
    '"Nitrate levels have dropped by 40 percent across the valley since 1995 [...] '
    'Anglers have noticed it too."'
)
EXPLAINED = (
    "Treasurer of the Anglers Union, Oskar Brandt, offered his explanation for the vote. "
    '"Members who backed the plan will forget about the $30 million and the doubts they '
    "had about it, and tell their neighbours that the lake has never been cleaner and that "
    'the old boathouse on the north shore will finally be rebuilt next spring."'
)
UNSAID = (
    "Oskar Brandt walked to the lake with the Treasurer of the Anglers Union. "
    '"Members spent $30 million on the new hatchery."'
)


def _sentence(nlp: Any, text: str, start: str) -> Any:
    """Return the parsed sentence of `text` that starts so, speakers marked."""
    doc = nlp(text)
    mark_speakers(doc)
    return next(s for s in doc.sents if s.text.lstrip('"').startswith(start))


def _asked(sentence: Any, key: str) -> str | None:
    """Return the question asked of a key in a quoted sentence, or None."""
    fact = next((f for f in sentence_facts(sentence, 0) if f.text == key), None)
    stem = spoken_question(sentence, fact) if fact is not None else None
    return stem.text if stem is not None else None


def test_a_quotation_after_told_is_the_tellers(nlp: Any) -> None:
    sentence = _sentence(nlp, TOLD, "Nitrate")
    assert spoken_by(sentence) == ("Dr Mara Quill", "said")
    assert prose(sentence)  # it ends where the editor cut it: "… since 1995 [...]"
    assert _asked(sentence, "40 percent") == (
        'Dr Mara Quill said: "Nitrate levels have dropped by _____ across the valley since '
        '1995 [...]"'
    )


def test_a_quotation_after_an_explanation_given_is_its_givers(nlp: Any) -> None:
    # "offered his explanation": an explanation is a kind of statement (WordNet), so said;
    # the name beside the title is whom the reader knows
    sentence = _sentence(nlp, EXPLAINED, "Members")
    assert spoken_by(sentence) == ("Oskar Brandt", "said")
    assert _asked(sentence, "$30 million") == (
        'Oskar Brandt said: "Members who backed the plan will forget about the _____ and the '
        'doubts they had about it [...]"'
    )


def test_a_quotation_after_a_sentence_of_no_saying_is_no_ones(nlp: Any) -> None:
    # walking says nothing: whose words follow, the article does not tell
    assert spoken_by(_sentence(nlp, UNSAID, "Members")) is None
