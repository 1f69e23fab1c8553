"""An object a verb says "also" of adds to what the article said before: "Her work with Lumi
also produced Sora" after "a male named Kaptan" was asked "Who did her work produce?" with
Kaptan, right too, among the options."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from questions.generate.facts import sentence_facts
from questions.generate.unique import also_so


def _facts(nlp: Any, text: str) -> tuple[Any, list[Any]]:
    """Return the last sentence and every fact of the text, numbered by sentence."""
    sentences = list(nlp(text).sents)
    facts = [
        replace(fact, sentence=n)
        for n, sentence in enumerate(sentences)
        for fact in sentence_facts(sentence, n)
    ]
    return sentences[-1], facts


_BIRTH = "In 2001 the zoo celebrated the birth of a male named Kaptan Doru. "


def test_an_option_said_before_an_also_object_is_refused(nlp: Any) -> None:
    text = _BIRTH + "Her work with Lumi Vesa also produced Sora Kell, a female born in 2004."
    sentence, facts = _facts(nlp, text)
    key = next(f for f in facts if f.text == "Sora Kell")
    assert also_so(sentence, key, ("Kaptan Doru", "Ada Brill"), facts)
    # names the article never gave before are no other right answer
    assert also_so(sentence, key, ("Ada Brill", "Tom Reyes"), facts) is None
    # without "also", the deed is said of Sora Kell alone
    sentence, facts = _facts(nlp, text.replace(" also ", " "))
    key = next(f for f in facts if f.text == "Sora Kell")
    assert also_so(sentence, key, ("Kaptan Doru", "Ada Brill"), facts) is None
