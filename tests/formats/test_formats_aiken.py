"""The Aiken reader: Moodle's fixtures (see moodle/EXPECTED.md) and the format's rules."""

from __future__ import annotations

import pytest

from questions.drafts import Draft, ParsedFile
from questions.formats.aiken import read_aiken
from tests.helpers import EXTERNAL_FIXTURES

EXTERNAL = EXTERNAL_FIXTURES
MOODLE_AIKEN = EXTERNAL / "moodle" / "aiken"


def parse(text: str) -> ParsedFile:
    """Read Aiken text."""
    return read_aiken(text, "test.txt")


def drafts_of(parsed: ParsedFile) -> list[tuple[str, list[str], int | None]]:
    """The (text, options, answer) of every draft."""
    return [(d.text, d.options, d.answer) for d in parsed.drafts or []]


def test_moodle_questions_aiken() -> None:
    """questions.aiken.txt: 2 MC-single; raw <html …> and & stay plain text."""
    parsed = parse((MOODLE_AIKEN / "questions.aiken.txt").read_text(encoding="utf-8"))
    assert parsed.problems == []
    assert parsed.skipped == []
    assert drafts_of(parsed) == [
        (
            "The Moodle project was started by:",
            ["Petr Skoda", "Martin Dougiamas", "Eloy Lafuente", "Tim Hunt"],
            1,
        ),
        (
            "Moodle's abilities include handling user input that includes "
            '<html class="cool"> & images:',
            ["True", "False"],
            0,
        ),
    ]
    assert [d.line for d in parsed.drafts or []] == [1, 8]
    assert (parsed.slug, parsed.title) == (None, None)


def test_moodle_aiken_errors() -> None:
    """aiken_errors.txt: exactly the 3 good questions plus Moodle's 4 errors, same lines."""
    parsed = parse((MOODLE_AIKEN / "aiken_errors.txt").read_text(encoding="utf-8"))
    assert drafts_of(parsed) == [
        ("A good question", ["Correct", "Incorrect"], 0),
        ("A second good question", ["Incorrect (No space)", "Correct (No space)"], 1),
        (
            "A third good question with HTML chars such as > < &",
            ["Correct (< > &)", "Incorrect (< > &)"],
            0,
        ),
    ]
    assert [d.line for d in parsed.drafts or []] == [9, 18, 23]
    problems = parsed.problems or []
    assert [p.line for p in problems] == [3, 5, 7, 18]
    expected = [
        ("Error importing question", "A question with too few answers"),
        ("Question must have at least 2 answers on line 3", ""),
        ("Question not started on line 5", ""),
        ("Question not started on line 7", ""),
        ("Error importing question", "A question started but not finished"),
        ("Question not completed before next question start on line 18", ""),
    ]
    messages = " | ".join(p.message for p in problems)
    for first, second in expected:
        assert first in messages
        assert second in messages
    assert "Question must have at least 2 answers" in problems[0].message
    assert "A question started but not finished" in problems[3].message
    assert all(p.file == "test.txt" for p in problems)


def test_dot_delimiter_and_no_space() -> None:
    """Options may use `A.` or `A)`, with or without a space after it."""
    parsed = parse("Which?\nA.one\nB. two\nC)three\nANSWER: C\n")
    assert drafts_of(parsed) == [("Which?", ["one", "two", "three"], 2)]
    assert parsed.problems == []


def test_plain_text_is_kept_raw() -> None:
    """Aiken has no markup: tags and entities are text."""
    parsed = parse("Is <b>this</b> &amp; bold?\nA) <i>yes</i>\nB) no\nANSWER: B")
    assert drafts_of(parsed) == [("Is <b>this</b> &amp; bold?", ["<i>yes</i>", "no"], 1)]


def test_answer_letter_is_read_leniently() -> None:
    """`ANSWER:B`, lower-case letters and a lower-case keyword still name the option."""
    assert drafts_of(parse("Q?\nA) x\nB) y\nANSWER:B"))[0][2] == 1
    assert drafts_of(parse("Q?\nA) x\nB) y\nanswer: b"))[0][2] == 1


def test_up_to_ten_options_and_blank_lines_between_questions() -> None:
    """Questions follow each other with or without blank lines."""
    options = "\n".join(f"{chr(65 + i)}) option {i}" for i in range(10))
    parsed = parse(f"First?\n{options}\nANSWER: J\nSecond?\nA) a\nB) b\nANSWER: A\n\n\n")
    assert [(d.text, len(d.options), d.answer) for d in parsed.drafts or []] == [
        ("First?", 10, 9),
        ("Second?", 2, 0),
    ]
    assert parsed.problems == []


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("Q?\nA) x\nB) y\nANSWER: D", 4, "must be one of the option letters A–B"),
        ("Q?\nA) x\nB) y\nANSWER:", 4, "must be one of the option letters"),
        ("Q?\nA) x\nC) y\nANSWER: A", 3, "options must be lettered A, B in order"),
        ("Q?\nA) x\nA) y\nANSWER: A", 3, "options must be lettered A, B in order"),
        ("Q?\nA) x\nB) y\n", 1, "not completed before the end of the file"),
        ("Q?\nANSWER: A", 2, "Question must have at least 2 answers on line 2"),
        ("A) orphan", 1, "Question not started on line 1"),
    ],
)
def test_malformed_questions(text: str, line: int, words: str) -> None:
    """Each malformed block is one Problem with its line; nothing becomes a draft."""
    parsed = parse(text)
    assert parsed.drafts == []
    problems = parsed.problems or []
    assert len(problems) == 1
    assert words in problems[0].message
    assert problems[0].line == line


def test_returns_drafts_with_expected_fields() -> None:
    """Aiken drafts carry no explanation, title or id."""
    draft = (parse("Q?\nA) x\nB) y\nANSWER: A").drafts or [])[0]
    assert draft == Draft(text="Q?", options=["x", "y"], answer=0, line=1)
