"""A speaker's "he" in what he reports of himself ("Berg said he paid …"): a one-blank
sentence keeps it as written rather than naming him twice ("Berg … said Tomas Berg paid")."""

from __future__ import annotations

from typing import Any

from questions.generate.cataphora import speaker_bound
from questions.generate.facts import sentence_facts
from questions.generate.filters import not_standalone
from questions.generate.stems import cloze


def _sentence(nlp: Any, text: str) -> Any:
    return next(nlp(text).sents)


def _fact(sentence: Any, text: str) -> Any:
    return next(f for f in sentence_facts(sentence, 0) if f.text == text)


def _he(sentence: Any, name: str) -> dict[int, str]:
    return {t.i: name for t in sentence if t.lower_ == "he"}


def test_a_blank_keeps_the_speakers_own_he(nlp: Any) -> None:
    text = "Rabbi Tomas Berg, a local filmmaker, said he filmed the parade outside the city hall on May 27."  # noqa: E501
    sentence = _sentence(nlp, text)
    stem = cloze(_fact(sentence, "May 27"), list(sentence), _he(sentence, "Rabbi Tomas Berg"))
    said = "Rabbi Tomas Berg, a local filmmaker, said he filmed the parade outside the city hall on _____."  # noqa: E501
    assert stem is not None and stem.text == said
    # the speaker by his last name is the same man
    short = _sentence(nlp, "Berg said he filmed the parade on May 27.")
    stem = cloze(_fact(short, "May 27"), list(short), _he(short, "Tomas Berg"))
    assert stem is not None and stem.text == "Berg said he filmed the parade on _____."


def test_a_he_who_is_someone_else_is_named(nlp: Any) -> None:
    sentence = _sentence(nlp, "Tomas Berg said he filmed the parade on May 27.")
    stem = cloze(_fact(sentence, "May 27"), list(sentence), _he(sentence, "Ivan Petrov"))
    assert (
        stem is not None and stem.text == "Tomas Berg said Ivan Petrov filmed the parade on _____."
    )


def test_the_speaker_named_before_binds_his_he(nlp: Any) -> None:
    sentence = _sentence(nlp, "Tomas Berg said he filmed the parade on May 27.")
    replace = _he(sentence, "Tomas Berg")
    told = "Tomas Berg said he filmed the parade on _____."
    assert speaker_bound(sentence, told, replace) == {"he"}
    assert not_standalone(told, "rule:date-blank", speaker_bound(sentence, told, replace)) is None
    # a question that does not name the speaker before it leaves "he" no one's
    assert speaker_bound(sentence, "When did he film the parade?", replace) == frozenset()
    assert speaker_bound(sentence, told, _he(sentence, "Ivan Petrov")) == frozenset()
