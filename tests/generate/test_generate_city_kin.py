"""Options for a summit, declaration or treaty named for its city: the same name at the
article's other cities, then at its country's (issue #11: the seed's "SCO Qingdao Summit"
and "Dushanbe Declaration" were refused for too few options)."""

from __future__ import annotations

from questions.generate import generate
from questions.generate.filters import key_part_in_stem
from questions.generate.kin import city_named_kin
from tests.generate.generate_checks import bare_fact as _fact

SUMMITS = (
    "In 2018, President Xi Jinping pointed out at the SCO Qingdao Summit that the SCO has "
    "always maintained strong vitality. In June 2017, at the Astana summit of the Shanghai "
    "Cooperation Organization, President Xi Jinping quoted a proverb from Kazakhstan. On "
    "September 17, 2021, the leaders of the member states met in Dushanbe and signed a "
    "declaration on the future of the region. The leaders of the member states also agreed "
    "to hold a joint summit on Afghanistan after the meeting in Dushanbe. India and "
    "Pakistan joined the Shanghai Cooperation Organization as member states in 2017."
)


def test_a_declaration_takes_its_name_at_the_articles_other_cities() -> None:
    """ "Dushanbe Declaration": the article's Astana and Qingdao (inside "SCO Qingdao
    Summit") first, then Tajikistan's own cities; never Dushanbe again."""
    key = _fact("Dushanbe Declaration", "document", label="LAW")
    article = [
        key,
        _fact("Astana", "place", "city", "GPE"),
        _fact("SCO Qingdao Summit", "organization"),
    ]
    said = "They recalled the Tashkent Declaration. They signed the Dushanbe Declaration."
    found = city_named_kin(key, key.text, article, said)
    assert found[:2] == ["Astana Declaration", "Qingdao Declaration"]
    assert len(found) > 2 and "Dushanbe Declaration" not in found
    assert all(option.endswith(" Declaration") for option in found)


def test_a_body_an_acronym_or_a_common_word_is_never_swapped() -> None:
    """A made-up "Astana Cooperation Organization" is absurd; "UN" is no city (Un, a town in
    India), nor is "Summit" (a town in New Jersey) of "Qingdao Summit" a second city."""
    astana = _fact("Astana", "place", "city", "GPE")
    body = _fact("Shanghai Cooperation Organization", "organization")
    said = "Xi spoke at the Astana summit, at the SCO Qingdao Summit and for the UN Charter."
    assert city_named_kin(body, body.text, [body, astana], said) == []
    charter = _fact("UN Charter", "organization")
    assert city_named_kin(charter, charter.text, [charter, astana], said) == []
    summit = _fact("SCO Qingdao Summit", "organization")
    found = city_named_kin(summit, summit.text, [summit, astana], said)
    assert found[0] == "SCO Astana Summit"  # then China's cities: "SCO Beijing Summit"
    assert all(o.startswith("SCO ") and o.endswith(" Summit") for o in found)
    assert "SCO Qingdao Summit" not in found
    named = _fact("Paris Cooperation Summit", "event", label="EVENT")  # the body's city
    assert city_named_kin(named, named.text, [named, astana], said) == []


def test_a_name_the_article_gives_no_other_of_its_kind_is_no_series() -> None:
    """ "The Boston Globe reported": the article names no other globe, so a "Chicago
    Globe" would be a made-up newspaper; one other ("the Astana summit") makes a series."""
    paper = _fact("Boston Globe", "organization")
    chicago = _fact("Chicago", "place", "city", "GPE")
    said = "The Boston Globe reported from Chicago on Monday."
    assert city_named_kin(paper, paper.text, [paper, chicago], said) == []
    summit = _fact("SCO Qingdao Summit", "organization")
    alone = "Xi spoke at the SCO Qingdao Summit, then flew to Chicago."
    assert city_named_kin(summit, summit.text, [summit, chicago], alone) == []
    other = alone + " He had been at the Astana summit."
    assert city_named_kin(summit, summit.text, [summit, chicago], other)[0] == "SCO Chicago Summit"


def test_a_word_every_option_shares_gives_nothing_away() -> None:
    """ "SCO" of "SCO Qingdao Summit" is in the stem, but in every option too."""
    stem = "At which summit did Xi point out that the SCO has always kept its vitality?"
    assert key_part_in_stem(stem, "SCO Qingdao Summit") is not None
    others = ["SCO Astana Summit", "SCO Dushanbe Summit", "SCO Shanghai Summit"]
    assert key_part_in_stem(stem, "SCO Qingdao Summit", others) is None
    assert key_part_in_stem(stem, "SCO Qingdao Summit", [*others[:2], "Qingdao Forum"])


def test_the_city_named_summit_is_asked_through_the_pipeline() -> None:
    """The summit Xi spoke at in 2018, with the article's other cities' summits as options."""
    questions = generate(SUMMITS, slug="t", title="t").qset.questions
    asked = [q for q in questions if q.text.startswith("At which summit")]
    assert len(asked) == 1
    question = asked[0]
    assert question.options[question.answer] == "SCO Qingdao Summit"
    assert sorted(question.options) == [
        "SCO Astana Summit", "SCO Dushanbe Summit", "SCO Qingdao Summit", "SCO Shanghai Summit",
    ]  # fmt: skip


def test_a_declaration_named_in_full_and_placed_at_another_city_makes_a_series() -> None:
    """The seed: 'passed the "Declaration on the Establishment of the Shanghai Cooperation
    Organization" in Shanghai' is a declaration of another city, so the "Dushanbe
    Declaration" has its like at the article's other cities (it had none: too few options)."""
    key = _fact("Dushanbe Declaration", "document", label="LAW")
    article = [key, _fact("Astana", "place", "city", "GPE")]
    placed = (
        'In 2001 the heads of state passed the "Declaration on the Establishment of the '
        'Shanghai Cooperation Organization" in Shanghai. They signed the Dushanbe Declaration.'
    )
    found = city_named_kin(key, key.text, article, placed)
    assert found[0] == "Astana Declaration"
    assert "Dushanbe Declaration" not in found
    # placed at the key's own city, it is no series: no made-up "Astana Declaration"
    at_home = placed.replace("in Shanghai", "in Dushanbe")
    assert city_named_kin(key, key.text, article, at_home) == []
