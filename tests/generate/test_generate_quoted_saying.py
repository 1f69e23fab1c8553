"""A person "quoted as saying" something: asked with the quotation, never "Who was quoted as
saying by the paper?", which drops what was said; and two people the article quotes by the
same paper in the same words are both answers to a question that does not show the words."""

from __future__ import annotations

from typing import Any

from questions.generate import generate
from questions.generate.deedmates import deed_mates
from questions.generate.facts import Fact
from questions.generate.options import OptionContext
from questions.generate.quotes import quote_question
from questions.generate.saying import said_nothing

_FLOOD = """Floods close roads across Vellmar valley

Monday, March 8, 2027

Heavy rain flooded the Vellmar valley on Sunday, closing four roads and the railway line \
between Kassel and Fulda. More than 300 people spent the night in emergency shelters, and the \
regional government of Hesse sent 120 soldiers to help fill sandbags.

"Families in the lower town were taken to the school hall to keep them away from the water," \
Ansgar Trell, head of the valley fire service, was quoted as saying by the Harbour Times.

The river rose by two metres overnight. "About nine thousand homes lost power before dawn. Even \
if the rain stops, the roads will stay shut for days," Sarah Morrow, an engineer at the Norland \
grid company, was quoted as saying by the Harbour Times.

But Piet Olander, a farmer near the river, said the water would drain from his fields within a \
week.
"""


def _fact(doc: Any, name: str) -> tuple[Any, Fact]:
    """Return the sentence of `name`'s first mention and its person fact."""
    ent = next(e for e in doc.ents if e.text == name)
    return ent.sent, Fact(0, ent.start, ent.end, ent.text, "PERSON", "person")


def test_quoted_as_saying_without_the_quotation_keeps_nothing_said(nlp: Any) -> None:
    doc = nlp(
        '"The pier was closed at noon," Ansgar Trell was quoted as saying by the Harbour Times.'
    )
    quoted = next(t for t in doc if t.lemma_ == "quote")
    speaker = next(t for t in doc if t.text == "Trell")
    kept = [t for t in doc if t.i >= speaker.i]  # the quotation, fronted, is cut
    assert said_nothing(kept, quoted, speaker)
    assert not said_nothing(list(doc), quoted, speaker)


def test_quoted_as_saying_that_keeps_what_was_said(nlp: Any) -> None:
    doc = nlp("Ansgar Trell was quoted as saying that the pier was closed at noon.")
    quoted = next(t for t in doc if t.lemma_ == "quote")
    speaker = next(t for t in doc if t.text == "Trell")
    assert not said_nothing(list(doc), quoted, speaker)


def test_a_person_quoted_as_saying_is_asked_with_the_quotation(nlp: Any) -> None:
    doc = nlp(
        '"Families in the lower town were taken to the school hall," Ansgar Trell, head of the '
        "valley fire service, was quoted as saying by the Harbour Times."
    )
    sentence, fact = _fact(doc, "Ansgar Trell")
    stem = quote_question(sentence, fact)
    assert stem is not None
    assert stem.text == (
        'Who was quoted as saying "Families in the lower town were taken to the school hall"?'
    )


def test_people_quoted_by_one_paper_share_the_deed_unless_the_words_are_shown(nlp: Any) -> None:
    doc = nlp(_FLOOD)
    every = list(doc.sents)
    sentence, fact = _fact(doc, "Ansgar Trell")
    base = OptionContext(fact, "", "", frozenset(), frozenset(), frozenset(), ())
    bare = OptionContext(fact, "Who was quoted by the Harbour Times?", "", frozenset(),
                         frozenset(), frozenset(), ())  # fmt: skip
    assert "sarah morrow" in deed_mates(sentence, fact, every, bare)
    assert "piet olander" not in deed_mates(sentence, fact, every, base)
    shown = OptionContext(fact, 'Who was quoted as saying "Families in the lower town were '
                          'taken to the school hall to keep them away from the water"?', "",
                          frozenset(), frozenset(), frozenset(), ())  # fmt: skip
    assert deed_mates(sentence, fact, every, shown) == frozenset()


def test_each_person_quoted_as_saying_is_asked_by_the_quotation() -> None:
    quiz = generate(_FLOOD, slug="made-up", title="Made up").qset
    asked = {q.options[q.answer]: q.text for q in quiz.questions if "quoted as" in q.text}
    assert asked["Ansgar Trell"].endswith(
        'Who was quoted as saying "Families in the lower town were taken to the school hall to '
        'keep them away from the water"?'
    )
    assert all('"' in text for text in asked.values())  # never "… as saying by the paper?"
