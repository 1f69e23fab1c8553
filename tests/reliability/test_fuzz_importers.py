"""Bad files, fuzzed: whatever bytes or structure reaches an importer, the answer is a valid
set or SetFileInvalid listing problems, never another exception and never a long stall.

The format readers' own fuzzing (GIFT/Aiken/Moodle XML text) is in tests/formats; this goes
through `read_bytes`, the one entry point of admin uploads and `quizbot load`, for every
extension, with random bytes, random JSON/YAML structures, set-shaped files of random types
and random CSV.
"""

from __future__ import annotations

import csv
import io
import json
import time
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from questions.drafts import SetFileInvalid
from questions.formats import MAX_FILE_BYTES, ReadResult, read_bytes
from questions.schema import EXPLANATION_MAX, MAX_OPTIONS, MIN_OPTIONS, OPTION_MAX, QUESTION_MAX

FUZZ = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FILENAMES = [
    "set.yaml",
    "set.yml",
    "set.json",
    "set.csv",
    "set.gift",
    "set.gift.txt",
    "set.aiken.txt",
    "set.txt",
    "set.xml",
    "no-extension",
]


def judge(data: bytes, filename: str) -> ReadResult | SetFileInvalid:
    """Read a file; return the set or the refusal. Any other exception fails the test."""
    try:
        result = read_bytes(data, filename)
    except SetFileInvalid as refusal:
        assert refusal.problems, "a refusal must say what is wrong"
        assert all(p.message.strip() for p in refusal.problems)
        return refusal
    qset = result.qset
    assert qset.slug and qset.title and qset.questions
    for question in qset.questions:
        assert 1 <= len(question.text) <= QUESTION_MAX
        assert MIN_OPTIONS <= len(question.options) <= MAX_OPTIONS
        assert all(1 <= len(option) <= OPTION_MAX for option in question.options)
        assert 0 <= question.answer < len(question.options)
        assert question.explanation is None or len(question.explanation) <= EXPLANATION_MAX
    return result


@FUZZ
@given(st.binary(max_size=3000), st.sampled_from(FILENAMES))
def test_random_bytes_into_every_importer(data: bytes, filename: str) -> None:
    judge(data, filename)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=10), inner),
    max_leaves=40,
)


def as_json(value: Any) -> bytes:
    """Serialise as the JSON format would be written."""
    return json.dumps(value, ensure_ascii=False).encode()


def as_yaml(value: Any) -> bytes:
    """Serialise as YAML (keys kept in order, unicode as is)."""
    return yaml.safe_dump(value, allow_unicode=True, sort_keys=False).encode()


@FUZZ
@given(JSON_VALUES, st.sampled_from(["json", "yaml"]))
def test_random_structures_as_json_and_yaml(value: Any, kind: str) -> None:
    judge(as_json(value) if kind == "json" else as_yaml(value), f"set.{kind}")


ANY_VALUE = JSON_VALUES | st.sampled_from(["", " ", "0", "1", "2", "Yes", "~", "A", "a" * 400])


@st.composite
def set_shaped(draw: st.DrawFn) -> dict[str, Any]:
    """A set file with the right field names and values of any type, often the right one."""
    question_keys = ["text", "question", "options", "answer", "explanation", "tags", "id"]

    def field(good: st.SearchStrategy[Any]) -> Any:
        return draw(good | ANY_VALUE)

    questions = [
        {
            key: field(
                st.lists(st.text(min_size=1, max_size=20), min_size=2, max_size=4)
                if key == "options"
                else st.integers(1, 4) | st.text(max_size=10)
                if key == "answer"
                else st.text(min_size=1, max_size=40)
            )
            for key in draw(st.lists(st.sampled_from(question_keys), unique=True, min_size=1))
        }
        for _ in range(draw(st.integers(0, 4)))
    ]
    return {
        "slug": field(st.from_regex(r"[a-z0-9][a-z0-9-]{0,10}", fullmatch=True)),
        "title": field(st.text(min_size=1, max_size=20)),
        "questions": draw(st.just(questions) | ANY_VALUE),
    }


@settings(FUZZ, max_examples=60)  # each example is a whole file of up to four questions
@given(set_shaped(), st.sampled_from(["json", "yaml"]))
def test_set_shaped_files_with_fields_of_any_type(value: dict[str, Any], kind: str) -> None:
    judge(as_json(value) if kind == "json" else as_yaml(value), f"set.{kind}")


@FUZZ
@given(
    st.lists(st.lists(st.text(max_size=15), max_size=8), max_size=6),
    st.booleans(),
)
def test_random_csv_rows(rows: list[list[str]], with_header: bool) -> None:
    out = io.StringIO()
    writer = csv.writer(out)
    if with_header:
        writer.writerow(["question", "option_1", "option_2", "option_3", "answer", "explanation"])
    writer.writerows(rows)
    judge(out.getvalue().encode(), "set.csv")


def _alias_bomb() -> bytes:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]" for n in range(1, 9)]
    return ("\n".join(lines) + "\nslug: x\ntitle: *a8\nquestions: *a8\n").encode()


NASTY_FILES = {
    # A kilobyte of nested aliases stands for 387 million strings ("billion laughs").
    "alias bomb.yaml": _alias_bomb(),
    "self reference.yaml": b"slug: x\ntitle: t\nquestions: &q [*q]\n",
    "deep nesting.yaml": b"[" * 5_000 + b"]" * 5_000,
    "deep nesting.json": b"[" * 5_000 + b"]" * 5_000,
    "deep nesting.xml": b"<quiz>" + b"<a>" * 5_000 + b"</a>" * 5_000 + b"</quiz>",
    "utf-16.yaml": "slug: x\ntitle: t\n".encode("utf-16"),
    "latin-1.csv": "question,option_1,option_2,answer\nCafé?,oui,non,1\n".encode("latin-1"),
    "over the limit.yaml": b"slug: x\n" + b"#" * MAX_FILE_BYTES,
    "empty.json": b"",
    "xml entity.xml": b'<?xml version="1.0"?><!DOCTYPE q [<!ENTITY e "x">]><quiz>&e;</quiz>',
}


@pytest.mark.parametrize("name", sorted(NASTY_FILES))
def test_hostile_files_are_refused_quickly(name: str) -> None:
    started = time.perf_counter()
    verdict = judge(NASTY_FILES[name], name.replace(" ", "-"))
    assert isinstance(verdict, SetFileInvalid), name
    assert time.perf_counter() - started < 10, "refusing a hostile file must not stall"
