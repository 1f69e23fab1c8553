"""A country's adjective said of people ("Kenyan nationals …", "a Swedish tourist", "… is
Norwegian") is asked as their nationality, with its neighbours' adjectives as options; a
religion, a party, an office's title, a name's word or a second nationality is not."""

from __future__ import annotations

from questions.generate import generate
from questions.generate.errors import NotEnoughText
from questions.generate.nationality import nationality_options, stated_nationalities
from questions.generate.nlp import load_nlp


def _asked(text: str) -> list[tuple[str, str]]:
    """Return each nationality fact of a text with its question."""
    sentences = list(load_nlp()(text).sents)
    found = stated_nationalities(sentences, [{} for _ in sentences])
    return [(fact.text, stem.text) for per in found for fact, stem in per]


def test_named_people_are_asked_their_nationality() -> None:
    asked = _asked(
        "Kenyan nationals Peter Otieno and Daniel Mwangi, both 31, are being questioned "
        "about the sinking of the boat."
    )
    assert asked == [
        (
            "Kenyan",
            "What nationality are Peter Otieno and Daniel Mwangi, who are being questioned "
            "about the sinking of the boat?",
        )
    ]


def test_an_unnamed_person_or_a_complement_is_one_blank() -> None:
    asked = _asked("The boat's owner, Marta Ellingsen, is Norwegian and runs two ferries.")
    assert asked == [
        ("Norwegian", "The boat's owner, Marta Ellingsen, is _____ and runs two ferries.")
    ]


def test_religions_offices_names_and_second_nationalities_are_not_asked() -> None:
    assert _asked("Muslim leaders and Republican senators met the mayor on Friday.") == []
    assert _asked("Japanese Prime Minister Taro Sato visited the port on Friday.") == []
    assert _asked("The Royal Thai Police arrested the driver on Friday.") == []
    assert _asked("Cuban and Brazilian students protested outside the ministry.") == []


def test_options_are_nearby_nationalities_never_countries() -> None:
    options = nationality_options("Kenyan", "")
    assert options[:3] == ["Ethiopian", "Somali", "Ugandan"]
    assert "Kenyan" not in options and not {"Kenya", "Ethiopia"} & set(options)


_ARTICLE = "\n\n".join(
    [
        "Two men held after boat sinks on Lake Varnaby",
        "Monday, March 3, 2025",
        "Police in the port town of Eldmoor said on Monday that they had detained two men "
        "after a fishing boat sank in a storm on Lake Varnaby.",
        "Kenyan nationals Peter Otieno and Daniel Mwangi, both 31, are being questioned about "
        "the sinking of the boat, which carried eleven passengers.",
        "Rescue teams found the wreck of the boat late on Sunday, about 400 metres from the "
        "northern shore of the lake.",
        "The harbour master said the storm had arrived with little warning and that winds "
        "reached 90 kilometres per hour.",
    ]
)


def test_the_article_asks_the_nationality_unless_the_headline_gives_it() -> None:
    questions = generate(_ARTICLE, slug="t", title="T").qset.questions
    asked = [q for q in questions if "nationality" in q.tags]
    assert [q.correct_option for q in asked] == ["Kenyan"]
    assert set(asked[0].options) == {"Kenyan", "Ethiopian", "Somali", "Ugandan"}
    told = _ARTICLE.replace("Two men held", "Two Kenyan men held", 1)
    try:
        questions = generate(told, slug="t", title="T").qset.questions
    except NotEnoughText:
        questions = ()  # the nationality was its one question: refused, none is left
    assert not [q for q in questions if "nationality" in q.tags]


def test_a_nationality_word_inside_a_name_is_not_asked() -> None:
    assert _asked("The rocket lifted off from the launch site in French Guiana at dawn.") == []
