"""Blind review 79 on made-up text: context a question needs to stand alone. A figure the
sentence before puts in the world is asked "Globally, …"; a headline whose people give the key
away still names its story by a named thing it holds ("📰 Global Health Fund's 2015 staffing
survey"), not by the article's month alone; a reason given inside a saying is the speaker's
("…, according to Professor Mara Vell"); a bare "Women" opening a sentence is the story's
nation's, which WordNet ties to its adjective ("Finnish")."""

from __future__ import annotations

from typing import Any

from questions.generate.attributed import attribution, reported_clause
from questions.generate.groups import headline_nation, owned_group
from questions.generate.headerline import topic_line
from questions.generate.headlinethings import headline_things
from questions.generate.nlp import parsed_headline
from questions.generate.setting import Setting
from questions.generate.worldscope import carried_world

_SCOPED = (
    "Freedonia bucks the trend; the survey notes globally that progress was slow. "
    "Female membership of company boards has risen from 12% in 1998 to 20% in 2010."
)


def _last(nlp: Any, text: str) -> Any:
    """Return the last sentence of a text."""
    return list(nlp(text).sents)[-1]


def test_a_figure_the_sentence_before_puts_in_the_world_says_so(nlp: Any) -> None:
    sentence = _last(nlp, _SCOPED)
    stem = "Female membership of company boards has risen from _____ in 1998 to 20% in 2010."
    assert carried_world(stem, sentence).startswith("Globally, female membership of company")
    wh = "What share did female membership of company boards rise to in 2010?"
    assert carried_world(wh, sentence).startswith("Globally, what share")


def test_a_sentence_with_its_own_place_or_no_world_before_keeps_its_words(nlp: Any) -> None:
    own = _last(nlp, "The survey notes globally that progress was slow. In Freedonia, "
                     "female membership of boards rose to 41% in 2010.")  # fmt: skip
    stem = "In Freedonia, female membership of boards rose to _____ in 2010."
    assert carried_world(stem, own) == stem
    later = _last(nlp, "Progress was slow globally, but not in Freedonia. Female membership "
                       "of boards rose to 41% in 2010.")  # fmt: skip
    stem = "Female membership of boards rose to _____ in 2010."
    assert carried_world(stem, later) == stem
    plain = _last(nlp, "The survey was published on Monday. Female membership of boards rose "
                       "to 41% in 2010.")  # fmt: skip
    assert carried_world(stem, plain) == stem


def test_a_headline_names_its_story_by_a_named_thing_it_holds() -> None:
    title = parsed_headline("Finnish nurses praised by Global Health Fund's 2015 staffing survey")
    things = headline_things(title)
    assert things == ("Global Health Fund's 2015 staffing survey",)
    assert headline_things(parsed_headline("Finnish nurses praised by the survey")) == ()
    setting = Setting(headline="Finnish nurses praised by …", month="May 2016", objects=things)
    stem = "Which country has the most nurses per head?"
    line = topic_line(setting, "Finland", True, stem)
    assert line == "📰 Global Health Fund's 2015 staffing survey (May 2016)\n"


def test_a_reason_given_inside_a_saying_is_the_speakers(nlp: Any) -> None:
    doc = nlp(
        "Professor Mara Vell said that the party could not risk going it alone, as Dorn has "
        "a stronger claim to power as his party won the vote."
    )
    has = next(t for t in doc if t.text == "has")
    dorn = next(t for t in doc if t.text == "Dorn")
    assert reported_clause(has) is not None
    said = " ".join(str(w) for w in attribution(has, dorn, "subject", {}))
    assert said.startswith(", according to") and "Vell" in said
    own = nlp("The party won the vote, as Dorn has a stronger claim to power.")
    has = next(t for t in own if t.text == "has")
    assert reported_clause(has) is None


def test_a_bare_plural_opening_a_sentence_is_the_story_nations(nlp: Any) -> None:
    docs = [nlp("Finland leads the region. Finnish nurses earn more than Swedish nurses. "
                "Finland has five million people.")]  # fmt: skip
    nation = headline_nation(parsed_headline("Finnish nurses win a pay rise"), docs)
    assert nation == "Finnish"
    sentence = _last(nlp, "Finland leads the region. Women gained the vote in 1906, ahead of "
                          "Sweden.")  # fmt: skip
    stem = "Women gained the vote in 1906, ahead of _____."
    assert (
        owned_group(stem, sentence, nation)
        == "Finnish women gained the vote in 1906, ahead of _____."
    )


def test_a_count_of_years_or_a_bodys_own_figure_gets_no_line(nlp: Any) -> None:
    assert headline_things(parsed_headline("Princess gives up title after three years")) == ()
    sentence = _last(nlp, "Fraud is rising globally. The Fraud Desk received 9,000 complaints "
                          "in 2007.")  # fmt: skip
    stem = "The Fraud Desk received _____ complaints in 2007."
    assert carried_world(stem, sentence) == stem
