"""Wrong options a teacher would keep: the key's kind, possible in place, never also true.

Each case is one the third blind review struck out (tests/generate/review/review-3.md).
"""

from __future__ import annotations

from typing import Any

import pytest

from questions.generate.distractors import choose_distractors
from questions.generate.facts import Fact
from questions.generate.kinds import name_kinds, own_kind, person_roles, same_kind
from questions.generate.options import OptionContext, article_context, option_context


def _fact(text: str, kind: str, subtype: str = "", sentence: int = 0) -> Fact:
    """Build a fact that is not tied to a parse."""
    return Fact(sentence, 0, 0, text, "X", kind, subtype, "")


def _ctx(
    nlp: Any, text: str, article: list[Fact], key: Fact, stem: str, year: int | None = None
) -> OptionContext:
    """Parse a small article and return the context one question's options are judged in."""
    sentences = list(nlp(text).sents)
    return option_context(article_context(text, article, sentences, year), key, stem)


IODINE = (
    "The results of the Australian National Iodine Nutrition Study were published in the "
    "Medical Journal of Australia. It was led by the University of NSW. The World Health "
    "Organisation (WHO) recommends that all salt be iodised. The most well known effects of "
    "iodine deficiency disorders (IDD) are goiter and cretinism. The Australian Centre for "
    "Control of Iodine Deficiency Disorders agreed. Food Standards Australia New Zealand "
    "is looking at it."
)


def test_a_name_has_the_kind_its_head_noun_or_the_article_gives_it(nlp: Any) -> None:
    assert own_kind("Medical Journal of Australia") == "journal"
    assert own_kind("Civic Party") == "party"
    assert own_kind("Division A") == "division"  # a section of a bill, not a body
    assert own_kind("Studio 54") == "studio"
    assert own_kind("Wikinews") == ""  # a bare name says nothing of itself
    kinds = name_kinds(list(nlp(IODINE).sents))
    assert kinds["who"] == "organization"  # "World Health Organisation (WHO)"
    assert kinds["idd"] == "disorder"  # "iodine deficiency disorders (IDD)"


def test_an_organisation_gets_no_journal_study_or_disorder(nlp: Any) -> None:
    names = ["Australian National Iodine Nutrition Study", "Medical Journal of Australia",
             "University of NSW", "World Health Organisation", "IDD",
             "Australian Centre for Control of Iodine Deficiency Disorders"]  # fmt: skip
    article = [_fact(n, "organization") for n in names]
    key = article[3]
    stem = "Which organization recommends that every country should iodise all edible salt?"
    ctx = _ctx(nlp, IODINE, article, key, stem)
    options, _ = choose_distractors(key, key.text, article, "", stem, ctx)
    assert "Medical Journal of Australia" not in options
    assert "Australian National Iodine Nutrition Study" not in options
    assert "IDD" not in options
    # a body for a body: the article's university, or (the article naming too few bodies)
    # WordNet's fellow UN agencies of the WHO, spelt as the article spells it, of the
    # article's field only (`fields`): no World Meteorological Organisation beside salt
    assert options
    assert "World Meteorological Organisation" not in options
    assert all(o == "University of NSW" or o.endswith("Organisation") for o in options)


def test_an_acronym_is_never_offered_beside_its_own_name() -> None:
    assert not same_kind("Johnson Space Center", "JSC", {})
    assert not same_kind("JSC", "Johnson Space Center", {})
    assert same_kind("U.S. Department of Agriculture", "U.S. Environmental Protection Agency", {})


def test_a_group_key_is_offered_the_article_s_bodies_but_no_body_is_offered_a_group() -> None:
    """seed: "play the role of the '_____'" (SCO-Afghanistan Liaison Group) may be any body
    the article names; a liaison group is no rival of an organisation with summits."""
    group = "SCO-Afghanistan Liaison Group"
    assert same_kind("Collective Security Treaty Organization", group, {})
    assert same_kind("Council of Heads of State", group, {})
    assert not same_kind(group, "Shanghai Cooperation Organization", {})


def test_a_blank_inside_a_longer_place_name_is_refused(nlp: Any) -> None:
    key = _fact("Washington", "place", "state")
    article = [key, _fact("Arizona", "place", "state"), _fact("New Hampshire", "place", "state")]
    stem = "The team was given a medal in _____ D.C. last week."
    ctx = _ctx(nlp, stem.replace("_____", "Washington"), article, key, stem)
    assert choose_distractors(key, key.text, article, "", stem, ctx) == ([], "refused")


def test_a_country_after_a_city_must_have_a_city_of_that_name(nlp: Any) -> None:
    key = _fact("Australia", "place", "country")
    article = [key, _fact("India", "place", "country"), _fact("New Zealand", "place", "country")]
    stem = "Thomas Sam and Manju Sam, from Sydney, _____, are on trial."
    ctx = _ctx(nlp, stem.replace("_____", "Australia"), article, key, stem)
    options, _ = choose_distractors(key, key.text, article, "", stem, ctx)
    assert options == ["Canada"]  # too few: the question is refused, never "Sydney, India"


def test_a_country_is_no_option_beside_a_place_in_it(nlp: Any) -> None:
    key = _fact("Washington D.C.", "place", "place")
    article = [key, _fact("U.S.", "place", "place"), _fact("Kabul", "place", "city")]
    stem = "Where did the all-girl team arrive?"
    ctx = _ctx(nlp, "The team arrived in Washington D.C. from Kabul.", article, key, stem)
    options, _ = choose_distractors(key, key.text, article, "", stem, ctx)
    assert "U.S." not in options and "Kabul" not in options


def test_the_stems_own_people_rule_their_country_out(nlp: Any) -> None:
    key = _fact("United States", "place", "country")
    article = [key, _fact("Afghanistan", "place", "country")]
    stem = "Which country had denied the Afghan team visas?"  # "enter the _____": see places
    ctx = _ctx(nlp, "The Afghan team went to Afghanistan and the United States.", article, key,
               stem)  # fmt: skip
    options, _ = choose_distractors(key, key.text, article, "", stem, ctx)
    assert "Afghanistan" not in options and len(options) == 3


def test_years_stay_before_the_article_and_near_the_key(nlp: Any) -> None:
    key = _fact("1989", "year")
    article = [key, _fact("2050", "year"), _fact("2014", "year")]
    stem = "Results of NCLAN studies were published in a paper in _____."
    text = "A 1989 paper said so. By 2050 yields may fall, a 2014 study says."
    ctx = _ctx(nlp, text, article, key, stem, year=2014)
    options, _ = choose_distractors(key, key.text, article, "", stem, ctx)
    assert len(options) == 3 and all(int(o) <= 2014 for o in options)


@pytest.mark.parametrize(
    ("answer", "kind", "stem"),
    [
        ("2007", "year", "The _____ start coincided with the 20th anniversary of a death in 1987."),
        ("20th", "ordinal", "The 2007 start coincided with the _____ anniversary of a 1987 death."),
    ],
)
def test_what_the_stems_own_numbers_give_is_refused(
    nlp: Any, answer: str, kind: str, stem: str
) -> None:
    key = _fact(answer, kind)
    ctx = _ctx(nlp, f"It was {answer}.", [key], key, stem)
    assert choose_distractors(key, key.text, [key], "", stem, ctx)[0] == []


def test_a_person_with_a_role_gets_no_one_listed_in_passing(nlp: Any) -> None:
    text = (
        "For Kevin Allton, a USI instructor in English, Warhol was a legend. "
        "The exhibit includes Polaroids of actor Dennis Hopper; musician Nick Rhodes; "
        "publisher Jann Wenner; and disco club owner Steve Rubell."
    )
    assert person_roles(list(nlp(text).sents))["kevin allton"] == "instructor"
    key = _fact("Kevin Allton", "person")
    listed = ["Dennis Hopper", "Nick Rhodes", "Jann Wenner", "Steve Rubell"]
    article = [key, *(_fact(name, "person", sentence=1) for name in listed)]
    stem = "For _____, a USI instructor in English, Warhol was also a legend."
    ctx = _ctx(nlp, text, article, key, stem)
    options, origin = choose_distractors(key, key.text, article, "", stem, ctx)
    assert not set(listed) & set(options) and len(options) == 3 and origin == "library"


def test_the_other_side_of_a_contrast_is_no_option(nlp: Any) -> None:
    text = (
        "Two pan-democratic politicians of the Labour Party and the Civic Party lost. "
        "Pro-Beijing candidates of the New People Party and the Liberal Party won."
    )
    names = ["Labour Party", "Civic Party", "New People Party", "Liberal Party"]
    article = [_fact(n, "organization", sentence=i // 2) for i, n in enumerate(names)]
    key = article[2]
    stem = "Which pro-Beijing party's candidate won in Kowloon West?"
    ctx = _ctx(nlp, text, article, key, stem)
    options, _ = choose_distractors(key, key.text, article, "", stem, ctx)
    assert options == ["Liberal Party"]


def test_a_bare_name_like_a_persons_is_no_organisation(nlp: Any) -> None:
    names = ["UNC Greensboro", "Duke University", "Skidmore College", "Annie Oakley", "USI"]
    article = [_fact(n, "organization") for n in names]
    key = article[0]
    stem = "Which organization's exhibit included Polaroids of author Truman Capote?"
    text = (
        "Duke University, Skidmore College, USI and UNC Greensboro showed the Annie Oakley print."
    )
    ctx = _ctx(nlp, text, article, key, stem)
    options, _ = choose_distractors(key, key.text, article, "", stem, ctx)
    assert "Annie Oakley" not in options and len(options) == 3


def test_a_surname_taken_for_an_organisation_gets_no_options(nlp: Any) -> None:
    names = ["Campbell", "USI", "Wikinews", "Skidmore College"]
    article = [_fact(n, "organization") for n in names]
    key = article[0]
    stem = "Kool Aid pointed to the table with _____'s Soup served with Kool Aid."
    ctx = _ctx(nlp, "USI and Wikinews served Campbell's Soup.", article, key, stem)
    assert choose_distractors(key, key.text, article, "", stem, ctx) == ([], "refused")


def test_a_person_option_is_someone_the_names_know() -> None:
    from questions.generate.people import named_person

    surnames = {"Wilkins"}  # the article names Kristen Wilkins in full
    assert named_person("Wilkins", surnames) and named_person("Kathryn Waters", surnames)
    assert named_person("Rhodes", surnames)  # a surname Faker knows
    # Words spaCy took for people: a camera brand, a gallery.
    assert not named_person("Polaroid", surnames)
    assert not named_person("Art Gallery", surnames)
