"""Admins send articles as web pages, PDFs, Word and Markdown files; the type comes from content."""

from __future__ import annotations

import pytest

from tests.admin.conftest import admin_of, question_rows, send_file, set_rows
from tests.bot.conftest import BotHarness
from tests.documents.builders import (
    TITLE,
    html_page,
    pdf_bomb,
    scanned_pdf,
    text_pdf,
    word_file,
    zip_bomb,
)

GOOD_ARTICLES = [
    ("bridge.html", html_page()),
    ("bridge.pdf", text_pdf()),
    ("bridge.docx", word_file()),
    ("bridge-notes.txt", text_pdf()),  # a PDF under the wrong name is still read as a PDF
]


@pytest.mark.parametrize(("filename", "data"), GOOD_ARTICLES, ids=[n for n, _ in GOOD_ARTICLES])
async def test_an_article_file_becomes_a_quiz(
    admin_harness: BotHarness, filename: str, data: bytes
) -> None:
    h = admin_harness
    reply = await send_file(h, admin_of(h), filename, data)
    assert reply.text.startswith(f"🧠 {TITLE} (bridge"), reply.text
    assert "new set" in reply.text
    assert any(slug.startswith("bridge") for slug, _, _ in set_rows(h.engine)), TITLE


@pytest.mark.parametrize(
    ("filename", "data", "reason"),
    [
        ("scan.pdf", scanned_pdf(), "no text layer (a scan?)"),
        ("bomb.pdf", pdf_bomb(), "expand past 20,000,000 bytes"),
        ("bomb.docx", zip_bomb(), "the limit is 20,000,000"),
    ],
    ids=["scan", "pdf-bomb", "zip-bomb"],
)
async def test_an_unreadable_article_is_refused_in_one_line_and_nothing_is_stored(
    admin_harness: BotHarness, filename: str, data: bytes, reason: str
) -> None:
    h = admin_harness
    before = (set_rows(h.engine), question_rows(h.engine))
    reply = await send_file(h, admin_of(h), filename, data)
    assert reply.text.startswith("❌ No quiz was made, nothing was changed."), reply.text
    assert f"{filename}: " in reply.text and reason in reply.text
    assert (set_rows(h.engine), question_rows(h.engine)) == before


async def test_a_pdf_may_be_bigger_than_a_set_file(admin_harness: BotHarness) -> None:
    h = admin_harness
    reply = await send_file(
        h, admin_of(h), "bridge.pdf", text_pdf(), reported_size=3_000_000
    )  # a 3 MB PDF is downloaded (a set file of that size would not be)
    assert reply.text.startswith(f"🧠 {TITLE}"), reply.text
    refused = await send_file(h, admin_of(h), "big.pdf", text_pdf(), reported_size=6_000_000)
    assert "the limit is 5,000,000 bytes" in refused.text
