"""Bodies of one kind narrower than an organisation are fair rivals: a committee, an agency and
a ministry of one government are all administrative units in WordNet, so "Ruritania's _____
blamed the crew" is asked with the article's rescue agency and transport ministry (review 33's
safety committee was refused for want of a committee among them). A party beside a committee
is not alike. And no body is offered twice under two spellings ("U.S. House of
Representatives", "US House of Representatives": one option, or the key offered again)."""

from __future__ import annotations

from questions.generate.bodykinds import alike_bodies
from questions.generate.pipeline import generate
from questions.schema import normalise

CRASH = """Investigators blame crew for ferry sinking off Vardia

Tuesday, March 3, 2015

Ruritania's National Maritime Safety Committee on Monday blamed the crew for the sinking of \
the ferry Northern Star off the island of Vardia in May last year. All 96 passengers and crew \
died when the ferry sank in the Gulf of Tarsk.

The ferry was carrying timber and cars from the port of Kessel to the island when it turned \
over in rough seas. The National Search and Rescue Agency found the wreck three days later, at \
a depth of 40 metres.

The committee's report said the crew had ignored three warnings from the harbour master. The \
Ministry of Transport said it would review the training of ferry crews across the country. \
"We will act on every recommendation," minister Ilse Varga said.

The ferry's owner, Baltic Lines, said it accepted the report. Its chief executive, Tomas \
Brandt, told reporters that the company had already changed its rules. "No ship of ours will \
leave port in such weather again," Brandt said.

Divers from the agency recovered 80 bodies in the first month. The remaining 16 were never \
found, the ministry said in a statement.
"""

VOTE = """Ruritanian parliament approves border operation

Thursday, October 18, 2007

On Wednesday, Ruritania's Grand National Assembly voted 412-23 to authorize sending troops \
across the border to pursue rebels. The vote followed weeks of attacks on border posts in \
which 40 soldiers died.

White House National Security Council spokesman Daniel Ortiz called on Ruritania "to keep \
talking with us and to show restraint". The U.S. House of Representatives is due to debate a \
motion on the border next week.

Relations between the two countries have been strained since a US House of Representatives \
committee passed a resolution on the region's history. Ruritania's ambassador, Petra Holm, \
was recalled for talks in protest.

The prime minister, Anton Krall, said the operation would be short. "Our soldiers will come \
home before winter," Krall told the Grand National Assembly. Opposition leader Mira Sand said \
her party had voted for the motion with a heavy heart.
"""


def test_a_committee_is_asked_with_the_articles_agency_and_ministry() -> None:
    """Three options, all the story's government bodies; the committee is the key."""
    quiz = generate(CRASH, slug="ferry", title="Ferry sinking").qset
    blamed = next(q for q in quiz.questions if "blamed the crew" in q.text)
    assert blamed.correct_option == "National Maritime Safety Committee"
    assert set(blamed.options) == {
        "National Maritime Safety Committee",
        "National Search and Rescue Agency",
        "Ministry of Transport",
    }


def test_only_kinds_narrower_than_a_body_are_alike() -> None:
    """A committee and an agency, a university and a college, a court and a council are
    alike; a committee and a party, or a hospital and a university, only as bodies."""
    assert alike_bodies("committee", "agency")
    assert alike_bodies("ministry", "committee")
    assert alike_bodies("university", "college")
    assert not alike_bodies("committee", "party")
    assert not alike_bodies("hospital", "university")
    assert not alike_bodies("newspaper", "agency")


def test_no_body_is_offered_twice_under_two_spellings() -> None:
    """ "U.S. House of Representatives" and "US House of Representatives" never share a
    question, as key and option or as two options."""
    quiz = generate(VOTE, slug="vote", title="Border vote").qset
    houses = [q for q in quiz.questions if any("House of Rep" in o for o in q.options)]
    assert houses  # the House is asked about, or offered
    for question in houses:
        bare = [normalise(o).replace(".", "") for o in question.options]
        assert len(bare) == len(set(bare)), question.options
