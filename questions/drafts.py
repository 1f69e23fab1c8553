"""Checking what a reader found (a file of draft questions) into a QuestionSet, or every problem.

Every format's reader turns a file into a ParsedFile; `build_set` applies the one schema and
Telegram's quiz-poll limits (questions/schema.py) to it, whatever the format.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath

from questions.schema import (
    EXPLANATION_MAX,
    MAX_OPTIONS,
    MIN_OPTIONS,
    OPTION_MAX,
    QUESTION_MAX,
    SLUG_RE,
    SLUG_RULE,
    TITLE_MAX,
    Question,
    QuestionSet,
    normalise,
    slugify,
)
from questions.text import N_, Text

EMPTY_TEXT = Text(N_("the question text is empty"))
EMPTY_FILE = Text(N_("the file is empty"))
NOT_UTF8 = Text(N_("the file is not UTF-8 text: save it as UTF-8"))


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input file, pointing at where to fix it."""

    file: str
    message: str
    line: int | None = None
    question: int | None = None  # 1-based position of the question in the file

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f", line {self.line}"
        if self.question is not None:
            where += f", question {self.question}"
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class Skipped:
    """A question in a foreign format that is valid there but cannot become a quiz poll."""

    question: int
    reason: str
    line: int | None = None
    title: str | None = None

    def __str__(self) -> str:
        name = f" ({self.title})" if self.title else ""
        line = f", line {self.line}" if self.line is not None else ""
        return f"question {self.question}{name}{line}: {self.reason}"


class SetFileInvalid(Exception):
    """Raised when a file cannot be turned into a question set; carries every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def check_question(
    text: str,
    options: list[str],
    answer: int | None,
    explanation: str | None,
) -> list[str]:
    """Return what is wrong with one question against Telegram's quiz-poll limits (empty: ok)."""
    errors: list[str] = []
    if not text.strip():
        errors.append(EMPTY_TEXT)
    elif len(text) > QUESTION_MAX:
        errors.append(
            Text(
                N_("the question is {n} characters long; Telegram allows {max}"),
                n=len(text),
                max=QUESTION_MAX,
            )
        )
    if len(options) < MIN_OPTIONS:
        errors.append(
            Text(N_("it has {n} option(s); give at least {min}"), n=len(options), min=MIN_OPTIONS)
        )
    elif len(options) > MAX_OPTIONS:
        errors.append(
            Text(
                N_("it has {n} options; Telegram allows at most {max}"),
                n=len(options),
                max=MAX_OPTIONS,
            )
        )
    seen: dict[str, int] = {}
    for number, option in enumerate(options, start=1):
        if not option.strip():
            errors.append(Text(N_("option {number} is empty"), number=number))
        elif len(option) > OPTION_MAX:
            errors.append(
                Text(
                    N_("option {number} is {n} characters long; Telegram allows {max}"),
                    number=number,
                    n=len(option),
                    max=OPTION_MAX,
                )
            )
        folded = normalise(option)
        if folded and folded in seen:
            errors.append(
                Text(
                    N_("options {first} and {second} are the same ({option})"),
                    first=seen[folded],
                    second=number,
                    option=repr(option.strip()),
                )
            )
        seen.setdefault(folded, number)
    if answer is not None and not 0 <= answer < len(options):
        errors.append(
            Text(N_("the answer points to option {n}, which does not exist"), n=answer + 1)
        )
    if explanation is not None and len(explanation) > EXPLANATION_MAX:
        errors.append(
            Text(
                N_("the explanation is {n} characters long; Telegram allows {max}"),
                n=len(explanation),
                max=EXPLANATION_MAX,
            )
        )
    return errors


@dataclass
class Draft:
    """A question as read from a file, before it is checked against the schema and limits."""

    text: str
    options: list[str]
    answer: int | None  # 0-based index of the correct option; None when the file gave none
    explanation: str | None = None
    source: str | None = None
    tags: list[str] | None = None
    id: str | None = None
    line: int | None = None  # 1-based line where the question starts, where the format has lines
    title: str | None = None  # the question's own name in formats that have one (GIFT ::title::)


@dataclass
class ParsedFile:
    """What a reader found in one file: set metadata, draft questions, skips and problems."""

    filename: str
    slug: str | None = None
    title: str | None = None
    source: str | None = None
    language: str | None = None
    article_hash: str | None = None
    drafts: list[Draft] | None = None
    skipped: list[Skipped] | None = None
    problems: list[Problem] | None = None


def build_set(parsed: ParsedFile) -> QuestionSet:
    """Validate a parsed file into a QuestionSet, or raise SetFileInvalid listing every problem."""
    problems = list(parsed.problems or [])
    stem = PurePath(parsed.filename).stem
    slug = parsed.slug if parsed.slug is not None else slugify(stem)
    if slug and not SLUG_RE.match(slug):
        problems.append(
            Problem(
                parsed.filename,
                Text(
                    N_("the slug {slug} is not valid: use {rule}"), slug=repr(slug), rule=SLUG_RULE
                ),
            )
        )
    title = (parsed.title or "").strip() or stem.replace("-", " ").replace("_", " ").title()
    if len(title) > TITLE_MAX:
        problems.append(
            Problem(
                parsed.filename,
                Text(N_("the title is longer than {max} characters"), max=TITLE_MAX),
            )
        )
    drafts = parsed.drafts or []
    if not drafts and not problems:
        problems.append(Problem(parsed.filename, Text(N_("the file contains no questions"))))
    questions: list[Question] = []
    keys: dict[str, int] = {}
    # Questions the reader already faulted: their missing text is said once, by the reader.
    reported = {p.question for p in problems if p.question is not None}
    for number, draft in enumerate(drafts, start=1):
        text = draft.text.strip()
        options = [o.strip() for o in draft.options]
        explanation = draft.explanation.strip() if draft.explanation else None
        errors = check_question(text, options, draft.answer, explanation)
        if not text and number in reported:
            errors.remove(EMPTY_TEXT)
        if draft.answer is None:
            errors.append(Text(N_("it has no correct answer")))
        question = Question(
            text=text,
            options=tuple(options),
            answer=draft.answer if draft.answer is not None else 0,
            explanation=explanation or None,
            source=(draft.source or "").strip() or None,
            tags=tuple(t.strip() for t in (draft.tags or []) if t.strip()),
            id=(draft.id or "").strip() or None,
        )
        if not text and not question.id:
            pass  # a question without text is reported as such, not as a repeat of another one
        elif question.key in keys:
            errors.append(
                Text(N_("it repeats question {n} (same id or same text)"), n=keys[question.key])
            )
        else:
            keys[question.key] = number
        for error in errors:
            problems.append(Problem(parsed.filename, error, line=draft.line, question=number))
        questions.append(question)
    if problems:
        # Readers and this check both add problems: list them file-level first, then in order.
        problems.sort(key=lambda p: p.question or 0)
        raise SetFileInvalid(problems)
    return QuestionSet(
        slug=slug,
        title=title,
        source=parsed.source or None,
        language=parsed.language or None,
        questions=tuple(questions),
        article_hash=parsed.article_hash or None,
    )
