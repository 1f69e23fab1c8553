"""A person question's options are other people the question leaves possible (review 44):
one person under an alias is one option at most, a country the question names for its key
strikes out those the article places in another, and the question's own person is never its
answer's rival under another of his names."""

from __future__ import annotations

from typing import Any

from questions.generate.facts import Fact
from questions.generate.fromnation import other_nation, person_nations, placed_people
from questions.generate.options import article_context, option_context, option_problem
from questions.generate.sameperson import alias_pairs, names_person, one_person, person_forms
from questions.generate.scenes import person_teams
from questions.generate.shown import _twins

STORY = (
    "Chilean President Marta Solis flew to the Peruvian town of Tacna, where she met "
    "Peruvian President Jorge Ramos. Police had arrested the smuggler Tomas Varga, also "
    "known as Pedro Lindqvist, near the border. Later, Solis talked by phone with Argentine "
    "President Hector Gallo. Varga was freed a week later."
)
PEOPLE = ["Marta Solis", "Jorge Ramos", "Tomas Varga", "Pedro Lindqvist", "Solis",
          "Hector Gallo", "Varga"]  # fmt: skip


def _person(text: str, sentence: int = 0) -> Fact:
    """Build a person fact that is not tied to a parse."""
    return Fact(sentence, 0, 0, text, "PERSON", "person", "", "")


def _context(nlp: Any, key: str, stem: str) -> Any:
    """Return the option context of a question on the story keyed `key`."""
    sentences = list(nlp(STORY).sents)
    article = [_person(name) for name in PEOPLE]
    base = article_context(STORY, article, sentences)
    fact = next(f for f in article if f.text == key)
    return option_context(base, fact, stem)


def test_an_alias_is_the_same_person(nlp: Any) -> None:
    """ "Tomas Varga, also known as Pedro Lindqvist": one man under both names and surnames,
    whom a bare "called" ("Solis called Gallo") would not make one."""
    sentences = list(nlp(STORY + " Ramos called Gallo.").sents)
    pairs = alias_pairs(sentences)
    assert pairs == [("tomas varga", "pedro lindqvist")]
    forms = person_forms([_person(name) for name in PEOPLE], pairs)
    assert one_person("Tomas Varga", "Pedro Lindqvist", forms)
    assert one_person("Lindqvist", "Varga", forms)
    assert not one_person("Jorge Ramos", "Hector Gallo", forms)


def test_an_alias_is_no_option_beside_its_person(nlp: Any) -> None:
    """Keyed Jorge Ramos, "Tomas Varga" and "Pedro Lindqvist" are not both shown; keyed
    Varga, his alias is no wrong answer."""
    ctx = _context(nlp, "Jorge Ramos", "Who did Hector Gallo meet?")
    assert _twins("Jorge Ramos", ["Tomas Varga", "Pedro Lindqvist"], ctx.persons) == {
        "pedro lindqvist"
    }
    ctx = _context(nlp, "Tomas Varga", "Who was arrested near the border?")
    assert option_problem("Pedro Lindqvist", ctx) is not None


def test_the_questions_own_person_is_no_option(nlp: Any) -> None:
    """ "With whom did Solis talk by phone?" names Marta Solis: not her as a rival to Gallo."""
    ctx = _context(nlp, "Hector Gallo", "With whom did Solis talk by phone?")
    assert names_person("With whom did Solis talk by phone?", "Marta Solis", ctx.persons)
    assert option_problem("Marta Solis", ctx) is not None
    assert not names_person("With whom did Solis talk by phone?", "Jorge Ramos", ctx.persons)


def test_a_country_the_question_names_strikes_out_other_countries_people(nlp: Any) -> None:
    """ "… where she met Peruvian President _____": not the Argentine president the article
    names, nor where the question names no country of the key."""
    stem = (
        "Chilean President Marta Solis flew to the Peruvian town of Tacna, where she met "
        "Peruvian President _____."
    )
    ctx = _context(nlp, "Jorge Ramos", stem)
    assert option_problem("Hector Gallo", ctx) is not None
    assert option_problem("Tomas Varga", ctx) is None  # placed nowhere: left to other rules
    ctx = _context(nlp, "Jorge Ramos", "Who did Marta Solis meet in Tacna?")
    assert option_problem("Hector Gallo", ctx) is None


def test_a_countrys_possessive_strikes_out_other_countries_people(nlp: Any) -> None:
    """ "… Peru's President _____ …" says Peru as the adjective does: not the Argentine
    president the article names; "Solis's" names no country, so strikes no one."""
    ctx = _context(nlp, "Jorge Ramos", "In Tacna, Peru's President _____ met Marta Solis.")
    assert option_problem("Hector Gallo", ctx) is not None
    ctx = _context(nlp, "Jorge Ramos", "In Tacna, Solis's host _____ met her.")
    assert option_problem("Hector Gallo", ctx) is None


def test_a_title_run_places_a_person_whatever_the_parse(nlp: Any) -> None:
    """ "The Uruguayan Minister of Foreign Relations Ana Pereyra", whom the model tags a
    person only as "Pereyra" later: Uruguay's by her surname, whatever the parse."""
    text = (
        "The Uruguayan Minister of Foreign Relations Ana Pereyra will lead the talks. Later, "
        "Pereyra said the talks would be short."
    )
    sentences = list(nlp(text).sents)
    placed = placed_people(sentences, person_nations(sentences), person_teams(sentences))
    assert placed["pereyra"] == frozenset({"UY"})
    assert other_nation("Pereyra", "Jorge Ramos", "Which Peruvian official met Solis?",
                        {**placed, "jorge ramos": frozenset({"PE"})})  # fmt: skip


def test_a_stage_name_the_model_takes_for_a_place_is_still_an_alias(nlp: Any) -> None:
    """ "Tunde Adebayo, known as Zeeko": the small model tags the stage name a place, yet it is
    the singer's; "With whom did Zeeko sing?" never offers Tunde Adebayo."""
    story = ("The Nigerian singer Tunde Adebayo, known as Zeeko, released the song in July. "
             "Zeeko sang the song with the Ghanaian singer Ama Mensah in Accra.")  # fmt: skip
    sentences = list(nlp(story).sents)
    assert [e.label_ for e in sentences[0].ents if e.text == "Zeeko"] != ["PERSON"]
    pairs = alias_pairs(sentences)
    assert pairs == [("tunde adebayo", "zeeko")]
    forms = person_forms([_person("Tunde Adebayo"), _person("Ama Mensah")], pairs)
    assert names_person("With whom did Zeeko sing the song?", "Tunde Adebayo", forms)
    assert not names_person("With whom did Zeeko sing the song?", "Ama Mensah", forms)
