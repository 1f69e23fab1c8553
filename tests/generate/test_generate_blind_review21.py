"""Blind review 21 on made-up sentences: a number that names (a quoted "'300' rallies", "the
9/11 attacks", "Apollo 11", "the 747 jet") is no count of its noun; a sentence opening with a
word that points back ("Others …", "Similar …", "Such …", "Both …", "The latter …") does not
stand alone; a sentence's first word moved inside a question loses its capital unless it is
a name ("days after …", "has the United Kingdom …"); an appositive's head goes with its
possessive ("his Driftwood"); and a weekday after a participle ("a report released on Monday")
is resolved, or its sentence refused, never left as "a report released that …"."""

from __future__ import annotations

from typing import Any

from questions.generate import generate
from questions.generate.dates import ArticleDate
from questions.generate.facts import sentence_facts
from questions.generate.persons import Cast
from questions.generate.pointing import points_back
from questions.generate.render import join, lower_first
from questions.generate.replacements import replacements
from tests.generate.generate_checks import asked_wh


def _counts(nlp: Any, text: str) -> list[str]:
    """Return the counts one sentence states."""
    sentence = next(nlp(text).sents)
    return [f.text for f in sentence_facts(sentence, 0) if f.kind == "count"]


def test_a_quoted_number_is_a_label_not_a_count(nlp: Any) -> None:
    assert "300" not in _counts(nlp, "Similar '300' kite rallies were held in Leeds and York.")
    assert "500" not in _counts(nlp, 'Rival "500" marches took place across the county.')


def test_a_number_in_a_name_is_no_count(nlp: Any) -> None:
    counts = _counts(nlp, "Officials marked the 9/11 attacks with 12 ceremonies in Ohio.")
    assert "9/11" not in counts and "12" in counts
    counts = _counts(nlp, "Two Apollo 11 astronauts visited the school in Leeds.")
    assert "11" not in counts and "Two" in counts
    assert "747" not in _counts(nlp, "The 747 jet landed at the airport in Denver.")


def test_a_plain_count_is_still_a_count(nlp: Any) -> None:
    assert "45" in _counts(nlp, "Organisers said 45 teams took part in the race.")
    assert "fourteen" in _counts(nlp, "The council warned fourteen officials over the rules.")


def _pointing(nlp: Any, text: str) -> list[str]:
    return [t.text for t in nlp(text) if points_back(t)]


def test_words_that_point_to_an_earlier_sentence(nlp: Any) -> None:
    assert _pointing(nlp, "Others praised the new rules of the harbour board.") == ["Others"]
    assert _pointing(nlp, "Similar protests were held in Lyon on Sunday.") == ["Similar"]
    assert _pointing(nlp, "Such claims were rejected by the ministry in March.") == ["Such"]
    assert _pointing(nlp, "Both judges thanked the volunteers in Cork.") == ["Both"]
    assert _pointing(nlp, "The latter won 14 seats in the election.") == ["latter"]
    # one thing likened too: the headline line does not say what it is like (review 36)
    assert _pointing(nlp, "A similar scheme was rejected by the council in May.") == ["similar"]


def test_words_whose_reference_the_sentence_gives(nlp: Any) -> None:
    assert _pointing(nlp, "Police arrested Smith and 12 others in Leeds.") == []
    assert _pointing(nlp, "Some fans stayed at home while others travelled to Rome.") == []
    assert _pointing(nlp, "Rallies similar to the one in Lyon were held in Paris.") == []
    assert _pointing(nlp, "Products such as milk and bread rose 5 percent.") == []
    assert _pointing(nlp, "Both Paris and Lyon held protests on Sunday.") == []
    assert _pointing(nlp, "Fans waved flags on both sides of the street.") == []
    assert _pointing(nlp, "The plan met such resistance that it was dropped.") == []
    assert _pointing(nlp, "Such forms that hold bank details must be kept in a safe.") == []


KITES = """Harbour town hosts annual kite festival

Saturday, May 9, 2015

On Saturday, thousands of visitors gathered at the harbour in Port Elwyn for the town's \
annual '300' kite festival. Organisers said 45 teams took part this year.

Weeks after finishing her fourth novel, Harbour Lights, the writer Anna Byrne opened the \
festival. The United Kingdom has warned fourteen senior festival officials over safety rules.

Others praised the new safety rules of the harbour authority, which cost £40,000. Similar \
'300' kite events were held in Brighton and Whitby. Both judges thanked the 60 volunteers. \
Such festivals draw about 20,000 visitors to the region every year. The latter won 14 \
prizes at the 2014 festival.

Overshadowing the festival was a council report published on Thursday that said the \
harbour wall needs repairs costing £2 million.
"""


def _asked() -> dict[str, str]:
    quiz = generate(KITES, slug="kites", title="Harbour town hosts annual kite festival")
    return {q.text.split("\n")[-1]: q.correct_option for q in quiz.qset.questions}


def test_the_kite_festival_asks_no_label_or_pointing_word() -> None:
    asked = _asked()
    assert "300" not in asked.values()  # the festival's name, no count of events
    for stem in asked:
        words = stem.replace(",", " ").split()
        assert not {"Others", "Similar", "Such", "Both", "latter"} & set(words), stem
        assert " The " not in stem, stem  # "has The United Kingdom warned"
    officials = (
        "How many senior festival officials has the United Kingdom warned over safety rules?"
    )
    assert asked[officials] == "fourteen"
    dated = [s for s in asked if s.startswith("Overshadowing")]
    assert all("published on May 7, 2015 that" in s for s in dated)


def test_a_sentences_first_common_word_loses_its_capital_inside(nlp: Any) -> None:
    doc = nlp("Days after the vote, the mayor resigned.")
    said = join(["when did the mayor resign", *doc[0:4]])
    assert said == "when did the mayor resign days after the vote"
    doc = nlp("The Netherlands sent eight teams. Fans flew to The Hague. The Hague hosted them.")
    netherlands = doc[0]
    hague = next(t for t in doc if t.is_sent_start and t.nbor(1).text == "Hague")
    assert lower_first("The Netherlands", netherlands) == "the Netherlands"
    assert lower_first("The Hague", hague) == "The Hague"  # the article writes it mid-sentence
    doc = nlp('The firm ran a site called "The Web Browser Clock". The Web agency Kelso said so.')
    agency = next(t for t in doc if t.is_sent_start and t.text == "The" and t.i > 0)
    assert lower_first("The Web agency Kelso", agency) == "the Web agency Kelso"  # another name


def test_a_moved_opening_is_lowered_in_a_question(nlp: Any) -> None:
    text = "The United Kingdom has warned fourteen senior officials."
    stem, _ = asked_wh(nlp, text, "fourteen")
    assert stem == "How many senior officials has the United Kingdom warned?"


QUINN = """Folk singer Rosa Ellison honoured at awards

Wednesday, March 18, 2015

On Sunday, Irish folk singer Rosa Ellison won three awards at the annual Folk Music Awards \
in Dublin. Her late friend, the singer Tom Quinn, won two awards.

Days after releasing his 12th album, Driftwood, Quinn passed away in March 2014, due to \
illness. Weeks after finishing her fourth novel, Harbour Lights, the writer Anna Byrne died \
in June 2013.

The ceremony was held at the National Concert Hall, which opened in 1981. Tickets for the \
event sold out within four hours, organisers said on Monday.
"""


def test_an_appositives_owner_goes_with_its_head() -> None:
    quiz = generate(QUINN, slug="quinn", title="Folk singer Rosa Ellison honoured at awards")
    stems = [q.text.split("\n")[-1] for q in quiz.qset.questions]
    after = [s for s in stems if "after releasing" in s or "after finishing" in s]
    assert after  # asked, with the name: "… days after releasing Driftwood?"
    for stem in after:
        assert "his Driftwood" not in stem and "her Harbour Lights" not in stem, stem
        assert "Days" not in stem and "Weeks" not in stem, stem


def _said(nlp: Any, text: str, anchor: ArticleDate | None) -> str | None:
    """A sentence as a question would say it, relative dates resolved against `anchor`."""
    span = next(nlp(text).sents)
    replace = replacements(span, anchor, {}, Cast())
    if replace is None:
        return None
    return " ".join(w for w in (replace.get(t.i, t.text) for t in span) if w)


def test_a_weekday_after_a_participle_is_resolved(nlp: Any) -> None:
    text = "Overshadowing the talks was a report released on Monday that claimed prices rose."
    said = _said(nlp, text, ArticleDate(3, 4, 2020))  # a Wednesday
    assert said is not None and "released on March 2, 2020 that" in said


def test_a_weekday_after_a_participle_is_never_left_out_bare(nlp: Any) -> None:
    text = "Overshadowing the talks was a report released on Monday that claimed prices rose."
    assert _said(nlp, text, None) is None  # "a report released that claimed": refused
