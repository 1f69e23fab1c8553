"""The speaker's own "it" after a wh-phrase that follows a fronted phrase."""

from __future__ import annotations

from questions.generate.filters import not_standalone
from tests.generate.generated import SharedGenerations


def test_a_speakers_it_after_a_fronted_phrase_is_the_speaker() -> None:
    fronted = "After the talks, which country stated it would close its border within a week?"
    assert not_standalone(fronted, "rule:place-subject") is None
    # an "it" the question does not say is the speaker's still leans on the article
    other = "After the talks, which country stated the plan would close it within a week?"
    assert not_standalone(other, "rule:place-subject") is not None


def test_north_korea_is_asked_as_the_country_that_threatened(
    generation: SharedGenerations,
) -> None:
    asked = generation.keyed("north-korea-quasi-state-of-war", "North Korea")
    # asked without "after the exchange of fire": it never says between whom
    assert any(
        text.endswith(", which country stated it would attack any loudspeakers broadcasting "
                      "propaganda and would respond, militarily, within 48 hours if the broadcasts "
                      "do not stop?")
        for text, _ in asked
    )  # fmt: skip
