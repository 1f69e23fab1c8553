"""A subject said "also" to do a deed the article gives others shares the answer with them:
"The presidents … agreed …; Nicaragua's president, Daniel Ortega, also agreed …" asked "Who
agreed …?" had Chávez and Correa right too (review 82)."""

from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace
from typing import Any

from questions.generate.alsodoers import adds, also_doers
from questions.generate.facts import sentence_facts


def _asked(nlp: Any, text: str, key: str, options: tuple[str, ...]) -> str | None:
    """Return what `also_doers` says of the key in the text's last sentence."""
    sentences = list(nlp(text).sents)
    facts = [
        replace(fact, sentence=n)
        for n, sentence in enumerate(sentences)
        for fact in sentence_facts(sentence, n)
    ]
    fact = next(f for f in facts if f.text == key and f.sentence == len(sentences) - 1)
    return also_doers(sentences[-1], fact, options, SimpleNamespace(sentences=sentences))


_GROUP = "The mayors of the three valley towns agreed to share a fire station in March. "


def test_an_also_subject_after_an_unnamed_group_doing_it_is_refused(nlp: Any) -> None:
    text = _GROUP + "The governor of Varnia, Teo Brask, also agreed to share the station."
    assert _asked(nlp, text, "Teo Brask", ("Lina Moss", "Karl Ode", "Ada Brill"))
    # whose country, asked: the mayors' towns may be any option
    assert _asked(nlp, text, "Varnia", ("Dunmore", "Kell", "Ostra"))
    # without "also", the sentence says the deed of him alone
    assert _asked(nlp, text.replace(" also ", " "), "Teo Brask", ("Lina Moss",)) is None


def test_an_option_doing_the_same_deed_is_a_right_answer_too(nlp: Any) -> None:
    text = "Lina Moss opened a bakery in Dunmore in May. Karl Ode, too, opened a bakery in June."
    assert _asked(nlp, text, "Karl Ode", ("Lina Moss", "Ada Brill", "Tom Reyes"))
    # no option opened one: the key is the only answer among them
    assert _asked(nlp, text, "Karl Ode", ("Ada Brill", "Tom Reyes", "Eva Lind")) is None


def test_an_also_adding_a_deed_to_its_doer_keeps_the_key(nlp: Any) -> None:
    # his own earlier deed, no one else's: "also" adds the harbour to the library
    text = "Lina Moss opened the new library in Dunmore. On Friday, Lina Moss also opened the old "
    text += "harbour."
    assert _asked(nlp, text, "Lina Moss", ("Teo Brask", "Karl Ode", "Ada Brill")) is None


def test_a_saying_also_adds_what_was_said(nlp: Any) -> None:
    text = "Lina Moss said the road would close. Karl Ode also said the bridge would close."
    assert _asked(nlp, text, "Karl Ode", ("Lina Moss", "Ada Brill", "Tom Reyes")) is None


def test_the_adverbs_of_addition_come_from_wordnet(nlp: Any) -> None:
    said = {t.text for t in nlp("Peru likewise sent troops as well.") if adds(t)}
    assert said == {"likewise", "well"}
    assert not any(adds(t) for t in nlp("Peru did well in the games."))


def test_a_group_doing_another_thing_with_the_verb_shares_nothing(nlp: Any) -> None:
    text = "The farmers had a plan for the old mill. Lina Moss also had a plan for the mill."
    assert _asked(nlp, text, "Lina Moss", ("Teo Brask", "Karl Ode", "Ada Brill"))
    # "had no money" is not "had a plan": the group did no such deed
    text = text.replace("had a plan for the old mill", "had no money last year")
    assert _asked(nlp, text, "Lina Moss", ("Teo Brask", "Karl Ode", "Ada Brill")) is None
