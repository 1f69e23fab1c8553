"""People with non-Western names are asked about with the article's other people as options:
a name of three words counts as named in full, a titled name is someone's whatever noun the
parse ties to it, and single-named ancient people never mix with the story's modern ones."""

from __future__ import annotations

from typing import Any

from questions.generate.facts import Fact
from questions.generate.nonpersons import nonpersons
from questions.generate.people import named_in_full
from tests.generate.generated import SharedGenerations

_COURT = """Court clears bus company owner over Minya crash

Monday, June 15, 2009

A court in Minya, Egypt, has cleared the owner of a bus company over a crash that killed 42 \
passengers in 2007.

Hamdy Nassef, owner of the Nile Star bus company, was cleared of manslaughter along with two \
of his managers. Nassef is a member of parliament and was tried in absentia.

Ragab Soliman, the driver of the bus, was sentenced to one year in prison for driving for \
twenty hours without rest.

Public prosecutor Abdel Fattah Qandeel said he will appeal the verdict and demand a retrial. \
Qandeel called the ruling a disgrace to the victims' families.

Relatives of the dead gathered outside the court in protest.
"""

_SHRINE = """Archaeologists find painted shrine near Aswan

Tuesday, April 7, 2009

Archaeologists working on the west bank at Aswan, Egypt, have found a painted shrine that \
belonged to Amenkhet, a scribe who served Senwosret II.

The find was announced by Hisham Fathy, Egypt's current Minister of Tourism.

Amenkhet kept the granaries of the king. Amenkhet died during the reign of Senwosret II, and \
his shrine was sealed by his sons.

The shrine was first described by 19th-century French Egyptologist Jean-Marie Dufresne, and \
sand buried it again soon after.

According to a press release from Dr. Fawzi Nassar, Director of the Luxor Heritage Board, \
Amenkhet's tomb is the second such find this year.

The team hopes to open the shrine to visitors in 2011.
"""

_CHAPEL = """Scribe's chapel opened to visitors in Aswan

Wednesday, May 6, 2009

A painted chapel built for Amenkhet, a royal scribe, opened to visitors in Aswan, Egypt, on \
Tuesday.

Amenkhet kept the granaries of Senwosret II. Amenkhet died during the reign of Senwosret II, \
and his chapel was sealed by his sons.

The chapel was opened by Hisham Fathy, the governor of Aswan. It was restored by a team led \
by Karim Selim, who worked on the walls for three years.

Guide Nadia Mansour said the chapel drew 400 visitors on its first day.
"""
_MODERN = {"Hisham Fathy", "Karim Selim", "Nadia Mansour"}


def _person(text: str) -> Fact:
    return Fact(0, 0, len(text.split()), text, "PERSON", "person")


def _keyed(result: Any, key: str) -> list[Any]:
    return [q for q in result.qset.questions if q.options[q.answer] == key]


def test_a_name_of_three_name_words_is_named_in_full() -> None:
    """ "Abdel Fattah Qandeel": three words, each a name; a title or an office is no name."""
    article = [_person("Hamdy Nassef"), _person("Abdel Fattah Qandeel"),
               _person("Commander Bilal Yousef"), _person("Grand Council Karim")]  # fmt: skip
    assert named_in_full(article) == {"hamdy nassef", "abdel fattah qandeel"}


def test_a_three_word_name_is_a_rival_for_the_others(generation: SharedGenerations) -> None:
    """Faker writes Egyptian names in Arabic script: the prosecutor named in three words is one
    of the driver's two rivals, and the driver is asked about."""
    result = generation(_COURT, "court", "Court clears bus company owner")
    asked = _keyed(result, "Ragab Soliman")
    assert any("Abdel Fattah Qandeel" in q.options for q in asked), [
        (q.text, q.options) for q in result.qset.questions
    ]


def test_a_title_before_a_name_outweighs_a_misparsed_noun(nlp: Any) -> None:
    """ "Dr. Fawzi Nassar, …, Amenkhet's tomb is": the parse ties "tomb" to him; the title
    says he is a person, and an abbreviated title nameparser knows ("Prof.") says so too."""
    for title in ("Dr.", "Prof."):
        doc = nlp(
            f"According to a press release from {title} Fawzi Nassar, Director of the Luxor "
            "Heritage Board, Amenkhet's tomb is the second such find this year."
        )
        assert "Fawzi Nassar" not in nonpersons(list(doc.sents)), title
    doc = nlp("The ferry was named after a saint. Crews boarded the ferry Saint Catherine.")
    assert "Saint Catherine" in nonpersons(list(doc.sents))  # a ship: a noun for a thing


def test_titled_people_are_rivals_for_a_minister(generation: SharedGenerations) -> None:
    """The Egyptologist the model took for an organisation and the titled director are people:
    the minister's rivals, and he theirs; never the pharaoh named with a numeral."""
    result = generation(_SHRINE, "shrine", "Archaeologists find painted shrine")
    minister = _keyed(result, "Hisham Fathy")
    assert minister, [(q.text, q.options) for q in result.qset.questions]
    assert {"Fawzi Nassar", "Jean-Marie Dufresne"} <= set(minister[0].options)
    described = _keyed(result, "Jean-Marie Dufresne")
    assert described and "Hisham Fathy" in described[0].options
    for question in result.qset.questions:
        assert "Senwosret II" not in question.options or "Hisham Fathy" not in question.options


def test_ancient_and_modern_people_are_no_rivals(generation: SharedGenerations) -> None:
    """A scribe of Senwosret II is no rival of a governor, nor the governor of the scribe or
    his king: a single name beside modern full names is the answer at a glance."""
    result = generation(_CHAPEL, "chapel", "Scribe's chapel opened to visitors")
    people = [q for q in result.qset.questions if "person" in q.tags]
    assert people, [q.text for q in result.qset.questions]
    for question in people:
        options = set(question.options)
        assert options <= _MODERN or not options & _MODERN, question.options
