"""Real words on made-up sentences are no slips (review 75): a rare word a dictionary has
("ramie", "gavel", "ficus"), a prefixed one ("reposted") or a species' epithet after an
abbreviated genus ("T. brucei") stays as written, and a fix is never a first name ("jamie");
a real word slipped inside one of WordNet's compounds ("prime minster") is still mended."""

from __future__ import annotations

from typing import Any

import pytest

from questions.generate.slips import misspelt, spelled_right


def _sentence(nlp: Any, text: str) -> Any:
    return next(iter(nlp(text).sents))


@pytest.mark.parametrize(
    "text",
    [
        "The weavers of Dunmore spin ramie into a coarse cloth for sacks.",
        "The chairwoman banged her gavel after the vote in Kerrow.",
        "Keepers at the zoo fed the goats ficus leaves every morning.",
        "The clip of the flood was posted and reposted online by residents.",
        "Vets in the valley found T. brucei in the blood of two cattle.",
        "The hike up the glacier is the most daring event of the fair.",
    ],
)
def test_a_real_rare_word_is_left_as_written(nlp: Any, text: str) -> None:
    assert spelled_right(_sentence(nlp, text), text) == text
    assert misspelt(_sentence(nlp, text), text) is None


def test_a_slip_that_looks_prefixed_is_still_mended(nlp: Any) -> None:
    text = "The ferry to Dunmore waits untill noon on Sundays."
    assert "waits until noon" in spelled_right(_sentence(nlp, text), text)


def test_a_real_word_slipped_inside_a_compound_is_mended(nlp: Any) -> None:
    text = "Dunmore's former prime minster opened the new bridge in May."
    assert "prime minister opened" in spelled_right(_sentence(nlp, text), text)
