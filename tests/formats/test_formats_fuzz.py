"""Fuzzing: whatever text an admin uploads, each reader returns a ParsedFile and never raises.

Besides not crashing, the output must be something build_set can judge: it either builds a
set or raises SetFileInvalid, never another exception.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from xml.sax.saxutils import escape

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from questions.drafts import ParsedFile, SetFileInvalid, build_set
from questions.formats.aiken import read_aiken
from questions.formats.gift import read_gift
from questions.formats.moodle_xml import read_moodle_xml

FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# fmt: off
GIFT_TOKENS = [
    "::", "::T::", "{", "}", "~", "=", "#", "####", "%50%", "%100%", "%-100%", "->", "\\",
    "\\:", "\\{", "\\n", "\n", "\n\n", " ", "\t", "[html]", "[plain]", "[markdown]", "<p>",
    "</p>", "<br>", "&amp;", "&nbsp;", "T", "TRUE", "F", "FALSE", "$CATEGORY: $course$/a/b",
    "//", "// [id:x]", "word", "Q?", "1822:5", "..", "_____", "é", "\";",
]
AIKEN_LINES = [
    "Question?", "A) one", "B) two", "C.three", "D)", "Z) last", "ANSWER: A", "ANSWER: B",
    "ANSWER: Z", "ANSWER:", "answer: c", "", " ", "x", "A", "<b>&amp;</b>", "A question",
]
XML_TOKENS = [
    '<?xml version="1.0"?>', "<quiz>", "</quiz>", '<question type="multichoice">',
    '<question type="truefalse">', '<question type="category">', '<question type="essay">',
    "</question>", "<questiontext>", "</questiontext>", "<text>", "</text>", "<name>",
    "</name>", '<answer fraction="100">', '<answer fraction="0">', '<answer fraction="x">',
    "</answer>", "<single>false</single>", "<single>true</single>", "<![CDATA[", "]]>",
    "<p>", "</p>", "true", "false", "&amp;", "&lt;", "&bogus;", "<!DOCTYPE q>", "<file>",
    "</file>", "<category>", "</category>", "$course$/x", " ", "\n", "<", ">", "word",
]
# fmt: on


def gift_soup() -> st.SearchStrategy[str]:
    """Random sequences of GIFT syntax pieces."""
    return st.lists(st.sampled_from(GIFT_TOKENS), max_size=40).map("".join)


def check(reader: Callable[[str, str], ParsedFile], text: str) -> None:
    """Run a reader and check its output is well-formed and judgeable by build_set."""
    parsed = reader(text, "fuzz.txt")
    assert isinstance(parsed, ParsedFile)
    assert parsed.filename == "fuzz.txt"
    for draft in parsed.drafts or []:
        assert isinstance(draft.text, str)
        assert all(isinstance(o, str) for o in draft.options)
        assert draft.answer is None or 0 <= draft.answer < len(draft.options)
        assert draft.explanation is None or len(draft.explanation) <= 200
    for problem in parsed.problems or []:
        assert problem.file == "fuzz.txt"
        assert problem.message
    for skip in parsed.skipped or []:
        assert skip.reason
    with contextlib.suppress(SetFileInvalid):
        build_set(parsed)


@FUZZ
@given(st.text())
def test_gift_random_text(text: str) -> None:
    """Any text at all."""
    check(read_gift, text)


@FUZZ
@given(gift_soup())
def test_gift_token_soup(text: str) -> None:
    """Text made of GIFT's control characters and keywords."""
    check(read_gift, text)


@FUZZ
@given(st.text())
def test_aiken_random_text(text: str) -> None:
    """Any text at all."""
    check(read_aiken, text)


@FUZZ
@given(st.lists(st.sampled_from(AIKEN_LINES), max_size=20).map("\n".join))
def test_aiken_line_soup(text: str) -> None:
    """Lines that look like Aiken questions, options and answers, in any order."""
    check(read_aiken, text)


@FUZZ
@given(st.text())
def test_moodle_xml_random_text(text: str) -> None:
    """Any text at all."""
    check(read_moodle_xml, text)


@FUZZ
@given(st.lists(st.sampled_from(XML_TOKENS), max_size=40).map("".join))
def test_moodle_xml_token_soup(text: str) -> None:
    """Moodle XML elements and entities in any order, mostly not well-formed."""
    check(read_moodle_xml, "<quiz>" + text + "</quiz>")


@st.composite
def xml_quiz(draw: st.DrawFn) -> str:
    """Well-formed Moodle XML with random types, fractions, formats and texts."""
    words = st.text(max_size=40).map(escape)
    questions = []
    for _ in range(draw(st.integers(0, 3))):
        kind = draw(st.sampled_from(["multichoice", "truefalse", "category", "essay", ""]))
        answers = "".join(
            f'<answer fraction="{draw(st.sampled_from(["0", "100", "50", "-25", "1e3", "nan"]))}"'
            f' format="{draw(st.sampled_from(["html", "plain_text", "moodle_auto_format"]))}">'
            f"<text>{draw(st.sampled_from(['true', 'false']) | words)}</text>"
            f"<feedback><text>{draw(words)}</text></feedback></answer>"
            for _ in range(draw(st.integers(0, 4)))
        )
        questions.append(
            f'<question type="{kind}"><name><text>{draw(words)}</text></name>'
            f"<category><text>{draw(words)}</text></category>"
            f"<questiontext><text>{draw(words)}</text></questiontext>"
            f"<single>{draw(st.sampled_from(['true', 'false', '1', '']))}</single>"
            f"{answers}</question>"
        )
    return "<quiz>" + "".join(questions) + "</quiz>"


@settings(FUZZ, max_examples=80)  # each example is a whole document: fewer suffice
@given(xml_quiz())
def test_moodle_xml_wellformed_quizzes(text: str) -> None:
    """Well-formed files with arbitrary content: every question is read, skipped or reported."""
    check(read_moodle_xml, text)
