"""A quoted "They" named by the quoted sentence before; "the pretext that …" and "the south
side" beside "South Marova", which point nowhere; a long speaker's quotation dated by its
story's headline alone."""

from __future__ import annotations

from typing import Any

from questions.generate.event import with_context
from questions.generate.facts import sentence_facts
from questions.generate.quotes import spoken_question
from questions.generate.references import unresolved_reference
from questions.generate.setting import Setting
from questions.generate.spoken import mark_speakers

CREWS = (
    '"Striking crews of the Danish dockers union blocked the pier on Monday. They dumped 40 '
    'crates at the gates of the port. Nobody was hurt," said union leader Tomas Reyes.'
)


def _asked(nlp: Any, text: str, start: str, key: str) -> str | None:
    """Return the spoken question asked of a key in the sentence that starts so, or None."""
    doc = nlp(text)
    mark_speakers(doc)
    sentence = next(s for s in doc.sents if s.text.lstrip('"').startswith(start))
    fact = next((f for f in sentence_facts(sentence, 0) if f.text == key), None)
    stem = spoken_question(sentence, fact) if fact is not None else None
    return stem.text if stem is not None else None


def test_a_quoted_they_is_shown_as_the_named_subject_before_it(nlp: Any) -> None:
    assert _asked(nlp, CREWS, "They dumped", "40") == (
        'union leader Tomas Reyes said: "[Striking crews of the Danish dockers union] dumped '
        '_____ crates at the gates of the port."'
    )


def test_a_quoted_they_with_two_plural_things_before_it_is_not_asked(nlp: Any) -> None:
    # "crews" or "trucks": which ones "they" are, the sentence before leaves open
    two = CREWS.replace("blocked the pier", "blocked the trucks")
    assert _asked(nlp, two, "They dumped", "40") is None


def _unresolved(nlp: Any, text: str, key: str) -> str | None:
    """Return why the one-blank question of a key in a sentence leans on the article."""
    sentence = nlp(text)[:]
    fact = next(f for f in sentence_facts(sentence, 0) if f.text == key)
    stem = text.replace(f"{key} ", "_____ ", 1)
    return unresolved_reference(sentence, fact, stem)


def test_a_noun_said_with_its_that_clause_points_nowhere(nlp: Any) -> None:
    text = "Guards fired 12 flares over Port Ellis under the pretext that smugglers had fled."
    assert _unresolved(nlp, text, "12") is None


def test_a_compass_side_of_a_name_the_question_says_points_nowhere(nlp: Any) -> None:
    named = "Rebels of South Marova fired 12 rockets at the south side."
    assert _unresolved(nlp, named, "12") is None
    # "the south side" of what, with no southern name said: the article's
    assert _unresolved(nlp, named.replace("South Marova", "Marova"), "12") is not None


def test_a_long_quotation_is_framed_by_the_headline_alone() -> None:
    setting = Setting(month="March 2019", headline="Dockers block Port Ellis pier")
    stem = (
        'Tomas Reyes said: "[Striking crews of the Danish dockers union] dumped _____ crates '
        "of rotten fish and broken pallets at the gates of the port under the pretext that "
        "the owners had withheld their wages for the whole of the long and bitter northern "
        'winter season."'
    )
    assert with_context(stem, setting, "40") == "📰 Dockers block Port Ellis pier\n" + stem
