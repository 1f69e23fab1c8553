"""A person's name the article only ever writes as the opening of a longer name (a museum, a
prize, a street) is no person of the story, name lists or not; one it also writes alone, or
with a suffix such as "Jr.", stays a person."""

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
