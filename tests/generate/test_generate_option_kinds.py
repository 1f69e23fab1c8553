"""An option of a person slot is a person of the story (review 19): no temple, press agency
or firm the model took for a person, no character of an advert, no one dead for centuries
beside a speaker of today, and no English surnames for a Korean named surname first."""

from __future__ import annotations

from questions.generate import generate
from questions.generate.characters import characters
from questions.generate.facts import Fact
from questions.generate.lifetimes import death_year, lifetime_eras
from questions.generate.nlp import load_nlp
from questions.generate.nonpersons import nonpersons
from questions.generate.people import person_options


def test_a_name_a_place_or_body_noun_describes_is_no_person() -> None:
    """ "the Temple of X", "press agency X", "Café X": no person; "spokesman X" is one."""
    nlp = load_nlp()
    text = (
        "Divers reached the Temple of Orsina Delvaux on Monday. "
        "The news was reported by state press agency Nuova Terra. "
        "Café Lindqvist sued the brewery over its advertising. "
        "Protest spokesman Tomas Reyel said the march would go on."
    )
    found = nonpersons(list(nlp(text).sents))
    assert {"Orsina Delvaux", "Café Lindqvist"} <= found
    assert "Tomas Reyel" not in found


def test_wordnet_dates_long_dead_people_and_spellings_one_letter_off() -> None:
    """Mark Antony died in 30 BC, "Marc Antony" is he; a living namesake undates a name."""
    assert death_year("Mark Antony") == -30 and death_year("Marc Antony") == -30
    assert death_year("Hosni Mubarak") is None  # "(born in 1929)"
    assert death_year("Caesar") is None  # Sid Caesar was alive in WordNet's day


def test_a_name_written_without_its_middle_name_is_dated_too() -> None:
    """ "Frank Wright" is WordNet's Frank Lloyd Wright (1867-1959): an architect of another
    era, no speaker of a 2031 story; an undated name stays undated."""
    assert death_year("Frank Wright") == 1959
    assert death_year("Harriet Stowe") == death_year("Harriet Beecher Stowe")
    assert death_year("Tomas Reyel") is None


def test_a_long_dead_artist_is_no_option_for_today_s_speaker() -> None:
    """The architect a show is about is no option for "Who said …?" of its curator."""
    article = (
        "Museum opens architecture show\n\n"
        "Monday, May 5, 2031\n\n"
        "The Harbor Museum in Portland, Oregon opened a show of drawings by Frank Wright on "
        "Saturday. Curator Lena Brook said the museum borrowed 40 drawings from a library in "
        "Chicago. Director Tomas Reyel said 3,000 people came on the first day. "
        "Brook said the drawings had not been shown in Oregon before. "
        "Guide Nora Ellis said school groups would visit every Tuesday. "
        "The museum was founded in 1931 by banker Hugo Marsh. "
        "The show will run until September 30, Reyel said. Tickets cost $12 for adults "
        "and children under 12 enter free, the museum said on its website."
    )
    result = generate(article, slug="show", title="Museum opens architecture show")
    said = [q for q in result.qset.questions if q.text.splitlines()[-1].startswith("Who said")]
    assert said and all("Frank Wright" not in q.options for q in said)


def test_an_article_surname_is_not_wordnet_namesake() -> None:
    """ "Adams said" of the article's Dan Adams is of today, whatever WordNet's John Adams."""
    nlp = load_nlp()
    text = "Dan Adams led the dig. Adams said the coins recall Mark Antony."
    eras = lifetime_eras(list(nlp(text).sents), 2031, 12)
    assert eras.get("mark antony") == -30 and eras.get("antony") == -30
    assert "adams" not in eras and "dan adams" not in eras


def test_an_advert_character_is_found_by_the_noun_before_or_beside_it() -> None:
    """ "fictional character X" is a character; the cartoonist is a person."""
    nlp = load_nlp()
    text = (
        "The strip refers to fictional character Pedro Alvarenga, created by the growers. "
        "Cartoonist Lena Brook drew both."
    )
    found = characters(list(nlp(text).sents))
    assert "pedro alvarenga" in found
    assert "lena brook" not in found


def test_a_korean_surname_takes_no_english_surnames() -> None:
    """ "Jang said" of "Jang Dae-hyun" in a story whose places are American: his full name is
    written surname first, so no list's names fit him (not "Hart", "Decker")."""
    article = [
        Fact(0, 0, 2, "United States", "GPE", "place", "country"),
        Fact(1, 0, 2, "Jang Dae-hyun", "PERSON", "person"),
        Fact(2, 0, 1, "Jang", "PERSON", "person"),
    ]
    assert person_options("Jang", article) == []


DIG = """Archaeologists find coins near an ancient temple in Egypt

Monday, March 3, 2031

Egyptian archaeologist Samir Haddad revealed coins which may lead to the tomb of Cleopatra and Mark Antony.

"This is the perfect place for the royal couple to be hidden," said Haddad.

"It could be Berenike Thalassa because it was the most sacred temple of its time," said Lucia Ferrante, a Spanish archaeologist.

Radar expert Tomas Oberg used radar to find three chambers under the Temple of Berenike Thalassa.

The Supreme Council of Antiquities expedition led by Haddad will employ radar again on April 22.
"""  # noqa: E501


def test_no_temple_or_ancient_figure_among_speakers() -> None:
    """Berenike Thalassa is a temple and Mark Antony died in 30 BC: neither is offered as a
    speaker of 2031, nor Mark Antony's blank given people of today."""
    questions = generate(DIG, slug="x", title="x").qset.questions
    assert questions
    for question in questions:
        assert "Berenike Thalassa" not in question.options
        if question.correct_option in ("Samir Haddad", "Lucia Ferrante", "Tomas Oberg"):
            assert "Mark Antony" not in question.options and "Cleopatra" not in question.options
