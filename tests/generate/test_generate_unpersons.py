"""A person's name the article only ever writes as the opening of a longer name (a museum, a
prize, a street) is no person of the story, name lists or not; one it also writes alone, or
with a suffix such as "Jr.", stays a person. A name it only ever writes as the one told ("she
told Wikinews her organization …") is the outlet its source spoke to: a blind review found
"Wikinews" offered beside Suci and Andalas as a rhino's name."""

from __future__ import annotations

from questions.generate.unpersons import written_unlike_person

TEXT = (
    "Dr. Maria Okonjo, a curator at the Lee Kong Chian Natural History Museum, said the ray "
    "was calm. Visitors to the Henry Ford Museum saw the car. Henry Ford built it in 1908. "
    "Reporters asked Martin Luther King Jr. about the march."
)


def test_a_name_only_opening_a_longer_name_is_no_person() -> None:
    assert written_unlike_person("Lee Kong Chian", TEXT, [])


def test_a_name_also_written_alone_stays_a_person() -> None:
    assert not written_unlike_person("Henry Ford", TEXT, [])
    assert not written_unlike_person("Maria Okonjo", TEXT, [])


def test_a_name_with_a_suffix_stays_a_person() -> None:
    assert not written_unlike_person("Martin Luther King", TEXT, [])


_ZOO = " ".join(
    [
        "Dr. Mara Quell, the director of the zoo's research centre, told Newsdesk her team",
        "remains committed. The calf Bodo was born in 2004. She told Newsdesk the centre will",
        "keep working with Bodo and his mother Tarra.",
    ]
)


def test_a_name_only_ever_told_is_no_person() -> None:
    assert written_unlike_person("Newsdesk", _ZOO, [])
    # the story's own names stay people, whoever they tell
    assert not written_unlike_person("Bodo", _ZOO, [])
    told_and_acting = _ZOO + " Newsdesk later visited the zoo."
    assert not written_unlike_person("Newsdesk", told_and_acting, [])


def test_a_name_only_ever_told_is_no_single_named_person() -> None:
    """The single-named people a rhino's or a pharaoh's name is asked among leave it out."""
    from questions.generate.facts import Fact
    from questions.generate.lonenames import lone_names

    people = [Fact(0, i, i + 1, name, "PERSON", "person") for i, name in enumerate(
        ("Newsdesk", "Bodo", "Tarra"))]  # fmt: skip
    text = _ZOO + " Bodo and Tarra were fed twice a day. Tarra is 12."
    lone = lone_names(people, text)
    assert "Tarra" in lone and "Newsdesk" not in lone
