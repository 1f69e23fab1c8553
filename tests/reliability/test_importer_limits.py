"""Importer limits: whatever size a value or a file reaches, a problem with its line, not a
traceback, and work that grows with the input, not with its square.

Integers longer than Python's int-string conversion limit (4,300 digits) used to raise
ValueError from deep inside the JSON/YAML/CSV readers.
"""

from __future__ import annotations

import pytest

from questions.drafts import Draft, ParsedFile, SetFileInvalid
from questions.formats import read_bytes, skip_repeats
from questions.formats.markup import html_to_text

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


# --- work that grows with the input ------------------------------------------------------------
# Each input below is sized so that the old quadratic path would take many minutes (measured:
# 39 s for 60 KB of HTML, four times longer for every doubling), while the linear one takes a
# fraction of a second. `python -m tests.bench.importers` measures every importer per 100 KB.

HOSTILE_HTML = {
    "unclosed comment": "<!--" + "<a " * 100_000,
    "unclosed tags": "x<a " * 100_000,
    "unclosed quotes": '<a href="' * 40_000,
    "unclosed CDATA": "<![CDATA[" + "<a " * 100_000,
    "unclosed declaration": "<!" + "<a " * 100_000,
    "unclosed instruction": "<?" + "<a " * 100_000,
}


@pytest.mark.parametrize("fragment", HOSTILE_HTML.values(), ids=list(HOSTILE_HTML))
def test_hostile_html_is_read_in_linear_time(fragment: str) -> None:
    text = html_to_text(fragment)
    assert "<a" not in text or "&" not in text  # read as text or dropped, never a stall


def test_html_still_reads_as_a_person_sees_it() -> None:
    fragment = (
        "<p>Which <b>planet</b> &amp; moon?</p><script>alert(1)</script><!-- note -->"
        "<ul><li>one</li><li>two</li></ul>tail &lt;3"
    )
    assert html_to_text(fragment) == "Which planet & moon?\none\ntwo\ntail <3"


def test_skipping_repeated_questions_is_linear() -> None:
    repeats = 200_000  # the old skip copied the list and searched the lines for every repeat
    parsed = ParsedFile(
        "bank.gift",
        drafts=[Draft("Same?", ["a", "b"], 0, line=1 + 3 * n) for n in range(repeats)],
        skipped=[],
    )
    skip_repeats(parsed)
    assert len(parsed.drafts or []) == 1
    skipped = parsed.skipped or []
    assert len(skipped) == repeats - 1
    assert (skipped[-1].question, skipped[-1].line) == (repeats, 1 + 3 * (repeats - 1))
    assert skipped[0].reason == "the same question as the one on line 1"
