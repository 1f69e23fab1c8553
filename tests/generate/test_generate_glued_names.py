"""A name the model cuts short of the capitalised word that opens it ("Republican Sinn Féin",
read as "Republican" and a person "Sinn Féin") is asked whole, as the body it is, with other
parties as rivals; the shorter name, another party, is never the key. A word that says who a
person is ("Democrat Anthony Weiner") stays out of the name."""

from __future__ import annotations

from questions.generate.facts import sentence_facts
from questions.generate.nlp import load_nlp
from questions.generate.pipeline import generate

PROTEST = """Protest in Belfast ends in arrests

Saturday, March 4, 2017

Police arrested 25 people after a protest in Belfast turned violent on Saturday afternoon.

Leaders of the Ulster Unionist Party, the Alliance Party, the Green Party and Sinn Féin have \
condemned the violence. Mayor Ann Kelly said the city would not be held to ransom by a few.

Republican Sinn Féin, a party which broke away from Sinn Féin in 1986, has said that it was \
wrong for the police to block the protest. The party had helped to organise the march.

About 400 officers were on duty in the city centre. Repairs to the shops on Royal Avenue are \
expected to cost £30,000.
"""


def _names(text: str) -> list[str]:
    """Return the names of people and bodies the facts of a one-sentence text hold."""
    sentence = next(load_nlp()(text).sents)
    kinds = ("person", "organization")
    return [f.text for f in sentence_facts(sentence, 0) if f.kind in kinds]


def test_the_whole_party_name_is_the_fact() -> None:
    """The splinter party's name is whole: not "Sinn Féin", the party it broke away from."""
    names = _names(
        "Republican Sinn Féin, a party which broke away from Sinn Féin in 1986, has said "
        "that it was wrong for the police to block the protest."
    )
    assert names[0] == "Republican Sinn Féin"


def test_a_word_for_who_someone_is_stays_out_of_the_name() -> None:
    """A party word before a person's own name says what he is: the name is his alone."""
    names = _names("New York Democrat Anthony Weiner said he would introduce the bill.")
    assert "Anthony Weiner" in names


def test_the_whole_party_is_asked_among_parties() -> None:
    """What the splinter party said is asked of it, with the article's other parties as
    rivals: no person, and "Sinn Féin" never the key."""
    quiz = generate(PROTEST, slug="protest", title="Protest in Belfast")
    asked = [q for q in quiz.qset.questions if "wrong for the police" in q.text]
    keys = [q.correct_option for q in asked]
    assert "Sinn Féin" not in keys
    whole = [q for q in asked if q.correct_option == "Republican Sinn Féin"]
    assert whole, [q.text for q in asked]
    assert "Which party has said" in whole[0].text  # the article calls it "a party"
    assert set(whole[0].options) - {"Republican Sinn Féin"} <= {
        "Ulster Unionist Party",
        "Alliance Party",
        "Green Party",
        "Sinn Féin",
    }
