"""A headline that puts two sides against each other ("Norway defeats Peru …") names the
match its report is about: a question keyed on one of the two sides is refused, since named,
the match leaves the other side as the only honest rival, and unnamed, the opponent answers
it; the headline's topic line keeps the two sides together or drops both (review 24)."""

from __future__ import annotations

from typing import Any

from questions.generate import generate
from questions.generate.event import with_context
from questions.generate.setting import Setting
from questions.generate.sides import headline_sides, paired, side_asked

TITLE = "Norway defeats Peru in indoor hockey in pool play at Lisbon Games"
REPORT = (
    f"{TITLE}\n\n"
    "Tuesday, March 3, 2015\n\n"
    "Lisbon, Portugal — On Monday at the Tagus Hall in Lisbon, Norway's indoor hockey team "
    "played Peru in the last game of pool play for both teams. Norway won 2–0 to top Pool C.\n\n"
    "About 400 people watched the game, and the hall was warm and bright. Fans waved flags "
    "of Norway, Chile and Spain in the stands before the start.\n\n"
    "Both teams started cautiously, with four players back and one player up front. "
    "Norway had three fine chances that the Peruvian keeper did well to block. "
    "Peru's Mateo Quispe also hit the crossbar with a hard shot late in the first period.\n\n"
    "Norway's Lars Haugen scored the first goal after 18 minutes. The Norwegian bench "
    "rushed onto the court to celebrate with him.\n\n"
    "As the second period went on, Peru moved to a three-forward line. Quispe and Diego "
    "Huaman pressed hard, but the score did not change. Meanwhile, Norway kept attacking, "
    "with Erik Solberg in particular looking dangerous. Solberg scored the second goal "
    "in the final minute, and the Norwegian fans sang loudly at the final whistle.\n"
)


def test_a_competition_verb_between_two_nations_or_clubs_names_two_sides(nlp: Any) -> None:
    assert headline_sides(nlp(TITLE)) == ("Norway", "Peru")
    cup = nlp("Liverpool defeats Tottenham in League Cup final")
    assert headline_sides(cup) == ("Liverpool", "Tottenham")
    # a title won is no side: "Canada wins Arctic Hockey Series"
    assert headline_sides(nlp("Canada wins Arctic Hockey Series in Oslo")) == ()


def test_a_key_that_is_one_of_the_two_sides_is_refused() -> None:
    sides = ("Norway", "Peru")
    said = "Which country had three fine chances that the Peruvian keeper did well to block?"
    assert side_asked(said, "Norway", sides) is not None
    assert side_asked("Which country moved to a three-forward line?", "Peru", sides)
    # a third side makes it the tournament's question: "… to play Spain in the final?"
    assert side_asked("Which country is to play Spain in the final?", "Norway", sides) is None
    assert side_asked("Who scored the first goal?", "Lars Haugen", sides) is None
    # the other side met by name: the opponent is what it asks
    assert side_asked("Which country faced Peru in pool play?", "Norway", sides) is None
    assert side_asked("Which country had chances Peru's keeper saved?", "Norway", sides)


def test_a_match_report_asks_no_country_that_played_it() -> None:
    quiz = generate(REPORT, slug="lisbon", title=TITLE)
    keys = [q.correct_option for q in quiz.qset.questions]
    assert quiz.qset.questions
    assert not {"Norway", "Peru"} & set(keys), keys


def test_the_topic_line_keeps_the_two_sides_together() -> None:
    names = ["Norway", "Peru", "Lisbon Games"]
    assert paired(["Peru", "Lisbon Games"], names, ("Norway", "Peru")) == ["Lisbon Games"]
    assert paired(["Norway", "Peru"], names, ("Norway", "Peru")) == ["Norway", "Peru"]
    setting = Setting(
        month="March 2015",
        headline=TITLE,
        topic="Pool play",
        placed=(("Norway", "Peru", "Lisbon Games"), "pool play"),
        contest=("Norway", "Peru"),
    )
    said = with_context("Which side moved to a three-forward line?", setting, "Norway")
    assert said.startswith("📰 Lisbon Games: pool play (March 2015)\n"), said
