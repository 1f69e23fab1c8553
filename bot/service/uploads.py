"""An admin's upload before it is imported: its size limit, set file or article, its caption."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePath

from questions import schema
from questions.documents import MAX_DOCUMENT_BYTES, DocumentRefused, extract_article, sniff
from questions.formats import MAX_FILE_BYTES, detect_format
from questions.text import N_, Text


@dataclass(frozen=True)
class NotGenerated:
    """Why no quiz was made from a text: the generator's words for the admin, or None."""

    reason: str | None = None  # None: the text gave no question at all


def slug_from_caption(caption: str | None) -> str | None:
    """Return the caption as a slug when it is one word that is a valid slug, else None."""
    if not caption:
        return None
    candidate = caption.strip().lower()
    return candidate if schema.SLUG_RE.match(candidate) else None


# Article files by name; the content decides too (a PDF named .txt is still a PDF).
ARTICLE_SUFFIXES = {".html", ".htm", ".md", ".markdown", ".pdf", ".docx"}
DOCUMENT_KINDS = ("pdf", "docx")


def upload_limit(filename: str, data: bytes | None = None) -> int:
    """Return the most bytes an upload may have: PDF and Word articles get more than sets."""
    if data is not None:
        kind = sniff(data, filename)
    else:  # before the download, only the name is known
        kind = PurePath(filename.lower()).suffix.lstrip(".")
    return MAX_DOCUMENT_BYTES if kind in DOCUMENT_KINDS else MAX_FILE_BYTES


_CAPTION_DATE = re.compile(
    r"\b(?:\d{4}-\d{2}-\d{2}|(?:[A-Z][a-z]+day,?\s+)?[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|"
    r"\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4})\b"
)


def date_from_caption(caption: str | None) -> tuple[str | None, str | None]:
    """Split an upload caption into the rest and the article's date ("my-quiz 2015-08-02")."""
    if not caption:
        return caption, None
    found = _CAPTION_DATE.search(caption)
    if found is None:
        return caption, None
    rest = (caption[: found.start()] + caption[found.end() :]).strip()
    return rest or None, found.group(0)


def is_article(data: bytes, filename: str) -> bool:
    """Tell an article (web page, PDF, Word, Markdown, plain text) from a question-set file."""
    suffix = PurePath(filename.lower()).suffix
    if sniff(data, filename) in DOCUMENT_KINDS or suffix in ARTICLE_SUFFIXES:
        return True
    if suffix != ".txt":
        return False
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return False  # the importer explains the encoding problem, with the line
    return detect_format(filename, text.replace("\r\n", "\n")) is None


def read_article(data: bytes, filename: str) -> str | NotGenerated:
    """Return an uploaded article's text, or why it cannot be read."""
    try:
        return extract_article(data, filename).text
    except DocumentRefused as exc:
        return NotGenerated(Text(N_("{file}: {reason}."), file=filename, reason=exc.args[0]))
