"""Blind review 69 on made-up text: a stem keeping "the parents" (the headline's plural noun
for its actors) leans on the headline line; where the lead's subject names those people, the
question says their names. A headline the parse read with no verb still gives a question it
would give away a line naming its happening, not "According to a June 2007 article"."""

from __future__ import annotations

from typing import Any

from questions.generate import GenerationResult
from questions.generate.headlinetopic import headline_topic
from questions.generate.leadthing import lead_said, name_by_lead
from tests.generate.generated import SharedGenerations

_TRIAL = (
    "Parents fined after dog attack injures neighbour\n\n"
    "Wednesday, March 4, 2015\n\n"
    "Peter Vance, 51, and his wife Clara Vance, 47, from Dunmore, Ireland, were fined on "
    "Tuesday for failing to control their dog, Rufus.\n\n"
    "The court heard the dog had bitten a neighbour twice in one year. Speaking for the "
    "parents, lawyer Owen Breck said that, as the parents came from Portugal, they had not "
    "known the local rules on dogs.\n\n"
    "Judge Maria Holt ordered them to pay a fine of 3,000 euros. The neighbour, a retired "
    "teacher, needed twelve stitches and spent two nights in the hospital of Dunmore.\n"
)


def _lines(generation: SharedGenerations, text: str, slug: str) -> dict[str, str]:
    """Map each question's text (what the player reads) to its key."""
    result: GenerationResult = generation(text, slug, slug)
    return {q.text: q.options[q.answer] for q in result.qset.questions}


def test_the_parents_are_said_by_the_names_the_lead_gives_them(
    generation: SharedGenerations,
) -> None:
    lines = _lines(generation, _TRIAL, "dog-fine")
    asked = {text.splitlines()[-1]: key for text, key in lines.items()}
    assert asked.get("From which country did Peter Vance and Clara Vance come?") == "Portugal"
    assert not any("the parents" in text.splitlines()[-1] for text in lines)
    # "as the parents came from Portugal, they …": "they" is still bound, said by the names
    lawyer = [line for line, key in asked.items() if key == "Owen Breck"]
    assert lawyer and "as Peter Vance and Clara Vance came from Portugal, they" in lawyer[0]


def _named(nlp: Any, headline: str, lead: str, text: str) -> str:
    """Return a sentence as the lead's people name it (its replaced words said)."""
    said = lead_said(next(nlp(lead).sents), nlp(headline))
    sentence = next(nlp(text).sents)
    replace: dict[int, str] = {}
    name_by_lead(sentence, None, said, replace)
    words = [replace.get(t.i, t.text) + t.whitespace_ for t in sentence]
    return "".join(w for w in words if w.strip() or w)


_LEAD = "Peter Vance and his wife Clara Vance were fined on Tuesday."


def test_the_parents_possessive_and_the_names_join(nlp: Any) -> None:
    text = _named(nlp, "Parents fined in Dunmore", _LEAD, "The court heard the parents' lawyer.")
    assert "Peter Vance and Clara Vance's lawyer" in text


def test_no_names_without_a_named_lead_subject_or_after_others_come_in(nlp: Any) -> None:
    said = "The court heard the parents' lawyer."
    # a lead whose subject is no named people, or names people other than by "and"
    assert "the parents'" in _named(nlp, "Parents fined", "Two parents were fined.", said)
    either = "Peter Vance or Clara Vance will be fined on Tuesday."
    assert "the parents'" in _named(nlp, "Parents fined", either, said)
    # a headline not opening on a plural noun for people
    assert "the parents'" in _named(nlp, "Dog attack costs Dunmore couple", _LEAD, said)
    lead = lead_said(next(nlp(_LEAD).sents), nlp("Parents fined in Dunmore"))
    replace: dict[int, str] = {}
    for sentence in nlp("Other parents came to court. The parents wept.").sents:
        name_by_lead(sentence, None, lead, replace)
    assert replace == {}  # which parents "the parents" are is a guess now


def test_a_verbless_parse_of_a_headline_is_named_by_its_happening(nlp: Any) -> None:
    assert headline_topic(nlp("Rare Atlantic hurricane batters Ireland")) == (
        "Rare Atlantic hurricane"
    )
    assert headline_topic(nlp("Mayor praises council budget")) is None  # no happening
