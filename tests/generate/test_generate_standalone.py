"""A question stands alone weeks later: dated event, spelled-out options, full names."""

from __future__ import annotations

import re
from typing import Any

from questions.generate import generate
from questions.generate.acronyms import spelled_options
from questions.generate.clean import clean_article
from questions.generate.dates import ArticleDate
from questions.generate.event import situate, with_context
from questions.generate.scenes import match_name
from questions.generate.setting import Setting, article_setting
from tests.generate.generated import SharedGenerations

HONG_KONG = ArticleDate(9, 9, 2016)


def test_an_event_named_without_its_year_gets_it_and_the_past_tense(nlp: Any) -> None:
    title = nlp(
        "New faces emerge as veteran politicians step down in Hong Kong legislative election"
    )
    lead = nlp("The Hong Kong legislative election was held on Sunday, with a record turnout.")
    setting = article_setting(title, [lead], HONG_KONG)
    assert setting.event == "the 2016 Hong Kong legislative election"
    sentence = nlp(
        "The Hong Kong legislative election elects 70 members of the Legislative Council."
    )
    text, problem = situate(
        "How many members of the Legislative Council does the Hong Kong legislative election "
        "elect?", "70", setting, sentence[:],
    )  # fmt: skip
    assert problem is None
    assert text == (
        "How many members of the Legislative Council did the 2016 Hong Kong legislative "
        "election elect?"
    )


def test_a_question_naming_the_event_with_its_year_is_left_alone() -> None:
    setting = Setting(event="the 2016 Hong Kong legislative election")
    stem = "Who won the 2016 Hong Kong legislative election in Kowloon West?"
    assert with_context(stem, setting, "Yau Wai-ching") == stem


def test_acronym_and_surname_options_are_spelled_out() -> None:
    names = {"USI": "the University of Southern Indiana", "JSC": "the Johnson Space Center",
             "KSC": "the Kennedy Space Center", "Wilkins": "Kristen Wilkins"}  # fmt: skip
    key, wrong = spelled_options("USI", ["Skidmore College", "Duke University", "KSC"], names)
    assert key == "University of Southern Indiana"
    assert wrong == ["Skidmore College", "Duke University", "Kennedy Space Center"]
    # A wrong option that is the key once spelled out, or that the sentence says, goes.
    key, wrong = spelled_options(
        "Johnson Space Center", ["JSC", "KSC", "Smithsonian"], names,
        source="the rejection of Johnson Space Center (JSC) and the Kennedy Space Center",
    )  # fmt: skip
    assert (key, wrong) == ("Johnson Space Center", ["Smithsonian"])
    # A blank after the first name keeps the surname: "Kristen Kristen Wilkins" is no name.
    assert spelled_options("Wilkins", [], names, "said Kristen _____.")[0] == "Wilkins"


WARHOL = """Warhol's photo legacy spread by university exhibits

Tuesday, January 28, 2014

Evansville, Indiana, United States - This past week marked the opening night of an Andy Warhol \
exhibit at the University of Southern Indiana. USI's art gallery is a recipient of a major \
Warhol donor program. The USI art gallery celebrated the Thursday opening with its display of \
Warhol's Polaroids, gelatin silver prints and several colored screen prints.

The Polaroids were all donated by the Andy Warhol Photographic Legacy Program, according to \
Kristen Wilkins, assistant professor of photography and curator of the exhibit. Kathryn Waters, \
director of the gallery, expressed interest in further donations from the foundation.

Wilkins explained Warhol's obsession with celebrities began when he first collected head shots \
as a kid and continued as a passion throughout his life. The Weatherspoon Art Museum at Duke \
University drew 11,000 visitors. Skidmore College also showed its Warhol Polaroids.
"""


def test_an_article_spelled_acronym_is_never_a_bare_option(generation: SharedGenerations) -> None:
    questions = generation(WARHOL, "warhol", "Warhol").qset.questions
    assert questions
    options = [o for q in questions for o in q.options]
    assert "USI" not in options
    # The place line before the first sentence is no country that "marked the opening night".
    assert not any("marked the opening" in q.text for q in questions)


def test_a_reworded_question_keeps_its_context_and_full_names(
    generation: SharedGenerations,
) -> None:
    questions = generation(WARHOL, "warhol", "Warhol").qset.questions
    headline = "📰 Warhol's photo legacy spread by university exhibits (January 2014)"
    assert any(q.text.startswith(headline) for q in questions), [q.text for q in questions]
    for question in questions:  # never the bare surname of someone the article names in full
        assert not re.search(r"(?<!Kristen )Wilkins", question.text), question.text
        assert not re.search(r"(?<!Kathryn )Waters", question.text), question.text


def test_a_quoted_attribution_is_not_attributed_twice() -> None:
    setting = Setting(month="January 2014")
    said = with_context(
        "Institutional recipients, said Mauer, are required to exhibit their donated _____ "
        "photographs every ten years.", setting, "Andy Warhol",
        ordinary=frozenset({"Institutional"}),
    )  # fmt: skip
    assert said.startswith("In January 2014, institutional recipients, said Mauer,")


def test_an_undated_question_with_no_room_for_its_context_is_refused(nlp: Any) -> None:
    setting = Setting(month="May 2009", headline="Parents prosecuted after homeopathic " * 8)
    sentence = nlp("Thomas Sam and his wife Manju Sam, from Sydney, are undergoing trial.")[:]
    long = "Thomas Sam and his wife Manju Sam, from _____, are undergoing trial " + "x " * 100
    text, problem = situate(long.strip() + ".", "Sydney", setting, sentence)
    assert problem is not None and problem[0] == "no context"
    # The same question with room gets the article's month instead.
    text, problem = situate(
        "Thomas Sam and his wife Manju Sam, from _____, are undergoing trial.", "Sydney",
        Setting(month="May 2009"), sentence,
    )  # fmt: skip
    assert problem is None and text.startswith("According to a May 2009 article, ")


def test_the_place_line_before_the_first_sentence_is_dropped() -> None:
    article = clean_article(WARHOL)
    assert article.paragraphs[0].startswith("This past week marked the opening night")


def test_a_score_heading_names_its_match() -> None:
    assert match_name("Group F — Sweden 1–0 Korea Republic") == ("Sweden's win over Korea Republic")
    assert match_name("Group G — Tunisia 1–2 England") == "England's win over Tunisia"
    assert match_name("Group B — Iran 1–1 Portugal") == "the draw between Iran and Portugal"
    assert match_name("Reactions from the government") is None


WORLD_CUP = """FIFA World Cup 2018 day five: Sweden, Belgium, England win three points

Tuesday, June 19, 2018

Yesterday, day five of the 2018 FIFA football World Cup, Sweden defeated South Korea 1–0; \
Belgium defeated debutants Panama 3–0; and Tunisia lost 1–2 to England.

Group F — Sweden 1–0 Korea Republic

In the first game of the day, Sweden faced South Korea at the Nizhny Novgorod Stadium. In the \
20th minute, Marcus Berg missed a chance to put Sweden in the lead. Swedish captain Andreas \
Granqvist won the Budweiser Man of the Match award.

Group G — Tunisia 1–2 England

Tunisia faced England at the Volgograd Arena in the last match of the day. Harry Kane scored \
a second goal for England in the injury time. English captain Harry Kane won the Budweiser Man \
of the Match award.
"""


def test_a_question_under_a_score_heading_names_its_match() -> None:
    questions = generate(WORLD_CUP, slug="wc", title="World Cup").qset.questions
    texts = [q.text for q in questions]
    berg = [q for q in questions if "20th minute" in q.text]
    assert berg, texts
    # "the 20th minute" of which match? The question says it, so it is asked.
    assert berg[0].text.startswith("In Sweden's win over Korea Republic at the 2018 FIFA")
    award = [q.text for q in questions if "Man of the Match award" in q.text]
    assert len(set(award)) == len(award)  # two matches' awards are two questions
