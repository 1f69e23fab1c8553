"""Importer limits: whatever size a value or a file reaches, a problem with its line, not a
traceback, and work that grows with the input, not with its square.

Integers longer than Python's int-string conversion limit (4,300 digits) used to raise
ValueError from deep inside the JSON/YAML/CSV readers.
"""

from __future__ import annotations

import pytest

from questions.formats import read_bytes
from questions.schema import SetFileInvalid

HUGE = "9" * 5000  # past sys.get_int_max_str_digits() (4,300)


def refusal(text: str, filename: str) -> list[str]:
    """Read a file that must be refused; return its problems as written to the admin."""
    with pytest.raises(SetFileInvalid) as refused:
        read_bytes(text.encode(), filename)
    return [str(problem) for problem in refused.value.problems]


def yaml_set(answer: str, options: str = "[x, y]") -> str:
    """A one-question YAML set whose question starts on line 4."""
    return (
        "slug: a\ntitle: A\nquestions:\n"
        f"  - text: Q?\n    options: {options}\n    answer: {answer}\n"
    )


def json_set(answer: str, options: str = '["x", "y"]') -> str:
    """A one-question JSON set whose question is on line 2."""
    return (
        '{"slug": "a", "title": "A", "questions": [\n'
        f'  {{"text": "Q?", "options": {options}, "answer": {answer}}}\n]}}\n'
    )


@pytest.mark.parametrize(
    ("filename", "text", "line"),
    [
        ("set.yaml", yaml_set(HUGE), 4),
        ("set.yaml", yaml_set("y", options=f"[{HUGE}, y]"), 4),
        ("set.yaml", yaml_set(f"-{HUGE}"), 4),
        ("set.json", json_set(HUGE), 2),
        ("set.json", json_set('"y"', options=f'[{HUGE}, "y"]'), 2),
        ("set.json", json_set(f'"{HUGE}"'), 2),
        ("set.csv", f"question,option_1,option_2,answer\nQ?,x,y,{HUGE}\n", 2),
        ("set.csv", f"question,option_1,option_2,answer\nQ?,{HUGE},y,y\n", 2),
    ],
)
def test_a_huge_integer_is_a_problem_on_its_line(filename: str, text: str, line: int) -> None:
    problems = refusal(text, filename)
    assert any(f"{filename}, line {line}, question 1:" in p for p in problems), problems


@pytest.mark.parametrize(
    ("filename", "text"),
    [
        ("set.yaml", f"slug: {HUGE}\ntitle: {HUGE}\nquestions: [{HUGE}]\n"),
        ("set.json", f'{{"slug": {HUGE}, "title": {HUGE}, "questions": [{HUGE}]}}'),
    ],
)
def test_huge_integers_elsewhere_are_problems_too(filename: str, text: str) -> None:
    assert refusal(text, filename)


def test_a_huge_integer_id_is_kept_as_its_digits() -> None:
    text = yaml_set("y").replace("  - text: Q?", f"  - id: {HUGE[:200]}\n    text: Q?")
    [question] = read_bytes(text.encode(), "set.yaml").qset.questions
    assert question.id == HUGE[:200]
