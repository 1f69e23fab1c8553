"""A person key's options are the article's other people: a hyphened measure ("two-thirds
majority", "ten-year exemption") or a verb's prefix ("re-elected") is no side the people of
its sentence stand on, so no one is kept off a question as "seldom beside" it.

Every text here is made up.
"""

from __future__ import annotations

import re
from typing import Any

from questions.generate.camps import name_camps
from questions.generate.centuries import before_asked_year
from questions.generate.distractors import choose_distractors
from questions.generate.facts import Fact
from questions.generate.options import article_context, option_context
from questions.generate.samedeed import named_deeds, repeated_deed

COUNCIL = (
    "The Valdor Regional Council passed a harbour levy bill with a two-thirds majority. "
    "In the Regional Council, Tomas Ferreira Lund, the Harbour Minister, tabled the bill. "
    "Out of 80 votes, the bill needed a two-thirds majority in the Regional Council. "
    "Premier Maria Holmberg said she would ask for a ten-year exemption. "
    "Council members Jonas Brekke and Lena Dahl asked for a ten-year exemption too. "
    "Police officer Nils Aaberg said two officers were hurt. "
    "Lawmaker Ingrid Moe condemned the protests."
)
PEOPLE = {"Tomas Ferreira Lund", "Maria Holmberg", "Jonas Brekke", "Lena Dahl",
          "Nils Aaberg", "Ingrid Moe"}  # fmt: skip


def _facts(nlp: Any, text: str) -> tuple[list[Fact], list[Any]]:
    """Return the text's people and bodies as facts, each of its sentence, and the sentences."""
    sentences = list(nlp(text).sents)
    kinds = {"PERSON": "person", "ORG": "organization"}
    facts = [
        Fact(n, e.start, e.end, re.sub(r"^[Tt]he ", "", e.text), e.label_, kinds[e.label_])
        for n, sentence in enumerate(sentences)
        for e in sentence.ents
        if e.label_ in kinds
    ]
    return facts, sentences


def test_a_measure_or_a_prefixed_verb_is_no_camp(nlp: Any) -> None:
    """ "two-thirds", "ten-year", "re-elected" take no side; "pro-harbour" still does."""
    text = (
        "The Regional Council passed the bill with a two-thirds majority. Mayor Ola Berg was "
        "re-elected. Premier Maria Holmberg asked for a ten-year exemption. The pro-harbour "
        "candidate Ann Lowe won the seat."
    )
    camps = name_camps(list(nlp(text).sents))
    assert camps.get("ann lowe") == frozenset({"pro-harbo"})
    assert set(camps) == {"ann lowe"}, camps


def test_the_minister_who_tabled_a_bill_gets_the_article_other_people(nlp: Any) -> None:
    """ "Who tabled the bill in the Regional Council?": the premier and the councillors the
    article names are fair wrong options, though the council's sentences say "two-thirds"."""
    article, sentences = _facts(nlp, COUNCIL)
    assert {f.text for f in article if f.kind == "person"} >= PEOPLE
    base = article_context(COUNCIL, article, sentences)
    key = next(f for f in article if f.text == "Tomas Ferreira Lund")
    stem = "Who tabled the harbour levy bill in the Regional Council?"
    ctx = option_context(base, key, stem)
    chosen, _ = choose_distractors(key, key.text, article, stem, stem, ctx)
    assert len(chosen) == 3, chosen
    assert set(chosen) <= PEOPLE - {key.text}


DETAINED = (
    "According to the union, reporter Piet Vandermolen of the Harbour Gazette was arrested "
    "on May 3, and Olga Brandt of the Evening Star was arrested on May 5. "
    "The union said that Rasmus Kjeldsen was arrested as well."
)


def _asked_of(nlp: Any, name: str, stem: str) -> str | None:
    """Return why "Who … was arrested …?" of `name` may have another answer, or None."""
    doc = nlp(DETAINED)
    sentences = list(doc.sents)
    ent = next(e for e in doc.ents if e.text == name)
    index = next(n for n, s in enumerate(sentences) if s.start <= ent.start < s.end)
    fact = Fact(index, ent.start, ent.end, ent.text, ent.label_, "person")
    deeds = named_deeds(sentences)
    return repeated_deed(sentences[index], fact, deeds, frozenset(), (stem, sentences))


def test_who_was_arrested_has_one_answer_only_when_the_stem_tells_them_apart(nlp: Any) -> None:
    """ "Who was arrested?" fits all three people arrested: no question; "Who of the Evening
    Star was arrested on May 5?" fits one: asked."""
    assert _asked_of(nlp, "Olga Brandt", "Who was arrested, according to the union?")
    assert _asked_of(nlp, "Olga Brandt", "Who of the Evening Star was arrested on May 5?") is None


def test_a_person_dated_by_a_past_century_is_no_option_for_a_later_year(nlp: Any) -> None:
    """ "19th-century Danish botanist Henrik Ravnholt" cannot have led a dig "since 2012";
    undated, the question may offer him; a "21st-century" architect may lead it."""
    text = (
        "The dig, led by Ana Ferreira since 2012, found a garden first drawn by 19th-century "
        "Danish botanist Henrik Ravnholt. The 21st-century architect Mia Sund praised the find."
    )
    sentences = list(nlp(text).sents)
    dated = "The dig, led by _____ since 2012, found a garden."
    assert before_asked_year("Henrik Ravnholt", dated, sentences)
    assert not before_asked_year("Mia Sund", dated, sentences)
    assert not before_asked_year("Henrik Ravnholt", "Who praised the find?", sentences)
