"""The correct option of a question in a set file: `answer` (its text, or its number from 1),
or a 0-based `answer_index` / `correct_option_id`."""

from __future__ import annotations

from typing import Any

from questions.schema import normalise
from questions.text import N_, Text

# Integers in a set file are option numbers (and ids): longer digit runs are read as text,
# which also keeps them clear of Python's 4,300-digit int-string conversion limit.
NUMBER_DIGITS = 18
# Besides `answer` (text, or a number from 1), the 0-based index under Telegram's sendPoll name
# and the plainer `answer_index`: files written for the Bot API load unchanged.
ZERO_BASED_KEYS = ("answer_index", "correct_option_id")
ANSWER_KEYS = ("answer", *ZERO_BASED_KEYS)
ZERO_HINT = Text(
    N_(
        "the answer 0 is not an option: numbers in `answer` count from 1; "
        "for 0-based indexes use `answer_index`"
    )
)


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
