"""Read question-set files of every supported format into the canonical schema."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePath

from questions.formats.native import dump_json, dump_yaml, read_csv, read_json, read_yaml
from questions.schema import (
    ParsedFile,
    Problem,
    QuestionSet,
    SetFileInvalid,
    Skipped,
    build_set,
    normalise,
)

MAX_FILE_BYTES = 1_000_000

Reader = Callable[[str, str], ParsedFile]


@dataclass(frozen=True)
class ReadResult:
    """A valid set read from a file, and the foreign questions that had to be skipped."""

    qset: QuestionSet
    skipped: tuple[Skipped, ...] = ()


def _foreign_readers() -> dict[str, Reader]:
    """Import the foreign-format readers lazily: they are only needed for those files."""
    readers: dict[str, Reader] = {}
    try:
        from questions.formats.gift import read_gift

        readers["gift"] = read_gift
    except ImportError:  # pragma: no cover - present in a full install
        pass
    try:
        from questions.formats.aiken import read_aiken

        readers["aiken"] = read_aiken
    except ImportError:  # pragma: no cover
        pass
    try:
        from questions.formats.moodle_xml import read_moodle_xml

        readers["xml"] = read_moodle_xml
    except ImportError:  # pragma: no cover
        pass
    return readers


def detect_format(filename: str, text: str) -> str | None:
    """Name the format of a file from its extension, looking at the content where that is vague."""
    name = filename.lower()
    suffix = PurePath(name).suffix
    if suffix in (".yaml", ".yml"):
        return "yaml"
    if suffix == ".json":
        return "json"
    if suffix == ".csv":
        return "csv"
    if suffix == ".gift" or name.endswith(".gift.txt"):
        return "gift"
    if name.endswith(".aiken.txt") or suffix == ".aiken":
        return "aiken"
    if suffix == ".xml":
        return "xml"
    if suffix == ".txt":
        stripped = text.lstrip()
        if "ANSWER:" in text and any(
            line.strip()[:2] in ("A)", "A.") for line in text.splitlines()
        ):
            return "aiken"
        if "{" in text and "}" in text and ("::" in text or "=" in text or "~" in text):
            return "gift"
        if stripped.startswith("<?xml") or stripped.startswith("<quiz"):
            return "xml"
    return None


SUPPORTED = "YAML (.yaml), JSON (.json), CSV (.csv), Moodle GIFT (.gift), Aiken (.txt), Moodle XML"


def parse_bytes(data: bytes, filename: str) -> ParsedFile:
    """Decode and parse a file's bytes; every failure becomes a Problem in the result."""
    if len(data) > MAX_FILE_BYTES:
        return ParsedFile(
            filename,
            problems=[
                Problem(
                    filename,
                    f"the file is {len(data):,} bytes; the limit is {MAX_FILE_BYTES:,} bytes "
                    "(split it into several sets)",
                )
            ],
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return ParsedFile(
            filename,
            problems=[Problem(filename, "the file is not UTF-8 text: save it as UTF-8", line=line)],
        )
    if not text.strip():
        return ParsedFile(filename, problems=[Problem(filename, "the file is empty")])
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    fmt = detect_format(filename, text)
    readers: dict[str, Reader] = {"yaml": read_yaml, "json": read_json, "csv": read_csv}
    readers.update(_foreign_readers())
    if fmt is None or fmt not in readers:
        return ParsedFile(
            filename,
            problems=[Problem(filename, f"unknown file type; supported formats: {SUPPORTED}")],
        )
    parsed = readers[fmt](text, filename)
    if fmt in ("gift", "aiken", "xml"):
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
                    reason=f"the same question as the one on line {seen[key]}",
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
    "MAX_FILE_BYTES",
    "ReadResult",
    "detect_format",
    "dump_json",
    "dump_yaml",
    "parse_bytes",
    "read_bytes",
    "read_file",
    "skip_repeats",
]
