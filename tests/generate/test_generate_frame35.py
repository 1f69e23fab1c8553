"""The month's framing names the story where no headline line fits ("According to a May 2011
article on the Halton Hawks, which country …?"), a question naming nothing else is refused,
and "where" is not asked of a clause that already says a site ("gathered on Plaza Mayor")."""

from __future__ import annotations

from typing import Any

from questions.generate.aboutphrase import headline_subjects, names_nothing
from questions.generate.event import with_context
from questions.generate.framing import dated_frame
from questions.generate.placedbesides import placed_besides
from questions.generate.setting import Setting

BODY = (
    "The Halton Hawks defeated the Freedonian national team 70-61 on Tuesday. "
    "Villagers gathered to celebrate the Centennial of Halton."
)


def test_the_headline_doer_is_named_as_the_article_says_it(nlp: Any) -> None:
    title = nlp("Halton Hawks beat Freedonian national team in friendly")
    assert headline_subjects(title, BODY)[0] == "the Halton Hawks"


def test_a_common_possessor_is_cut_and_the_article_gives_the_the(nlp: Any) -> None:
    title = nlp("Villagers celebrate country's Centennial")
    assert headline_subjects(title, BODY) == ("the Centennial",)


def test_the_month_framing_names_the_story() -> None:
    setting = Setting(month="May 2011", about=("the Halton Hawks",))
    said = with_context("Which country kept trying to score?", setting, "Freedonia")
    framed = "According to a May 2011 article on the Halton Hawks, "
    assert said == framed + "which country kept trying to score?"
    assert dated_frame(said)


def test_a_story_phrase_that_tells_the_key_is_not_used() -> None:
    setting = Setting(month="May 2011", about=("the Freedonia Cup",))
    said = with_context("Which country kept trying to score?", setting, "Freedonia")
    assert said == "According to a May 2011 article, which country kept trying to score?"


def test_a_question_naming_nothing_but_its_key_names_no_story(nlp: Any) -> None:
    sentence = next(nlp("Freedonia kept trying to score three points.").sents)
    assert names_nothing("which country kept trying to score three points?", sentence, "Freedonia")
    sentence = next(nlp("Freedonia kept fouling Marta Lund of the Hawks.").sents)
    assert not names_nothing("which country kept fouling Marta Lund?", sentence, "Freedonia")


def test_where_is_not_asked_beside_a_named_site(nlp: Any) -> None:
    doc = nlp("Thousands of people gathered on Plaza Mayor in Valdoria to celebrate.")
    prep = next(t for t in doc if t.text == "in")
    assert placed_besides(prep)
    doc = nlp("Thousands of people gathered in Valdoria to celebrate.")
    prep = next(t for t in doc if t.text == "in")
    assert not placed_besides(prep)


def test_a_quoted_name_or_a_destination_is_no_story(nlp: Any) -> None:
    body = "Mayor Ann Roe said the Tolvans are not your enemy. Freedonia sells grain to Valdoria."
    assert headline_subjects(nlp("Roe to farmers: 'Tolvans are not your enemy'"), body) == ()
    assert "Valdoria" not in headline_subjects(
        nlp("Freedonia will not sell grain to Valdoria"), body
    )


def test_a_question_with_its_own_scope_names_enough(nlp: Any) -> None:
    sentence = next(nlp("Freedonia has 30% of the world's known cobalt.").sents)
    assert not names_nothing(
        "which country has 30% of the world's known cobalt?", sentence, "Freedonia"
    )


def test_near_a_site_leaves_where_open(nlp: Any) -> None:
    doc = nlp("The ferry sank in the Tolvan Sea near the port of Valdoria.")
    prep = next(t for t in doc if t.text == "in")
    assert not placed_besides(prep)
