"""Article files of every kind, made in the test: web pages, PDFs, scans, Word files, bombs."""

from __future__ import annotations

import html
import io
import zipfile

import docx
import pypdf
from fpdf import FPDF
from pypdf.generic import NameObject, StreamObject

from tests.admin.conftest import ARTICLE

TITLE, *BODY = [line for line in ARTICLE.splitlines() if line.strip()]


def html_page(*, published: str | None = "2025-03-14") -> bytes:
    """A news page: the article between a menu, a cookie notice and a footer."""
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in BODY)
    return (
        f"<!DOCTYPE html><html><head><title>{TITLE} | Port Elliot News</title>{meta}</head>"
        "<body><nav><a href='/'>Home</a> <a href='/sport'>Sport</a> <a href='/x'>Weather</a></nav>"
        "<div class='cookies'>We use cookies to improve your experience. Accept all cookies.</div>"
        f"<article><h1>{html.escape(TITLE)}</h1>{paragraphs}</article>"
        "<footer>Copyright 2025 Port Elliot News. Privacy policy. Contact us.</footer>"
        "</body></html>"
    ).encode()


def text_pdf() -> bytes:
    """A PDF with a text layer, hard-wrapped as PDFs are."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    pdf.multi_cell(0, 6, TITLE + "\n\n" + "\n".join(BODY))
    return bytes(pdf.output())


def scanned_pdf() -> bytes:
    """A PDF whose page is a picture (drawn shapes), with no text layer."""
    pdf = FPDF()
    pdf.add_page()
    for row in range(40):
        pdf.rect(20, 20 + row * 6, 170, 3, style="F")  # lines of "print" in an image
    return bytes(pdf.output())


def pdf_bomb(expanded: int = 45_000_000) -> bytes:
    """A small PDF whose page content inflates to `expanded` bytes."""
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(text_pdf())))
    line = b"BT /F1 11 Tf 72 720 Td (hello world) Tj ET\n"
    stream = StreamObject()
    stream.set_data(line * (expanded // len(line)))
    writer.pages[0][NameObject("/Contents")] = writer._add_object(stream.flate_encode(level=9))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def word_file() -> bytes:
    """A .docx with a heading and the article's paragraphs."""
    document = docx.Document()
    document.add_heading(TITLE, level=1)
    for line in BODY:
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def zip_bomb(expanded: int = 30_000_000) -> bytes:
    """A zip laid out like a Word file whose document part inflates to `expanded` bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w") as part:
            chunk = b" " * 1_000_000
            for _ in range(expanded // len(chunk)):
                part.write(chunk)
    return out.getvalue()


def other_zip() -> bytes:
    """A zip that is not a Word file."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("photo.txt", "not an article")
    return out.getvalue()
