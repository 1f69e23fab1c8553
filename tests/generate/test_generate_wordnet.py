"""WordNet's rivals for an organisation the article names alone: the other members of the
category WordNet puts it in (or of the kind the article gives it), in the key's form."""

from __future__ import annotations

from questions.generate import generate
from questions.generate.wordnet import rivals, senses, spelled_out, synset

_PRIZE = (
    "Robot built by students wins national prize\n\n"
    "A robot built by engineering students at the University of North Carolina won the "
    "national design prize on Monday in Chicago.\n\n"
    "The robot, which sorts recycled plastic, was designed by a team of 12 students over "
    "eight months.\n\n"
    "The team said it would give the prize money of $5,000 to a local recycling charity.\n\n"
    "The judges praised the robot for its low cost and said more than 40 teams from across "
    "the country had entered the contest this year.\n\n"
    "The contest will be held again next spring, and the organisers said they expect even "
    "more entries from schools in the south.\n"
)


def test_the_reader_finds_a_lemma_and_its_synset() -> None:
    """index.noun is searched by lemma, data.noun by offset: 'Home Office' is a ministry."""
    offsets = senses("Home Office")
    assert offsets
    entry = synset(offsets[0])
    assert entry is not None and "Home_Office" in entry.lemmas
    parent = synset(next(t for s, t in entry.pointers if s == "@"))
    assert parent is not None and parent.lemmas == ("ministry",)
    assert senses("no such lemma at all") == ()
    assert spelled_out("FDIC") == ("Federal Deposit Insurance Corporation",)


def test_a_party_gets_its_sibling_parties_not_itself() -> None:
    """'Democratic Party': WordNet's other political parties, each saying 'Party'."""
    found = rivals("Democratic Party", head="party")
    assert "Republican Party" in found and "Whig Party" in found
    assert "Democratic Party" not in found
    assert all("Party" in name for name in found)  # not the "Black Panthers"


def test_a_university_gets_universities_and_an_acronym_acronyms() -> None:
    """Instances of 'university' for one; 'WHO' gets the other UN agencies' acronyms."""
    found = rivals("Massachusetts Institute of Technology", head="institute")
    assert "University of Chicago" in found and "Cooper Union" not in found
    assert "Yale University" not in found  # "the Yale University": not the key's shape
    assert rivals("University of Sheffield", "university", "university")  # by its kind
    acronyms = rivals("WHO")
    assert "IMF" in acronyms and all(name.isupper() for name in acronyms)


def test_an_unsuitable_category_gives_none() -> None:
    """The Taliban's category is a religious movement (-isms): no rivals for a body; a
    general word ('organization') or a government 'office' gives none either."""
    assert rivals("Taliban", body=True) == ()
    assert rivals("Shanghai Cooperation Organization", "organization", "organization") == ()
    assert rivals("Yonhap news agency", "agency", "agency") == ()  # not the Census Bureau


def test_an_organisation_alone_in_its_article_gets_wordnet_rivals() -> None:
    """The article names no other university: the question asks it among WordNet's."""
    result = generate(_PRIZE, slug="prize", title="prize")
    asked = [
        q for q in result.qset.questions if q.options[q.answer] == "University of North Carolina"
    ]
    assert len(asked) == 1
    others = [o for i, o in enumerate(asked[0].options) if i != asked[0].answer]
    assert len(others) == 3 and all(o.startswith("University of ") for o in others)


def test_an_unsuitable_category_leaves_the_question_refused() -> None:
    """'the Taliban': no options of its kind, so no question asks for it."""
    text = _PRIZE.replace("engineering students at the University of North Carolina",
                          "fighters of the Taliban")  # fmt: skip
    result = generate(text, slug="prize", title="prize")
    assert not any("Taliban" in q.options for q in result.qset.questions)
