"""Every reason the importer, the article reader and the generator give is a `Text` the views can
translate: an f-string that slipped in would reach a Russian or Chinese admin in English."""

from __future__ import annotations

import pytest

from bot.views.i18n import translator
from questions.documents import DocumentRefused, extract_article
from questions.drafts import SetFileInvalid
from questions.formats import parse_bytes, read_bytes
from questions.generate import GenerationError
from questions.generate.language import check_article
from questions.text import Text
from tests.helpers import EXTERNAL_FIXTURES

BAD_FILES = {
    "one-option.yaml": (
        "slug: s\ntitle: T\nquestions:\n  - text: Q?\n    options: [A]\n    answer: 0\n"
    ),
    "unknown.yaml": "slug: s\ntitle: T\nextra: 1\nquestions: []\n",
    "nested.json": "[" * 200 + "]" * 200,
    "broken.json": '{"slug": ',
    "header.csv": "question,answer\nQ?,1\n",
    "both.csv": "question,option_1,option_2,answer,answer_index\nQ?,A,B,1,1\n",
    "aiken.txt": "Q?\nA. One\nC. Two\nANSWER: Z\n",
    "braces.gift": "::T:: Q? {=A ~B}} \n\nQ2? {=A ~B {\n",
    "empty.txt": "   \n",
    "doctype.xml": '<?xml version="1.0"?><!DOCTYPE quiz [<!ENTITY x "y">]><quiz/>',
    "top.xml": '<?xml version="1.0"?><questions/>',
    "tf.xml": (
        '<quiz><question type="truefalse"><name><text>T</text></name><questiontext><text>Q?'
        '</text></questiontext><answer fraction="100"><text>true</text></answer></question>'
        "</quiz>"
    ),
}


def _problems(name: str, content: bytes) -> list[str]:
    """Return the problems and skip reasons of one file."""
    parsed = parse_bytes(content, name)
    reasons = [p.message for p in parsed.problems or ()]
    reasons += [s.reason for s in parsed.skipped or ()]
    try:
        read_bytes(content, name)
    except SetFileInvalid as refused:
        reasons += [p.message for p in refused.problems]
    return reasons


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_every_import_problem_is_translated(name: str) -> None:
    reasons = _problems(name, BAD_FILES[name].encode())
    assert reasons, f"{name} gave no problem"
    russian = translator("ru")
    for reason in reasons:
        assert isinstance(reason, Text), f"not translatable: {reason!r}"
        assert russian.text(reason) != reason, f"no Russian for {reason.msgid!r}"


def test_moodle_fixture_skips_are_translated() -> None:
    folder = EXTERNAL_FIXTURES / "moodle"
    files = [p for p in sorted(folder.rglob("*")) if p.suffix in (".txt", ".xml")]
    reasons = [r for path in files for r in _problems(path.name, path.read_bytes())]
    assert reasons
    assert all(isinstance(r, Text) and translator("zh_Hans").text(r) != r for r in reasons)


@pytest.mark.parametrize(
    ("data", "name"),
    [(b"%PDF-1.4\nbroken", "a.pdf"), (b"PK\x03\x04broken", "a.docx"), (b"<html></html>", "a.html")],
)
def test_article_refusals_are_translated(data: bytes, name: str) -> None:
    with pytest.raises(DocumentRefused) as refused:
        extract_article(data, name)
    reason = refused.value.args[0]
    assert isinstance(reason, Text) and translator("ru").text(reason) != reason


@pytest.mark.parametrize("text", ["too short", "Это статья на русском языке. " * 40, "\x00" * 50])
def test_generator_refusals_are_translated(text: str) -> None:
    with pytest.raises(GenerationError) as refused:
        check_article(text)
    reason = refused.value.message
    assert isinstance(reason, Text) and translator("zh_Hans").text(reason) != reason
