"""A quoted word in ordinary prose is no nickname; a company after a noble's title is no peer."""

from __future__ import annotations

from typing import Any

import pytest

from questions.generate.nicknames import without_nicknames
from questions.generate.peers import common_word, noble_title
from tests.generate.test_generate_unnamed_names import _ents


@pytest.mark.parametrize(
    "text",
    [
        "The Rock 'n' Rail Museum opened in Tarvish.",
        "Fans of Jazz 'n' Pelloway cheered.",
        'The Dutch "Groen" Pelgrom bloc won.',
        'The Governor "Arthur Pelling" Kelmont Centre opened.',
        'The Dutch "Blue" Party won nine seats in Velmor.',
        'The Irish "Now" Campaign met on Monday.',
        'NBC "Crows" Creator Dalia Vorn spoke.',
        'The Former Mayor "Arthur Pelling" Library reopened.',
        'Plumtree "Halo" Sales fell by a third.',
    ],
)
def test_quoted_word_in_prose_stays(text: str) -> None:
    assert without_nicknames([text]) == [text]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ('Said Peter "Pip" Smith on Monday.', "Said Peter Smith on Monday."),
        ("Ravindra 'rvx' Mallowby wrote the patch.", "Ravindra Mallowby wrote the patch."),
        ('Tarun "qwelk" Bhandorta said.', "Tarun Bhandorta said."),
    ],
)
def test_nickname_inside_name_still_dropped(text: str, kept: str) -> None:
    assert without_nicknames([text]) == [kept]


def test_company_after_a_title_is_no_peer(nlp: Any) -> None:
    found = _ents(nlp, "Lord Pellbrook Holdings Ltd filed for bankruptcy on Monday.")
    assert not any(label == "PERSON" and "Holdings" in name for name, label in found)
    found = _ents(nlp, "The board of Lord Tamsby Inc met.")
    assert not any(label == "PERSON" and "Tamsby" in name for name, label in found)
    assert ("Velbrook Ltd", "ORG") in _ents(nlp, "Lady Velbrook Ltd closed its shops.")


def test_adjective_after_a_title_is_no_peer(nlp: Any) -> None:
    assert ("Antebellum", "PERSON") not in _ents(nlp, "Fans of Lady Antebellum cheered in Ohio.")


def test_peer_by_surname_still_found(nlp: Any) -> None:
    found = _ents(nlp, "Lord Cormack spoke and Baroness Stowell replied.")
    assert ("Cormack", "PERSON") in found and ("Stowell", "PERSON") in found


def test_plural_of_common_noun_is_common() -> None:
    assert common_word("estates") and common_word("holdings")
    assert not common_word("adams") and not common_word("cormack")


def test_title_caches_are_bounded() -> None:
    assert noble_title.cache_info().maxsize is not None
    assert common_word.cache_info().maxsize is not None
