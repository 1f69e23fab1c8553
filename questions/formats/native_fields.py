"""The decoded YAML/JSON structure of a set file, checked field by field into drafts."""

from __future__ import annotations

from typing import Any

from questions.drafts import Draft, ParsedFile, Problem
from questions.formats.native_answer import ANSWER_KEYS, resolve_answer
from questions.schema import ARTICLE_HASH_RE
from questions.text import N_, Text

SET_FIELDS = {"slug", "title", "source", "language", "article_hash", "questions"}
QUESTION_FIELDS = {"text", "question", "options", "explanation", "source", "tags", "id"} | set(
    ANSWER_KEYS
)
MUST_BE_TEXT = N_("{field} must be text")


def text_list(value: Any) -> list[str] | None:
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
        option_list = text_list(options) if isinstance(options, list) else None
        if option_list is None:
            report(Text(N_("'options' must be a list of texts")))
            option_list = []
        answer: int | None = None
        if option_list:
            answer, error = resolve_answer(item, option_list, numbers_are_text=False)
            if error:
                report(error)
        tags = text_list(item.get("tags"))
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
