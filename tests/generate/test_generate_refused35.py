"""A peer named by title and surname ("Lord Pemberton", "Baroness Quilliam") is a person,
and the article's other peers are a peer key's rivals."""

from __future__ import annotations

from typing import Any

from questions.generate.entities import mend_names
from questions.generate.peers import noble_title


def test_noble_titles_are_told_from_offices_and_first_names() -> None:
    """ "Lord" is a peer's title in one of its senses; "President" and "Earl" (a first name)
    are no noble's title."""
    assert noble_title("Lord") and noble_title("Baroness") and noble_title("Viscount")
    assert not noble_title("President") and not noble_title("Earl")


def test_the_name_after_a_peers_title_is_a_person(nlp: Any) -> None:
    """The model leaves "Lord Pemberton" unnamed or calls "Quilliam" a body: both people."""
    doc = nlp(
        "A few opponents spoke, including Lord Pemberton, who said the vote was lost. "
        "Closing the debate, Baroness Quilliam said the bill was a force for good."
    )
    mend_names(doc)
    people = {e.text for e in doc.ents if e.label_ == "PERSON"}
    assert {"Pemberton", "Quilliam"} <= people


def test_a_title_before_a_common_noun_makes_no_person(nlp: Any) -> None:
    """ "Duke University" is a body: "University" is a word, no one's name."""
    doc = nlp("She studied at Duke University in North Carolina.")
    mend_names(doc)
    assert "University" not in {e.text for e in doc.ents if e.label_ == "PERSON"}


def test_a_peer_key_takes_the_other_peers_as_options() -> None:
    """ "Who said …?" keyed by a peer named only by title and surname is asked, its options
    the other peers the article names (surnames of no full name)."""
    from questions.generate.pipeline import generate

    text = (
        "The upper house passed the rail bill on Monday after a short debate in the chamber.\n\n"
        "Lord Pemberton, who backed the bill, said the new line would help the north.\n\n"
        "Lord Ashcombe said the costs of the line were far too high for the country.\n\n"
        "Lord Varley criticised the government's handling of the long public inquiry.\n\n"
        'In summing up the debate, Baroness Quilliam said: "I believe that this railway '
        'will serve the whole nation for a century and more."\n\n'
        "The bill is expected to become law next month, ministers said on Tuesday."
    )
    result = generate(text, slug="t", title="Upper house passes rail bill", date="2013-07-16")
    peers = {"Pemberton", "Ashcombe", "Varley", "Quilliam"}
    asked = [q for q in result.qset.questions if q.options[q.answer] in peers]
    assert asked
    for question in asked:
        assert set(question.options) <= peers
