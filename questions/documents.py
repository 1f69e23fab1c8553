"""Articles in the formats teachers have: plain text, Markdown, HTML, PDF and Word, as text.

The type comes from the content (a PDF sent as `.txt` is still a PDF); the file name only tells
Markdown from plain text. The result has the shape the generator reads: the title on the first
line, then (when the document says) the date line, then paragraphs separated by blank lines.
Limits keep a hostile file cheap: 5 MB for a PDF or Word file, 1 MB of text, and a Word file's
parts may not expand past 20 MB.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path, PurePath

from questions.text import N_, Text

MAX_DOCUMENT_BYTES = 5_000_000
MAX_TEXT_BYTES = 1_000_000
MAX_EXPANDED_BYTES = 20_000_000
TOO_MUCH_TEXT = Text(
    N_("the article has more than {limit} bytes of text"), limit=f"{MAX_TEXT_BYTES:,}"
)
# A PDF page of a scan has no text layer; a few stray characters (page numbers) are not one.
MIN_PDF_WORDS = 20
MARKDOWN_SUFFIXES = {".md", ".markdown"}
# pypdf's own ceiling for one decompressed stream is 75 MB: a bomb must stop at ours.
PDF_LIMITS = {
    name: MAX_EXPANDED_BYTES
    for name in (
        "maximum_declared_stream_length",
        "array_based_stream_maximum_output_length",
        "zlib_maximum_output_length",
        "lzw_maximum_output_length",
        "run_length_maximum_output_length",
        "brotli_maximum_output_length",
        "jbig2_maximum_output_length",
    )
}


class DocumentRefused(ValueError):
    """A file that cannot be read as an article, with the one-line reason to show."""


@dataclass(frozen=True)
class Article:
    """An article's text, and what kind of file it came from."""

    text: str
    kind: str  # "text", "markdown", "html", "pdf" or "docx"


def sniff(data: bytes, filename: str) -> str:
    """Tell the kind of document from its first bytes (and Markdown from its name)."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return "docx"  # a zip: only a Word file is an article; _docx_text says otherwise
    if head.startswith((b"<!doctype html", b"<html")) or re.search(
        rb"<(body|p|article|div|h1)[\s>]", head
    ):
        return "html"
    if PurePath(filename.lower()).suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    return "text"


def extract_article(data: bytes, filename: str) -> Article:
    """Return an upload's article text, or raise DocumentRefused saying why."""
    kind = sniff(data, filename)
    limit = MAX_DOCUMENT_BYTES if kind in ("pdf", "docx") else MAX_TEXT_BYTES
    if len(data) > limit:
        raise DocumentRefused(
            Text(
                N_("the file is {size} bytes; the limit for this kind of file is {limit}"),
                size=f"{len(data):,}",
                limit=f"{limit:,}",
            )
        )
    if kind == "pdf":
        text = _pdf_text(data)
    elif kind == "docx":
        text = _docx_text(data)
    else:
        decoded = _decode(data)
        if "\x00" in decoded:
            raise DocumentRefused(Text(N_("this is a binary file, not an article")))
        if kind == "html":
            text = _html_text(decoded)
        elif kind == "markdown":
            text = _markdown_text(decoded)
        else:
            text = decoded
    text = text.replace("\r\n", "\n").strip()
    if len(text.encode("utf-8")) > MAX_TEXT_BYTES:
        raise DocumentRefused(TOO_MUCH_TEXT)
    if not text:
        raise DocumentRefused(Text(N_("the file holds no text")))
    return Article(text=text, kind=kind)


def read_article_file(path: Path) -> Article:
    """Read an article file from disk; a file too big for any kind is refused unread."""
    size = path.stat().st_size
    if size > MAX_DOCUMENT_BYTES:
        raise DocumentRefused(
            Text(
                N_("the file is {size} bytes; the limit is {limit}"),
                size=f"{size:,}",
                limit=f"{MAX_DOCUMENT_BYTES:,}",
            )
        )
    return extract_article(path.read_bytes(), path.name)


def _decode(data: bytes) -> str:
    """Decode text as UTF-8, or as the encoding charset_normalizer finds (Windows-1252, …)."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        import charset_normalizer

        best = charset_normalizer.from_bytes(data).best()
        if best is None:
            raise DocumentRefused(Text(N_("this is a binary file, not an article"))) from None
        return str(best)


def _html_text(html: str) -> str:
    """Keep a web page's main text (no menus, footers, comments) with its title and date."""
    # Each format's library is imported on first use: a .txt article (and `quizbot generate`
    # on one) never loads trafilatura, lxml, pypdf or python-docx (~70 MB).
    import trafilatura

    found = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        # The page's own publication date only (its markup), never a date guessed from the
        # text: a wrong dateline would turn "on Sunday" into a false fact.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    body = getattr(found, "text", None) or ""
    if not body.strip():
        raise DocumentRefused(Text(N_("no article text was found in this web page")))
    paragraphs = [line.strip() for line in body.splitlines() if line.strip()]
    title = (getattr(found, "title", None) or "").strip()
    if title and paragraphs and paragraphs[0] == title:
        paragraphs.pop(0)  # the page's <h1> repeats its title
    head = [title] if title else []
    published = getattr(found, "date", None)
    if published:
        # The page's own publication date, written as a dateline the generator can anchor on.
        day = date.fromisoformat(published[:10])
        head.append(f"{day:%A}, {day:%B} {day.day}, {day.year}")
    return "\n\n".join(head + paragraphs)


def _markdown_text(markdown: str) -> str:
    """Drop Markdown's markup (headings, emphasis, links, images, code marks), keep the words."""
    from markdown_it import MarkdownIt

    blocks: list[str] = []
    for token in MarkdownIt().parse(markdown):
        if token.type != "inline" or not token.children:
            continue
        words = "".join(
            child.content if child.type in ("text", "code_inline") else " "
            for child in token.children
            if child.type in ("text", "code_inline", "softbreak", "hardbreak")
        )
        if words.strip():
            blocks.append(" ".join(words.split()))
    return "\n\n".join(blocks)


def _pdf_text(data: bytes) -> str:
    """Read a text PDF's pages; refuse scans, locked files and streams that expand too far."""
    import pypdf

    with pypdf.apply_configuration(None, **PDF_LIMITS):
        text = _pdf_pages(data)
    if len(text.split()) < MIN_PDF_WORDS:
        raise DocumentRefused(
            Text(
                N_(
                    "this PDF has no text layer (a scan?); export the article as text, "
                    "or run OCR first"
                )
            )
        )
    return _unwrap_lines(text)


def _pdf_pages(data: bytes) -> str:
    """Return the text of a PDF's pages, a blank line between pages."""
    import pypdf
    from pypdf.errors import LimitReachedError, PdfReadError, PyPdfError

    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise DocumentRefused(Text(N_("the PDF is password-protected; send an unlocked copy")))
        pages: list[str] = []
        size = 0
        for page in reader.pages:
            text = page.extract_text() or ""
            size += len(text.encode("utf-8"))
            if size > MAX_TEXT_BYTES:
                raise DocumentRefused(TOO_MUCH_TEXT)
            pages.append(text)
    except DocumentRefused:
        raise
    except LimitReachedError as exc:
        raise DocumentRefused(
            Text(
                N_("the PDF's contents expand past {limit} bytes; it is refused"),
                limit=f"{MAX_EXPANDED_BYTES:,}",
            )
        ) from exc
    except (PyPdfError, PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise DocumentRefused(
            Text(N_("this PDF cannot be read ({error})"), error=type(exc).__name__)
        ) from exc
    return "\n\n".join(page.strip() for page in pages if page.strip())


def _unwrap_lines(text: str) -> str:
    """Join a PDF's hard-wrapped lines into paragraphs.

    A wrapped line runs to the margin; a short line ends its paragraph (or is a heading), as
    does a blank line.
    """
    paragraphs: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        width = max((len(line) for line in lines), default=0)
        joined = ""
        for line in lines:
            if joined.endswith("-") and line[:1].islower():
                joined = joined[:-1] + line  # a word hyphenated at the line's end
            else:
                joined = f"{joined} {line}" if joined else line
            if len(line) < 0.75 * width:
                paragraphs.append(joined)
                joined = ""
        if joined:
            paragraphs.append(joined)
    return "\n\n".join(paragraphs)


def _docx_text(data: bytes) -> str:
    """Read a Word file's paragraphs; refuse other zips and parts that would expand too far."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
            # zipfile never inflates an entry past its declared size, so the declared sizes
            # bound what reading the file can cost.
            expanded = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile as exc:
        raise DocumentRefused(
            Text(N_("this file looks like a zip archive but cannot be opened"))
        ) from exc
    if "word/document.xml" not in names:
        raise DocumentRefused(Text(N_("this zip archive is not a Word (.docx) document")))
    if expanded > MAX_EXPANDED_BYTES:
        raise DocumentRefused(
            Text(
                N_("the Word file expands to {size} bytes; the limit is {limit}"),
                size=f"{expanded:,}",
                limit=f"{MAX_EXPANDED_BYTES:,}",
            )
        )
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except (ValueError, KeyError, zipfile.BadZipFile) as exc:
        raise DocumentRefused(
            Text(N_("this Word file cannot be read ({error})"), error=type(exc).__name__)
        ) from exc
    return "\n\n".join(p.text.strip() for p in document.paragraphs if p.text.strip())
