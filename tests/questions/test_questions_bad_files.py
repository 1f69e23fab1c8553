"""Bad files are refused with every problem listed: file, line, question and what to fix."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from questions.drafts import Problem, SetFileInvalid
from questions.formats import MAX_FILE_BYTES, read_bytes, read_file
from tests.helpers import write_file


def problems_in(path: Path) -> list[Problem]:
    """Read a file that must be refused and return its problems."""
    with pytest.raises(SetFileInvalid) as caught:
        read_file(path)
    problems = caught.value.problems
    assert problems, "a refused file must say why"
    # The exception text is what the CLI prints: one line per problem.
    assert str(caught.value).splitlines() == [str(p) for p in problems]
    return problems


def only_problem(path: Path) -> Problem:
    """Return the single problem of a refused file."""
    problems = problems_in(path)
    assert len(problems) == 1, [str(p) for p in problems]
    return problems[0]


def yaml_set(*questions: str) -> str:
    """Return a YAML set file whose questions are the given YAML list items."""
    return "slug: bad\ntitle: Bad\nquestions:\n" + "".join(questions)


GOOD = "  - text: Good?\n    options: [right, wrong]\n    answer: 1\n"  # 3 lines


# --- files that cannot be read at all -------------------------------------------------------


def test_malformed_yaml_names_the_line(tmp_path: Path) -> None:
    path = write_file(tmp_path, "broken.yaml", "slug: s\ntitle: [oops\nquestions: []\n")
    problem = only_problem(path)
    assert problem.file == str(path)
    assert problem.line == 3
    assert "not valid YAML" in problem.message
    assert str(problem).startswith(f"{path}, line 3: ")


def test_malformed_json_names_the_line(tmp_path: Path) -> None:
    path = write_file(tmp_path, "broken.json", '{"slug": "s",\n "title": ,\n "questions": []}')
    problem = only_problem(path)
    assert (problem.file, problem.line) == (str(path), 2)
    assert "not valid JSON" in problem.message


@pytest.mark.parametrize(
    ("row", "line"),
    [
        ('Q?,a,"b,1\n', 2),  # a quote that never closes swallows the rest of the file
        ('Fine?,a,b,1\nQ?,"a"x,b,1\n', 3),  # text after a closing quote
    ],
)
def test_malformed_csv_is_refused_with_its_line(tmp_path: Path, row: str, line: int) -> None:
    path = write_file(tmp_path, "broken.csv", "question,option_1,option_2,answer\n" + row)
    problem = only_problem(path)
    assert problem.line == line
    assert "not valid CSV" in problem.message


def test_csv_without_the_header_row_says_which_columns_to_add(tmp_path: Path) -> None:
    path = write_file(tmp_path, "nohead.csv", "What?,a,b,1\n")
    problem = only_problem(path)
    assert problem.line == 1
    assert "header" in problem.message
    assert "question,option_1,option_2" in problem.message


def test_non_utf8_file_names_the_line_and_asks_for_utf8(tmp_path: Path) -> None:
    latin1 = yaml_set("  - text: Caf\xe9?\n    options: [a, b]\n    answer: 1\n").encode("latin-1")
    path = write_file(tmp_path, "latin1.yaml", latin1)
    problem = only_problem(path)
    assert problem.line == 4
    assert "UTF-8" in problem.message


@pytest.mark.parametrize("name", ["empty.yaml", "empty.json", "empty.csv"])
@pytest.mark.parametrize("content", ["", "  \n\n"])
def test_empty_file_is_refused(tmp_path: Path, name: str, content: str) -> None:
    path = write_file(tmp_path, name, content)
    problem = only_problem(path)
    assert problem.file == str(path)
    assert "empty" in problem.message


def test_file_over_one_megabyte_is_refused_before_parsing(tmp_path: Path) -> None:
    big = yaml_set(GOOD) + "# " + "x" * MAX_FILE_BYTES + "\n"
    path = write_file(tmp_path, "big.yaml", big)
    problem = only_problem(path)
    assert "limit is 1,000,000 bytes" in problem.message
    assert "split" in problem.message
    with pytest.raises(SetFileInvalid, match="limit is 1,000,000 bytes"):
        read_bytes(big.encode(), "big.yaml")


def test_a_file_that_does_not_exist(tmp_path: Path) -> None:
    problem = only_problem(tmp_path / "missing.yaml")
    assert "cannot read" in problem.message


def test_unknown_file_type_lists_the_supported_ones(tmp_path: Path) -> None:
    problem = only_problem(write_file(tmp_path, "set.docx", "whatever"))
    assert "YAML" in problem.message and "CSV" in problem.message


# --- set-level problems ---------------------------------------------------------------------


def test_set_without_slug_title_or_questions(tmp_path: Path) -> None:
    path = write_file(tmp_path, "bare.yaml", "language: en\n")
    messages = " | ".join(p.message for p in problems_in(path))
    assert "'slug'" in messages
    assert "'title'" in messages
    assert "'questions'" in messages


def test_top_level_list_instead_of_a_mapping(tmp_path: Path) -> None:
    problem = only_problem(write_file(tmp_path, "list.yaml", "- a\n- b\n"))
    assert "mapping with 'slug', 'title' and 'questions'" in problem.message


def test_bad_slug_says_what_a_slug_may_contain(tmp_path: Path) -> None:
    path = write_file(tmp_path, "slug.yaml", yaml_set(GOOD).replace("slug: bad", "slug: Bad Slug"))
    problem = only_problem(path)
    assert "'Bad Slug'" in problem.message
    assert "lowercase letters, digits" in problem.message


# --- question problems: each names file, line and question number ---------------------------


QUESTION_CASES = {
    "no text": ("  - options: [a, b]\n    answer: 1\n", "no 'text'"),
    "no options": ("  - text: Q?\n    answer: 1\n", "'options' must be a list"),
    "no answer": ("  - text: Q?\n    options: [a, b]\n", "answer is missing"),
    "answer not an option": (
        "  - text: Q?\n    options: [a, b]\n    answer: c\n",
        "'c' is not one of the options: give its number or exact text",
    ),
    "answer number too big": (
        "  - text: Q?\n    options: [a, b]\n    answer: 3\n",
        "not an option number between 1 and 2",
    ),
    "duplicate options": (
        "  - text: Q?\n    options: [Paris, ' PARIS ']\n    answer: 1\n",
        "options 1 and 2 are the same",
    ),
    "one option": ("  - text: Q?\n    options: [a]\n    answer: 1\n", "give at least 2"),
    "eleven options": (
        f"  - text: Q?\n    options: [{', '.join('abcdefghijk')}]\n    answer: 1\n",
        "Telegram allows at most 10",
    ),
    "question too long": (
        f"  - text: {'q' * 301}\n    options: [a, b]\n    answer: 1\n",
        "301 characters long; Telegram allows 300",
    ),
    "option too long": (
        f"  - text: Q?\n    options: [a, {'b' * 101}]\n    answer: 1\n",
        "option 2 is 101 characters long; Telegram allows 100",
    ),
    "explanation too long": (
        f"  - text: Q?\n    options: [a, b]\n    answer: 1\n    explanation: {'e' * 201}\n",
        "explanation is 201 characters long; Telegram allows 200",
    ),
    "empty option": ("  - text: Q?\n    options: [a, '  ']\n    answer: 1\n", "option 2 is empty"),
    "repeated question": (
        "  - text: good?\n    options: [x, y]\n    answer: 1\n",
        "repeats question 1",
    ),
}


@pytest.mark.parametrize("case", list(QUESTION_CASES))
def test_bad_question_in_yaml_names_file_line_and_question(tmp_path: Path, case: str) -> None:
    item, expected = QUESTION_CASES[case]
    path = write_file(tmp_path, "bad.yaml", yaml_set(GOOD, item))
    problems = problems_in(path)
    assert any(expected in p.message for p in problems), [str(p) for p in problems]
    for problem in problems:
        assert (problem.file, problem.line, problem.question) == (str(path), 7, 2)
        assert str(problem).startswith(f"{path}, line 7, question 2: ")


def test_limits_are_inclusive(tmp_path: Path) -> None:
    item = (
        f"  - text: {'q' * 300}\n    options: [{'a' * 100}, b]\n    answer: 1\n"
        f"    explanation: {'e' * 200}\n"
    )
    qset = read_file(write_file(tmp_path, "max.yaml", yaml_set(item))).qset
    assert len(qset.questions[0].text) == 300


def test_bad_question_in_json_names_its_line(tmp_path: Path) -> None:
    data = {
        "slug": "bad",
        "title": "Bad",
        "questions": [
            {"text": "Fine?", "options": ["a", "b"], "answer": 1},
            {"text": "Broken?", "options": ["a", "b"], "answer": "z"},
        ],
    }
    text = json.dumps(data, indent=2)
    path = write_file(tmp_path, "bad.json", text)
    problem = only_problem(path)
    expected_line = text.splitlines().index('      "text": "Broken?",') + 1
    assert (problem.line, problem.question) == (expected_line, 2)
    assert "'z' is not one of the options" in problem.message


def test_json_line_is_found_for_questions_written_with_the_question_key(tmp_path: Path) -> None:
    data = {
        "slug": "bad",
        "title": "Bad",
        "questions": [
            {"question": "Fine?", "options": ["a", "b"], "answer": 1},
            {"question": "Twice?", "options": ["a", "A"], "answer": 1},
        ],
    }
    text = json.dumps(data, indent=2)
    problem = only_problem(write_file(tmp_path, "alias.json", text))
    expected_line = text.splitlines().index('      "question": "Twice?",') + 1
    assert (problem.line, problem.question) == (expected_line, 2)


def test_bad_question_in_csv_names_its_line_after_a_multiline_cell(tmp_path: Path) -> None:
    csv_text = (
        "question,option_1,option_2,option_3,answer\n"
        '"First,\non two lines?",a,b,,1\n'
        "Second?,a,a,,1\n"
        "Third?,a,b,c,4\n"
    )
    path = write_file(tmp_path, "bad.csv", csv_text)
    problems = problems_in(path)
    assert [(p.line, p.question) for p in problems] == [(4, 2), (5, 3)]
    assert "options 1 and 2 are the same" in problems[0].message
    assert "'4' is not one of the options" in problems[1].message


def test_csv_answer_number_counts_columns_even_after_an_empty_option(tmp_path: Path) -> None:
    # option_1 left blank by mistake: answer 2 must not silently mean option_3's "c".
    csv_text = "question,option_1,option_2,option_3,answer\nQ?,,b,c,2\n"
    problem = only_problem(write_file(tmp_path, "gap.csv", csv_text))
    assert (problem.line, problem.question) == (2, 1)
    assert "option 1 is empty" in problem.message


def test_every_problem_in_a_file_is_reported(tmp_path: Path) -> None:
    text = yaml_set(
        GOOD,
        "  - text: Q2?\n    options: [a, a]\n    answer: 1\n",
        "  - text: Q3?\n    options: [a, b]\n    answer: nope\n",
        GOOD.replace("Good?", "Also good?"),
        f"  - text: {'x' * 400}\n    options: [a]\n    answer: 1\n",
    )
    problems = problems_in(write_file(tmp_path, "many.yaml", text))
    assert {p.question for p in problems} == {2, 3, 5}
    assert len(problems) >= 4  # question 5 has two things wrong
    assert sorted({(p.question, p.line) for p in problems}) == [(2, 7), (3, 10), (5, 16)]


def test_every_problem_in_a_csv_file_is_reported(tmp_path: Path) -> None:
    csv_text = "question,option_1,option_2,answer\nOne?,a,b,3\nTwo?,a,b,1\n,a,b,1\nFour?,x,X,1\n"
    problems = problems_in(write_file(tmp_path, "many.csv", csv_text))
    assert [p.question for p in problems] == [1, 3, 4]
