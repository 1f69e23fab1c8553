"""GIFT's lexical rules: escapes, format markers, weights, and the question block with the
id and tag comments Moodle writes above it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from questions.formats.markup import html_to_text, plain_to_text

_FORMAT_RE = re.compile(r"\s*\[(html|plain|markdown|moodle)\]", re.IGNORECASE)
WEIGHT_RE = re.compile(r"\s*%(-?\d+(?:\.\d+)?)%")
_ESCAPE_RE = re.compile(r"\\([\\~=#{}:n])")
_MASK_RE = re.compile(r"\\.", re.DOTALL)
_ID_RE = re.compile(r"\[id:([^\]]+)\]")
_TAGS_RE = re.compile(r"\[tag:([^\]]+)\]")
TF_ANSWERS = {"T": True, "TRUE": True, "F": False, "FALSE": False}


def unescape(text: str) -> str:
    """Replace GIFT escapes (\\~ \\= \\# \\{ \\} \\: \\\\ and \\n) by what they stand for."""
    return _ESCAPE_RE.sub(lambda m: "\n" if m[1] == "n" else m[1], text)


def masked_escapes(text: str) -> str:
    """Hide escaped characters so plain str.find only sees GIFT's control characters.

    The mask has the same length as the text, so positions found in it index the text too.
    """
    return _MASK_RE.sub("\0\0", text)


def split_format(raw: str, default: str) -> tuple[str, str]:
    """Take a leading [html]/[plain]/[markdown]/[moodle] marker off a text, if there is one."""
    match = _FORMAT_RE.match(raw)
    if match:
        return match[1].lower(), raw[match.end() :]
    return default, raw


def gift_text(raw: str, fmt: str) -> str:
    """Turn a raw GIFT text in the given format into the plain text a poll shows."""
    # Line breaks in the file are only layout (Moodle joins the lines); \n is a real break.
    # Collapsing before unescaping is safe: no escape sequence contains whitespace.
    text = unescape(" ".join(raw.split()))
    if fmt == "html":
        return html_to_text(text)
    # [moodle], [plain] and [markdown] are stored as written: markup stays visible.
    return plain_to_text(text)


@dataclass
class Block:
    """The content lines of one question (comments removed) and the comments above it."""

    lines: list[tuple[int, str]] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)


@dataclass
class ChoiceAnswer:
    """One `=` or `~` answer of a choice question, still as raw GIFT text."""

    weight: float
    text: str
    feedback: str | None
    fmt: str


def comment_ids(block: Block) -> tuple[str | None, list[str] | None]:
    """Read the `// [id:...]` and `// [tag:...]` comments Moodle writes above a question."""
    comments = " ".join(block.comments)
    id_match = _ID_RE.search(comments)
    ident = id_match[1].strip() if id_match and id_match[1].strip() else None
    tags = [t.strip() for t in _TAGS_RE.findall(comments) if t.strip()]
    return ident, tags or None
