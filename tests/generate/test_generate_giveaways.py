"""Review 5's giveaways: an adverb asked as an ordinal, a key that echoes the stem, a typo."""

from __future__ import annotations

from typing import Any

from questions.generate import GenerationResult
from questions.generate.facts import Fact, sentence_facts
from questions.generate.giveaways import adverb_ordinal, echoed_option, player_named
from questions.generate.slips import misspelt
from tests.generate.generated import SharedGenerations

WARHOL = (
    "Wilkins explained Warhol's obsession with celebrities began when he first collected head "
    "shots as a kid and continued as a passion throughout his life."
)


def test_an_ordinal_that_says_when_is_not_asked(nlp: Any) -> None:
    # "when he _____ collected head shots": "second", "third" are absurd there, not wrong.
    sentence = next(nlp(WARHOL).sents)
    fact = next(f for f in sentence_facts(sentence, 0) if f.kind == "ordinal")
    assert adverb_ordinal(sentence, fact) is not None
    counted = next(nlp("Belgium faced Panama in the first game of Group G.").sents)
    fact = next(f for f in sentence_facts(counted, 0) if f.kind == "ordinal")
    assert adverb_ordinal(counted, fact) is None  # the first game: which game


def test_a_key_that_alone_repeats_a_name_of_the_stem_is_refused() -> None:
    stem = "Where will Space Shuttle Endeavour be sent in Los Angeles, California?"
    key = "California Science Center"
    others = ["Space Center Houston", "Kennedy Space Center", "Marshall Space Flight Center"]
    assert echoed_option(stem, key, others) is not None
    # When a wrong option shares the word, the word tells nothing.
    assert echoed_option(stem, key, ["California Academy of Sciences", *others[:2]]) is None


def test_a_copied_misspelling_is_refused_and_a_rare_word_is_not(nlp: Any) -> None:
    typo = next(nlp("The Museum of Flight will recieve the trainer from NASA.").sents)
    assert misspelt(typo, "What will the Museum of Flight recieve from NASA?") is not None
    rare = next(nlp("Mandatory iodisation of bread salt began in 2009.").sents)
    assert misspelt(rare, "When did mandatory iodisation of bread salt begin?") is None
    british = next(nlp("The organisation recognised the colour of the flag.").sents)
    assert misspelt(british, "Which organisation recognised the colour of the flag?") is None


def test_the_warhol_and_shuttle_quizzes_carry_none_of_the_three(
    generation: SharedGenerations,
) -> None:
    for slug in ("warhol-photo-legacy", "nasa-shuttle-anniversary"):
        for question in generation.corpus(slug).qset.questions:
            assert "first" not in question.options, question.text
            assert "recieve" not in question.text
            assert not ("California" in question.text and "California Science Center"
                        in question.options), question.text  # fmt: skip


def test_one_country_of_a_list_is_asked_with_options_the_article_never_names(
    seed_text: str, seed_result: GenerationResult
) -> None:
    questions = seed_result.qset.questions
    listed = [
        q for q in questions if "_____, Kyrgyzstan" in q.text or "_____ and Pakistan" in q.text
    ]
    assert listed, [q.text for q in questions]
    for question in listed:
        wrong = [o for i, o in enumerate(question.options) if i != question.answer]
        assert all(o not in seed_text for o in wrong), wrong  # the only right option is the key


def test_country_options_come_from_the_keys_neighbourhood() -> None:
    from questions.generate.distractors import choose_distractors
    from questions.generate.facts import Fact

    fact = Fact(0, 0, 1, "Kazakhstan", "GPE", "place", "country")
    options, origin = choose_distractors(fact, "Kazakhstan", [], "Kazakhstan joined.", "seed")
    assert origin == "library"
    assert "Turkmenistan" in options or "Uzbekistan" in options, options  # not Italy or Chile


def test_a_round_year_gets_round_years() -> None:
    from questions.generate.variants import year_variants

    # "By 2050": 2047, 2048, 2049 are no horizon anyone would weigh (review 6, row 18).
    assert all(int(y) % 5 == 0 for y in year_variants("2050"))
    assert "2014" in year_variants("2013")  # an ordinary year keeps its neighbours


def test_a_city_before_its_state_gets_that_states_cities(nlp: Any) -> None:
    from questions.generate.fit import only_places
    from questions.generate.options import article_context, option_context

    stem = "Endeavour will be sent to the California Science Center in _____, California."
    fact = Fact(0, 0, 1, "Los Angeles", "GPE", "place", "city")
    context = option_context(article_context(stem, [fact], [], None), fact, stem)
    options = only_places(fact, "Los Angeles", context)
    assert options and {"San Diego", "San Francisco"} <= set(options), options
    assert "Houston" not in options and "Los Angeles" not in options


def test_a_big_citys_state_is_not_asked(nlp: Any) -> None:
    from questions.generate.fit import only_places
    from questions.generate.options import article_context, option_context

    # Sweep: "The Museum of Flight in Seattle, _____" with California, Texas and Florida:
    # every reader knows Seattle's state, so no options are found and the blank is refused.
    stem = "The Museum of Flight in Seattle, _____ was proposed as a location for a shuttle."
    fact = Fact(0, 0, 1, "Washington", "GPE", "place", "state")
    context = option_context(article_context(stem, [fact], [], None), fact, stem)
    assert only_places(fact, "Washington", context) == []
    # a small town's state is no such giveaway: its slot is left to the usual options
    town = stem.replace("Seattle", "McMinnville")
    context = option_context(article_context(town, [fact], [], None), fact, town)
    assert only_places(fact, "Washington", context) is None


def test_a_quotation_is_not_given_a_full_name() -> None:
    from questions.generate.fullnames import full_names

    stem = 'Who said "I think it was strong when Warhol was living"?'
    assert full_names(stem, {"Warhol": "Andy Warhol"}, "Elaine Gustafon") == stem
    said = "Who said Warhol was both an artist and a businessperson?"
    assert "Andy Warhol" in full_names(said, {"Warhol": "Andy Warhol"}, "Kristen Wilkins")


def test_person_options_have_the_keys_form_and_korea_gets_its_region(
    generation: SharedGenerations,
) -> None:
    from questions.generate.library import library_options

    near = library_options(Fact(0, 0, 1, "South Korea", "GPE", "place", "country"), "South Korea")
    assert {"Bangladesh", "Indonesia"}.isdisjoint(near[:6]), near[:6]
    for slug in ("warhol-photo-legacy", "world-cup-2018-day-five"):
        for question in generation.corpus(slug).qset.questions:
            if "person" in question.tags:
                # a name of its own ("Halston") takes full names: a bare surname beside it
                # reads as no name (`surnamed.mononym`)
                rivals = [o for o in question.options if o != question.correct_option]
                single = " " not in question.correct_option
                options = rivals if single else question.options
                forms = {" " in option for option in options}
                assert len(forms) == 1, question.options  # all full names, or all surnames


def test_a_sides_own_player_named_in_the_question_gives_the_side_away(
    generation: SharedGenerations,
) -> None:
    # Review 11: "…, _____'s Kim Shin-Wook was shown a yellow card" (Korea's Kim, the article
    # says) and "which country substituted Park Joo-Ho" offered Panama, Belgium, Tunisia.
    teams = {"kim shin-wook": frozenset({"korea"})}
    stem = "In the match against Sweden, _____'s Kim Shin-Wook was shown a yellow card."
    assert player_named(stem, "Korea", ["Panama", "Belgium", "Tunisia"], teams) is not None
    assert player_named(stem, "Korea", ["Panama", "South Korea", "Tunisia"], teams) is None
    assert player_named("Who scored for _____?", "Korea", ["Panama"], teams) is None
    texts = [q.text for q in generation.corpus("world-cup-2018-day-five").qset.questions]
    assert not [t for t in texts if "Kim Shin-Wook" in t or "Park Joo-Ho" in t]
