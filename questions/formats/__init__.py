"""Read question-set files of every supported format into the canonical schema."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePath

from questions.drafts import (
    EMPTY_FILE,
    NOT_UTF8,
    ParsedFile,
    Problem,
    SetFileInvalid,
    Skipped,
    build_set,
)
from questions.formats.aiken import read_aiken
from questions.formats.gift import read_gift
from questions.formats.moodle_xml import read_moodle_xml
from questions.formats.native import read_csv, read_json, read_yaml
from questions.formats.native_write import dump_json, dump_yaml
from questions.schema import QuestionSet, normalise
from questions.text import N_, Text

MAX_FILE_BYTES = 1_000_000

Reader = Callable[[str, str], ParsedFile]


@dataclass(frozen=True)
class ReadResult:
    """A valid set read from a file, and the foreign questions that had to be skipped."""

    qset: QuestionSet
    skipped: tuple[Skipped, ...] = ()


@dataclass(frozen=True)
class Format:
    """One question-file format: a new format is one more entry in FORMATS."""

    name: str
    label: str  # how the "supported formats" list names it
    suffixes: tuple[str, ...]  # lower-case file endings it owns (".gift", ".gift.txt")
    read: Reader
    sniff: Callable[[str], bool] | None = None  # recognises it in a plain .txt file
    foreign: bool = False  # another tool's question bank: exact repeats are skipped

    def owns(self, name: str) -> bool:
        """Return True if a lower-case file name ends with one of this format's suffixes."""
        suffix = PurePath(name).suffix
        return any(s == suffix or (s.count(".") > 1 and name.endswith(s)) for s in self.suffixes)


def _looks_aiken(text: str) -> bool:
    """An ANSWER: line and options lettered "A)" or "A."."""
    return "ANSWER:" in text and any(line.strip()[:2] in ("A)", "A.") for line in text.splitlines())


def _looks_gift(text: str) -> bool:
    """Braces around answers marked with =, ~ or a ::title::."""
    return "{" in text and "}" in text and ("::" in text or "=" in text or "~" in text)


def _looks_xml(text: str) -> bool:
    """An XML declaration or a Moodle <quiz> root."""
    return text.lstrip().startswith(("<?xml", "<quiz"))


# A .txt file is offered to the sniffers in this order; the first that recognises it reads it.
FORMATS: tuple[Format, ...] = (
    Format("yaml", "YAML (.yaml)", (".yaml", ".yml"), read_yaml),
    Format("json", "JSON (.json)", (".json",), read_json),
    Format("csv", "CSV (.csv)", (".csv",), read_csv),
    Format("aiken", "Aiken (.txt)", (".aiken", ".aiken.txt"), read_aiken, _looks_aiken, True),
    Format("gift", "Moodle GIFT (.gift)", (".gift", ".gift.txt"), read_gift, _looks_gift, True),
    Format("xml", "Moodle XML", (".xml",), read_moodle_xml, _looks_xml, True),
)
SUPPORTED = ", ".join(fmt.label for fmt in FORMATS)


def find_format(filename: str, text: str) -> Format | None:
    """Return the format of a file from its name, looking at the content of a plain .txt."""
    name = filename.lower()
    for fmt in FORMATS:
        if fmt.owns(name):
            return fmt
    if PurePath(name).suffix == ".txt":
        for fmt in FORMATS:
            if fmt.sniff is not None and fmt.sniff(text):
                return fmt
    return None


def detect_format(filename: str, text: str) -> str | None:
    """Name the format of a file from its extension, looking at the content where that is vague."""
    fmt = find_format(filename, text)
    return fmt.name if fmt is not None else None


def parse_bytes(data: bytes, filename: str) -> ParsedFile:
    """Decode and parse a file's bytes; every failure becomes a Problem in the result."""
    if len(data) > MAX_FILE_BYTES:
        return ParsedFile(
            filename,
            problems=[
                Problem(
                    filename,
                    Text(
                        N_(
                            "the file is {size} bytes; the limit is {limit} bytes "
                            "(split it into several sets)"
                        ),
                        size=f"{len(data):,}",
                        limit=f"{MAX_FILE_BYTES:,}",
                    ),
                )
            ],
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return ParsedFile(
            filename,
            problems=[Problem(filename, NOT_UTF8, line=line)],
        )
    if not text.strip():
        return ParsedFile(filename, problems=[Problem(filename, EMPTY_FILE)])
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    fmt = find_format(filename, text)
    if fmt is None:
        return ParsedFile(
            filename,
            problems=[
                Problem(
                    filename,
                    Text(N_("unknown file type; supported formats: {formats}"), formats=SUPPORTED),
                )
            ],
        )
    parsed = fmt.read(text, filename)
    if fmt.foreign:
        skip_repeats(parsed)
    return parsed


def skip_repeats(parsed: ParsedFile) -> None:
    """Skip exact repeats in foreign banks (Moodle keeps both; a quiz set needs each once)."""
    drafts = parsed.drafts or []
    skipped = list(parsed.skipped or [])
    # Readers number questions by their place in the file; recover it from the lines (one
    # sort, then a binary search per repeat: a bank of repeats stays linear-logarithmic).
    lines = sorted([d.line or 0 for d in drafts] + [s.line or 0 for s in skipped])
    seen: dict[tuple[object, ...], int | None] = {}
    kept = []
    for draft in drafts:
        key = (normalise(draft.text), tuple(normalise(o) for o in draft.options), draft.answer)
        if key in seen:
            skipped.append(
                Skipped(
                    question=bisect_left(lines, draft.line or 0) + 1,
                    reason=Text(N_("the same question as the one on line {n}"), n=seen[key]),
                    line=draft.line,
                    title=draft.title,
                )
            )
            continue
        seen[key] = draft.line
        kept.append(draft)
    if len(skipped) != len(parsed.skipped or []):
        parsed.skipped = skipped
    if parsed.drafts is not None:
        parsed.drafts = kept


def read_bytes(data: bytes, filename: str) -> ReadResult:
    """Read and validate a set from bytes, or raise SetFileInvalid with every problem found."""
    parsed = parse_bytes(data, filename)
    if parsed.problems and parsed.drafts is None:
        raise SetFileInvalid(parsed.problems)
    qset = build_set(parsed)
    return ReadResult(qset=qset, skipped=tuple(parsed.skipped or ()))


def read_file(path: Path) -> ReadResult:
    """Read and validate a set file from disk (size checked before reading it)."""
    name = str(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise SetFileInvalid([Problem(name, f"cannot read the file: {exc.strerror}")]) from exc
    if size > MAX_FILE_BYTES:
        raise SetFileInvalid(
            [
                Problem(
                    name,
                    f"the file is {size:,} bytes; the limit is {MAX_FILE_BYTES:,} bytes "
                    "(split it into several sets)",
                )
            ]
        )
    return read_bytes(path.read_bytes(), name)


__all__ = [
    "FORMATS",
    "MAX_FILE_BYTES",
    "SUPPORTED",
    "Format",
    "ReadResult",
    "detect_format",
    "dump_json",
    "dump_yaml",
    "find_format",
    "parse_bytes",
    "read_bytes",
    "read_file",
    "skip_repeats",
]
