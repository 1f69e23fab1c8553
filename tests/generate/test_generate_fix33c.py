"""Round 33 review: a question's nation read from the asked person's own phrase only; no
role from a phrase fronted before the name's clause; Korean names in the key's own shape."""

from __future__ import annotations

from typing import Any

from questions.generate.fromnation import other_nation
from questions.generate.kinds import person_roles
from questions.generate.koreannames import korean_names

PLACED = {"petra olsen": frozenset({"NO"}), "ivan sokol": frozenset({"RU"})}


def test_a_nation_of_the_other_party_strikes_out_no_option() -> None:
    met = "Who met the Russian ambassador in Oslo on Friday?"
    assert not other_nation("Petra Olsen", "Lars Berg", met, PLACED)  # the envoy is met
    urged = "Who urged Norwegian farmers to vote in the spring?"
    assert not other_nation("Ivan Sokol", "Lars Berg", urged, PLACED)  # farmers addressed


def test_the_asked_persons_own_phrase_gives_their_nation() -> None:
    for stem in (
        "Which Norwegian official met the Russian ambassador?",
        "Who was the Norwegian Minister of Fisheries in May?",
        "Norwegian Fisheries Minister _____ met the Russian ambassador.",
        "The Norwegian Secretary of Coastal Affairs, _____, met the Russian ambassador.",
    ):
        assert other_nation("Ivan Sokol", "Lars Berg", stem, PLACED), stem
        assert not other_nation("Petra Olsen", "Lars Berg", stem, PLACED), stem
    fronted = "After talks with Norwegian farmers, _____ flew home."  # the farmers' nation
    assert not other_nation("Ivan Sokol", "Lars Berg", fronted, PLACED)


def test_a_role_noun_in_a_fronted_phrase_is_no_role_of_the_name(nlp: Any) -> None:
    for said in (
        "Speaking to a reporter, Tom Vance, 52, said the mill would close.",
        "Asked by a reporter, Tom Vance, 52, said the mill would close.",
        "On Monday, after a meeting with the coach, Tom Vance, 52, left the club.",
    ):
        assert "tom vance" not in person_roles(list(nlp(said).sents)), said
    kept = "In Dover, another local judge, Tom Vance, froze the plan."
    assert person_roles(list(nlp(kept).sents)).get("tom vance") == "judge"


def test_korean_options_are_written_in_the_keys_shape() -> None:
    spaced = korean_names("Park Min Soo", None, ["KR"])
    assert spaced and all(len(n.split()) == 3 for n in spaced)  # "Lee Kyung Soo"
    capped = korean_names("Hwang Min-Soo", None, ["KR"])
    assert capped and all(n.split()[-1].split("-")[1][:1].isupper() for n in capped)
    lower = korean_names("Hwang Min-soo", None, ["KR"])
    assert lower and all(n.split()[-1].split("-")[1][:1].islower() for n in lower)
    assert not korean_names("Lee Harvey Oswald", None, ["KR"])  # no Korean given name
