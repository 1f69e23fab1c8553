"""An office asked beside a deed of its holder in one sentence: two facts of one name.

"Robert Sumwalt, chairman of the safety board, noted …" gives "Who was the chairman of …?"
and "Who noted …?": neither shows the other's answer, so both may be asked. The office takes
only the room the holder's deeds leave under the per-answer limit: what someone did tells
more than their title.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from questions.generate.roles import ROLE_RULE
from questions.schema import normalise

if TYPE_CHECKING:
    from questions.generate.rank import Candidate


def _office(candidate: Candidate) -> bool:
    """Tell whether a candidate asks who holds an office."""
    return candidate.stem.rule == ROLE_RULE


def office_beside_deed(one: Candidate, ranked: list[Candidate]) -> bool:
    """Tell whether an office question shares its sentence and key with a deed question."""
    if not _office(one):
        return False
    return any(
        other.fact.sentence == one.fact.sentence
        and normalise(other.fact.text) == normalise(one.fact.text)
        and not _office(other)
        for other in ranked
    )


def deeds_to_come(
    answer: str, rest: list[Candidate], person: dict[str, str], refused: set[int]
) -> int:
    """Count the questions still to choose that ask something else of an answer (a short
    name folded into the one fuller name it is part of)."""
    return sum(
        1
        for c in rest
        if person.get(normalise(c.fact.text), normalise(c.fact.text)) == answer
        and id(c) not in refused
        and not _office(c)
    )
