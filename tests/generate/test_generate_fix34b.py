"""Code review of round 34: a body listed among people stays a body, a firm owns no "her",
and a verb WordNet knows with things does not unmake a person the article names again.

A one-word name listed with people ("Elon Musk, Steve Wozniak, Yuval Harari and Greenpeace")
was made a person though WordNet files it as a body or the article takes it up as "it"; a
possessive after a firm's name ("In 2020, Microsoft hired her husband") was left as a
dangling "her"; and "Paramedics bandaged Tom Briggs" made Tom Briggs no person."""

from __future__ import annotations

from typing import Any

from questions.generate import generate
from questions.generate.bodynames import thing_verb
from questions.generate.nonpersons import nonpersons

LETTER = (
    "Tech leaders sign open letter on machine learning\n\n"
    "An open letter calling for a pause in the training of powerful machine learning systems "
    "was published on Wednesday. The letter was signed by Elon Musk, Steve Wozniak, Yuval "
    "Harari and {body}, among more than a thousand others. The signatories said that "
    "laboratories were locked in an out-of-control race to develop ever more powerful "
    "digital minds. Musk, who co-founded the research laboratory OpenAI in 2015, has long "
    "warned about the dangers of the technology. {said} The letter was organised by a "
    "nonprofit group based in Cambridge, Massachusetts, which was founded in 2014. Wozniak "
    "said he had signed the letter in 2023 because the risks were growing. Harari said 12 "
    "countries had already begun to draft rules for the new systems."
)

TRIBUNAL = (
    "Engineer wins discrimination case against former employer\n\n"
    "A software engineer has won a discrimination case against her former employer, a "
    "tribunal in Leeds ruled on Tuesday. Sarah Collins, 41, worked at the company for nine "
    "years before she was dismissed in 2021. The tribunal heard that Collins was passed over "
    "for promotion four times. Collins said she had raised concerns about pay with senior "
    "managers in 2019. In 2020, Microsoft hired her husband as a product manager in Seattle. "
    "Collins was awarded 85,000 pounds in compensation. A hearing on costs is expected in "
    "March."
)

CRASH = (
    "A cyclist was injured on Sunday morning when a delivery van struck him on the coastal "
    "road near Brighton. Paramedics {verb} Tom Briggs at the scene before taking him to "
    "hospital. Briggs, 34, had been training for a charity ride from London to Paris in June. "
    "Briggs later told reporters he was grateful to the paramedics."
)


def _stems(text: str) -> list[str]:
    """Return the last line of each question a text gives, with its options."""
    result = generate(text, slug="fix34b", title=text.splitlines()[0])
    return [q.text.splitlines()[-1] + " | " + " / ".join(q.options) for q in result.qset.questions]


def test_a_body_wordnet_knows_listed_among_people_is_not_asked_who() -> None:
    said = "Greenpeace said the pause should last at least six months."
    stems = _stems(LETTER.format(body="Greenpeace", said=said))
    assert not any(s.startswith("Who") and "Greenpeace" in s for s in stems)


def test_a_body_the_article_calls_it_listed_among_people_is_not_asked_who() -> None:
    said = "EarthFirst said the pause should last at least six months, and it urged action."
    stems = _stems(LETTER.format(body="EarthFirst", said=said))
    assert not any(s.startswith("Who") and "EarthFirst" in s for s in stems)


def test_a_firm_owns_no_her_of_its_clause() -> None:
    stems = _stems(TRIBUNAL)
    hired = [s for s in stems if "husband" in s]
    assert hired
    assert all("her husband" not in s for s in hired)
    assert any("Sarah Collins's husband" in s for s in hired)


def test_a_verb_of_bodily_care_is_no_thing_verb() -> None:
    assert not thing_verb("bandage")  # WordNet's verb.body: done to a person
    assert thing_verb("open")
    assert thing_verb("build")


def test_a_person_named_again_is_not_a_thing_for_a_things_verb(nlp: Any) -> None:
    for verb in ("bandaged", "sketched", "sculpted"):
        doc = nlp(CRASH.format(verb=verb))
        assert "Tom Briggs" not in nonpersons(list(doc.sents)), verb


def test_a_name_said_once_that_was_opened_is_still_a_thing(nlp: Any) -> None:
    doc = nlp('On Thursday, "Rosa Maria Ortega" was opened at the school by the mayor.')
    assert "Rosa Maria Ortega" in nonpersons(list(doc.sents))
