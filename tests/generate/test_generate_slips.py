"""The writer's slips on made-up sentences: a misspelling wordfreq has never seen
("orcestrated", "squarly") is not copied into a question (it is written as the one word it
can only mean), while a rare word a dictionary has,
a British spelling or a coinage in quotation marks is; a closed-class word written twice
("the the") is written once, and English doubles ("that that", "had had") are kept."""

from __future__ import annotations

from typing import Any

import pytest

from questions.generate import generate
from questions.generate.slips import misspelt, spelled_right, written_twice

ROWING = """Harbour rowing club wins regional cup

Saturday, June 6, 2015

On Saturday, the Millport Rowing Club won the Northern Regional Cup at Lake Kerrow. Captain \
Jenna Holt orcestrated a late surge in the final 500 metres, and her crew beat the Dunmore \
Boat Club by two seconds.

Coach Martin Reed said the crew had trained squarly for the event since January. Two groups \
of volunteers built the the boathouse of the Millport Rowing Club at Lake Kerrow in April 2015.

Scientists at Kerrow University identified the gametocyte stage of the Kerrow parasite at \
Lake Kerrow in 2014. The Millport Rowing Club travelled to Leeds in May 2015 to study the \
organisation and colour of its racing boats.
"""


@pytest.fixture(scope="module")
def stems() -> list[str]:
    """The rowing quiz's questions as a player reads them."""
    quiz = generate(ROWING, slug="rowing", title="Harbour rowing club wins regional cup")
    return [q.text.splitlines()[-1] for q in quiz.qset.questions]


def _sentence(nlp: Any, text: str) -> Any:
    return next(iter(nlp(text).sents))


def test_no_question_copies_an_unseen_misspelling(stems: list[str]) -> None:
    assert stems
    for stem in stems:
        assert "orcestrated" not in stem and "squarly" not in stem, stem


def test_a_misspelling_with_one_meaning_is_asked_spelt_right(stems: list[str]) -> None:
    assert any("Jenna Holt orchestrated" in s or "orchestrated a late surge" in s for s in stems)


@pytest.mark.parametrize(
    ("text", "right"),
    [
        ("The striker orcestrated every attack of the season in Hull.", "orchestrated"),
        ("The ball hit the keeper squarly on the chin.", "squarely"),
        ("The trainer will recieve a new boat from the council.", "receive"),
    ],
)
def test_a_copied_misspelling_is_written_as_meant(nlp: Any, text: str, right: str) -> None:
    fixed = spelled_right(_sentence(nlp, text), text)
    assert right in fixed and misspelt(_sentence(nlp, text), fixed) is None


def test_a_rare_inflection_of_a_dictionary_verb_is_no_slip(nlp: Any) -> None:
    text = "The catcher bunted out but advanced the runner to second base."
    assert misspelt(_sentence(nlp, text), text) is None
    assert spelled_right(_sentence(nlp, text), text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Two days before the race a wheel spacer was left off the cart by the crew.",
        "The clerk lost the office stapler during the move to Hull.",
    ],
)
def test_a_noun_made_with_er_is_not_written_as_its_root(nlp: Any, text: str) -> None:
    assert spelled_right(_sentence(nlp, text), text) == text
    assert misspelt(_sentence(nlp, text), text) is None


def test_a_doubled_article_is_written_once(stems: list[str]) -> None:
    assert all(" the the " not in s.lower() for s in stems), stems
    built = [s for s in stems if "boathouse" in s]
    assert built and all(" the boathouse" in s for s in built), built


def test_rare_words_and_british_spellings_are_still_asked(stems: list[str]) -> None:
    assert any("gametocyte stage" in s for s in stems), stems
    assert any("organisation" in s and "colour" in s for s in stems), stems


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The striker orcestrated every attack of the season in Hull.", "orcestrated"),
        ("The ball hit the keeper squarly on the chin.", "squarly"),
        ("The club bought the boat at the exspense of its youth team.", "exspense"),
        ("The trainer will recieve a new boat from the council.", "recieve"),
    ],
)
def test_a_copied_misspelling_is_refused(nlp: Any, text: str, word: str) -> None:
    said = misspelt(_sentence(nlp, text), text)
    assert said is not None and word in said


@pytest.mark.parametrize(
    "text",
    [
        "The council says every town should iodise its salt.",  # a verb, not "iodine"
        "The council has heritaged three old mills in Kerrow.",  # made of "heritage"
        "The tiles of the hall were one decimetre wide.",  # British "decimeter"
        "Mandatory iodisation of bread salt began in 2009.",
        "The team developed the cryptoanalysis behind the attack.",  # rare, nothing near
        'Locals call the storm a "snowd" in jest.',  # a coinage, quoted: the speaker's own
        "Fans shared the #wintr tag on Monday.",  # a hashtag: a name, not prose
    ],
)
def test_rare_words_coinages_and_variants_are_not_misspellings(nlp: Any, text: str) -> None:
    assert misspelt(_sentence(nlp, text), text) is None


def _once(nlp: Any, text: str) -> str:
    """The sentence with the doubled words' cuts made."""
    sentence = _sentence(nlp, text)
    cuts = written_twice(sentence, {})
    return " ".join(t.text for t in sentence if t.i not in cuts)


def test_a_doubled_closed_class_word_is_written_once(nlp: Any) -> None:
    assert (
        _once(nlp, "Two teams found the the gene in mice.") == "Two teams found the gene in mice ."
    )
    assert _once(nlp, "The the gene was found by a a team.") == "The gene was found by a team ."
    assert (
        _once(nlp, "The boat sailed to Hull and and Leeds.")
        == "The boat sailed to Hull and Leeds ."
    )


def test_a_doubled_word_that_is_english_is_kept(nlp: Any) -> None:
    for text in (
        "He said that that plan was wrong.",
        "By May the club had had enough of delays.",
        "The coach gave her her medal.",
        "The The played in Leeds.",
    ):
        assert _once(nlp, text) == " ".join(t.text for t in nlp(text)), text
