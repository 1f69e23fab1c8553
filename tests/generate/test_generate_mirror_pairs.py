"""Made-up text: of two questions of one sentence that each print the other's key ("…, along
with Angola, …?" / "…, along with Portugal, …?") only one is asked: the one whose key the
headline does not already tell, else the one asking the partner the sentence names first."""

from __future__ import annotations

from collections import Counter

from questions.generate.facts import Fact
from questions.generate.rank import Candidate, select
from questions.generate.setting import Setting
from questions.generate.write import Stem

TITLE = "Death of rare okapi ends breeding plan in Portugal"
PACT = "In 1995, Portugal and Angola signed an agreement to protect the okapi."


def _asked(fact: Fact, text: str, score: float) -> Candidate:
    """Return a wh-question candidate on a fact of the first sentence."""
    stem = Stem(f"📰 {TITLE}\n{text}", "wh", "rule:place-subject")
    return Candidate(fact, stem, (fact.text, "a", "b", "c"), 0, PACT, "", score, ())


ANGOLA = Fact(0, 5, 6, "Angola", "GPE", "place")
PORTUGAL = Fact(0, 3, 4, "Portugal", "GPE", "place")
WITH_PORTUGAL = "Which country, along with Portugal, signed an agreement in 1995?"
WITH_ANGOLA = "Which country, along with Angola, signed an agreement in 1995?"


def test_of_a_mirror_pair_the_partner_said_first_is_asked() -> None:
    pair = [_asked(ANGOLA, WITH_PORTUGAL, 4.0), _asked(PORTUGAL, WITH_ANGOLA, 3.0)]
    chosen = select(pair, 10, Counter())
    assert [c.fact.text for c in chosen] == ["Portugal"]  # "Portugal and Angola signed …"


def test_of_a_mirror_pair_the_key_the_headline_tells_gives_way() -> None:
    pair = [_asked(ANGOLA, WITH_PORTUGAL, 3.0), _asked(PORTUGAL, WITH_ANGOLA, 4.0)]
    chosen = select(pair, 10, Counter(), Setting(headline=TITLE))  # "… in Portugal"
    assert [c.fact.text for c in chosen] == ["Angola"]
