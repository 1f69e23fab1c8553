"""A statement the parse hung on its subject noun, its past verb read as a participle
("Around 600 soldiers [disembarked] on Friday"), is mended: the verb is the root and the
noun its subject, so the sentence has a finite verb to ask by."""

from __future__ import annotations

from typing import Any

from questions.generate.nounroots import mend_noun_roots
from questions.generate.pipeline import generate

LANDED = (
    "Around 600 soldiers disembarked on Friday, landing in the port of Kalmar at noon, "
    "where a cheering crowd greeted them."
)
PRINCE = (
    "Crown Prince Haruto, born in 1971, graduated from Kyoto University and married a "
    "lawyer Emi Sato in 2001."
)


def test_the_past_verb_is_the_root_and_the_noun_its_subject(nlp: Any) -> None:
    """'soldiers disembarked': the soldiers did it; the verb heads the sentence."""
    doc = nlp(LANDED)
    mend_noun_roots(doc)
    verb = next(t for t in doc if t.text == "disembarked")
    assert (verb.dep_, verb.tag_) == ("ROOT", "VBD")
    assert (doc[2].dep_, doc[2].head.i) == ("nsubj", verb.i)
    assert doc[-1].head.i == verb.i


def test_an_aside_between_commas_is_passed_over(nlp: Any) -> None:
    """', born in 1971,' describes the prince; 'graduated' is what he did."""
    doc = nlp(PRINCE)
    mend_noun_roots(doc)
    root = next(iter(doc.sents)).root
    assert root.text == "graduated"
    born = next(t for t in doc if t.text == "born")
    assert born.head.text == "Haruto"


def test_a_participle_with_an_agent_is_left(nlp: Any) -> None:
    """'The man arrested by police': a participle indeed; the parse is not touched."""
    doc = nlp("The man arrested by police on Monday.")
    mend_noun_roots(doc)
    assert [(t.text, t.dep_, t.head.text) for t in doc[1:3]] == [
        ("man", "ROOT", "man"),
        ("arrested", "acl", "man"),
    ]


def test_the_count_is_asked_from_the_mended_sentence() -> None:
    """A whole article: the soldiers' count is asked, no longer refused for want of a form."""
    text = (
        "Saturday, March 10, 2012\n\n"
        f"{LANDED} The troops were sent by the regional government after a week of unrest "
        "in the island's capital.\n\n"
        "The governor, Lars Berg, said the soldiers would stay for at least two months. "
        "Shops in Kalmar closed early on Friday, and the ferry to the mainland was "
        "cancelled.\n\n"
        "The unrest began in March, when the island's council voted to close its only "
        "hospital. About 2,000 people marched through the town on Saturday, the police said."
    )
    quiz = generate(text, slug="kalmar", title="Soldiers land in Kalmar").qset
    asked = [q.text for q in quiz.questions if q.correct_option == "600"]
    assert any(q.startswith("About how many soldiers disembarked on") for q in asked), asked
