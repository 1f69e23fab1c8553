"""A name said for "the bridge" keeps its "the" unless the article writes it bare."""

from __future__ import annotations

from typing import Any

import pytest

from questions.generate.barenames import written_bare
from questions.generate.definites import named_heads
from questions.generate.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp() -> Any:
    return load_nlp()


def test_name_written_after_the_and_an_ordinal_keeps_the(nlp: Any) -> None:
    doc = nlp("Delegates met at the third Northern Beekeeping Congress in Tarvo on Monday.")
    assert "Northern Beekeeping Congress" not in written_bare(
        [doc], ["Northern Beekeeping Congress"]
    )


def test_name_written_bare_drops_the(nlp: Any) -> None:
    doc = nlp("The plane landed at Westmoor Airport after a short delay.")
    assert "Westmoor Airport" in written_bare([doc], ["Westmoor Airport"])


def test_name_after_a_possessive_is_no_evidence_of_bareness(nlp: Any) -> None:
    doc = nlp("Officials said Norland's Silver Arch Bridge was closed after the storm.")
    assert "Silver Arch Bridge" not in written_bare([doc], ["Silver Arch Bridge"])


def test_name_said_after_a_possessive_place_names_no_definite(nlp: Any) -> None:
    doc = nlp(
        "Engineers said the bridge, built like Norland's Silver Arch Bridge, had cracked. "
        "Traffic on the bridge was stopped by police on Friday."
    )
    only, _ = named_heads([doc])
    assert "bridge" not in only


def test_plain_name_still_names_its_definite(nlp: Any) -> None:
    doc = nlp(
        "Traffic on the Tarvo River Bridge was stopped on Friday after police closed the bridge."
    )
    only, _ = named_heads([doc])
    assert only.get("bridge") == "Tarvo River Bridge"
