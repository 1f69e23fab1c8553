"""Person options from a nation's names in Latin letters ("Russian President Putin": Russian
surnames), and a match's own players as options whatever role or first name they have."""

from __future__ import annotations

from typing import Any

from questions.generate import GenerationResult
from questions.generate.people import person_options
from tests.generate.generated import SharedGenerations
from tests.generate.test_generate_people import _options

_SUMMIT = (
    "On June 28, the Chinese delegation held a video meeting with Russian President Putin. "
    "The Shanghai Cooperation Organization met in Dushanbe, Tajikistan, and Moscow, Russia."
)


def test_russian_president_putin_gets_russian_mens_surnames_in_latin_letters(nlp: Any) -> None:
    stem = "With whom did the Chinese delegation hold a video meeting on June 28?"
    options = _options(nlp, _SUMMIT, "Putin", stem)
    assert len(options) == 3
    assert all(o.isascii() and o.isalpha() and o.endswith(("ov", "ev", "in")) for o in options)


def test_a_russian_woman_gets_womens_surnames() -> None:
    names = person_options("Zakharova", [], said={"russian"})
    assert "Ivanova" in names and all(n.endswith("a") for n in names)


def test_russian_names_only_for_a_russian_named_so() -> None:
    assert person_options("Putin", []) == []  # the article does not say he is Russian
    assert person_options("Mohib", [], said={"russian"}) == []  # no Russian surname ends so


def test_the_seed_asks_whom_xi_met_with_russian_options(seed_result: GenerationResult) -> None:
    question = next(q for q in seed_result.qset.questions if q.options[q.answer] == "Putin")
    # the date the sentence opens with: the seed has no dateline to date the question by
    assert question.text == "With whom did President Xi Jinping hold a video meeting on June 28?"
    assert sorted(question.options) == ["Kalinin", "Putin", "Savelyev", "Vasilyev"]


def test_a_captains_goal_and_assist_get_his_teams_other_players(
    generation: SharedGenerations,
) -> None:
    qset = generation.corpus("world-cup-2018-day-five").qset
    doubled = next(q for q in qset.questions if "doubled the lead for Belgium in" in q.text)
    assert doubled.options[doubled.answer] == "Romelu Lukaku"
    # Belgium's own players of that match, "Eden Hazard" too, whom no name list knows
    assert {"Eden Hazard", "Yannick Carrasco"} <= set(doubled.options)
    assert not {"Harry Kane", "Marcus Berg", "Michael Murillo"} & set(doubled.options)
    # A penalty awarded Sweden was conceded by a Korean: Korea's players, not "Swedish
    # captain Andreas Granqvist" (blind review 8), though the stem names only Sweden.
    penalty = next(q for q in qset.questions if "conceded a penalty" in q.text)
    assert penalty.options[penalty.answer] == "Kim Min-Woo"
    assert "Andreas Granqvist" not in penalty.options
    assert {"Kim Shin-Wook", "Park Joo-Ho"} <= set(penalty.options)
    # "Marcus Berg missed a chance to put Sweden in the lead": a Swede, no option for the
    # Korean who conceded Sweden's penalty (blind review 11)
    assert "Marcus Berg" not in penalty.options


def test_a_chance_for_a_side_places_the_player_on_it(nlp: Any) -> None:
    from questions.generate.scenes import person_teams

    text = (
        "In the 20th minute, Marcus Berg missed a chance to put Sweden in the lead. "
        "Hwang Hee-Chan's header went wide, missing a chance to equalise for Korea. "
        "Kim Min-Woo conceded a penalty which the referee awarded Sweden. "
        "In the 69th minute, Romelu Lukaku doubled the lead for Belgium. "
        "Lukaku scored a third goal for Belgium, this time from Eden Hazard's assist."
    )
    teams = person_teams(list(nlp(text).sents))
    assert teams["marcus berg"] == {"sweden"}
    assert teams["hwang hee-chan"] == {"korea"}  # not "hwang hee-chan's"
    assert not teams.get("kim min-woo")  # the side a penalty is awarded is the other one
    # "Lukaku", tagged a place, is a person, no team: his assist giver is of his side
    assert teams["eden hazard"] == {"belgium"}


def test_a_captain_is_offered_his_matchs_players_but_no_referee() -> None:
    from dataclasses import replace

    from questions.generate.facts import Fact
    from questions.generate.fit import unfit
    from questions.generate.options import article_context, option_context

    roles = {"harry kane": "captain", "joel aguilar": "referee"}
    said = (frozenset({"harry kane", "jesse lingard", "joel aguilar"}),)
    base = replace(article_context("", []), roles=roles, by_sentence=said)
    kane = Fact(0, 0, 2, "Harry Kane", "PERSON", "person", "", "")
    stem = "In England's win over Tunisia at the 2018 FIFA World Cup, who scored a second goal?"
    in_match = option_context(base, kane, stem, scene=said[0])
    assert not unfit("Jesse Lingard", "Harry Kane", kane, in_match)  # a player, as the captain
    assert unfit("Joel Aguilar", "Harry Kane", kane, in_match)  # the referee plays for no side
    # Outside a match report the story's other people are plausible, whatever their role.
    assert not unfit("Jesse Lingard", "Harry Kane", kane, option_context(base, kane, stem))


def test_a_surname_shown_in_full_gets_full_names(generation: SharedGenerations) -> None:
    # "said Bolden" is shown as "Charles Bolden": surnames beside it would give it away.
    qset = generation.corpus("nasa-shuttle-anniversary").qset
    thanks = next(q for q in qset.questions if "We want to thank" in q.text)
    assert thanks.options[thanks.answer] == "Charles Bolden"
    assert all(len(o.split()) == 2 for o in thanks.options)


def test_a_first_name_of_a_latin_list_alone_tells_no_origin() -> None:
    from questions.generate.people import name_locale

    assert name_locale("Colette Heald", ("US",)) is None  # no French names for an MIT scientist
    assert name_locale("Naoto Kan", ("US",)) == "ja_JP"  # "Naoto" is Japanese wherever


def test_a_player_called_english_is_on_englands_side() -> None:
    from dataclasses import replace

    from questions.generate.facts import Fact
    from questions.generate.options import article_context, option_context, option_problem

    said = (frozenset({"kyle walker", "ferjani sassi"}), frozenset({"harry kane", "england"}))
    base = replace(article_context("", []), by_sentence=said, sides=frozenset({"England"}))
    base = replace(base, surnames=frozenset({"Walker", "Kane"}))
    kane = Fact(0, 0, 2, "Harry Kane", "PERSON", "person", "", "")
    stem = "In England's win over Tunisia, who scored a second goal?"
    match = said[0] | {"harry kane"}  # the sides of a match report: its players'
    ctx = option_context(replace(base, said_in={"kyle walker": (0,)}), kane, stem, scene=match)
    assert option_problem("Kyle Walker", ctx) is not None  # never said beside England
    # "English defender Kyle Walker": the article's own word puts him on England's side
    english = replace(ctx, teams={"kyle walker": frozenset({"english"})})
    assert option_problem("Kyle Walker", english) is None


def test_a_place_inside_the_quote_asked_about_is_no_side() -> None:
    from questions.generate.facts import Fact
    from questions.generate.options import article_context, option_context

    america = Fact(0, 0, 1, "America", "GPE", "place", "country", "")
    base = article_context("", [america])
    speaker = Fact(1, 0, 2, "Elaine Gustafon", "PERSON", "person", "", "")
    quoted = 'Who said "I think America\'s obsession with celebrity culture is as strong today"?'
    # Who said it is any of the article's speakers: "America" is what was said, not a side.
    assert option_context(base, speaker, quoted).sides == frozenset()
    assert option_context(base, speaker, "Who spoke for America?").sides == {"america"}


def test_a_sides_substitution_and_attempt_place_their_players(nlp: Any) -> None:
    # Blind-review sweep: "who replaced Axel Witsel?" offered Panama's Michael Murillo for
    # Belgium's change; "Belgium made a change, as …" and "Panama's attempt, by …" say sides.
    from questions.generate.scenes import person_teams

    text = (
        "Panama's attempt in the 54th minute, by Michael Murillo, was saved by the keeper. "
        "In the 90th minute, Belgium made a change, as Nacer Chadli replaced Axel Witsel."
    )
    teams = person_teams(list(nlp(text).sents))
    assert teams["michael murillo"] == {"panama"}
    assert teams["nacer chadli"] == {"belgium"} and teams["axel witsel"] == {"belgium"}
    # and so the article's question on the change offers Belgium's players only
    match = "In Belgium's win over Panama at the 2018 FIFA World Cup, who replaced Axel Witsel?"
    options = _options(nlp, text, "Nacer Chadli", match.split(", ", 1)[1], match=True)
    assert "Michael Murillo" not in options
