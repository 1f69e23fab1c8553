"""Good YAML, JSON and CSV set files read into the same canonical set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from questions.formats import (
    FORMATS,
    detect_format,
    dump_json,
    dump_yaml,
    parse_bytes,
    read_bytes,
    read_file,
)
from questions.schema import Question, QuestionSet
from tests.helpers import make_set, write_file, write_json, write_yaml

CAPITALS_YAML = """\
# Capitals of Europe
slug: capitals
title: Capitals of Europe
source: https://example.org/capitals
language: en
questions:
  - text: What is the capital of France?
    options: [Berlin, Paris, Madrid]
    answer: 2            # by number
    explanation: Paris has been the capital since 987.
    tags: [europe, cities]
  - question: What is the capital of Spain?   # 'question' is accepted for 'text'
    options:
      - Lisbon
      - Madrid
    answer: madrid       # by text, any case
    source: Madrid is the capital of Spain.
    id: es-capital
    tags: europe, iberia
"""

CAPITALS = QuestionSet(
    slug="capitals",
    title="Capitals of Europe",
    source="https://example.org/capitals",
    language="en",
    questions=(
        Question(
            text="What is the capital of France?",
            options=("Berlin", "Paris", "Madrid"),
            answer=1,
            explanation="Paris has been the capital since 987.",
            tags=("europe", "cities"),
        ),
        Question(
            text="What is the capital of Spain?",
            options=("Lisbon", "Madrid"),
            answer=1,
            source="Madrid is the capital of Spain.",
            tags=("europe", "iberia"),
            id="es-capital",
        ),
    ),
)


def test_yaml_file_reads_into_the_set(tmp_path: Path) -> None:
    path = write_file(tmp_path, "capitals.yaml", CAPITALS_YAML)
    result = read_file(path)
    assert result.qset == CAPITALS
    assert result.skipped == ()


def test_json_file_with_the_same_structure_reads_the_same(tmp_path: Path) -> None:
    data = {
        "slug": "capitals",
        "title": "Capitals of Europe",
        "source": "https://example.org/capitals",
        "language": "en",
        "questions": [
            {
                "text": "What is the capital of France?",
                "options": ["Berlin", "Paris", "Madrid"],
                "answer": 2,
                "explanation": "Paris has been the capital since 987.",
                "tags": ["europe", "cities"],
            },
            {
                "question": "What is the capital of Spain?",
                "options": ["Lisbon", "Madrid"],
                "answer": "Madrid",
                "source": "Madrid is the capital of Spain.",
                "id": "es-capital",
                "tags": "europe, iberia",
            },
        ],
    }
    path = write_file(tmp_path, "capitals.json", json.dumps(data, indent=2))
    assert read_file(path).qset == CAPITALS


def test_csv_reads_answers_by_number_and_by_text_tags_and_multiline_cells(
    tmp_path: Path,
) -> None:
    csv_text = (
        "question,option_1,option_2,option_3,option_4,answer,explanation,tags\n"
        "What is the capital of France?,Berlin,Paris,Madrid,,2,"
        '"Paris, since 987.","europe, cities"\n'
        '"Which river flows through\nBudapest?",Danube,Rhine,,,danube,,\n'
        '"A ""quoted"" question?","1984","2001",Other,,2001,,numbers\n'
    )
    path = write_file(tmp_path, "Rivers and Cities.csv", csv_text)
    qset = read_file(path).qset
    assert (qset.slug, qset.title) == ("rivers-and-cities", "Rivers And Cities")
    france, river, quoted = qset.questions
    assert france == Question(
        text="What is the capital of France?",
        options=("Berlin", "Paris", "Madrid"),
        answer=1,
        explanation="Paris, since 987.",
        tags=("europe", "cities"),
    )
    assert river.text == "Which river flows through\nBudapest?"
    assert (river.options, river.answer, river.tags) == (("Danube", "Rhine"), 0, ())
    # "2001" is an option's text, not a (non-existent) option number.
    assert (quoted.text, quoted.correct_option, quoted.tags) == (
        'A "quoted" question?',
        "2001",
        ("numbers",),
    )


def test_csv_answer_number_is_used_when_it_is_no_option_text(tmp_path: Path) -> None:
    csv_text = "question,option_1,option_2,option_3,answer\nPick the third,x,y,z,3\n"
    qset = read_file(write_file(tmp_path, "t.csv", csv_text)).qset
    assert qset.questions[0].correct_option == "z"


def test_csv_with_windows_line_endings_and_a_bom(tmp_path: Path) -> None:
    csv_bytes = (
        "\ufeffquestion,option_1,option_2,answer\r\nIs it?,Yes,No,1\r\nOr not?,Yes,No,No\r\n"
    ).encode()
    qset = read_file(write_file(tmp_path, "excel.csv", csv_bytes)).qset
    assert [(q.text, q.correct_option) for q in qset.questions] == [
        ("Is it?", "Yes"),
        ("Or not?", "No"),
    ]


def test_written_yaml_and_json_read_back_equal(tmp_path: Path) -> None:
    qset = make_set(4, slug="written", title="Written", language="de")
    assert read_file(write_yaml(tmp_path, qset)).qset == qset
    assert read_file(write_json(tmp_path, qset)).qset == qset
    assert json.loads(dump_json(qset)) == yaml.safe_load(dump_yaml(qset))


def test_yaml_options_that_yaml_11_would_retype_stay_as_typed(tmp_path: Path) -> None:
    text = (
        "slug: retype\ntitle: Retype\nquestions:\n"
        "  - text: Is the sky blue?\n    options: [Yes, No]\n    answer: yes\n"
        "  - text: True or false?\n    options: [True, False]\n    answer: 2\n"
        "  - text: When?\n    options: [1:30, 3.10, 010, 2001-01-01, on, ~x]\n    answer: 3.10\n"
        "    tags: [off, 1.0]\n"
    )
    yes_no, true_false, when = read_file(write_file(tmp_path, "retype.yaml", text)).qset.questions
    assert (yes_no.options, yes_no.correct_option) == (("Yes", "No"), "Yes")
    assert (true_false.options, true_false.correct_option) == (("True", "False"), "False")
    assert when.options == ("1:30", "3.10", "010", "2001-01-01", "on", "~x")
    assert when.correct_option == "3.10"
    assert when.tags == ("off", "1.0")


def test_text_and_options_are_trimmed(tmp_path: Path) -> None:
    text = (
        "slug: trim\ntitle: '  Trim  '\nquestions:\n"
        "  - text: '  Spaces around?  '\n    options: ['  a ', 'b  ']\n    answer: ' B '\n"
    )
    question = read_bytes(text.encode(), "trim.yaml").qset.questions[0]
    assert (question.text, question.options, question.answer) == ("Spaces around?", ("a", "b"), 1)


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("a.yaml", "yaml"),
        ("a.YML", "yaml"),
        ("a.json", "json"),
        ("a.csv", "csv"),
        ("a.pdf", None),
    ],
)
def test_format_follows_the_extension(name: str, fmt: str | None) -> None:
    assert detect_format(name, "") == fmt


def test_every_registered_format_owns_its_suffixes_and_is_listed_to_users() -> None:
    for fmt in FORMATS:
        for suffix in fmt.suffixes:
            assert detect_format(f"Bank{suffix.upper()}", "") == fmt.name
    problems = parse_bytes(b"a: 1", "notes.pdf").problems or []
    assert [p.message for p in problems] == [
        "unknown file type; supported formats: " + ", ".join(f.label for f in FORMATS)
    ]
