"""A question keeping "the group" or "the organisation" from a later sentence points at a body
the article named before by other words ("the Valley Liberation Front", "the Harbour Lights
Appeal"): weeks later the player cannot tell which (review 32). Such a question is not asked;
a general word for a group the question or its headline explains ("the organisation" under a
headline naming the charity's kind), one with words of its own ("the group of donors"), and
nouns that are no group ("the event", "the situation", "the day", whose headline or idiom
says which) are asked as before."""

from __future__ import annotations

from typing import Any

from questions.generate.general import general_dangling, general_noun
from questions.generate.pipeline import generate

REBELS = """Report says rebels diverted relief aid

Thursday, March 4, 2010

An inquiry by the Northern Herald found that the Valley Liberation Front took relief aid \
meant for farmers in the province of Karsa and sold it to buy rifles.

Karl Mendes, a former commander, said the group sold grain worth $40 million in 1986. \
Mendes told the Herald that the group would stage a parade to win the trust of donors. \
Nurse Ada Lindqvist said 3,000 families went hungry that winter. The inquiry lasted \
eighteen months, Editor Paul Osei said. Aid worker Lena Brandt, who ran a food depot in \
Karsa from 1984 to 1987, said she had never seen rifles bought with grain money.
"""


def _texts(article: str) -> list[str]:
    """Return the text of every question generated from an article."""
    return [q.text for q in generate(article, slug="t", title="t").qset.questions]


def test_group_named_before_is_not_kept() -> None:
    """A later "the group" is the front named in the first sentence: no question says it."""
    texts = _texts(REBELS)
    assert texts
    assert not any("the group" in t for t in texts)


def test_a_group_word_the_headline_explains_is_kept(nlp: Any) -> None:
    """ "the organisation" under a headline naming a charity is that charity; under a headline
    on an arrest it points back to a body named before."""
    text = (
        "The Harbour Lights Appeal collected money across the city. Volunteers said the "
        "organisation had raised more than ever."
    )
    doc = nlp(text)
    sentences = list(doc.sents)
    head = next(t for t in sentences[1] if t.lower_ == "organisation")
    asked = "Who said the organisation had raised more than ever?"
    charity = "📰 Charity raises record sum in harbour city\n" + asked
    arrest = "📰 Arrest made after concert in harbour city\n" + asked
    assert not general_dangling(head, sentences[1], charity, sentences)
    assert general_dangling(head, sentences[1], arrest, sentences)


def test_general_group_words_come_from_wordnet() -> None:
    """A word for a group near the top of WordNet is general; a named kind of body is not,
    and neither are words that are no group ("event", "situation", "day", "information")."""
    assert general_noun("group") and general_noun("organisation")
    assert not general_noun("government") and not general_noun("police")
    assert not general_noun("party") and not general_noun("hospital")
    for word in ("event", "situation", "day", "information", "case"):
        assert not general_noun(word)
