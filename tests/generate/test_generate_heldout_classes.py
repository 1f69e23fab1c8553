"""Classes of fact the held-out articles lost: a town's region asked instead of the town,
a relative clause's indefinite antecedent ("a petition") asked as any such thing, a titled
name taken for a thing's, and a thing named once far back ("the hashtag, #…,") said bare.
Each rule is shown on made-up sentences."""

from __future__ import annotations

from typing import Any

from questions.generate.acronyms import expand_acronyms
from questions.generate.context import parse
from questions.generate.dates import ArticleDate
from questions.generate.facts import Fact, sentence_facts
from questions.generate.forms import write_form
from questions.generate.regions import locates_city
from questions.generate.render import join


def _facts(nlp: Any, text: str) -> tuple[Any, dict[str, Fact]]:
    sentence = next(nlp(text).sents)
    return sentence, {f.text: f for f in sentence_facts(sentence, 0)}


def _asked(nlp: Any, text: str, key: str) -> str | None:
    sentence, facts = _facts(nlp, text)
    stem = write_form(sentence, facts[key], {}, None)[0]
    return stem.text if stem is not None else None


def test_a_region_after_its_town_only_locates_the_town(nlp: Any) -> None:
    sentence, facts = _facts(nlp, "A nurse from Plano, Texas, won the award on May 4.")
    assert locates_city(sentence, facts["Texas"])
    assert not locates_city(sentence, facts["Plano"])  # the town is the story's fact
    sentence, facts = _facts(nlp, "The chef opened a bakery in Lyon, France, in 2019.")
    assert locates_city(sentence, facts["France"])


def test_a_region_said_on_its_own_is_the_fact(nlp: Any) -> None:
    sentence, facts = _facts(nlp, "In Texas, the nurse won the award on May 4.")
    assert not locates_city(sentence, facts["Texas"])
    sentence, facts = _facts(nlp, "The nurse moved from Ohio to Texas on May 4.")
    assert not locates_city(sentence, facts["Texas"])


def test_a_relative_clauses_antecedent_is_the_one_the_subject_made(nlp: Any) -> None:
    text = "Acme Corp opened a factory which employs 300 workers in Ohio."
    assert _asked(nlp, text, "300") == (
        "How many workers does the factory opened by Acme Corp employ in Ohio?"
    )
    text = "Maria Lopez wrote a novel that sold 20,000 copies in France."
    assert _asked(nlp, text, "20,000") == (
        "How many copies did the novel written by Maria Lopez sell in France?"
    )
    # the main clause's own question keeps its indefinite object
    assert (
        _asked(nlp, text, "Maria Lopez") == "Who wrote a novel that sold 20,000 copies in France?"
    )


def test_an_undone_deed_names_no_antecedent(nlp: Any) -> None:
    text = "Acme Corp will open a factory which employs 300 workers in Ohio."
    assert "the factory opened" not in (_asked(nlp, text, "300") or "")
    text = "Acme Corp did not open a factory which employs 300 workers in Ohio."
    assert "the factory opened" not in (_asked(nlp, text, "300") or "")
    # a doer that is no name says nothing of which one
    text = "The council approved a budget that sets aside 40 million dollars for parks."
    assert "approved by" not in (_asked(nlp, text, "40 million dollars") or "")


def test_a_titled_name_is_a_persons_whatever_the_name_lists_say(nlp: Any) -> None:
    # "Barack" is in no first-name list, and "Obama" a common word to the word counts
    for text in (
        "Mayor Barack Obama opened the new library in Boston on Friday.",
        "Ranging from President Barack Obama to singer Mark Lee, many wrote to the boy.",
    ):
        assert _facts(nlp, text)[1]["Barack Obama"].kind == "person"
    # a thing's name beside no person's title stays a name
    facts = _facts(nlp, "The ship Golden Horizon Star docked in Lisbon on Monday.")[1]
    assert facts["Golden Horizon Star"].kind != "person"


_BETWEEN = (
    "Volunteers cleaned the beach on Saturday morning. The mayor thanked the volunteers "
    "at the town hall. Local shops gave free coffee to the workers. Reporters filmed the "
    "cleanup from a boat."
)


def _said(paragraphs: tuple[str, ...], words: str) -> str:
    parsed = parse(paragraphs, ArticleDate(6, 9, 2019), "Town cleans its beach")
    index = next(n for n, s in enumerate(parsed.sentences) if s.text.startswith(words))
    return join(parsed.sentences[index], parsed.replace[index])


def test_the_one_named_thing_of_its_noun_is_named_however_far_back() -> None:
    started = (
        "The local paper wrote that the hashtag on Twitter, #SaveTheDunes, had become a local "
        "phenomenon."
    )
    later = "The hashtag was shared over 5,000 times by Friday."
    said = _said((started, _BETWEEN, later), "The hashtag was")
    assert said.startswith("The hashtag #SaveTheDunes was shared")
    ruled = "The fine follows the ruling of the Federal Court of Appeal on May 3."
    again = "The council said it will respect the ruling of the Federal Court of Appeal."
    later = "The ruling was called unfair by the owners of the beach bars."
    said = _said((ruled, again, _BETWEEN, later), "The ruling was")
    assert said.startswith("The ruling of the Federal Court of Appeal was called")
    # "the Federal Court" may be another court than "the Federal Court of Appeal"
    other = "The council said it will respect the ruling of the Federal Court."
    said = _said((ruled, other, _BETWEEN, later), "The ruling was")
    assert said.startswith("The ruling was called")


def test_a_noun_said_of_two_things_stays_unnamed() -> None:
    ruled = "The fine follows the ruling of the Federal Court of Appeal on May 3."
    later = "The ruling was called unfair by the owners of the beach bars."
    other = "The owners also fought the ruling of the council in April."
    assert _said((ruled, other, _BETWEEN, later), "The ruling was").startswith("The ruling was")
    new = "A week later a regional judge gave a ruling on the harbour."
    assert _said((ruled, new, _BETWEEN, later), "The ruling was").startswith("The ruling was")


def test_a_spelled_out_acronym_after_the_questions_own_the_takes_no_second() -> None:
    # the stem's "the" is no word of its sentence ("US President … tweeted"): still an article
    names = {"US": "the United States"}
    asked = expand_acronyms("Who was the US President in May 2015?", names, "Ann Lee")
    assert asked == "Who was the United States President in May 2015?"


def test_a_bare_noun_made_by_the_body_it_was_named_of_is_that_bodys() -> None:
    asked = "The owners fought the request of the City of Turin to close the bars."
    made = "The request was made by the City of Turin in 2010."
    said = _said((asked, _BETWEEN, made), "The request was")
    assert said.startswith("The request of the City of Turin was made in 2010")
    # made by someone else: that maker stays; never named "of" anyone: the bare words
    other = "The request was made by the mayor in 2010."
    assert "made by the mayor in 2010" in _said((asked, _BETWEEN, other), "The request was")
    unnamed = "The owners fought the request to close the bars."
    assert _said((unnamed, _BETWEEN, made), "The request was").startswith("The request was made")
