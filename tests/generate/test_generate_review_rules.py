"""The rules the blind review asked for, each on the kind of sentence that broke it."""

from __future__ import annotations

from typing import Any

from questions.generate.facts import Fact, sentence_facts
from questions.generate.farplaces import far_places
from questions.generate.fragments import fragment
from questions.generate.optionkinds import wrong_kind
from questions.generate.options import (
    article_context,
    implausible_options,
    option_context,
    option_problem,
)
from questions.generate.quality import (
    broken_movement,
    dangling_opening,
    descriptor_in_name,
    key_fragment,
    negated,
    thin_context,
)
from questions.generate.references import unresolved_reference
from questions.generate.unique import repeated_ordinal, shared_answer
from tests.generate.generated import SharedGenerations


def _sentence_fact(nlp: Any, text: str, answer: str) -> tuple[Any, Fact]:
    """Parse a one-sentence text and return it with the fact whose text is `answer`."""
    sentence = next(nlp(text).sents)
    return sentence, next(f for f in sentence_facts(sentence, 0) if f.text == answer)


def _fact(text: str, kind: str, sentence: int = 0, subtype: str = "") -> Fact:
    """Build a fact that is not tied to a parse."""
    return Fact(sentence, 0, 0, text, "X", kind, subtype, "")


def test_a_key_that_is_one_item_of_a_list_is_refused(nlp: Any) -> None:
    # Afghanistan was also denied visas: "Morocco" is not the only right answer.
    sentence, fact = _sentence_fact(
        nlp, "Teams from Morocco and Iran both had difficulties crossing the border.", "Morocco"
    )
    assert shared_answer(sentence, fact) is not None
    sentence, fact = _sentence_fact(nlp, "Belgium defeated Panama 3–0 in Sochi.", "Belgium")
    assert shared_answer(sentence, fact) is None


def test_an_ordinal_is_refused_when_its_subject_acts_again(nlp: Any) -> None:
    # Lukaku scored Belgium's second goal too: "third" is not the only right answer.
    text = "Lukaku doubled the lead. Six minutes later, Lukaku scored a third goal for Belgium."
    sentences = list(nlp(text).sents)
    fact = next(f for f in sentence_facts(sentences[1], 1) if f.kind == "ordinal")
    assert repeated_ordinal(sentences[1], fact, sentences) is not None
    seed = next(nlp("Xi attended the 21st meeting of the Council of Heads of State.").sents)
    fact = next(f for f in sentence_facts(seed, 0) if f.kind == "ordinal")
    assert repeated_ordinal(seed, fact, [seed]) is None


def test_a_definite_reference_the_article_resolves_is_refused(nlp: Any) -> None:
    sentence, fact = _sentence_fact(
        nlp, "The match ended with Sweden winning three points.", "three"
    )
    stem = "The match ended with Sweden winning _____ points."
    assert "the match" in (unresolved_reference(sentence, fact, stem) or "").lower()
    sentence, fact = _sentence_fact(
        nlp, "In 2018, Belgium faced Panama at the Fisht Stadium in Sochi.", "2018"
    )
    stem = "In which year did Belgium face Panama at the Fisht Stadium in Sochi?"
    assert unresolved_reference(sentence, fact, stem) is None


def test_a_definite_that_describes_itself_is_kept(nlp: Any) -> None:
    # "the withdrawal of foreign troops" says what it is; "the match" in "the end of the
    # match" still points back into the article and is refused on its own.
    sentence, fact = _sentence_fact(
        nlp,
        "Afghanistan turned a new page after the withdrawal of foreign troops in 2021.",
        "Afghanistan",
    )
    stem = "Which country turned a new page after the withdrawal of foreign troops in 2021?"
    assert unresolved_reference(sentence, fact, stem) is None
    sentence, fact = _sentence_fact(nlp, "Sweden scored at the end of the match in 2018.", "Sweden")
    stem = "Which country scored at the end of the match in 2018?"
    assert "the match" in (unresolved_reference(sentence, fact, stem) or "")


def test_that_exhibit_is_a_reference_but_not_inside_a_quotation(nlp: Any) -> None:
    sentence, fact = _sentence_fact(
        nlp, "That exhibit combined the collections of Duke University and UNC Chapel Hill.",
        "Duke University",
    )  # fmt: skip
    stem = "That exhibit combined the collections of _____ and UNC Chapel Hill."
    assert "That exhibit" in (unresolved_reference(sentence, fact, stem) or "")
    sentence, fact = _sentence_fact(
        nlp, 'Cynthia Thompson said, "These images serve as documentation of his life."',
        "Cynthia Thompson",
    )  # fmt: skip
    stem = 'Who said, "These images serve as documentation of his life."?'
    assert unresolved_reference(sentence, fact, stem) is None


def test_for_the_first_time_is_an_idiom_and_at_the_time_a_reference(nlp: Any) -> None:
    sentence, fact = _sentence_fact(
        nlp, "In 2020, President Xi proposed the four communities for the first time.", "2020"
    )
    stem = "In which year did President Xi propose the four communities for the first time?"
    assert unresolved_reference(sentence, fact, stem) is None
    sentence, fact = _sentence_fact(nlp, "In 2020, President Xi was abroad at the time.", "2020")
    stem = "In which year was President Xi abroad at the time?"
    assert unresolved_reference(sentence, fact, stem) is not None


def test_the_previous_and_then_are_refused(nlp: Any) -> None:
    sentence, fact = _sentence_fact(
        nlp, "The previous election in Hong Kong was held in 2012.", "2012"
    )
    stem = "In which year was the previous election in Hong Kong held?"
    assert unresolved_reference(sentence, fact, stem) is not None
    assert dangling_opening("And Tunisia lost 1–2 to England.") is not None
    assert dangling_opening("Tunisia lost 1–2 to England.") is None


def test_a_short_question_must_name_two_things(nlp: Any) -> None:
    sentence, fact = _sentence_fact(nlp, "Nacer Chadli replaced Axel Witsel.", "Nacer Chadli")
    assert thin_context(sentence, fact, "Who replaced Axel Witsel?") is not None


def test_a_key_carrying_a_description_is_refused(nlp: Any) -> None:
    assert descriptor_in_name(None, _fact("Nonpartisan Paul Tse", "person")) is not None
    assert descriptor_in_name(None, _fact("Pan-democrat Lam Cheuk-ting", "person")) is not None
    assert descriptor_in_name(None, _fact("Elizabeth Quat", "person")) is None


def test_a_loose_tail_or_split_clause_is_refused() -> None:
    bad = "Which organization observed from the long line, the big hit of the evening?"
    assert broken_movement(bad, "wh", "rule:organization-object") is not None
    split = 'How many votes did "Super District Council" seats, Kwong Chun-yu receive?'
    assert broken_movement(split, "wh", "rule:count-object") is not None
    fine = "How many people remain displaced, as of April 12, 2011?"
    assert broken_movement(fine, "wh", "rule:count-subject") is None


def test_options_of_another_kind_are_refused() -> None:
    sochi = _fact("Sochi", "place", subtype="city")
    assert wrong_kind(sochi, "city", "England")
    assert not wrong_kind(sochi, "city", "Voronezh")
    org = _fact("Wikinews", "organization")
    assert wrong_kind(org, "", "K.C. Maurer") and wrong_kind(org, "", "Dean Kamen")
    assert not wrong_kind(org, "", "U.S. Senate")


def test_a_fragment_of_a_longer_name_is_no_option() -> None:
    text = "The Andy Warhol Foundation for the Visual Arts gave USI two gifts. USI thanked it."
    assert fragment("Visual Arts", text)
    assert not fragment("USI", text)


def test_a_person_option_must_be_a_person_on_the_same_side() -> None:
    article = [
        _fact("Andreas Granqvist", "person", 0), _fact("Sweden", "place", 0, "country"),
        _fact("Marcus Berg", "person", 1), _fact("Sweden", "place", 1, "country"),
        _fact("Kim Shin-Wook", "person", 2), _fact("South Korea", "place", 2, "country"),
        _fact("Andy Warhol", "person", 3),
    ]  # fmt: skip
    stem = "Who scored from the penalty spot, putting Sweden 1–0 up?"
    match = frozenset({"andreas granqvist", "marcus berg", "kim shin-wook"})  # a match report
    ctx = option_context(article_context("", article), article[0], stem, scene=match)
    assert option_problem("Marcus Berg", ctx) is None
    assert option_problem("Kim Shin-Wook", ctx) is not None  # Korea's player
    assert option_problem("Warhol Polaroid", ctx) is not None  # a surname and a camera
    assert option_problem("Polaroid", ctx) is not None  # nobody's surname here


def test_the_world_cup_article_no_longer_asks_a_two_answer_question(
    generation: SharedGenerations,
) -> None:
    qset = generation.corpus("world-cup-2018-day-five").qset
    # "Which goal for Belgium did Lukaku score?" has two answers; for which side, one
    assert all(q.correct_option == "Belgium" for q in qset.questions if "Lukaku score" in q.text)
    assert not any(q.text.startswith("The match") for q in qset.questions)


def test_organisation_options_are_names_not_words_or_people() -> None:
    team = _fact("Team Estonia", "organization")
    assert wrong_kind(team, "", "State")  # a word, not a name
    assert not wrong_kind(team, "", "Taliban")


def test_a_girl_named_alone_gets_first_names_as_options() -> None:
    from questions.generate.pools import is_first_name, person_names

    names = person_names("Gloria")
    assert len(names) >= 3 and all(is_first_name(n) and " " not in n for n in names)


def test_a_key_the_article_also_writes_as_a_word_is_refused() -> None:
    # "Bill" (of "the bill") as a person, "Homeopathy" (of "homeopathy") as an organisation
    bill = _fact("Bill", "person")
    names = article_context("passage of the bill required a majority.", [bill])
    ctx = option_context(names, bill, "Whose Passage required only a 1/2 majority?")
    assert implausible_options(bill, ["Terry", "Matthew"], ctx) is not None


def test_a_negated_question_is_refused() -> None:
    # Poland is not covered by the travel ban either: "Afghanistan" is not the only answer.
    assert negated("Which country does Donald Trump's travel ban not cover?") is not None
    assert negated("Which country isn't covered by the ban?") is not None
    assert negated("Which country evacuated 80 people from Yeoncheon?") is None
    # A "not" said inside a quotation is what was said: the question asks who said it.
    assert negated('Who said "Seventeen years ago, this would not have been possible"?') is None
    assert negated('"We will not accept _____," the minister said.') is not None


def test_numbers_in_words_and_figures_do_not_mix() -> None:
    votes = _fact("five thousand", "count")
    assert wrong_kind(votes, "", "60,760")
    assert not wrong_kind(votes, "", "four thousand")


def test_a_key_cut_out_of_a_longer_name_is_refused(nlp: Any) -> None:
    text = "The Andy Warhol Foundation for the Visual Arts made two donations to USI."
    sentence = next(nlp(text).sents)
    start = next(t.i for t in sentence if t.text == "Andy")
    cut = Fact(0, start, start + 3, "Andy Warhol Foundation", "ORG", "organization", "", "")
    assert key_fragment(sentence, cut) is not None
    words = [t.text for t in sentence]
    whole = Fact(0, start, words.index("made"), "Andy Warhol Foundation for the Visual Arts",
                 "ORG", "organization", "", "")  # fmt: skip
    assert key_fragment(sentence, whole) is None


def test_countries_from_a_list_are_refused_when_the_article_names_its_own() -> None:
    south = _fact("South Korea", "place", subtype="country")
    north = _fact("North Korea", "place", subtype="place")  # pycountry does not know the name
    assert far_places(south, "library", [south, north]) is not None
    assert far_places(south, "library", [south]) is None
