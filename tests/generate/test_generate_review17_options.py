"""Blind review 17's distractor and framing failures, as general rules on made-up sentences.

Options of another kind taken from the article (a team's yardage for a kick's length, bare
numbers for a fee in dollars, a mountain for a continent, people for "the Moon"), and
narrative framing gone wrong ("the score of 24–10 16–10", "afterwards, …", "… for the
Panthers" left over from "Unfortunately for the Panthers").
"""

from __future__ import annotations

from typing import Any

from questions.generate import generate
from questions.generate.facts import Fact, sentence_facts
from questions.generate.fragments import fragment
from questions.generate.introduced import introductions
from questions.generate.moved import fronted
from questions.generate.optionkinds import currency, wrong_kind
from questions.generate.quality import determined_person
from questions.generate.samekind import same_kind
from questions.generate.stems import cloze

MATCH = """Harbor Hawks beat Valley Rams 20–13 in the league final

Monday, October 5, 2015

On Sunday, the Harbor Hawks defeated the Valley Rams by a score of 20–13 in the league \
final at Grant Field in Milton. The Hawks opened the scoring with Peter Holm's 41-yard \
field goal. The Rams answered when Dan Ortiz ran for a touchdown. Afterwards, the Hawks \
increased the score with Holm kicking a 27-yard field goal. Later, Ortiz's 36-yard kick \
made the score 13–10. Unfortunately for the Rams, Mark Tully forced Ortiz to fumble at \
the Rams' ten-yard line. Quarterback Sam Reyes completed 18 of 30 passes for 212 yards. \
The Hawks recorded 301 yards in the game. The Hawks won their first title since 1994, \
and Reyes was named the most valuable player of the final.
"""


def _sized(nlp: Any, text: str, number: str) -> Fact:
    """The quantity fact of a made-up sentence whose text starts with `number`."""
    doc = nlp(text)
    facts = [f for s in doc.sents for f in sentence_facts(s, 0)]
    return next(f for f in facts if f.kind == "quantity" and f.text.startswith(number))


def test_a_kicks_length_takes_only_lengths_of_the_same_kind_of_kick(nlp: Any) -> None:
    key = _sized(nlp, "Holm scored with a 41-yard field goal.", "41")
    assert key.unit == "yard" and key.described == "field goal"
    alike = _sized(nlp, "Gano's 44-yard field goal attempt hit the post.", "44")
    line = _sized(nlp, "Newton led the offense to the 28-yard line.", "28")
    total = _sized(nlp, "The Broncos recorded only 194 yards.", "194")
    assert same_kind(alike, key, key.text)
    assert not same_kind(line, key, key.text)  # a place on the field, no kick
    assert not same_kind(total, key, key.text)  # a team's yards, no kick's length
    assert not same_kind(key, total, total.text)  # nor a kick's length a team's total


def test_a_figure_after_a_possessive_name_is_no_fragment_of_it() -> None:
    text = "Kicker Graham Gano's 44-yard field goal attempt hit the post."
    assert not fragment("44-yard", text)
    assert fragment("Visual Arts", "the Andy Warhol Foundation for the Visual Arts")


def test_a_sum_of_money_takes_only_sums_in_its_own_currency() -> None:
    fee = Fact(0, 0, 1, "$25", "MONEY", "money")
    assert currency("2.6 million euros") == ("", "euro")
    assert wrong_kind(fee, "", "180")  # a bare number: no fee in dollars
    assert wrong_kind(fee, "", "£12")
    assert not wrong_kind(fee, "", "$12")


def test_a_continent_takes_only_continents() -> None:
    africa = Fact(0, 0, 1, "Africa", "LOC", "place", "place")
    assert wrong_kind(africa, "", "Mount Kilimanjaro")
    assert not wrong_kind(africa, "", "Europe")
    mountain = Fact(0, 0, 2, "Mount Kenya", "LOC", "place", "place")
    assert wrong_kind(mountain, "", "Asia")


def test_a_person_said_with_the_is_no_person(nlp: Any) -> None:
    sentence = next(nlp("Much like the Moon is to the Earth, the planet is locked.").sents)
    moon = Fact(0, 3, 4, "Moon", "PERSON", "person")
    assert determined_person(sentence, moon) is not None
    named = next(nlp("The coach praised Peter Holm after the game.").sents)
    assert determined_person(named, Fact(0, 3, 5, "Peter Holm", "PERSON", "person")) is None


def test_a_value_does_not_name_a_later_noun(nlp: Any) -> None:
    found: dict[tuple[str, ...], str | None] = {}
    introductions(next(nlp("The Hawks won by a score of 20–13 on Sunday.").sents), found)
    assert ("score",) not in found


def test_an_adverbs_for_phrase_goes_with_the_adverb(nlp: Any) -> None:
    doc = nlp("Unfortunately for the Rams, Mark Tully forced Ortiz to fumble.")
    verb = next(t for t in doc if t.dep_ == "ROOT")
    moved, problem = fronted([t for t in doc if t.i < 5], verb)
    assert not problem and not moved  # not "… to fumble for the Rams"
    doc = nlp("Later in the day, the mayor opened the bridge.")
    verb = next(t for t in doc if t.dep_ == "ROOT")
    moved, _ = fronted([t for t in doc if t.i < 5], verb)
    assert [t.text for t in moved][:4] == ["Later", "in", "the", "day"]


def test_a_blank_drops_a_past_sentences_opening_adverb(nlp: Any) -> None:
    doc = nlp("Afterwards, the Hawks increased their lead with a 27-yard field goal.")
    fact = next(f for f in sentence_facts(next(doc.sents), 0) if f.kind == "quantity")
    stem = cloze(fact, list(doc), {})
    assert stem is not None and stem.text.startswith("The Hawks increased"), stem.text
    doc = nlp("Currently, the plant employs 300 workers.")
    fact = next(f for f in sentence_facts(next(doc.sents), 0) if f.text == "300")
    stem = cloze(fact, list(doc), {})
    assert stem is not None and stem.text.startswith("Currently,"), stem.text


def test_a_match_report_keeps_its_kinds_and_grammar() -> None:
    questions = generate(MATCH, slug="m", title="m").qset.questions
    assert questions
    for question in questions:
        text = question.text.lower()
        assert "score of 20–13 13–10" not in text and "score of 20–13 with" not in text
        assert ", afterwards," not in text and "for the rams?" not in text, question.text
        key = question.options[question.answer]
        if key.endswith("-yard"):  # a kick's length among kicks' lengths
            assert all(o.endswith("-yard") for o in question.options), question.options
        if key.endswith(" yards"):
            assert all(o.endswith(" yards") for o in question.options), question.options


def test_a_stem_naming_the_keys_people_leaves_every_option_of_them() -> None:
    from questions.generate.giveaways import echoed_option

    stem = "Quoting _____'s news agency Korean Central News Agency, the army is on alert."
    assert echoed_option(stem, "North Korea", ["China", "Japan", "South Korea"])
    headline = "📰 North Korea shells border\nWhich country evacuated the town?"
    assert echoed_option(headline, "South Korea", ["Japan", "China", "North Korea"]) is None


def test_a_dated_framing_puts_a_present_perfect_in_the_past(nlp: Any) -> None:
    from questions.generate.tense import perfect_in_past

    sentence = next(nlp("The country's army has been placed on high alert.").sents)
    stem = "In August 2015, the country's army has been placed on _____."
    assert (
        perfect_in_past(stem, sentence) == "In August 2015, the country's army was placed on _____."
    )
    sentence = next(nlp("The rebels have taken the town of Mora.").sents)
    stem = "In May 2012, the rebels have taken the town of _____."
    assert perfect_in_past(stem, sentence) == "In May 2012, the rebels took the town of _____."
