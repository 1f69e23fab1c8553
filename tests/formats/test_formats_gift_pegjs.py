"""Conformance: our GIFT reader against every gift-pegjs fixture pair (input .gift, expected .json).

Each JSON file lists what the gift-pegjs parser reads from the paired .gift file. For every
single-answer MC and every TF question we must produce a draft with the same stem, options
and correct answer; every other question (and multi-answer MC) must be skipped with a reason;
Category entries produce no question. The fixtures are third-party data in tests/fixtures.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any

import pytest

from questions.drafts import Draft, Skipped
from questions.formats.gift import read_gift
from tests.helpers import EXTERNAL_FIXTURES

EXTERNAL = EXTERNAL_FIXTURES
PEGJS = EXTERNAL / "gift-grammar-pegjs"
PAIRS = sorted(PEGJS.glob("*.gift"))
TAG = re.compile(r"<[^>]*>")


def normalise(value: Any) -> str:
    """Bring an expected or actual text to one comparable plain-text form.

    Why a normaliser is needed at all:
    - gift-pegjs keeps [html] text as markup; we store what a poll shows (tags stripped,
      entities decoded). So for format "html" the expected text has its tags replaced by a
      space and its entities decoded. A space per tag (rather than nothing) is the right
      stand-in because our reader breaks lines at block tags such as </p> and <br>.
    - gift-pegjs keeps line breaks from the file in [html]/[markdown] text and we keep only
      the breaks that tags or \\n ask for, so all whitespace is collapsed on both sides.
    - For a missing-word question gift-pegjs writes "from _____ ." while we, like Moodle,
      keep following punctuation against the blank ("from _____."); spaces between the blank
      and punctuation are dropped on both sides.
    Markdown is NOT converted: our policy keeps [markdown] text raw, exactly like gift-pegjs.
    """
    if value is None:
        return ""
    if isinstance(value, str):
        text = value
    else:
        text = value["text"]
        if value.get("format") == "html":
            text = html.unescape(TAG.sub(" ", text))
    text = " ".join(text.split())
    return re.sub(r"_____ (?=[.,;:!?])", "_____", text)


def is_single_answer(question: dict[str, Any]) -> bool:
    """An MC that a poll can hold: exactly one isCorrect and no weights at all.

    gift-pegjs writes weight null for an unweighted answer; any percentage (partial credit,
    penalties, multiple response) means the question is not a plain single-answer MC.
    """
    choices = question["choices"]
    return sum(bool(c["isCorrect"]) for c in choices) == 1 and all(
        c["weight"] is None for c in choices
    )


def expected_explanation(question: dict[str, Any]) -> str:
    """What our reader should put in Draft.explanation, before the 200-character clip."""
    if question.get("globalFeedback"):
        return normalise(question["globalFeedback"])
    if question["type"] == "TF":
        # Moodle (whose rules we follow) reads {T#first#second} as first = feedback for a wrong
        # answer, second = feedback for the right one. gift-pegjs labels the same two slots
        # trueFeedback / falseFeedback by position, so the right-answer slot is always the one
        # it calls falseFeedback, whatever isTrue says.
        return normalise(question.get("falseFeedback"))
    correct = next(c for c in question["choices"] if c["isCorrect"])
    return normalise(correct.get("feedback"))


def test_fixture_folder_is_present() -> None:
    """The conformance data must be there; an empty parametrisation would hide its absence."""
    assert PEGJS.is_dir(), f"missing third-party fixtures at {PEGJS}"
    assert len(PAIRS) == 51
    assert all(p.with_suffix(".json").is_file() for p in PAIRS)


@pytest.mark.parametrize("gift", PAIRS, ids=[p.stem for p in PAIRS])
def test_matches_gift_pegjs(gift: Path) -> None:
    """Every question in the pair is a matching draft or a skip, in file order."""
    expected = json.loads(gift.with_suffix(".json").read_text(encoding="utf-8"))
    parsed = read_gift(gift.read_text(encoding="utf-8"), gift.name)
    assert parsed.problems == []
    drafts = parsed.drafts or []
    skipped = parsed.skipped or []

    questions = [q for q in expected if q["type"] != "Category"]
    assert len(drafts) + len(skipped) == len(questions)

    events: list[Draft | Skipped] = sorted([*drafts, *skipped], key=lambda e: e.line or 0)
    for question, got in zip(questions, events, strict=True):
        where = f"{gift.name}: {normalise(question['stem'])[:50]!r}"
        assert got.title == question["title"], where
        poll = question["type"] == "TF" or (question["type"] == "MC" and is_single_answer(question))
        if not poll:
            assert isinstance(got, Skipped), where
            assert got.reason.strip(), where
            continue
        assert isinstance(got, Draft), where
        assert normalise(got.text) == normalise(question["stem"]), where
        if question["type"] == "TF":
            assert got.options == ["True", "False"], where
            assert got.answer == (0 if question["isTrue"] else 1), where
        else:
            assert got.options == [normalise(c["text"]) for c in question["choices"]], where
            assert got.answer == next(
                i for i, c in enumerate(question["choices"]) if c["isCorrect"]
            ), where
        explanation = expected_explanation(question)
        if len(explanation) <= 200:
            assert (got.explanation or "") == explanation, where
        else:
            assert got.explanation is not None, where
            assert len(got.explanation) <= 200, where
            assert got.explanation.endswith("…"), where
            assert explanation.startswith(got.explanation[:-1].rstrip()), where

    categories = [q for q in expected if q["type"] == "Category"]
    if categories:
        # The set takes its title from the category path's last component.
        assert parsed.title == categories[0]["title"].split("/")[-1]


def test_totals_over_all_pairs() -> None:
    """The whole corpus, tallied: what gift-pegjs expects against what we produce."""
    expected = {"MC": 0, "TF": 0, "skipped": 0}
    got = {"MC": 0, "TF": 0, "skipped": 0}
    for gift in PAIRS:
        for question in json.loads(gift.with_suffix(".json").read_text(encoding="utf-8")):
            if question["type"] == "TF":
                expected["TF"] += 1
            elif question["type"] == "MC" and is_single_answer(question):
                expected["MC"] += 1
            elif question["type"] != "Category":
                expected["skipped"] += 1
        parsed = read_gift(gift.read_text(encoding="utf-8"), gift.name)
        for draft in parsed.drafts or []:
            got["TF" if draft.options == ["True", "False"] else "MC"] += 1
        got["skipped"] += len(parsed.skipped or [])
    assert got == expected
    # SOURCES.md counts MC 31, TF 17, Short 19, Numerical 14, Essay 8, Description 7,
    # Matching 4: 23 of the MC have one right answer; the other 8 are multiple response or
    # partial credit and join the 52 non-MC questions as skips.
    assert got == {"MC": 23, "TF": 17, "skipped": 60}
