"""Person questions: made-up names that fit the key and the article's setting, surnames
for surnames, and a misspelled surname put right (blind review 5, rows 5, 13 and 15)."""

from __future__ import annotations

from typing import Any

from questions.generate.distractors import choose_distractors
from questions.generate.facts import Fact, sentence_facts
from questions.generate.options import article_context, option_context
from questions.generate.people import family_first, person_options, spelled_source
from questions.generate.personplaces import person_places
from questions.generate.pools import _names
from questions.generate.relabel import people_named
from questions.schema import normalise


def _fact(text: str, kind: str, subtype: str = "") -> Fact:
    """Build a fact that is not tied to a parse."""
    return Fact(0, 0, 0, text, "X", kind, subtype, "")


def _facts(nlp: Any, text: str) -> list[Fact]:
    """Return the facts of every sentence of a text, as the pipeline names its people."""
    sentences = list(nlp(text).sents)
    per_sentence = [sentence_facts(s, n) for n, s in enumerate(sentences)]
    named = person_places(people_named(per_sentence), sentences)  # "Lukaku scored": a person
    return [f for found in named for f in found]


def _options(
    nlp: Any, text: str, key: str, stem: str, told: str | None = None, match: bool = False
) -> list[str]:
    """Return the wrong options chosen for a person key of a short real text (a match
    report's: its people are the match's cast)."""
    article = _facts(nlp, text)
    fact = next(f for f in article if f.text == key)
    cast = frozenset(normalise(f.text) for f in article if f.kind == "person" and match)
    base = article_context(text, article, list(nlp(text).sents))
    ctx = option_context(base, fact, stem, told, cast)
    return choose_distractors(fact, key, article, "x", stem, ctx)[0]


def test_a_uk_post_gets_british_names_not_american_ones() -> None:
    # Review 5, row 5: "Shelly Koch", "Brittany Gross" offered for the Shadow Home Secretary.
    article = [_fact("United Kingdom Home Office", "organization"),
               _fact("Yvette Cooper", "person")]  # fmt: skip
    names = person_options("Yvette Cooper", article)
    _, female, surnames = _names("en_GB")
    assert len(names) >= 3
    assert all(n.split()[0] in female and n.split()[1] in surnames for n in names)


def test_hong_kong_candidates_get_no_made_up_western_names() -> None:
    # Review 5, row 15: "Blake Espinoza" and "Mark Rivas" as Hong Kong election winners.
    article = [_fact("Hong Kong", "place", "country"), _fact("Eddie Chu", "person")]
    assert person_options("Eddie Chu", article) == []


def test_hong_kong_candidates_get_the_articles_other_candidates(nlp: Any) -> None:
    text = (
        "In the New Territories West geographical constituency, nonpartisan pan-democrat "
        "Eddie Chu was elected with 84,121 votes. The pro-Beijing camp candidates elected "
        "were New People Party's Michael Tien, FTU's Alice Mak and Leung Che-cheung. "
        "The Hong Kong legislative election was held on Sunday."
    )
    stem = "In the 2016 Hong Kong legislative election, who was elected with 84,121 votes?"
    told = "Who was elected with 84,121 votes in the New Territories West constituency?"
    options = _options(nlp, text, "Eddie Chu", stem, told)
    assert sorted(options) == ["Alice Mak", "Leung Che-cheung", "Michael Tien"]


def test_xi_jinping_gets_chinese_names_in_an_article_set_in_china(nlp: Any) -> None:
    text = (
        "On June 28 this year, President Xi Jinping held a video meeting with Russian "
        "President Putin. The heads of state of China and Russia met in Shanghai."
    )
    options = _options(nlp, text, "Xi Jinping", "Who held a video meeting?")
    surnames = _names("zh_CN")[2]
    assert len(options) == 3
    assert all(family_first(o) and o.split()[0] in surnames for o in options)


def test_xi_alone_gets_chinese_surnames(nlp: Any) -> None:
    text = "President Xi Jinping attended the summit in Beijing. President Xi delivered a speech."
    options = _options(nlp, text, "Xi", "Who delivered a speech?")
    assert len(options) == 3 and all(o in _names("zh_CN")[2] for o in options)


def test_a_surname_key_gets_the_other_players_surnames(nlp: Any) -> None:
    text = (
        "Belgium started the game with attacking style with Romelu Lukaku, Yannick "
        "Carrasco, and Dries Mertens making early attempts. Panama's attempt, by Michael "
        "Murillo, was saved by Thibaut Courtois. Six minutes later, Lukaku scored a third "
        "goal for Belgium, this time from Eden Hazard's assist."
    )
    assert "Murillo" not in _options(nlp, text, "Lukaku", "Who scored for Belgium?", match=True)
    options = _options(nlp, text, "Lukaku", "Who scored a third goal?")
    # spaCy reads "Dries" and "Thibaut Courtois" as organisations: two players are left.
    assert sorted(options) == ["Carrasco", "Murillo"]


def test_no_options_where_the_article_says_the_same_of_another(nlp: Any) -> None:
    # Three men won the Man of the Match award that day: "Who won it?" has three answers.
    text = (
        "Swedish captain Andreas Granqvist won the Budweiser Man of the Match award. "
        "Lukaku won the Budweiser Man of the Match award. "
        "Harry Kane won the Budweiser Man of the Match award."
    )
    stem = "In the 2018 FIFA World Cup, who won the Budweiser Man of the Match award?"
    assert _options(nlp, text, "Andreas Granqvist", stem) == []


def test_a_surname_one_letter_off_a_full_name_is_put_right(nlp: Any) -> None:
    # Review 5, row 13: the key "Water" copied the article's typo for Kathryn Waters.
    text = (
        "Kathryn Waters, director of the gallery, expressed interest in further donations. "
        '"I think everybody knows Andy Warhol\'s name", Water said.'
    )
    sentences = list(nlp(text).sents)
    per_sentence = people_named([sentence_facts(s, n) for n, s in enumerate(sentences)])
    said = [f for f in per_sentence[1] if f.kind == "person" and "Warhol" not in f.text]
    assert [f.text for f in said] == ["Waters"]
    assert spelled_source(sentences[1], said[0]).endswith("Waters said.")
