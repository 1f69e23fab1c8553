"""A question stands alone: acronyms spelled out, full names, the event or date named."""

from __future__ import annotations

import re
from typing import Any

from questions.generate import generate
from questions.generate.acronyms import acronym_names, expand_acronyms, unexplained_acronym
from questions.generate.dates import ArticleDate
from questions.generate.event import situate, with_context
from questions.generate.filters import not_standalone
from questions.generate.fullnames import full_names
from questions.generate.giveaways import echoed_option
from questions.generate.namedit import name_it
from questions.generate.placefit import wrong_place as _wrong_place
from questions.generate.setting import Setting, article_setting

ANCHOR = ArticleDate(4, 12, 2011)


def test_an_acronym_is_spelled_out_from_the_name_it_abbreviates(nlp: Any) -> None:
    doc = nlp("The show opened at the University of Southern Indiana in Evansville. USI was proud.")
    names = acronym_names([doc])
    assert names["USI"] == "the University of Southern Indiana"
    assert expand_acronyms("Which city hosts USI's gallery?", names, "Evansville") == (
        "Which city hosts the University of Southern Indiana's gallery?"
    )
    # After a determiner the name takes none of its own; at the start it is capitalised.
    said = expand_acronyms(
        "For whom, a USI instructor, was it a legend?", names, "X", frozenset({"a"})
    )
    assert said == "For whom, a University of Southern Indiana instructor, was it a legend?"
    assert expand_acronyms("USI opened a show.", names, "X").startswith("The University")


def test_an_acronym_the_answer_is_stays(nlp: Any) -> None:
    names = acronym_names([nlp("Staff of the Johnson Space Center (JSC) in Houston spoke.")])
    stem = "Which organization did JSC staff join?"
    assert expand_acronyms(stem, names, "Johnson Space Center") == stem
    # Its definition in brackets stays as written.
    said = "Who visited the Houston site (JSC)?"
    assert expand_acronyms(said, names, "X") == said


def test_an_acronym_the_article_never_spells_out_refuses_the_question() -> None:
    assert unexplained_acronym("Which party did FTU's Alice Mak beat?", {}, "DAB") is not None
    # A common one ("NASA", "UK") and the answer itself need no spelling out.
    assert unexplained_acronym("Which agency did NASA join in the UK?", {}, "X") is None
    assert unexplained_acronym("Which seat did FTU win?", {}, "FTU") is None


def test_a_surname_gets_the_full_name_the_article_gives() -> None:
    people = {"Eastman": "Cres Eastman"}
    titles = frozenset({"Professor"})
    assert full_names("Professor Eastman says what?", people, "10 per cent", titles) == (
        "Professor Cres Eastman says what?"
    )
    # After a capitalised word that is no title: another person, or part of another name.
    assert full_names("Kiara Eastman says what?", people, "X", titles) == "Kiara Eastman says what?"
    assert full_names("Which Eastman Center?", people, "X", titles) == "Which Eastman Center?"
    assert full_names("Who met Eastman?", people, "X", titles) == "Who met Cres Eastman?"
    said = full_names("For whom, a teacher in English, was Eastman a legend?", people, "X", titles)
    assert said == "For whom, a teacher in English, was Cres Eastman a legend?"
    assert full_names("Who said it?", people, "Eastman") == "Who said it?"
    # Before a capitalised word the surname opens another name (the family name first).
    hong_kong = {"Wong": "Raymond Wong"}
    said = "Who beat politician Wong Kwok-hing of the FTU?"
    assert full_names(said, hong_kong, "X", titles) == said


def test_an_undated_question_is_dated_by_the_article() -> None:
    setting = Setting(month="April 2011")
    assert with_context("How many people remain displaced?", setting) == (
        "According to an April 2011 article, how many people remain displaced?"
    )
    # A question that names its own year or date is left alone, unless it lost a "now".
    assert with_context("Who won in 1986?", setting) == "Who won in 1986?"
    assert with_context("Who won in 1986?", setting, now=True).startswith("According to")
    # The first word is lower-cased when it is ordinary, not when it is a name.
    said = with_context(
        "Institutional donors gave _____.", setting, ordinary=frozenset({"Institutional"})
    )
    assert said == "According to an April 2011 article, institutional donors gave _____."
    said = with_context("Microsoft's goal is _____.", setting, ordinary=frozenset({"goal"}))
    assert said == "According to an April 2011 article, Microsoft's goal is _____."


def test_an_undated_question_names_the_articles_event(nlp: Any) -> None:
    title = nlp("FIFA World Cup 2018 day five: Sweden, Belgium, England win")
    lead = nlp(
        "Yesterday, day five of the 2018 FIFA football World Cup, Sweden defeated South "
        "Korea 1–0; Belgium defeated debutants Panama 3–0."
    )
    setting = article_setting(title, [lead], ArticleDate(6, 19, 2018))
    assert setting.event == "the 2018 FIFA World Cup"
    assert with_context("Which team did Belgium face?", setting, "Panama") == (
        "In the 2018 FIFA World Cup, which team did Belgium face?"
    )
    # named without its year, nowhere to put it: the article's month dates it (review 58)
    assert with_context("Who won the World Cup match?", setting) == (
        "According to a June 2018 article, who won the World Cup match?"
    )
    # "since": every World Cup is meant, so this one is named in front (review 10)
    assert with_context("Sweden's first win at the World Cup since _____?", setting) == (
        "In the 2018 FIFA World Cup, Sweden's first win at the World Cup since _____?"
    )


def test_an_event_is_a_headline_phrase_the_article_dates(nlp: Any) -> None:
    title = nlp("Veterans step down in Hong Kong legislative election")
    body = nlp("The Hong Kong legislative election was held on September 4, 2016.")
    setting = article_setting(title, [body], ArticleDate(9, 9, 2016))
    assert setting.event == "the 2016 Hong Kong legislative election"
    plant = article_setting(nlp("Crisis at stricken Japan nuclear plant escalates"),
                            [nlp("Radiation leaks from the plant.")], ANCHOR)  # fmt: skip
    assert plant.event is None  # a plant has no date: not an event


def test_situate_refuses_an_unexplained_acronym(nlp: Any) -> None:
    sentence = nlp("FTU's Kwok Wai-keung was elected.")[:]
    text, problem = situate("Who of FTU was elected?", "Kwok Wai-keung", Setting(), sentence)
    assert problem is not None and text == "Who of FTU was elected?"


ARTICLE = """Robot makers meet at FIRST robotics contest

Friday, July 21, 2017

The Southern Robotics League (SRL) gathered in Washington this week. Professor Maria Lopez, the
head of the league, opened the contest with a speech to the teams. The contest is now larger
than ever, with 163 teams from around the world. Professor Lopez also said the league had
grown to 4,000 members. The SRL gave a silver medal to a team from Afghanistan. The team from
Afghanistan had been refused visas twice before President Donald Trump stepped in. Estonia's team
rebuilt its robot in two days after the original was lost in transit from Tallinn to Washington.
"""


def test_questions_of_an_article_name_their_context() -> None:
    texts = [q.text for q in generate(ARTICLE, slug="robots", title="Robots").qset.questions]
    assert texts, "the article gives questions"
    assert not any(
        t.startswith("According to") and ", the " in t[:40] and "The " in t for t in texts
    )
    for text in texts:
        assert "SRL" not in text.replace("(SRL)", "")  # spelled out
        assert "Professor Lopez" not in text  # full name
        assert " also " not in text  # "also" leans on the sentence before
    assert any("2017" in t for t in texts)


def test_a_question_dated_as_of_a_past_day_is_in_the_past(nlp: Any) -> None:
    sentence = nlp("Secunia said that as of March 4, 2011, IE6 has 277 vulnerabilities.")[:]
    text, _ = situate("How many vulnerabilities does IE6 have as of March 4, 2011?", "277",
                      Setting(month="March 2011"), sentence)  # fmt: skip
    assert text == "How many vulnerabilities did IE6 have as of March 4, 2011?"


def test_the_headlines_described_thing_names_a_definite_reference() -> None:
    text = ARTICLE.replace("The contest is now", "The competition is now") + (
        "\nNext year's competition will be held in Mexico City, the organisers said on Friday."
    )
    qset = generate(text.replace("FIRST robotics contest", "international robotics competition"),
                    slug="robots", title="Robots").qset  # fmt: skip
    texts = [q.text for q in qset.questions]
    assert not any(re.search(r"\b(?:the|'s) competition\b", t) for t in texts)
    assert any("2018's international robotics competition" in t for t in texts)


def test_it_after_the_name_a_sentence_opens_with_is_that_name(nlp: Any) -> None:
    assert (
        not_standalone("Space Shuttle Challenger was lost when it exploded on _____.", "") is None
    )
    assert not_standalone("The crew was lost when it exploded on _____.", "") is not None
    # The parse keeps such an "it" rather than naming the thing of the sentence before.
    doc = nlp("Columbia flew first. Space Shuttle Challenger was lost when it exploded in 1986.")
    parsed_it = next(t for t in doc if t.lower_ == "it")
    sentence = list(doc.sents)[1]
    replace: dict[int, str] = {}
    name_it(sentence, "Columbia", replace)
    assert parsed_it.i not in replace


def test_the_headline_names_the_story_above_a_question_unless_it_gives_the_key_away() -> None:
    headline = "Warhol's photo legacy spread by university exhibits"
    setting = Setting(month="January 2014", headline=headline)
    stem = "Which organization's exhibit included Polaroids of Truman Capote?"
    assert with_context(stem, setting, "Skidmore College") == (
        f"📰 {headline} (January 2014)\n{stem}"
    )
    # A question with its own date needs no month; one whose key the headline shows, no line.
    dated = "Who opened the exhibit on January 23, 2014?"
    assert with_context(dated, setting, "Kristen Wilkins") == f"📰 {headline}\n{dated}"
    assert not with_context(stem, setting, "Andy Warhol").startswith("📰")
    assert with_context(stem, setting, "Andy Warhol").startswith("According to a January 2014")


def test_a_match_that_names_the_answer_gives_way_to_the_tournament() -> None:
    # "In Belgium's win over Panama …, which country faced Panama?" gives Belgium away.
    setting = Setting(
        event="Belgium's win over Panama at the 2018 FIFA World Cup",
        month="June 2018",
        wider="the 2018 FIFA World Cup",
    )
    stem = "Which country faced Panama at the Fisht Stadium in Sochi?"
    assert with_context(stem, setting, "Belgium") == (
        "In the 2018 FIFA World Cup, which country faced Panama at the Fisht Stadium in Sochi?"
    )
    assert with_context("Who scored a third goal?", setting, "Romelu Lukaku").startswith(
        "In Belgium's win over Panama at the 2018 FIFA World Cup, who"
    )


def test_a_side_is_asked_in_the_match_against_the_other_side(nlp: Any) -> None:
    # "For which country did Lukaku score a third goal?" asks which country he plays for;
    # said in the match against Panama, it stands alone but Belgium is its only honest
    # answer among the two sides: refused (review 24).
    setting = Setting(
        event="Belgium's win over Panama at the 2018 FIFA World Cup",
        month="June 2018",
        wider="the 2018 FIFA World Cup",
        sides=("Belgium", "Panama"),
    )
    sentence = next(nlp("Lukaku scored a third goal for Belgium.").sents)
    said, problem = situate(
        "For which country did Lukaku score a third goal?", "Belgium", setting, sentence
    )
    assert said == (
        "In the 2018 FIFA World Cup match against Panama, for which country did Lukaku score a "
        "third goal?"
    )
    assert problem == ("not standalone", "the key is one of the match's two sides")
    # The stem that names the other side already needs no more ("which country faced Panama").
    stem = "Which country faced Panama at the Fisht Stadium in Sochi?"
    assert with_context(stem, setting, "Belgium").startswith("In the 2018 FIFA World Cup, which")
    # The side's own people give it away; the other side is no option.
    stem = "Swedish captain Andreas Granqvist scored, putting _____ 1–0 up."
    assert echoed_option(stem, "Sweden", ["Belgium", "Panama", "Tunisia"]) is not None
    assert echoed_option(stem, "Belgium", ["Sweden", "Panama", "Tunisia"]) is None
    stem = "In the 2018 FIFA World Cup match against Korea Republic, who put _____ in the lead?"
    assert _wrong_place("South Korea", "Sweden", stem, "country")
    assert not _wrong_place("Belgium", "Sweden", stem, "country")


def test_a_first_name_the_model_left_out_of_a_person_is_no_title(nlp: Any) -> None:
    # spaCy tags only "Ho" of "Junius Ho" a person: "Junius" is no title like "Professor",
    # and "Ho" there is not the article's Cyd Ho.
    docs = [nlp("Veteran Cyd Ho lost her seat. Professor Cres Eastman spoke. Junius Ho won.")]
    setting = article_setting(None, docs, ANCHOR)
    assert "Professor" in setting.titles and "Junius" not in setting.titles
    said = "How many votes did Junius Ho win by?"
    assert full_names(said, {"Ho": "Cyd Ho"}, "X", setting.titles) == said


def test_a_place_said_by_its_initials_is_no_bodys_acronym(nlp: Any) -> None:

    text = (
        "A team from the University of Sheffield of the UK studied crops. "
        "As Heald said, US surface ozone has dropped. USI's exhibit opened at the University "
        "of Southern Indiana."
    )
    names = acronym_names([nlp(text)])
    # "US surface ozone" is the United States', never "the University of Sheffield surface ozone"
    assert "US" not in names
    assert names["USI"] == "the University of Southern Indiana"
