"""Options keep the key's kind: no district or company among people, no district of the key
city nor a gazetteer's broken spelling among cities (blind review 23). Made-up text."""

from __future__ import annotations

from questions.generate.citytable import ascii_whole, city_names
from questions.generate.facts import Fact
from questions.generate.insidecity import inside_city
from questions.generate.unpersons import written_unlike_person

TEXT = (
    "Floods cut the roads of the Wirabumi Selatan district on Monday. Contractor PT Sinar "
    "Jayakarta built the dam in 2004, said spokesman Darmo Kusumojati. The Veltrano News "
    "Service quoted Veltrano staff."
)


def test_a_name_before_a_unit_noun_is_a_place() -> None:
    assert written_unlike_person("Wirabumi Selatan", TEXT, [])


def test_a_name_after_a_legal_form_is_a_company() -> None:
    assert written_unlike_person("Sinar Jayakarta", TEXT, [])


def test_the_opening_of_an_organisations_name_is_no_person() -> None:
    agency = Fact(
        sentence=2, start=0, end=3, text="Veltrano News Service", label="ORG", kind="organization"
    )
    assert written_unlike_person("Veltrano", TEXT, [agency])


def test_a_titled_person_stays_a_person() -> None:
    assert not written_unlike_person("Darmo Kusumojati", TEXT, [])


def test_a_known_name_led_office_stays_a_person() -> None:
    assert not written_unlike_person("Harris", "The Harris administration said so.", [])


def test_a_fold_that_loses_a_letter_is_refused() -> None:
    assert ascii_whole("Muratpaşa") == "Muratpasa"
    assert ascii_whole("Elazığ") == ""
    assert "Elazg" not in city_names()["TR"]


def test_a_district_of_the_key_city_is_no_other_city() -> None:
    assert inside_city("Kucukcekmece", "Istanbul")
    assert not inside_city("Ankara", "Istanbul")


def test_a_district_of_another_metropolis_is_no_city() -> None:
    assert inside_city("Uskudar", "Ankara")
    assert not inside_city("Bursa", "Ankara")
