"""A compound key's WordNet sisters that a reader weighs as rivals: none that writers never
use ("cabin liner", listed by WordNet, never written in the British National Corpus), none
whose modifier is a kind of the key's own on the same head ("subway station" beside
"railway station": a subway is a railway, so both options are true)."""

from __future__ import annotations

from questions.generate.common import common_rivals
from questions.generate.phraseuse import says_key_too, unwritten
from questions.generate.wordnet import Synset, first_sense
from tests.generate.test_generate_common_nouns import _noun  # one made-up noun fact for all


def _sense(lemma: str) -> Synset:
    """Return a lemma's commonest synset, which the test needs to exist."""
    found = first_sense(lemma)
    assert found is not None, lemma
    return found


def test_a_compound_no_one_writes_is_no_rival() -> None:
    """ "Cabin liner" and "cargo liner" are WordNet's, never written: a cruise liner keeps
    only the luxury liner, too few for a question, so it gets none."""
    assert unwritten(_sense("cabin liner")) and unwritten(_sense("cargo liner"))
    assert not unwritten(_sense("luxury liner")) and not unwritten(_sense("concert hall"))
    assert common_rivals(_noun("cruise liner"), "") == []


def test_a_one_word_sister_is_left_to_wordfreq() -> None:
    """A one-word synset is judged by how often wordfreq says the word is written."""
    assert not unwritten(_sense("psoriasis"))


def test_a_kind_of_the_keys_modifier_names_the_key_too() -> None:
    """A subway is a railway: "subway station" is true of a railway station's too."""
    station, subway = _sense("railway station"), _sense("subway station")
    assert says_key_too(subway, station) and says_key_too(station, subway)
    assert "subway station" not in common_rivals(_noun("railway station"), "")
    assert "railway station" not in common_rivals(_noun("subway station"), "")


def test_other_modifiers_stay_rivals() -> None:
    """A concert hall is no exhibition hall, and a bus terminal no railway station."""
    assert not says_key_too(_sense("concert hall"), _sense("exhibition hall"))
    assert "bus terminal" in common_rivals(_noun("railway station"), "")
    assert "concert hall" in common_rivals(_noun("exhibition hall"), "")
