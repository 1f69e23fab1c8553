"""Facts the generator refused for no good reason (issue #11, one question per 60 words): a
renaming after the asked phrase, an "it" of a time clause, a constituency taken for a camp,
a city the model took for a person; and made-up names that stand out from the key's."""

from __future__ import annotations

from typing import Any

from questions.generate import generate
from questions.generate.camps import name_camps
from questions.generate.definites import name_country
from questions.generate.distractors import choose_distractors
from questions.generate.facts import Fact, sentence_facts
from questions.generate.options import article_context, option_context
from questions.generate.participles import participle_question
from questions.generate.places import places_named
from questions.generate.references import unresolved_reference
from questions.generate.relabel import people_named
from questions.generate.write import wh_question

CONSTITUENCIES = (
    "In the Kowloon East geographical constituency, pro-Beijing district councillor Wilson Or "
    "was elected with 51,516 votes. Nonpartisan Paul Tse and Wong Kwok-kin of the FTU were "
    "successfully re-elected. In the New Territories West geographical constituency, "
    "pan-democrat Eddie Chu was elected with 84,121 votes. The pro-Beijing camp candidates "
    "elected there were Michael Tien and Alice Mak. In the Hong Kong Island geographical "
    "constituency, Regina Ip was re-elected with 60,760 votes."
)


def _ask(nlp: Any, text: str, answer: str) -> str | None:
    """Write the wh-question whose key is `answer` in a one-sentence text."""
    sentence = next(nlp(text).sents)
    fact = next(f for f in sentence_facts(sentence, 0) if f.text == answer)
    stem, _ = wh_question(sentence, fact, {})
    return stem.text if stem else None


def _facts(nlp: Any, text: str) -> tuple[list[Fact], list[Any]]:
    """Return a small article's facts as the pipeline names them, and its sentences."""
    sentences = list(nlp(text).sents)
    found = [sentence_facts(s, n) for n, s in enumerate(sentences)]
    found = people_named(places_named(found, sentences), sentences)
    return [f for facts in found for f in facts], sentences


def _options(nlp: Any, text: str, key: str, stem: str) -> list[str]:
    """Return the wrong options of a question on `key` in a small article."""
    facts, sentences = _facts(nlp, text)
    fact = next(f for f in facts if f.text == key)
    ctx = option_context(article_context(text, facts, sentences, 2016), fact, stem)
    return choose_distractors(fact, key, facts, "", stem, ctx)[0]


def test_a_renaming_after_the_asked_number_goes_with_it(nlp: Any) -> None:
    """'…, the highest in the constituency' renames the votes: it no longer hangs after the
    verb ("… elected the highest in …?", refused as broken)."""
    text = (
        "For the Pro-Beijing camp, Elizabeth Quat of DAB was elected with 58,825 votes, the "
        "highest in the constituency."
    )
    assert _ask(nlp, text, "58,825") == (
        "With how many votes was Elizabeth Quat of DAB elected for the Pro-Beijing camp?"
    )


def test_an_it_of_a_time_clause_is_asked_by_the_sentence_s_named_subject(nlp: Any) -> None:
    text = (
        "The Weatherspoon Art Museum at the University of North Carolina at Greensboro saw "
        "attendance levels reach 11,000 visitors when it exhibited its Warhol collection in "
        "2010."
    )
    assert _ask(nlp, text, "2010") == (
        "In which year did the Weatherspoon Art Museum at the University of North Carolina "
        "at Greensboro exhibit its Warhol collection?"
    )


def test_an_it_standing_for_an_unnamed_thing_is_not_asked(nlp: Any) -> None:
    """'The bridge … when it …': the question would name no bridge."""
    text = "The old bridge was closed to traffic when it flooded in 2010."
    assert _ask(nlp, text, "2010") is None


def test_a_constituency_takes_no_camp_and_offers_the_other_winners(nlp: Any) -> None:
    """A place a camp word stands beside is where both camps run: people elected elsewhere
    are options for who won it (before, every one was 'seldom beside' it: no options)."""
    sentences = list(nlp(CONSTITUENCIES).sents)
    assert "kowloon east" not in name_camps(sentences)
    stem = "Who was elected with 51,516 votes in the Kowloon East geographical constituency?"
    options = _options(nlp, CONSTITUENCIES, "Wilson Or", stem)
    assert len(options) == 3
    assert set(options) <= {"Eddie Chu", "Michael Tien", "Alice Mak", "Regina Ip",
                            "Wong Kwok-kin", "Paul Tse"}  # fmt: skip


def test_made_up_names_are_written_as_the_key(nlp: Any) -> None:
    """'Wu Chi-wai': no 'Feng Weigang' beside him; a made-up name has his hyphen too."""
    text = (
        "Pan-democracy camp councillor Wu Chi-wai of the Democratic Party was elected in "
        "Hong Kong, China."
    )
    stem = "Pan-democracy camp councillor _____ of the Democratic Party was elected."
    options = _options(nlp, text, "Wu Chi-wai", stem)
    assert all("-" in option for option in options), options


def test_a_city_the_model_took_for_a_person_is_a_city_of_the_story_s_country(nlp: Any) -> None:
    text = (
        "Workers at the damaged Fukushima nuclear plant returned after the earthquake in "
        "Japan. Officials in Japan issued tsunami warnings."
    )
    facts, _ = _facts(nlp, text)
    kinds = {f.text: (f.kind, f.subtype) for f in facts}
    assert kinds["Fukushima"] == ("place", "city")


def test_a_verbless_tail_after_a_count_details_what_was_counted(nlp: Any) -> None:
    """'…, in 2007 and a second recently' left the question split by a comma."""
    text = (
        "The Andy Warhol Foundation for the Visual Arts made two donations to USI Art "
        "Collections, in 2007 and a second recently."
    )
    assert _ask(nlp, text, "two") == (
        "How many donations did the Andy Warhol Foundation for the Visual Arts make to USI "
        "Art Collections?"
    )


def test_a_tail_with_a_verb_of_its_own_stays(nlp: Any) -> None:
    """'…, with Junius Ho defeating …' is a clause: it is no detail of the count to drop."""
    text = (
        "Two veteran politicians were defeated in this constituency, with Junius Ho "
        "defeating Lee Cheuk-yan by around five thousand votes."
    )
    asked = _ask(nlp, text, "Two")
    assert asked is None or "defeating" in asked


def _participle(nlp: Any, text: str, answer: str) -> str | None:
    """Write the opening participle clause's question on `answer`, if any."""
    sentence = next(nlp(text).sents)
    fact = next(f for f in sentence_facts(sentence, 0) if f.text == answer)
    stem = participle_question(sentence, fact, {})
    return stem.text if stem else None


def test_a_count_in_an_opening_participle_is_asked_of_the_named_doer(nlp: Any) -> None:
    """The participle's doer is the person named after it, its time the main verb's."""
    text = (
        "Writing to seven international newspapers, Naoto Kan, the Japanese prime minister, "
        "expressed his gratitude to people globally for their support."
    )
    assert _participle(nlp, text, "seven") == (
        "To how many international newspapers did Naoto Kan write?"
    )


def test_a_participle_whose_doer_is_a_pronoun_is_not_asked(nlp: Any) -> None:
    text = "Writing to seven newspapers, he expressed his gratitude for their support."
    assert _participle(nlp, text, "seven") is None


def test_other_after_like_is_other_than_the_named_subject(nlp: Any) -> None:
    """'USI's gallery, like 189 other galleries': other than USI's, named right there."""
    doc = nlp("USI's art gallery, like 189 other galleries in Indiana, is a recipient of a grant.")
    fact = next(f for f in sentence_facts(doc[:], 0) if f.text == "189")
    stem = "USI's art gallery, like _____ other galleries in Indiana, is a recipient of a grant."
    assert unresolved_reference(doc[:], fact, stem) is None


STORY = (
    "Polaroid exhibit opens in Indiana\n\nTuesday, January 28, 2014\n\n"
    "The program has seeded galleries throughout the United States with over 28,000 "
    "photographs. Universities across the United States also include Polaroids of unknown "
    "people. A gallery in Evansville, like 189 other educational galleries and museums around "
    "the country, is a recipient of a major donor program. A publisher from Italy is in the "
    "photographs. The exhibit opened on Thursday with a display of 100 Polaroids, the "
    "curator said. The gallery will hold the exhibit until March 9, when 40 prints go on "
    "to Chicago. Curator Kristen Wilkins said the program began in 2007 with 500 invitations."
)


def test_the_country_is_the_story_s_own_country() -> None:
    """'around the country', in an article set in the United States, is said by its name."""
    result = generate(STORY, slug="t", title="Polaroid exhibit opens in Indiana")
    asked = [q.text.splitlines()[-1] for q in result.qset.questions]
    assert any("around the United States" in q for q in asked), asked
    assert not any("the country" in q for q in asked), asked


def test_the_country_beside_another_named_country_is_that_one(nlp: Any) -> None:
    """'quoting North Korea's agency, the country's military': not the story's country."""
    sentence = next(
        nlp("Quoting North Korea's news agency, the country's military is on high alert.").sents
    )
    replace: dict[int, str] = {}
    name_country(sentence, "South Korea", replace)
    assert replace == {}
