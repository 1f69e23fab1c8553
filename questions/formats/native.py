"""The project's own question-set formats: YAML and JSON (one structure) and CSV."""

from __future__ import annotations

import csv
import io
import json
import re
from typing import Any

import yaml

from questions.drafts import EMPTY_FILE, Draft, ParsedFile, Problem
from questions.formats.native_answer import ANSWER_KEYS, NUMBER_DIGITS, resolve_answer
from questions.formats.native_fields import parse_mapping, text_list
from questions.text import N_, Text

NOT_CSV = N_("this is not valid CSV: {reason}")


def _yaml_question_lines(text: str) -> list[int | None]:
    """Find the 1-based line where each item of the top-level 'questions' list starts."""
    try:
        root = yaml.compose(text, Loader=_FastSafeLoader)
    except yaml.YAMLError:
        return []
    if not isinstance(root, yaml.MappingNode):
        return []
    for key, value in root.value:
        if getattr(key, "value", None) == "questions" and isinstance(value, yaml.SequenceNode):
            return [item.start_mark.line + 1 for item in value.value]
    return []


_KEPT_TAGS = ("tag:yaml.org,2002:null", "tag:yaml.org,2002:merge")

# libyaml's parser when PyYAML was built with it (about ten times faster on a 1 MB file).
_FastSafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _SetLoader(_FastSafeLoader):  # type: ignore[valid-type,misc]
    """A safe loader that reads every plain scalar as text, except null and decimal integers.

    YAML 1.1 would turn `Yes`/`No`/`on`/`True` into booleans, `1:30` into 90, `3.10` into 3.1,
    `010` into 8 and `2001-01-01` into a date; a question set has no such fields, and options
    like these must stay the text the author typed.
    """


_SetLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag in _KEPT_TAGS]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_SetLoader.add_implicit_resolver(
    "tag:yaml.org,2002:int",
    re.compile(rf"^[-+]?(?:0|[1-9][0-9]{{0,{NUMBER_DIGITS - 1}}})$"),
    list("-+0123456789"),
)


# A set file is a few levels deep and a 1 MB file holds well under a million values; YAML
# aliases (`*name`) can make a few bytes stand for billions, and every later step would
# pay for them.
MAX_DEPTH = 64
MAX_VALUES = 1_000_000
TOO_DEEP = Text(N_("the file is nested more than {n} levels deep"), n=MAX_DEPTH)


def _shape_problem(data: Any) -> Text | None:
    """Say why loaded data is too deep, self-referring or too big to read, or return None."""
    sizes: dict[int, int] = {}
    on_path: set[int] = set()
    stack: list[tuple[Any, int, bool]] = [(data, 1, False)]
    while stack:
        node, depth, finished = stack.pop()
        if not isinstance(node, dict | list):
            continue
        children = list(node.values()) if isinstance(node, dict) else node
        if finished:
            on_path.discard(id(node))
            sizes[id(node)] = 1 + sum(sizes.get(id(child), 1) for child in children)
            if sizes[id(node)] > MAX_VALUES:
                return Text(
                    N_("the file holds more than {n} values once its aliases expand"),
                    n=f"{MAX_VALUES:,}",
                )
            continue
        if id(node) in sizes:
            continue
        if id(node) in on_path:
            return Text(N_("the file contains itself (a YAML alias inside its own anchor)"))
        if depth > MAX_DEPTH:
            return TOO_DEEP
        on_path.add(id(node))
        stack.append((node, depth, True))
        stack.extend(
            (child, depth + 1, False) for child in children if isinstance(child, dict | list)
        )
    return None


def read_yaml(text: str, filename: str) -> ParsedFile:
    """Read the YAML set format."""
    try:
        data = yaml.load(text, Loader=_SetLoader)  # a SafeLoader: builds no Python objects
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        reason = getattr(exc, "problem", None) or str(exc)
        return ParsedFile(
            filename=filename,
            problems=[
                Problem(
                    filename, Text(N_("this is not valid YAML: {reason}"), reason=reason), line=line
                )
            ],
        )
    except RecursionError:  # the loader recurses once per level of nesting
        return ParsedFile(filename=filename, problems=[Problem(filename, TOO_DEEP)])
    shape = _shape_problem(data)
    if shape is not None:
        return ParsedFile(filename=filename, problems=[Problem(filename, shape)])
    return parse_mapping(data, filename, _yaml_question_lines(text))


def _json_question_lines(text: str, data: Any) -> list[int | None]:
    """Locate each question's line by finding its text in the source, in order."""
    lines: list[int | None] = []
    if not isinstance(data, dict) or not isinstance(data.get("questions"), list):
        return lines
    position = 0
    line, counted = 1, 0  # newlines are counted once, from where the last question was found
    for item in data["questions"]:
        found = -1
        question = item.get("text", item.get("question")) if isinstance(item, dict) else None
        if isinstance(question, str):
            found = text.find(json.dumps(question, ensure_ascii=False), position)
            if found < 0:
                found = text.find(json.dumps(question), position)
        if found < 0:
            lines.append(None)
            continue
        position = found + 1
        line += text.count("\n", counted, found)
        counted = found
        lines.append(line)
    return lines


def _json_int(digits: str) -> int | str:
    """Read a JSON integer literal; one too long to be a number in a set stays text."""
    return int(digits) if len(digits.lstrip("-")) <= NUMBER_DIGITS else digits


def read_json(text: str, filename: str) -> ParsedFile:
    """Read the JSON set format (the same structure as YAML)."""
    try:
        data = json.loads(text, parse_int=_json_int)
    except json.JSONDecodeError as exc:
        return ParsedFile(
            filename=filename,
            problems=[
                Problem(
                    filename,
                    Text(N_("this is not valid JSON: {reason}"), reason=exc.msg),
                    line=exc.lineno,
                )
            ],
        )
    except RecursionError:  # the decoder recurses once per level of nesting
        return ParsedFile(filename=filename, problems=[Problem(filename, TOO_DEEP)])
    shape = _shape_problem(data)
    if shape is not None:
        return ParsedFile(filename=filename, problems=[Problem(filename, shape)])
    return parse_mapping(data, filename, _json_question_lines(text, data))


def read_csv(text: str, filename: str) -> ParsedFile:
    """Read the CSV format: question,option_1..option_N,answer,explanation,tags."""
    parsed = ParsedFile(filename=filename, drafts=[], problems=[])
    problems = parsed.problems
    drafts = parsed.drafts
    assert problems is not None and drafts is not None
    try:
        rows = list(csv.reader(io.StringIO(text)))
    except csv.Error as exc:
        problems.append(Problem(filename, Text(NOT_CSV, reason=str(exc))))
        return parsed
    if not rows:
        problems.append(Problem(filename, EMPTY_FILE))
        return parsed
    header = [h.strip().lower() for h in rows[0]]
    option_columns = [i for i, h in enumerate(header) if h.startswith("option_")]
    missing = ["question"] if "question" not in header else []
    if not any(key in header for key in ANSWER_KEYS):
        missing.append("answer")
    if missing or len(option_columns) < 2:
        need = ", ".join(missing + ([] if len(option_columns) >= 2 else ["option_1, option_2"]))
        problems.append(
            Problem(
                filename,
                Text(
                    N_(
                        "the header row lacks {need}; expected "
                        "question,option_1,option_2,…,answer,explanation,tags"
                    ),
                    need=need,
                ),
                line=1,
            )
        )
        return parsed
    col = {name: header.index(name) for name in header}
    # csv does not say on which line a record started; multi-line cells shift lines, so count.
    reader = csv.reader(io.StringIO(text), strict=True)
    next(reader)
    number = 0
    while True:
        line = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append(Problem(filename, Text(NOT_CSV, reason=str(exc)), line=line))
            break
        if not any(cell.strip() for cell in row):
            continue
        number += 1

        def cell(name: str, row: list[str] = row) -> str:
            index = col.get(name)
            return row[index].strip() if index is not None and index < len(row) else ""

        # Only trailing empty option cells are dropped: a gap keeps its number (and is reported).
        options = [row[i].strip() if i < len(row) else "" for i in option_columns]
        while options and not options[-1]:
            options.pop()
        answer, error = resolve_answer(
            {key: cell(key) for key in ANSWER_KEYS}, options, numbers_are_text=True
        )
        if error:
            problems.append(Problem(filename, error, line=line, question=number))
        drafts.append(
            Draft(
                text=cell("question"),
                options=options,
                answer=answer if answer is not None else (0 if options else None),
                explanation=cell("explanation") or None,
                source=cell("source") or None,
                tags=text_list(cell("tags")) or [],
                id=cell("id") or None,
                line=line,
            )
        )
    return parsed
