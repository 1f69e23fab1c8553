"""The project's own question-set formats: YAML and JSON (one structure) and CSV."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

import yaml

from questions.drafts import EMPTY_FILE, Draft, ParsedFile, Problem
from questions.schema import ARTICLE_HASH_RE, Question, QuestionSet, normalise
from questions.text import N_, Text

# Integers in a set file are option numbers (and ids): longer digit runs are read as text,
# which also keeps them clear of Python's 4,300-digit int-string conversion limit.
NUMBER_DIGITS = 18
SET_FIELDS = {"slug", "title", "source", "language", "article_hash", "questions"}
# Besides `answer` (text, or a number from 1), the 0-based index under Telegram's sendPoll name
# and the plainer `answer_index`: files written for the Bot API load unchanged.
ZERO_BASED_KEYS = ("answer_index", "correct_option_id")
ANSWER_KEYS = ("answer", *ZERO_BASED_KEYS)
QUESTION_FIELDS = {"text", "question", "options", "explanation", "source", "tags", "id"} | set(
    ANSWER_KEYS
)
MUST_BE_TEXT = N_("{field} must be text")
NOT_CSV = N_("this is not valid CSV: {reason}")
ZERO_HINT = Text(
    N_(
        "the answer 0 is not an option: numbers in `answer` count from 1; "
        "for 0-based indexes use `answer_index`"
    )
)


class _SetDumper(yaml.SafeDumper):
    """The safe dumper, with strings holding NEL/LS/PS always double-quoted (escaped).

    PyYAML writes those line breaks raw in single-quoted scalars, where a NEL reads back as a
    space.
    """


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = '"' if any(ch in value for ch in "\x85\u2028\u2029") else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_SetDumper.add_representer(str, _represent_str)


def dump_yaml(qset: QuestionSet) -> str:
    """Write a set as canonical YAML that `read` turns back into the same set."""
    return "".join(iter_yaml(qset, qset.questions))


def iter_yaml(qset: QuestionSet, questions: Iterable[Question]) -> Iterator[str]:
    """Write a set as canonical YAML piece by piece: the set's fields, then one question at a
    time (an export of 70,000 questions never holds them all)."""
    head: dict[str, Any] = {"slug": qset.slug, "title": qset.title}
    if qset.source:
        head["source"] = qset.source
    if qset.language:
        head["language"] = qset.language
    if qset.article_hash:
        head["article_hash"] = qset.article_hash
    yield _dump(head)
    yield "questions:"
    batch: list[dict[str, Any]] = []
    written = False
    for q in questions:
        batch.append(_item(q))
        if len(batch) == YAML_BATCH:
            # A block sequence under a mapping key is written unindented, so items dumped a
            # batch at a time read exactly as they would inside the whole document.
            yield ("" if written else "\n") + _dump(batch)
            batch, written = [], True
    if batch:
        yield ("" if written else "\n") + _dump(batch)
    elif not written:
        yield " []\n"


# Questions dumped per call: one call per question spends most of its time setting up.
YAML_BATCH = 500


def _item(q: Question) -> dict[str, Any]:
    """Return one question as the YAML format writes it."""
    item: dict[str, Any] = {}
    if q.id:
        item["id"] = q.id
    item["text"] = q.text
    item["options"] = list(q.options)
    # The answer is written as its text: readable, and robust to reordering options.
    item["answer"] = q.correct_option
    if q.explanation:
        item["explanation"] = q.explanation
    if q.source:
        item["source"] = q.source
    if q.tags:
        item["tags"] = list(q.tags)
    return item


def _dump(data: Any) -> str:
    """Dump one piece of a set file in the canonical style."""
    return yaml.dump(data, Dumper=_SetDumper, sort_keys=False, allow_unicode=True, width=100)


def dump_json(qset: QuestionSet) -> str:
    """Write a set as JSON in the same structure as the YAML format."""
    return json.dumps(yaml.safe_load(dump_yaml(qset)), ensure_ascii=False, indent=2) + "\n"


def _answer_index(
    value: Any, options: list[str], *, numbers_are_text: bool
) -> tuple[int | None, Text | None]:
    """Resolve an answer given as a 1-based option number or as the option's text."""
    if isinstance(value, bool) or value is None:
        return None, Text(
            N_("the answer is missing: give the option's number (1, 2, …) or its text")
        )
    folded = [normalise(o) for o in options]
    if isinstance(value, int) and not numbers_are_text:
        if 1 <= value <= len(options):
            return value - 1, None
        return None, Text(
            N_("the answer {value} is not an option number between 1 and {last}"),
            value=value,
            last=len(options),
        )
    text = str(value).strip()
    by_text = folded.index(normalise(text)) if normalise(text) in folded else None
    # An option number has a digit or two; never convert a longer run of digits (Python
    # refuses strings of more than 4,300 digits with a ValueError).
    small = text.isdecimal() and len(text) <= NUMBER_DIGITS
    by_number = int(text) - 1 if small and 1 <= int(text) <= len(options) else None
    if not numbers_are_text and by_text is not None:
        return by_text, None  # a YAML/JSON string is text; only CSV cannot tell them apart
    if by_text is not None and by_number is not None and by_text != by_number:
        return None, Text(
            N_(
                "the answer {answer} is ambiguous: it is the text of option {by_text} "
                "and also the number of option {by_number}"
            ),
            answer=repr(text),
            by_text=by_text + 1,
            by_number=by_number + 1,
        )
    if by_text is not None:
        return by_text, None
    if by_number is not None:
        return by_number, None
    return None, Text(
        N_("the answer {answer} is not one of the options: give its number or exact text"),
        answer=repr(text),
    )


def _zero_based(
    name: str, value: Any, options: list[str], *, numbers_are_text: bool
) -> tuple[int | None, Text | None]:
    """Resolve a 0-based option index given under `name`."""
    digits = value.strip() if isinstance(value, str) else ""
    if numbers_are_text and digits.isdecimal() and len(digits) <= NUMBER_DIGITS:
        value = int(digits)
    last = len(options) - 1
    if isinstance(value, bool) or not isinstance(value, int):
        return None, Text(
            N_("`{name}` must be a whole number from 0 to {last}"), name=name, last=last
        )
    if not 0 <= value <= last:
        return None, Text(
            N_("`{name}` {value} is not an option index from 0 to {last}"),
            name=name,
            value=value,
            last=last,
        )
    return value, None


def _is_zero(value: Any) -> bool:
    """Tell whether an `answer` is the number 0 (a 0-based index written in the 1-based field)."""
    return (isinstance(value, int) and not isinstance(value, bool) and value == 0) or (
        isinstance(value, str) and value.strip() == "0"
    )


def resolve_answer(
    given: dict[str, Any], options: list[str], *, numbers_are_text: bool
) -> tuple[int | None, Text | None]:
    """Find the correct option from `answer`, `answer_index` or `correct_option_id`."""
    found: list[tuple[str, int]] = []
    for name in ANSWER_KEYS:
        value = given.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        if name == "answer":
            index, error = _answer_index(value, options, numbers_are_text=numbers_are_text)
            if error and _is_zero(value):
                error = ZERO_HINT
        else:
            index, error = _zero_based(name, value, options, numbers_are_text=numbers_are_text)
        if error:
            return None, error
        assert index is not None
        found.append((name, index))
    if not found:
        return None, Text(
            N_(
                "the answer is missing: give `answer` (the option's text or its number from 1) "
                "or `answer_index` (from 0)"
            )
        )
    first_name, first = found[0]
    for name, index in found[1:]:
        if index != first:
            return None, Text(
                N_(
                    "`{first_name}` says option {first} but `{name}` says option {index}: "
                    "keep one of them"
                ),
                first_name=first_name,
                first=first + 1,
                name=name,
                index=index + 1,
            )
    return first, None


def _text_list(value: Any) -> list[str] | None:
    """Accept a list of scalars (or a comma-separated string for tags)."""
    if value is None:
        return []
    if isinstance(value, str):
        return [part.strip() for part in value.replace(";", ",").split(",") if part.strip()]
    if isinstance(value, list) and all(
        isinstance(v, str | int | float) and not isinstance(v, bool) for v in value
    ):
        return [str(v) for v in value]
    return None


def parse_mapping(
    data: Any, filename: str, question_lines: list[int | None] | None = None
) -> ParsedFile:
    """Turn the decoded YAML/JSON structure into a ParsedFile, collecting every problem."""
    parsed = ParsedFile(filename=filename, drafts=[], problems=[])
    problems = parsed.problems
    drafts = parsed.drafts
    assert problems is not None and drafts is not None
    if not isinstance(data, dict):
        problems.append(
            Problem(
                filename,
                Text(N_("the file must be a mapping with 'slug', 'title' and 'questions'")),
            )
        )
        return parsed
    for unknown in sorted(set(map(str, data)) - SET_FIELDS):
        problems.append(
            Problem(
                filename,
                Text(N_("unknown field {field} at the top level"), field=repr(unknown)),
            )
        )
    for field in ("slug", "title"):
        value = data.get(field)
        if value is None:
            problems.append(
                Problem(filename, Text(N_("the set has no {field}"), field=repr(field)))
            )
        elif not isinstance(value, str | int):
            problems.append(Problem(filename, Text(MUST_BE_TEXT, field=repr(field))))
    parsed.slug = str(data["slug"]) if isinstance(data.get("slug"), str | int) else ""
    parsed.title = str(data.get("title") or "")
    parsed.source = str(data["source"]) if data.get("source") else None
    parsed.language = str(data["language"]) if data.get("language") else None
    if data.get("article_hash") is not None:
        value = str(data["article_hash"])
        if ARTICLE_HASH_RE.match(value):
            parsed.article_hash = value
        else:
            problems.append(
                Problem(filename, Text(N_("'article_hash' must be 64 lowercase hex digits")))
            )
    items = data.get("questions")
    if not isinstance(items, list) or not items:
        problems.append(
            Problem(filename, Text(N_("'questions' must be a non-empty list of questions")))
        )
        return parsed
    for number, item in enumerate(items, start=1):
        line = (
            question_lines[number - 1] if question_lines and number <= len(question_lines) else None
        )

        def report(message: Text, *, number: int = number, line: int | None = line) -> None:
            problems.append(Problem(filename, message, line=line, question=number))

        if not isinstance(item, dict):
            report(Text(N_("a question must be a mapping with 'text', 'options' and 'answer'")))
            continue
        for unknown in sorted(set(map(str, item)) - QUESTION_FIELDS):
            report(Text(N_("unknown field {field}"), field=repr(unknown)))
        text = item.get("text", item.get("question"))
        if not isinstance(text, str):
            report(Text(N_("the question has no 'text'")))
            text = ""
        options = item.get("options")
        option_list = _text_list(options) if isinstance(options, list) else None
        if option_list is None:
            report(Text(N_("'options' must be a list of texts")))
            option_list = []
        answer: int | None = None
        if option_list:
            answer, error = resolve_answer(item, option_list, numbers_are_text=False)
            if error:
                report(error)
        tags = _text_list(item.get("tags"))
        if tags is None:
            report(Text(N_("'tags' must be a list of words")))
        for field in ("explanation", "source", "id"):
            if item.get(field) is not None and not isinstance(item[field], str | int):
                report(Text(MUST_BE_TEXT, field=repr(field)))
        drafts.append(
            Draft(
                text=text,
                options=option_list,
                # An answer already reported as wrong must not be reported again downstream.
                answer=answer if answer is not None else (0 if option_list else None),
                explanation=str(item["explanation"]) if item.get("explanation") else None,
                source=str(item["source"]) if item.get("source") else None,
                tags=tags or [],
                id=str(item["id"]) if item.get("id") is not None else None,
                line=line,
            )
        )
    return parsed


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
                tags=_text_list(cell("tags")) or [],
                id=cell("id") or None,
                line=line,
            )
        )
    return parsed
