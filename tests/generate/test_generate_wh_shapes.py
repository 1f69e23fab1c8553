"""Wh-questions over shapes the plain inversion missed: renamings, purpose clauses, counts."""

from __future__ import annotations

from typing import Any

from questions.generate.counted import among_question, doing_question
from questions.generate.facts import sentence_facts
from questions.generate.inner import inner_question
from questions.generate.located import located_question
from questions.generate.phrasedamounts import own_item
from questions.generate.places import places_named
from questions.generate.quality import broken_movement
from questions.generate.references import unresolved_reference
from questions.generate.unique import shared_answer
from questions.generate.write import cloze, wh_question


def _fact(nlp: Any, text: str, answer: str) -> tuple[Any, Any]:
    """Return a one-sentence text's sentence and its fact whose text is `answer`."""
    sentence = next(nlp(text).sents)
    return sentence, next(f for f in sentence_facts(sentence, 0) if f.text == answer)


def _ask(nlp: Any, text: str, answer: str) -> str | None:
    """Write the wh-question whose key is `answer` in a one-sentence text."""
    stem, _ = wh_question(*_fact(nlp, text, answer), {})
    return stem.text if stem else None


def test_a_trailing_renaming_is_left_out(nlp: Any) -> None:
    text = (
        "On April 12, 1981, Space Shuttle Columbia lifted off from the Kennedy Space Center "
        "on STS-1, the first space shuttle mission."
    )
    assert _ask(nlp, text, "April 12, 1981") == (
        "When did Space Shuttle Columbia lift off from the Kennedy Space Center on STS-1?"
    )


def test_of_two_namings_the_one_with_a_name_stays(nlp: Any) -> None:
    text = (
        "Yau Wai-ching defeated another localist camp candidate, veteran politician Raymond "
        "Wong of the Proletariat Political Institute, by 424 votes."
    )
    assert _ask(nlp, text, "424") == (
        "By how many votes did Yau Wai-ching defeat veteran politician Raymond Wong of the "
        "Proletariat Political Institute?"
    )


def test_a_list_and_a_city_with_its_state_are_no_renaming(nlp: Any) -> None:
    text = "Teams from Sudan, Iran, Libya, and Yemen met Alex Reed in Houston, Texas in 2017."
    assert _ask(nlp, text, "2017") == (
        "In which year did teams from Sudan, Iran, Libya, and Yemen meet Alex Reed in "
        "Houston, Texas?"
    )


def test_a_number_with_a_thousands_comma_splits_no_clause() -> None:
    stem = "Since which year has the program seeded galleries with over 28,000 photographs?"
    assert broken_movement(stem, "wh", "rule:year-prep") is None


def test_the_other_of_a_pair_named_in_the_phrase_is_resolved(nlp: Any) -> None:
    text = "Since 2007 USI has been given 28,000 Warhol photographs and other artifacts."
    stem = "Since which year has USI been given 28,000 Warhol photographs and other artifacts?"
    assert unresolved_reference(*_fact(nlp, text, "2007"), stem) is None
    alone = _fact(nlp, "Other artifacts were given in 2007.", "2007")
    assert unresolved_reference(*alone, "In which year were other artifacts given?")


def test_a_count_in_a_purpose_clause_is_asked_over_the_main_verb(nlp: Any) -> None:
    text = (
        "The United Kingdom Home Office today is to begin issuing questionnaires in place of "
        "official interviews to determine refugee status for some 12,000 asylee hopefuls."
    )
    assert _ask(nlp, text, "12,000") == (
        "For about how many asylee hopefuls is the United Kingdom Home Office to begin issuing "
        "questionnaires in place of official interviews to determine refugee status today?"
    )


def test_a_group_something_is_among_is_counted_itself(nlp: Any) -> None:
    text = (
        "Teams from Sudan, Iran, Libya, and Yemen, which are covered, are among the 163 teams "
        "in the international robotics competition."
    )
    stem = among_question(*_fact(nlp, text, "163"), {})
    assert stem is not None
    assert stem.text == "How many teams are in the international robotics competition?"
    alone = "Teams from Sudan are among the 163 teams."
    assert among_question(*_fact(nlp, alone, "163"), {}) is None


def test_things_doing_something_at_a_past_date_are_counted_in_the_past(nlp: Any) -> None:
    text = (
        "Figures to be published today show a record 45,756 migrants crossing the Channel "
        "last year drove outstanding asylum claims over 150,000."
    )
    stem = doing_question(*_fact(nlp, text, "45,756"), {})
    assert stem is not None and stem.text == "How many migrants crossed the Channel last year?"
    undated = "Figures show 45,756 migrants crossing the Channel drove claims up."
    assert doing_question(*_fact(nlp, undated, "45,756"), {}) is None


def test_a_pair_of_dashes_sets_off_an_aside(nlp: Any) -> None:
    text = (
        "A spokesperson for NISA said officials had upgraded the crisis to level seven "
        "— the same applied to the Chernobyl disaster — because of the radiation in crops."
    )
    sentence, fact = _fact(nlp, text, "NISA")
    stem = inner_question(sentence, fact, {})
    assert stem is not None and "Chernobyl" not in stem.text and "—" not in stem.text


def test_an_amount_with_a_phrase_of_its_own_is_asked_without_the_rest_of_its_list(
    nlp: Any,
) -> None:
    text = (
        "Earmarks in the Senate's bailout bill included $192 million in tax rebates for the "
        "Virgin Islands rum industry, $148 million in tax cuts for the wool industry, and $48 "
        "million in Hollywood tax incentives."
    )
    sentence, fact = _fact(nlp, text, "$192 million")
    assert shared_answer(sentence, fact) is None
    stem = cloze(fact, own_item(fact, list(sentence)), {})
    assert stem is not None and stem.text == (
        "Earmarks in the Senate's bailout bill included _____ in tax rebates for the Virgin "
        "Islands rum industry."
    )
    names = next(nlp("Teams from Morocco and Iran played in Kazan in 2018.").sents)
    morocco = next(f for f in sentence_facts(names, 0) if f.text == "Morocco")
    assert shared_answer(names, morocco) is not None


def test_a_named_body_followed_by_its_city_is_asked_where_it_is(nlp: Any) -> None:
    text = (
        "The Museum of Flight in Seattle, Washington was also proposed as another location "
        "for a shuttle."
    )
    sentence, fact = _fact(nlp, text, "Seattle")
    stem = located_question(sentence, fact, {}, subject_only=True)
    assert stem is not None and stem.text == "In which city is the Museum of Flight?"
    text = "Rising crop losses in India worried officials in 2017."
    assert located_question(*_fact(nlp, text, "India"), {}) is None
    text = "Endeavour will be sent to the Griffith Science Center in Los Angeles."
    stem = located_question(*_fact(nlp, text, "Los Angeles"), {})
    assert stem is not None and stem.text == "In which city is the Griffith Science Center?"
    # A name that says its state is no riddle: every city but the state's own is absurd.
    text = "Endeavour will be sent to the California Science Center in Los Angeles."
    assert located_question(*_fact(nlp, text, "Los Angeles"), {}) is None
    for text, city in (
        ("Xi attended the meeting of the Shanghai Cooperation Organization in Dushanbe.",
         "Dushanbe"),
        ("He worked for Goldman Sachs in London for ten years.", "London"),
    ):  # fmt: skip
        assert located_question(*_fact(nlp, text, city), {}) is None  # where it met, an office


def test_a_site_the_model_did_not_tag_is_asked_by_its_proper_nouns(nlp: Any) -> None:
    text = "Enterprise will be moved to the Intrepid Sea-Air-Space Museum in New York City."
    sentence, fact = _fact(nlp, text, "New York City")
    assert not any("Intrepid" in e.text for e in sentence.ents)  # the model missed the name
    stem = located_question(sentence, fact, {})
    assert stem is not None and stem.text == "In which city is the Intrepid Sea-Air-Space Museum?"
    text = "Enterprise will be moved to the old air museum in New York City."
    assert located_question(*_fact(nlp, text, "New York City"), {}) is None  # no name


def test_a_remark_on_what_is_counted_stays_out_of_how_many(nlp: Any) -> None:
    text = "Apple sold 20 million phones, mostly iPhones, in 2019."
    assert _ask(nlp, text, "20 million") == "How many phones did Apple sell in 2019?"
    text = "The UN sent 40 observers to Mali, a former French colony, in 2013."
    assert _ask(nlp, text, "40") == "How many observers did the UN send to Mali in 2013?"


def test_a_group_a_relative_clause_defines_is_counted_by_what_it_did(nlp: Any) -> None:
    text = "Kenya was among the 12 countries that signed the deal."
    stem = among_question(*_fact(nlp, text, "12"), {})
    assert stem is not None and stem.text == "How many countries signed the deal?"
    assert _ask(nlp, text, "12") is None  # not "Among how many countries was Kenya?"


def test_only_a_number_leaves_a_purpose_clause(nlp: Any) -> None:
    text = "Macron traveled to Berlin in 2019 to meet 20 European leaders."
    assert _ask(nlp, text, "20") == (
        "How many European leaders did Macron travel to Berlin in 2019 to meet?"
    )
    text = "Obama flew to Hanoi to sign a trade deal with Vietnam."
    assert _ask(nlp, text, "Vietnam") is None  # "With which country did Obama fly …?"
    text = "The six-member Afghan team had been denied visas to enter the United States."
    assert _ask(nlp, text, "United States") == (
        "Which country had the six-member Afghan team been denied visas to enter?"
    )


def test_a_date_of_an_infinitive_is_not_asked_of_the_verb_above_it(nlp: Any) -> None:
    text = (
        "The two organizations agreed to hold a joint summit on Afghanistan after the "
        "Shanghai Cooperation Summit on September 17."
    )
    # "When did the two organizations agree to hold …?" asks when they agreed, which the
    # sentence never says: September 17 is the summit's date
    assert _ask(nlp, text, "September 17") is None
    own = "The two organizations held a joint summit on Afghanistan on September 17."
    assert _ask(nlp, own, "September 17") == (
        "When did the two organizations hold a joint summit on Afghanistan?"
    )


def test_a_rounded_number_is_asked_with_its_hedge(nlp: Any) -> None:
    # "about 80": an exact "How many …?" would ask for a figure the article never gives
    text = "South Korea evacuated about 80 people in the town of Yeoncheon."
    assert _ask(nlp, text, "80") == (
        "About how many people in the town of Yeoncheon did South Korea evacuate?"
    )
    text = "The Home Office will send questionnaires to some 12,000 asylum seekers."
    assert _ask(nlp, text, "12,000") == (
        "To about how many asylum seekers will the Home Office send questionnaires?"
    )
    exact = "South Korea evacuated 80 people in the town of Yeoncheon."
    assert _ask(nlp, exact, "80") == (
        "How many people in the town of Yeoncheon did South Korea evacuate?"
    )


def test_a_partner_named_along_with_the_key_is_named_without_its_aside(nlp: Any) -> None:
    text = (
        "Thomas Sam, 42, and his wife Manju Sam, 36, are undergoing trial for manslaughter by "
        "gross negligence."
    )
    assert _ask(nlp, text, "Manju Sam") == (
        "Who, along with Thomas Sam, is undergoing trial for manslaughter by gross negligence?"
    )


def test_a_hedged_span_of_time_before_in_advance_is_asked_about_how_many(nlp: Any) -> None:
    text = (
        "Every team was sent a collection of robot parts roughly four months in advance of "
        "the competition."
    )
    assert _ask(nlp, text, "four months") == (
        "About how many months was every team sent a collection of robot parts in advance of "
        "the competition?"
    )


def test_a_team_named_by_its_country_is_asked_which_country_s_team(nlp: Any) -> None:
    sentence = next(nlp(
        "Team Estonia had to rebuild their robot entirely after the original disappeared in "
        "transit."
    ).sents)  # fmt: skip
    facts = places_named([sentence_facts(sentence, 0)], [sentence])[0]
    fact = next(f for f in facts if f.text == "Estonia")  # not the body "Team Estonia"
    assert (fact.kind, fact.subtype) == ("place", "country")
    stem, _ = wh_question(sentence, fact, {})
    assert stem is not None
    assert stem.text == (
        "Which country's team had to rebuild their robot entirely after the original "
        "disappeared in transit?"
    )
