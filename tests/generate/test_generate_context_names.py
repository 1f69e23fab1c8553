""" "This election", "this organization": a question names what the article points back to."""

from __future__ import annotations

from pathlib import Path

from questions.generate import generate
from questions.generate.context import Parsed, parse
from questions.generate.dates import ArticleDate
from questions.generate.render import join

CORPUS = Path(__file__).parent / "corpus"
HONG_KONG = (
    "New faces emerge as veteran politicians step down in Hong Kong legislative election",
    "The Hong Kong legislative election was held on Sunday, with a record-breaking turnout of "
    "around 2 million voters and turnout rate of 58%.",
    "The turnout of this election was the highest in the history of Legislative Council "
    "elections, with around 2 million voters voted and a turnout rate of 58%.",
)
SCO = (
    "President Xi Jinping attended the meeting of the Shanghai Cooperation Organization.",
    "The Shanghai Cooperation Organization was founded in Shanghai in 2001.",
    "Tajikistan holds the chairmanship of the Shanghai Cooperation Organization and the "
    "Collective Security Treaty Organization.",
    "President Xi announced that China is willing to strive to achieve the goal of US$2.3 "
    "trillion in cumulative trade with the countries of this organization in the next five "
    "years.",
)


def _said(parsed: Parsed, words: str) -> str:
    """Return the kept sentence holding `words` as a question would say it."""
    index = next(n for n, s in enumerate(parsed.sentences) if words in s.text)
    return join(parsed.sentences[index], parsed.replace[index])


def test_this_election_is_the_election_the_headline_names() -> None:
    title, *paragraphs = HONG_KONG
    parsed = parse(tuple(paragraphs), ArticleDate(9, 9, 2016), title)
    said = _said(parsed, "this election")
    assert said.startswith("The turnout of the Hong Kong legislative election was the highest")


def test_the_turnout_question_names_its_election_and_year() -> None:
    lines = (CORPUS / "hong-kong-legislative-election-2016.txt").read_text().splitlines()
    lead, turnout_paragraph = lines[4], lines[20]  # the lead, and the turnout of "this election"
    assert turnout_paragraph.startswith("The turnout of this election")
    # The turnout paragraph first: the lead's own turnout question would be the same fact.
    text = "\n\n".join([*lines[:3], turnout_paragraph, lead])
    texts = [q.text for q in generate(text, slug="hk", title="HK").qset.questions]
    turnout = [t for t in texts if t.startswith("The turnout of")]
    assert turnout
    assert all("of the 2016 Hong Kong legislative election was" in t for t in turnout)
    assert not any("this election" in t for t in texts)


def test_this_organization_is_the_one_the_article_is_about() -> None:
    parsed = parse(SCO, ArticleDate(9, 17, 2021), "Xi attends SCO summit")
    said = _said(parsed, "this organization")
    assert "with the countries of the Shanghai Cooperation Organization in the next" in said


def test_this_organization_stays_unnamed_when_two_are_said_as_often() -> None:
    # Named as often as the Shanghai one, the treaty organisation could be "this" one too.
    also = " ".join(["The Collective Security Treaty Organization met in Dushanbe."] * 3)
    parsed = parse((*SCO[:3], also, SCO[3]), ArticleDate(9, 17, 2021), "Xi attends summit")
    said = _said(parsed, "this organization")
    assert "countries of the organization" in said  # "this": "the", judged as unnamed
    assert "Cooperation Organization in the next" not in said


def test_a_relative_year_as_the_subject_is_said_as_the_year() -> None:
    # "this year happens to be …" of an article dated 2021: "2021 happens to be", never
    # "in 2021 happens to be"; as an adverbial the year keeps its preposition.
    anniversary = (  # the seed article's sentence
        "The consensus and call are inseparable from an important time node-this year happens "
        "to be the 20th anniversary of the establishment of the Shanghai Cooperation "
        "Organization."
    )
    met = "The leaders met in Dushanbe this year."
    parsed = parse((anniversary, met), ArticleDate(9, 17, 2021), "Xi attends SCO summit")
    said = _said(parsed, "anniversary")
    assert "2021 happens to be the 20th anniversary" in said
    assert "in 2021 happens" not in said
    assert _said(parsed, "Dushanbe") == "The leaders met in Dushanbe in 2021."


def test_an_unexplained_acronym_labelling_a_person_is_left_out() -> None:
    # "FTU" and "ADPL" are never spelled out: the question names the people without them.
    said = "Other pro-Beijing members elected were FTU's Kwok Wai-keung and Ann Chiang of ADPL."
    parsed = parse((said,), ArticleDate(9, 9, 2016), "Hong Kong legislative election")
    assert _said(parsed, "Kwok Wai-keung") == (
        "Other pro-Beijing members elected were Kwok Wai-keung and Ann Chiang."
    )
    # An acronym the article spells out stays, to be spelled out in the question.
    spelled = (
        "The Federation of Trade Unions won seats.",
        "Other pro-Beijing members elected were FTU's Kwok Wai-keung.",
    )
    parsed = parse(spelled, ArticleDate(9, 9, 2016), "Hong Kong legislative election")
    assert "FTU's Kwok Wai-keung" in _said(parsed, "Kwok Wai-keung")
