"""The words a question is asked again without, once its options are known: a title the
other options lack ("Dr. _____", "Prime Minister _____"), a place that leaves too few rivals
("_____ in Cape Canaveral"), a country only the key is from ("Who from Spain …?"), a term's
other end ("for five years until … in _____": the sum gives the key), the counts listed
after a wh-question's count without their noun (", 12 in X and seven in Y")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from questions.generate.facts import Fact
from questions.generate.fromnation import key_nation
from questions.generate.gappedcounts import gapped_counts
from questions.generate.located import key_placed
from questions.generate.stems import Stem
from questions.generate.termspan import term_cut
from questions.generate.titlecut import title_to_cut


def retry_cut(
    sentence: Any, fact: Fact, stem: Stem, origin: str, distractors: Sequence[str], text: str
) -> frozenset[int]:
    """Return the words to ask the question again without (none: keep it as it is)."""
    if fact.kind == "person":
        titled = title_to_cut(sentence, fact, (stem.form, origin), distractors, text)
        if titled:
            return titled
    gapped = gapped_counts(sentence, fact, stem.form)  # "…, 12 in X and seven in Y" stranded
    if gapped:
        return gapped
    term = term_cut(sentence, fact)  # "for five years until … in _____": the sum gives it
    if term:
        return term
    if len(distractors) >= 3:
        return frozenset()
    if fact.kind == "place":
        return key_placed(sentence, fact)  # the others are elsewhere
    return key_nation(sentence, fact, stem=stem.text)  # too few others from the country
