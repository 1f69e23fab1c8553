"""A quotation's own relative clauses are what its speaker said, kept verbatim: they make no
run-on of the question that quotes them ('called it "a mayor who has … and who is …"')."""

from __future__ import annotations

from typing import Any

import pytest

from questions.generate import pipeline
from questions.generate.write import run_on

COLUMN = (
    "Harbor council approves new ferry terminal\n\n"
    "The Harbor council voted on Monday to build a new ferry terminal on the east pier. "
    'Lena Korvik of the Eastport Gazette called the vote a rebuke to the "budget of a mayor '
    "who has quietly, stubbornly ignored the pier and who is about to cut funds that "
    'go beyond repair." The terminal will cost about $40 million and open in 2029. Ferries '
    "now carry some 9,000 riders a day between Eastport and Gull Island, and the old dock on "
    "the west pier has been closed since a storm damaged it in March. Council member Ada Bright "
    "said the new terminal would double the number of daily crossings. Mayor Tomas Reyes "
    "voted against the plan, and harbor master Owen Pike said work would start in the spring. "
    "The Gull Island ferry company plans to add two boats to its fleet by 2030. Riders "
    "have asked for a covered waiting hall since the old dock was closed."
)


def test_relatives_inside_a_quotation_are_no_chain() -> None:
    quoted = (
        '_____ called the vote a rebuke to the "budget of a mayor who has ignored the pier '
        'and who is about to cut funds."'
    )
    assert run_on(quoted) is None
    curly = "Who called it “a mayor who has ignored the pier and who is about to cut funds”?"
    assert run_on(curly) is None


def test_relatives_outside_a_quotation_still_chain() -> None:
    assert run_on('Who built the hangar which holds Atlantis which flies "STS-135"?') is not None
    # one relative inside the quotation, two outside it: still a chain the question built
    chained = 'Who saw the ship which carried the crew which said "who knows"?'
    assert run_on(chained) is not None


def test_the_columnist_who_quoted_a_chain_is_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    written: list[str] = []
    write = pipeline.write_candidate

    def kept(*args: Any, **kwargs: Any) -> Any:
        candidate = write(*args, **kwargs)
        if candidate is not None:
            written.append(candidate.stem.text)
        return candidate

    monkeypatch.setattr(pipeline, "write_candidate", kept)
    pipeline.generate(COLUMN, slug="column", title="Column")
    assert any("_____ of the Eastport Gazette called the vote" in s for s in written), written
