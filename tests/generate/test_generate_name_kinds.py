"""Blind review 33 on made-up text: a town the article lists among "cities such as …" is a
place though the model calls it a person, so it is no speaker's option and, asked as an owner
("On which city's Facebook page …?"), takes cities; the tail of a body's name ("Smoke Alerts"
of "National System of Smoke Alerts") is nobody's name, and a blank that cuts such a name in
two ("National System of _____") is no question."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span

from questions.generate.distractors import choose_distractors
from questions.generate.facts import Fact, sentence_facts
from questions.generate.listedplaces import listed_places
from questions.generate.options import article_context, option_context
from questions.generate.pools import place_kind
from questions.generate.refusals import refusal
from questions.generate.relabel import people_named
from questions.generate.unpersons import written_unlike_person

SMOKE = (
    "Smoke from the fire reached cities such as Temuco, Villarrica, Pucón Centro, Loncoche "
    "and Lautaro. Chile's National System of Smoke Alerts ruled out the need to leave homes, "
    'according to Radio Austral. "In Temuco, the sky was orange," said Marta Ruiz Soto, a '
    'resident who wrote on Villarrica\'s Facebook page. "We could not see the lake," said '
    'Pedro Lagos Vidal, a teacher. "Go away, smoke!," said Inés Mora on Villarrica\'s page.'
)
# what the small model made of the article it was written after: towns and an agency's tail
# taken for people, the rest of the agency's name for a body
_MISREAD = {"Pucón Centro": "PERSON", "Villarrica": "PERSON", "National System of": "ORG",
            "Smoke Alerts": "PERSON", "Marta Ruiz Soto": "PERSON",
            "Pedro Lagos Vidal": "PERSON", "Inés Mora": "PERSON"}  # fmt: skip


def _misread(nlp: Any) -> Any:
    """Return the article parsed, with the names labelled as the model misread them."""
    doc = nlp(SMOKE)
    spans = []
    for name, label in _MISREAD.items():
        for start in [t.i for t in doc if doc[t.i : t.i + len(name.split())].text == name]:
            spans.append(Span(doc, start, start + len(name.split()), label=label))
    taken = {i for s in spans for i in range(s.start, s.end)}
    kept = [e for e in doc.ents if not taken & set(range(e.start, e.end))]
    doc.ents = sorted(kept + spans, key=lambda s: s.start)
    return doc


def _facts(nlp: Any) -> tuple[list[Fact], list[Any]]:
    """Return the facts and the sentences of the article as the generator labels them."""
    sentences = list(_misread(nlp).sents)
    found = people_named([sentence_facts(s, n) for n, s in enumerate(sentences)], sentences)
    found = listed_places(found, sentences)
    return [f for facts in found for f in facts], sentences


def _options(nlp: Any, key: str, sentence: int, stem: str) -> list[str]:
    """Return the wrong options offered for a key of one sentence under a question."""
    facts, sentences = _facts(nlp)
    fact = next(f for f in facts if f.text == key and f.sentence == sentence)
    ctx = option_context(article_context(SMOKE, facts, sentences, 2021), fact, stem)
    options, _ = choose_distractors(fact, key, facts, sentences[sentence].text, stem, ctx)
    return options


def test_towns_listed_among_cities_are_places(nlp: Any) -> None:
    kinds = {(f.text, f.kind) for f in _facts(nlp)[0]}
    assert ("Pucón Centro", "place") in kinds and ("Villarrica", "place") in kinds
    assert ("Villarrica", "person") not in kinds  # "Villarrica's Facebook page" too
    assert ("Marta Ruiz Soto", "person") in kinds  # a resident listed nowhere stays one


def test_a_speakers_options_are_people(nlp: Any) -> None:
    options = _options(nlp, "Marta Ruiz Soto", 2, 'Who said "In Temuco, the sky was orange"?')
    assert options
    assert not {"Pucón Centro", "Villarrica", "Smoke Alerts"} & set(options), options


def test_a_towns_owner_question_offers_towns(nlp: Any) -> None:
    stem = "On which city's Facebook page did a resident write?"
    options = _options(nlp, "Villarrica", 2, stem)
    assert len(options) >= 2, options
    listed = {"Loncoche", "Lautaro", "Pucón Centro", "Temuco"}
    assert all(o in listed or place_kind(o) == "city" for o in options), options
    assert not {"Marta Ruiz Soto", "Pedro Lagos Vidal", "Inés Mora"} & set(options), options


def test_the_tail_of_a_bodys_name_is_no_person() -> None:
    assert written_unlike_person("Smoke Alerts", SMOKE, [])  # every time "System of …"
    assert not written_unlike_person("Marta Ruiz Soto", SMOKE, [])
    hurt = "The two hurt were Ana Kempf of Temuco and the Duke of Marlow. Marlow said so."
    assert not written_unlike_person("Temuco", hurt, [])  # after a surname: where she lives
    assert not written_unlike_person("Marlow", hurt, [])  # a duke's, and said alone too


def _refused(nlp: Any, key: str, kind: str, stem: str) -> str | None:
    """Return why a blank stem keyed `key` (of `kind`) is no question, or None."""
    facts, sentences = _facts(nlp)
    fact = Fact(sentence=1, start=0, end=1, text=key, label="ORG", kind=kind)
    ctx = option_context(article_context(SMOKE, facts, sentences, 2021), fact, stem)
    return refusal(fact, key, ctx)


def test_a_blank_that_cuts_a_bodys_name_is_refused(nlp: Any) -> None:
    stem = "Chile's National System of _____ ruled out the need to leave homes."
    assert _refused(nlp, "Smoke Alerts", "organization", stem)
    assert _refused(nlp, "Smoke Alerts", "person", stem)


def test_a_blank_after_a_persons_name_or_title_is_asked(nlp: Any) -> None:
    stem = "The two hurt were Marta Ruiz Soto and spokesman John Hill of _____, a firm."
    assert _refused(nlp, "Acme Timber", "organization", stem) is None
    stem = "The report was signed by the Minister of _____ on Monday."
    assert _refused(nlp, "Forest Affairs", "organization", stem) is None
