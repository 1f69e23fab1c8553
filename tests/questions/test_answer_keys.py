"""Answers given as Telegram's 0-based `correct_option_id` / `answer_index`, or as `answer`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from questions.drafts import SetFileInvalid
from questions.formats import dump_yaml, read_file
from tests.helpers import write_file

OPTIONS = ["Rome", "Milan", "Turin"]


def one_question(tmp_path: Path, **keys: object) -> Path:
    """Write a JSON set of one question about Italy with the given answer keys."""
    item = {"text": "What is the capital of Italy?", "options": OPTIONS, **keys}
    data = {"slug": "keys", "title": "Keys", "questions": [item]}
    return write_file(tmp_path, "keys.json", json.dumps(data))


def problem_of(path: Path) -> str:
    """Return the one problem a refused file reports."""
    with pytest.raises(SetFileInvalid) as caught:
        read_file(path)
    assert len(caught.value.problems) == 1, caught.value.problems
    return caught.value.problems[0].message


@pytest.mark.parametrize(
    "keys",
    [
        {"answer": "Rome"},
        {"answer": 1},
        {"answer_index": 0},
        {"correct_option_id": 0},
        {"answer": "Rome", "answer_index": 0, "correct_option_id": 0},
    ],
)
def test_every_answer_key_names_the_same_option(tmp_path: Path, keys: dict[str, object]) -> None:
    question = read_file(one_question(tmp_path, **keys)).qset.questions[0]
    assert question.correct_option == "Rome"


def test_zero_based_key_picks_a_later_option(tmp_path: Path) -> None:
    question = read_file(one_question(tmp_path, correct_option_id=2)).qset.questions[0]
    assert question.correct_option == "Turin"


def test_keys_that_disagree_are_an_error_naming_both(tmp_path: Path) -> None:
    message = problem_of(one_question(tmp_path, answer="Milan", correct_option_id=0))
    assert "`answer` says option 2 but `correct_option_id` says option 1" in message


def test_answer_zero_hints_at_the_zero_based_key(tmp_path: Path) -> None:
    message = problem_of(one_question(tmp_path, answer=0))
    assert "numbers in `answer` count from 1; for 0-based indexes use `answer_index`" in message


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (3, "`answer_index` 3 is not an option index from 0 to 2"),
        (-1, "`answer_index` -1 is not an option index from 0 to 2"),
        ("first", "`answer_index` must be a whole number from 0 to 2"),
        (True, "`answer_index` must be a whole number from 0 to 2"),
    ],
)
def test_bad_zero_based_index_is_explained(tmp_path: Path, value: object, expected: str) -> None:
    assert expected in problem_of(one_question(tmp_path, answer_index=value))


def test_no_answer_key_at_all_names_both_ways(tmp_path: Path) -> None:
    message = problem_of(one_question(tmp_path))
    assert "give `answer`" in message and "`answer_index` (from 0)" in message


def test_csv_accepts_a_correct_option_id_column(tmp_path: Path) -> None:
    path = write_file(
        tmp_path,
        "keys.csv",
        "question,option_1,option_2,option_3,correct_option_id\n"
        "What is the capital of Italy?,Rome,Milan,Turin,0\n"
        "Which city is in Piedmont?,Rome,Milan,Turin,2\n",
    )
    assert [q.correct_option for q in read_file(path).qset.questions] == ["Rome", "Turin"]


def test_csv_answer_zero_gets_the_hint(tmp_path: Path) -> None:
    path = write_file(
        tmp_path,
        "keys.csv",
        "question,option_1,option_2,answer\nWhat is the capital of Italy?,Rome,Milan,0\n",
    )
    assert "use `answer_index`" in problem_of(path)


def test_export_writes_the_answer_as_text(tmp_path: Path) -> None:
    qset = read_file(one_question(tmp_path, correct_option_id=1)).qset
    item = yaml.safe_load(dump_yaml(qset))["questions"][0]
    assert item["answer"] == "Milan"
    assert "correct_option_id" not in item and "answer_index" not in item
