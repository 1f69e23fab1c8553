"""Rivals of the key's kind, none absurd in place: the firefighters a crash killed are no
speakers of the hospital's account of their deaths (another spokesperson is), and a nation
blanked in a famous person's title ("_____ President …") tests nothing the article says."""

from __future__ import annotations

from typing import Any

from questions.generate.deceased import harmed_people
from questions.generate.famoustitles import famous_name
from questions.generate.pipeline import generate

_HEADLINE = """Rescue boat capsizes off Varnholm during drill

Tuesday, April 9, 2024

A rescue boat capsized on Monday during a training drill near the port of Varnholm. The \
harbour authority said a wave struck the boat as it turned back toward the pier."""
_WITNESSES = """Fisherman Harald Nygren told local radio that the sea had been calm in the \
morning. Union leader Ebba Lindqvist said the drills should be halted, and skipper Sigrid \
Holmlund said she had seen the boat turn."""
_VICTIMS = """The accident caused fatal injuries to two coast guard divers, Chief Petty \
Officer Teodor Maskul, born 1979, and Lieutenant Arvid Brennholt, born 1985. "The patient had \
severe head injuries. Our team worked on him for an hour. Sadly, he died in the evening," said \
hospital spokesperson Hedda Rosquist. The boat's pilot was treated for a broken arm and was \
stable on Tuesday, said hospital spokesperson Mirela Dunkvist.

Harbour master Jonas Feldt said the wreck of the boat would be lifted on Thursday. Mayor \
Tilda Ormsen expressed her condolences to the divers' families."""
# the witnesses named first (they come first among the rivals of one length), or last
CRASH = f"{_HEADLINE} {_WITNESSES}\n\n{_VICTIMS}\n"
CRASH_WITNESSES_LAST = f"{_HEADLINE}\n\n{_VICTIMS} {_WITNESSES}\n"


def _quoted(text: str) -> Any:
    """Return the question on who said the hospital's account of the diver's death."""
    questions = generate(text, slug="varnholm", title="Varnholm").qset.questions
    return next(q for q in questions if "Sadly, he died in the evening" in q.text)


def test_the_dead_are_no_speakers_of_their_own_deaths() -> None:
    """Who said "…, he died …"? offers neither diver the accident fatally injured."""
    asked = _quoted(CRASH_WITNESSES_LAST)
    assert asked.correct_option == "Hedda Rosquist"
    assert not {"Teodor Maskul", "Arvid Brennholt"} & set(asked.options)


def test_another_spokesperson_is_the_first_rival_of_a_spokesperson() -> None:
    """The hospital's other spokesperson is offered beside the one who said it."""
    assert "Mirela Dunkvist" in _quoted(CRASH).options


def test_a_harm_told_by_its_noun_befalls_the_people_it_names(nlp: Any) -> None:
    """ "fatal injuries to two divers, X and Y", "the death of X", "X's injuries": harmed;
    "no injuries to X" and "the treatment of X" are not."""
    doc = nlp(
        "The blast caused fatal injuries to two workers, foreman Martin Vinsky and Petra Holubova. "
        "Police are looking into the death of Tomas Rell. Anna Berk's injuries were severe. "
        "The fire caused no injuries to Jan Morl. Doctors praised the treatment of Eva Sink."
    )
    harmed = harmed_people(list(doc.sents))
    assert {"martin vinsky", "petra holubova", "tomas rell", "anna berk"} <= harmed
    assert not {"jan morl", "eva sink"} & harmed


ELECTION = """Candidates meet in last debate before vote

Thursday, October 25, 2012

US presidential candidates Barack Obama and Mitt Romney met on Monday for their last \
televised debate. The debate lasted ninety minutes and covered \
trade, defence and the economy.

Farm minister Ardo Veskin of Estonia said on Tuesday that the debate had been watched in \
Tallinn by hundreds of students. Estonian ambassador Liis Kannel said the embassy had hosted \
a breakfast for 40 guests to watch it. A poll taken after the debate found that 48% of \
viewers in Tallinn thought the economy had been the main topic of the night.
"""


def test_a_famous_persons_nation_is_not_blanked() -> None:
    """ "_____ presidential candidates Barack Obama and Mitt Romney" is not asked: the
    candidates give the country away."""
    questions = generate(ELECTION, slug="debate", title="Debate").qset.questions
    assert questions
    for question in questions:
        assert not ("_____ presidential" in question.text and question.correct_option == "US")


def test_fame_is_a_name_written_often_in_no_name_list() -> None:
    """ "Obama" and "Romney" are famous; an ordinary surname, a rare one, a word are not."""
    assert famous_name("Barack Obama") and famous_name("Mitt Romney")
    assert not famous_name("Tom Nicholson")  # a common surname
    assert not famous_name("Ardo Veskin")  # a rare one
    assert not famous_name("Anna Bridge")  # an English word


INTERVIEW = """President gives first interview to Gulf broadcaster

Wednesday, January 28, 2009

President Barack Obama of the United States gave his first full television interview since \
taking office to a broadcaster based in Dubai on Monday. The interview lasted eleven minutes \
and was recorded in the Map Room.

Station director Karim Fadel said the network had asked for the interview in December. \
Producer Nadia Hamdan said about 30 million viewers watched the broadcast across the region, \
and media analyst Omar Saleh called it a turning point for the channel. The station plans to \
show the full recording again on Friday evening with subtitles in four languages.
"""


def test_a_famous_persons_nation_after_the_name_is_not_blanked() -> None:
    """ "President Barack Obama of the _____" is not asked either."""
    questions = generate(INTERVIEW, slug="interview", title="Interview").qset.questions
    assert questions
    assert not any("Obama of the _____" in q.text for q in questions)
