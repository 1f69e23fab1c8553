"""Read Aiken files: a question line, lettered option lines, then `ANSWER: X`.

The rules and error messages mirror Moodle's Aiken importer (question/format/aiken), so an
admin who also uses Moodle sees the same complaints at the same line numbers. Aiken is plain
text: `<`, `>` and `&` are kept as typed (they are escaped when shown, never rendered).
Good questions are returned as drafts even when other blocks have problems; the caller
refuses the file as a whole, but the drafts show what did parse.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, field

from questions.drafts import Draft, ParsedFile, Problem
from questions.text import N_, Text

__all__ = ["read_aiken"]

# Moodle's option pattern: a capital letter, ")" or ".", then an optional space or tab.
_OPTION_RE = re.compile(r"([A-Z])[).][ \t]?(.*)", re.DOTALL)
# Moodle only knows "ANSWER:"; other capitalisations are accepted because the intent is clear.
_ANSWER_RE = re.compile(r"ANSWER\s*:(.*)", re.IGNORECASE | re.DOTALL)


@dataclass
class _Open:
    """A question whose ANSWER line has not been reached yet."""

    text: str
    line: int
    number: int
    options: list[tuple[str, str, int]] = field(default_factory=list)  # letter, text, line


def _short(text: str, limit: int = 60) -> str:
    """Quote a question in a message, shortened so the message stays readable."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def read_aiken(text: str, filename: str) -> ParsedFile:
    """Read an Aiken file into single-answer multiple-choice drafts and line-numbered problems."""
    drafts: list[Draft] = []
    problems: list[Problem] = []
    current: _Open | None = None
    number = 0

    def report(message: Text, line: int, question: int | None = None) -> None:
        problems.append(Problem(filename, message, line=line, question=question))

    def failed(question: _Open, reason: Text, line: int) -> None:
        report(
            Text(
                N_('Error importing question "{text}" (line {line}): {reason}'),
                text=_short(question.text),
                line=question.line,
                reason=reason,
            ),
            line,
            question.number,
        )

    for lineno, raw in enumerate(text.split("\n"), start=1):
        line = raw.strip()
        # Moodle ignores lines shorter than two characters (stray labels, punctuation).
        if len(line) < 2:
            continue
        option = _OPTION_RE.fullmatch(line)
        answer = None if option else _ANSWER_RE.fullmatch(line)
        if option:
            if current is None:
                report(Text(N_("Question not started on line {n}"), n=lineno), lineno)
                continue
            current.options.append((option[1], option[2].strip(), lineno))
        elif answer:
            if current is None:
                report(Text(N_("Question not started on line {n}"), n=lineno), lineno)
                continue
            question, current = current, None
            if len(question.options) < 2:
                failed(
                    question,
                    Text(N_("Question must have at least 2 answers on line {n}"), n=lineno),
                    lineno,
                )
                continue
            letters = [letter for letter, _, _ in question.options]
            expected = list(string.ascii_uppercase[: len(letters)])
            if letters != expected:
                # Moodle maps the ANSWER letter by position; with gaps or repeats that would
                # silently mark the wrong option, so the labels must run A, B, C… here.
                at = next(
                    i
                    for i, (got, want) in enumerate(zip(letters, expected, strict=True))
                    if got != want
                )
                failed(
                    question,
                    Text(
                        N_(
                            "options must be lettered {letters} in order; "
                            "line {n} is labelled {got}"
                        ),
                        letters=", ".join(expected),
                        n=question.options[at][2],
                        got=letters[at],
                    ),
                    question.options[at][2],
                )
                continue
            given = answer[1].strip()
            letter = given[:1].upper()
            if letter not in letters:
                failed(
                    question,
                    Text(
                        N_(
                            "ANSWER on line {n} must be one of the option letters "
                            "{first}–{last}, not {given}"
                        ),
                        n=lineno,
                        first=letters[0],
                        last=letters[-1],
                        given=repr(given),
                    ),
                    lineno,
                )
                continue
            drafts.append(
                Draft(
                    text=question.text,
                    options=[option_text for _, option_text, _ in question.options],
                    answer=letters.index(letter),
                    line=question.line,
                )
            )
        else:
            if current is not None:
                failed(
                    current,
                    Text(
                        N_("Question not completed before next question start on line {n}"),
                        n=lineno,
                    ),
                    lineno,
                )
            number += 1
            current = _Open(line, lineno, number)
    if current is not None:
        failed(
            current,
            Text(N_("Question not completed before the end of the file (no ANSWER: line)")),
            current.line,
        )
    return ParsedFile(filename=filename, drafts=drafts, skipped=[], problems=problems)
