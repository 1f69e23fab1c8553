"""A plural "were" after a singular subject, copied from the article ("The Silver Clouds
installation were …", blind review 72), is written in the singular; a group noun, an "of"
phrase, a pair, a subjunctive and a speaker's own words keep their verb."""

from __future__ import annotations

from typing import Any

from questions.generate.agreement import agreed_verbs


def _mended(nlp: Any, text: str) -> str:
    """Return a sentence with its agreement slips mended."""
    sentence = next(nlp(text).sents)
    mended = agreed_verbs(sentence, {})
    return "".join(mended.get(t.i, t.text) + t.whitespace_ for t in sentence)


def test_a_plural_be_after_a_singular_thing_is_made_singular(nlp: Any) -> None:
    text = "The Blue Wave sculpture were glass panels lit from below."
    assert _mended(nlp, text) == "The Blue Wave sculpture was glass panels lit from below."
    text = "The lighthouse are painted red and white every spring."
    assert _mended(nlp, text) == "The lighthouse is painted red and white every spring."


def test_a_group_an_of_phrase_a_pair_or_a_subjunctive_keeps_its_verb(nlp: Any) -> None:
    for text in (
        "The crew were rescued by a fishing boat.",  # a group: British English counts its members
        "The committee are meeting on Friday.",
        "A series of protests were held in the square.",  # agrees with what it counts
        "The bridge and the road were closed after the flood.",  # two things
        "If the tunnel were finished, the trip would take an hour.",  # subjunctive
        "The mayor wished the tunnel were finished.",  # a wish's subjunctive
        "The lanterns were lit at dusk.",  # plural already
        'The mayor said "the harbour were never this busy".',  # the speaker's words
    ):
        assert _mended(nlp, text) == text, text
