"""A question on a person offers the article's other real people, whatever their roles.

The founder of FIRST Global, the Afghan ambassador, the team's coach and President Donald
Trump are the robotics article's people: each is an option on the others' questions.
"""

from __future__ import annotations

from typing import Any

from questions.generate.distractors import choose_distractors
from questions.generate.facts import Fact, sentence_facts
from questions.generate.options import article_context, option_context
from questions.generate.pools import first_name_gender
from questions.generate.relabel import people_named
from tests.generate.generated import SharedGenerations

ROBOTICS = (
    "The FIRST Global competition was founded by Dean Kamen to encourage interest in science. "
    "According to the Afghan team's coach, Alireza Mehraban, the robot scored two points. "
    "President Donald Trump personally asked the council to help the girls. "
    "Afghan Ambassador Hamdullah Mohib says there were concerns about the visas."
)


def _people(nlp: Any, text: str) -> list[Fact]:
    """Return the facts of a small article as the pipeline labels them."""
    sentences = list(nlp(text).sents)
    found = people_named([sentence_facts(s, n) for n, s in enumerate(sentences)], sentences)
    return [f for facts in found for f in facts]


def test_the_model_s_people_are_people_and_a_company_is_not(nlp: Any) -> None:
    facts = _people(nlp, ROBOTICS + " TEPCO, the operator of the plant, reported outages.")
    kinds = {f.text: f.kind for f in facts}
    assert kinds["Donald Trump"] == "person" and kinds["Dean Kamen"] == "person"
    assert kinds.get("TEPCO") != "person"


def _robotics_options(nlp: Any, key: str, stem: str) -> list[str]:
    """Return the wrong options of a question on one of the robotics article's people."""
    facts = _people(nlp, ROBOTICS)
    fact = next(f for f in facts if f.text == key)
    sentences = list(nlp(ROBOTICS).sents)
    ctx = option_context(article_context(ROBOTICS, facts, sentences, 2017), fact, stem)
    options, origin = choose_distractors(fact, key, facts, "", stem, ctx)
    assert origin == "article"  # no made-up names
    return sorted(options)


def test_a_role_question_offers_the_article_s_other_people(nlp: Any) -> None:
    stem = "Who was Afghanistan's ambassador to the United States in July 2017?"
    options = _robotics_options(nlp, "Hamdullah Mohib", stem)
    # review 16: a team's coach and a contest's founder hold no office; the President does
    assert options == ["Donald Trump"]


def test_a_founder_question_offers_the_ambassador_and_the_coach(nlp: Any) -> None:
    options = _robotics_options(nlp, "Dean Kamen", "Who founded the FIRST Global competition?")
    assert options == ["Alireza Mehraban", "Donald Trump", "Hamdullah Mohib"]


def test_the_person_a_question_names_is_no_option(nlp: Any) -> None:
    text = (
        "Professor Kristen Wilkins said the program started in 2007. "
        "Director Kathryn Waters said Andy Warhol died in 1987. "
        "Officer Kevin Allton said the exhibit opened."
    )
    facts = _people(nlp, text)
    key = next(f for f in facts if f.text == "Andy Warhol")
    stem = "Kristen Wilkins observed that 2007 was the 20th anniversary of _____'s death."
    ctx = option_context(article_context(text, facts, list(nlp(text).sents)), key, stem)
    options, _ = choose_distractors(key, key.text, facts, "", stem, ctx)
    assert "Kristen Wilkins" not in options and "Kathryn Waters" in options


def test_the_nasa_article_offers_its_own_people_for_its_administrator(
    generation: SharedGenerations,
) -> None:
    qset = generation.corpus("nasa-shuttle-anniversary").qset
    asked = [q for q in qset.questions if q.text.endswith("NASA Administrator in April 2011?")]
    # The senator holds an office the article gives him; the governor, named only in a
    # quotation, no office it gives her (review 16); Yuri Gagarin, fifty years before, is
    # none (review 10). NASA's head is never set among made-up names (`officeholders`):
    # with one real rival only, the question is not asked.
    assert all(set(q.options) == {"Charles Bolden", "John Cornyn"} for q in asked)


def test_a_uk_post_gets_the_article_s_politicians(generation: SharedGenerations) -> None:
    qset = generation.corpus("uk-asylum-questionnaire").qset
    asked = [q for q in qset.questions if q.correct_option == "Yvette Cooper"]
    # review 16: "Labour's Shadow Home Secretary": no politician the article does not give
    # Labour (the Conservative Prime Ministers were no plausible holders)
    assert all(not {"Boris Johnson", "Rishi Sunak", "Suella Braverman"} & set(q.options)
               for q in asked)  # fmt: skip


def test_a_title_and_surname_is_no_option(nlp: Any) -> None:
    text = (
        "Professor Cres Eastman said salt must be iodised. Ms Bauchtman said the rules were "
        "due. Researcher Mu Li agreed. Kristen Wilkins and Kathryn Waters disagreed."
    )
    people = ["Cres Eastman", "Ms Bauchtman", "Mu Li", "Kristen Wilkins", "Kathryn Waters"]
    facts = [Fact(n, 0, 2, name, "PERSON", "person") for n, name in enumerate(people)]
    stem = "Who says salt must be iodised?"
    ctx = option_context(article_context(text, facts, list(nlp(text).sents)), facts[0], stem)
    options, _ = choose_distractors(facts[0], "Cres Eastman", facts, "", stem, ctx)
    assert "Ms Bauchtman" not in options and "Mu Li" in options


def test_a_team_s_coach_outside_a_match_gets_the_article_s_people(nlp: Any) -> None:
    stem = "According to the Afghan team's coach, _____, the robot scored two points."
    options = _robotics_options(nlp, "Alireza Mehraban", stem)
    assert options == ["Dean Kamen", "Donald Trump", "Hamdullah Mohib"]


def test_a_first_name_key_gets_first_names_not_surnames(nlp: Any) -> None:
    text = (
        "Gloria developed severe eczema. The Crown prosecutor, Mark Tedeschi, spoke. "
        "Tedeschi said Thomas knew."
    )
    facts = [
        Fact(0, 0, 1, "Gloria", "PERSON", "person"),
        Fact(1, 4, 6, "Mark Tedeschi", "PERSON", "person"),
        Fact(2, 0, 1, "Tedeschi", "PERSON", "person"),
        Fact(2, 2, 3, "Thomas", "PERSON", "person"),
    ]
    stem = "Who developed severe eczema?"
    ctx = option_context(article_context(text, facts, list(nlp(text).sents)), facts[0], stem)
    options, _ = choose_distractors(facts[0], "Gloria", facts, "", stem, ctx)
    assert "Tedeschi" not in options and len(options) == 3
    # Sweep: the baby Gloria's options were "Tami", "Jasmin" and her father "Thomas": a first
    # name alone gets first names of its own gender, as the lists know them
    assert "Thomas" not in options
    assert all(first_name_gender(o) in ("", "f") for o in options)


_ASYLUM = (
    "Prime Minister Rishi Sunak wants to clear the backlog. "
    "Shadow Home Secretary Yvette Cooper said her party has supported the idea. "
    "Home Secretary Suella Braverman told GB News the situation was unsustainable. "
    "The Guardian quoted critics like immigration barrister Colin Yeo, and Joint Council for "
    "the Welfare of Immigrants campaigner Caitlin Boswell."
)


def test_a_role_said_before_the_blank_takes_no_one_of_another_role(nlp: Any) -> None:
    # Blind-review sweep: "… campaigner _____" offered Boris Johnson, Yvette Cooper and
    # Rishi Sunak, whom the article calls ministers and a secretary.
    facts = _people(nlp, _ASYLUM)
    fact = next(f for f in facts if f.text == "Caitlin Boswell")
    stem = (
        "The Guardian quoted critics like immigration barrister Colin Yeo, and Joint Council "
        "for the Welfare of Immigrants campaigner _____."
    )
    ctx = option_context(article_context(_ASYLUM, facts, list(nlp(_ASYLUM).sents)), fact, stem)
    options = choose_distractors(fact, fact.text, facts, "", stem, ctx)[0]
    assert len(options) == 3
    assert not {"Rishi Sunak", "Yvette Cooper", "Suella Braverman", "Colin Yeo"} & set(options)
    # asked without the role before the blank, the article's politicians are options again
    who = "Who was quoted by The Guardian as a critic?"
    ctx = option_context(article_context(_ASYLUM, facts, list(nlp(_ASYLUM).sents)), fact, who)
    assert "Yvette Cooper" in choose_distractors(fact, fact.text, facts, "", who, ctx)[0]


def test_an_actor_in_a_list_of_roles_gets_no_curator(generation: SharedGenerations) -> None:
    # "The exhibit … includes Polaroids of actor _____" offered the gallery's own staff.
    qset = generation.corpus("warhol-photo-legacy").qset
    actor = next(q for q in qset.questions if "Polaroids of actor _____" in q.text)
    assert actor.options[actor.answer] == "Dennis Hopper"
    staff = {"K.C. Maurer", "Kathryn Waters", "Kristen Wilkins", "Elaine Gustafon"}
    assert not staff & set(actor.options)


def test_a_reported_saying_is_offered_the_articles_speakers(nlp: Any) -> None:
    # Sweep: "Who said he had only seen the Silver Clouds installation before in film?"
    # offered Truman Capote and Edward Steichen, shown in the exhibit, for the instructor.
    text = (
        "The exhibit included Polaroids of author Truman Capote and singer Carly Simon. "
        "There is also an Edward Steichen exhibit at the museum. "
        "Professor Harry Stone said 500 institutions received the invitation. "
        "Kevin Allton said he had only seen the Silver Clouds installation before in film."
    )
    facts = _people(nlp, text)
    fact = next(f for f in facts if f.text == "Kevin Allton")
    sentences = list(nlp(text).sents)
    base = article_context(text, facts, sentences, 2014)
    stem = "Who said he had only seen the Silver Clouds installation before in film?"
    options = choose_distractors(
        fact, fact.text, facts, "", stem, option_context(base, fact, stem)
    )[0]
    assert "Harry Stone" in options  # a man the article has say something
    assert not {"Truman Capote", "Edward Steichen"} & set(options)


def test_a_nations_office_takes_no_one_of_another_nation(generation: SharedGenerations) -> None:
    """ "Who was the U.S. President in July 2017?" offered the Afghan ambassador and the
    Afghan team's coach (sweep): no plausible holders; nor are a contest's founder and
    made-up names (review 16), so the article, naming no other office-holder, is not asked it."""
    qset = generation.corpus("afghan-girls-robotics").qset
    assert not [q for q in qset.questions if "Who was the U.S. President" in q.text]
