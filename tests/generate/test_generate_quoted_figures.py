"""A figure inside a speaker's quoted words, on made-up text: 'The mayor said "We cleared 700
trees" and "We will rebuild".' was asked 'How many trees did we clear ", according to …?', a
stray mark and a "we" no one is said to be. A question shows each quotation whole (a blank
for the key) or drops its marks to report it; never half of one, never an unpaired mark."""

from __future__ import annotations

from typing import Any

import pytest

import questions.generate.forms as forms
from questions.generate.facts import sentence_facts
from questions.generate.forms import write_form
from questions.generate.quotedwh import unpaired_quote
from tests.generate.generate_checks import written_keys

STORM = """Harwick counts the cost of the storm

Tuesday, October 7, 2031

A powerful storm struck the river town of Harwick on Sunday night, bringing down power lines \
and closing the main road to the coast for three days.

The mayor, Linda Osterberg, said "We cleared 700 trees from the roads" and "We will rebuild \
the bridge".

Engineers from the regional council said "Our teams repaired 14 pumping stations".

Crews from three neighbouring counties arrived on Monday to help restore electricity to 4,000 \
households, and the town council approved an emergency fund of $2 million on Thursday.

Schools reopened on Friday after inspectors checked 12 buildings in the town centre. \
Residents praised the volunteers who worked through the weekend to clear the streets.
"""


def _asked(nlp: Any, text: str, answer: str) -> str | None:
    """Return the question the form step writes for `answer` in a one-sentence text."""
    sentence = next(nlp(text).sents)
    fact = next(f for f in sentence_facts(sentence, 0) if f.text == answer)
    stem, _ = write_form(sentence, fact, {}, None)
    return stem.text if stem else None


def _written(text: str, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """Return every question written for an article (chosen or not), with its key."""
    return written_keys(text, monkeypatch, "Harwick counts the cost of the storm")


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (  # a quotation with a figure, and a second one joined to it
            'Mayor Mia Ortega said "We cleared 700 trees from the roads" and "We will rebuild".',
            'Mayor Mia Ortega said "We cleared _____ trees from the roads" and "We will rebuild".',
        ),
        (  # one quotation, closing the sentence
            'Mayor Mia Ortega said "Our crews cleared 700 trees from the roads".',
            'Mayor Mia Ortega said "Our crews cleared _____ trees from the roads".',
        ),
        (  # a quoted phrase: 'had "cleared in two days"' would misquote her
            'Mayor Mia Ortega said crews had "cleared 700 trees in two days" after the storm.',
            'Mayor Mia Ortega said crews had "cleared _____ trees in two days" after the storm.',
        ),
    ],
)
def test_a_figure_inside_quoted_words_keeps_the_quotation_whole(
    nlp: Any, text: str, asked: str
) -> None:
    assert _asked(nlp, text, "700") == asked


def test_quoted_words_reported_without_their_marks_stay_asked(nlp: Any) -> None:
    """Both marks dropped, the words are reported and credited: no quotation is broken."""
    text = 'Mayor Mia Ortega said: "The crews cleared 700 trees from the roads."'
    assert _asked(nlp, text, "700") == (
        "How many trees did the crews clear from the roads, according to Mayor Mia Ortega?"
    )


def test_no_question_shows_half_a_quotation_or_the_speakers_we(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """What a player sees: the figures asked inside their quotations, each quotation whole."""
    written = _written(STORM, monkeypatch)
    assert not [q for q in written if unpaired_quote(q)]
    assert not [q for q in written if q.startswith("How many") and ('"' in q or " we " in q)]
    asked = (
        'The mayor, Linda Osterberg, said "We cleared _____ trees from the roads" and "We will '
        'rebuild the bridge".'
    )
    assert written[asked] == "700"


def test_an_unpaired_mark_is_refused_whatever_form_wrote_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The last net: with the form step's own check off, the draft's check still refuses it."""
    monkeypatch.setattr(forms, "kept_whole", lambda stem, sentence, replace: stem)
    written = _written(STORM, monkeypatch)
    assert not [q for q in written if unpaired_quote(q)]


@pytest.mark.parametrize(
    ("text", "unpaired"),
    [
        ('How many trees did we clear ", according to the mayor?', True),
        ("Who said “We cleared 700 trees?", True),
        ('Who said "We cleared 700 trees"?', False),
        ("Who said “We cleared 700 trees”?", False),
    ],
)
def test_an_unpaired_mark_is_found(text: str, unpaired: bool) -> None:
    assert (unpaired_quote(text) is not None) is unpaired
