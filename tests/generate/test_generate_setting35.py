"""A rank or a tally that leans on a setting the sentence before fronted ("At half-time, …",
"On the Owls' side, …") is asked with that setting, not refused or asked as the game's."""

from __future__ import annotations

from typing import Any

from questions.generate.carriedsetting import with_setting
from questions.generate.danglingrefs import dangling_reference, needed_setting
from questions.generate.pipeline import generate
from questions.generate.write import Stem
from tests.generate.test_generate_aftermath import _sentences

TALLY = (
    "At the end of the first half, with the score 40–38 in favour of Lakeport, Dana Whitfield "
    "led the Hawks in scoring with 14 points. Marta Olsen and Jo Brandt both had 7 points. On "
    "the Lakeport side, Priya Raman led her team in scoring with 13 points. Keiko Ando was "
    "second with 9 points, and five other players also scored."
)


def test_a_rank_carries_the_time_and_side_the_sentences_before_fronted(nlp: Any) -> None:
    rank = _sentences(nlp, TALLY)[3]
    phrases = needed_setting(rank)
    assert phrases == ["At the end of the first half", "On the Lakeport side"], phrases
    stem = with_setting(Stem("Who was second with 9 points?", "wh", "subject"), phrases, rank)
    assert (
        stem.text
        == "At the end of the first half, on the Lakeport side, who was second with 9 points?"
    )
    assert dangling_reference(rank, stem.text) is None
    assert dangling_reference(rank, "Who was second with 9 points?") is not None


def test_a_tally_keeps_the_time_of_the_paragraphs_first_sentence(nlp: Any) -> None:
    sentences = _sentences(nlp, TALLY)
    assert needed_setting(sentences[1]) == ["At the end of the first half"]
    assert needed_setting(sentences[2]) == ["At the end of the first half"]  # its own side


def test_a_time_of_the_sentences_own_or_a_nearer_one_holds(nlp: Any) -> None:
    text = (
        "At half-time, Dana Whitfield had 14 points. In the third quarter, Marta Olsen scored "
        "7 points. Jo Brandt was second with 5 points."
    )
    sentences = _sentences(nlp, text)
    assert needed_setting(sentences[1]) == []  # "In the third quarter": its own time
    # the nearest time holds: the third quarter's, never the half-time set before it
    assert needed_setting(sentences[2]) == ["In the third quarter"]
    present = _sentences(nlp, "By noon, the crowd had grown. The museum has 300 paintings.")
    assert needed_setting(present[1]) == []  # what holds now holds beyond the morning


def test_a_rank_with_no_setting_before_it_is_still_refused(nlp: Any) -> None:
    rank = _sentences(nlp, "The Hawks won the game. Keiko Ando was second with 9 points.")[1]
    assert needed_setting(rank) == []
    assert dangling_reference(rank, "Who was second with 9 points?") is not None


ARTICLE = (
    "Riverside Hawks beat Lakeport Owls in season opener\n\nMonday, March 3, 2025\n\n"
    "Riverside — On Saturday night, the Riverside Hawks defeated the Lakeport Owls 80–71 at "
    "the Harbor Arena in the first game of the Coastal Basketball League season.\n\n"
    + TALLY
    + "\n\nThe Hawks pulled ahead in the third quarter behind a string of steals by Olsen, and "
    "Whitfield finished the game with 22 points.\n"
)


def test_the_article_asks_the_rank_and_the_tally_at_half_time() -> None:
    quiz = generate(ARTICLE, slug="hawks", title="Hawks beat Owls").qset
    stems = [q.text for q in quiz.questions]
    for stem in stems:
        if any(word in stem for word in ("Raman", "Ando", "Olsen", "second with")):
            assert "end of the first half" in stem, stem
    assert any("second with" in s or "was Keiko Ando second" in s for s in stems), stems
