"""Blind review 57 on made-up text: a noun for a person beside a full name ("his wife Tamsin
Varga") says her gender, so "Allegedly, _____'s brother begged him …" takes no woman as an
option."""

from __future__ import annotations

from typing import Any

from questions.generate.facts import sentence_facts
from questions.generate.options import article_context
from questions.generate.reviewed import other_gender

TRIAL = """Couple tried after daughter dies of untreated infection

Tuesday, March 3, 2015

Peter Varga, 39, and his wife Tamsin Varga, 35, from Leeds, England, are on trial for \
neglect over the death of their two-year-old child, Hannah. She died from a lung infection \
after they refused antibiotics for herbal remedies.

Hannah caught a chest infection in the winter and the parents were told to take the child to \
a hospital. Peter Varga, a herbalist, instead decided to treat his daughter himself. Her \
condition worsened over many weeks, and she stopped eating.

The prosecutor, Daniel Whitlow, told the court that both parents knew the child was very \
ill. Allegedly, Peter's brother begged him to take Hannah to a family doctor, but he \
refused. A neighbour, Martin Keane, told the court he had seen the child crying.

Hannah was finally carried into the intensive care unit shortly before her death. Speaking \
for the defence, Graham Pollard said the parents had acted out of love.
"""


def _ruled_out(nlp: Any, stem: str, option: str) -> bool:
    """Tell whether the options' gender check (`shown_options`) drops a person option of the
    made-up trial for a question's stem."""
    text = TRIAL.split("\n", 3)[3]  # the body: no headline or dateline
    sentences = list(nlp(text).sents)
    facts = [f for n, s in enumerate(sentences) for f in sentence_facts(s, n)]
    genders = article_context(text, facts, sentences).genders
    return other_gender(option, stem, genders)


def test_a_wife_is_no_rival_where_the_blanks_pronoun_is_him(nlp: Any) -> None:
    stem = "Allegedly, _____'s brother begged him to take Hannah to a family doctor."
    assert _ruled_out(nlp, stem, "Tamsin Varga")
    assert not _ruled_out(nlp, stem, "Daniel Whitlow")


def test_her_noun_says_nothing_of_her_husband_who_shares_her_surname(nlp: Any) -> None:
    stem = "Allegedly, _____'s sister begged her to take Hannah to a family doctor."
    assert not _ruled_out(nlp, stem, "Varga")  # the surname alone: his as well as hers
