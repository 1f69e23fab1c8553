"""Articles as teachers have them (HTML, PDF, Word, Markdown, text) become the generator's text."""

from __future__ import annotations

import tracemalloc

import pytest

from questions.documents import (
    MAX_DOCUMENT_BYTES,
    MAX_TEXT_BYTES,
    DocumentRefused,
    extract_article,
    sniff,
)
from tests.documents.builders import (
    BODY,
    TITLE,
    html_page,
    other_zip,
    pdf_bomb,
    scanned_pdf,
    text_pdf,
    word_file,
    zip_bomb,
)


def refusal(data: bytes, filename: str) -> str:
    """Return why a file is refused."""
    with pytest.raises(DocumentRefused) as caught:
        extract_article(data, filename)
    return str(caught.value)


def refusal_and_peak(data: bytes, filename: str) -> tuple[str, int]:
    """Return why a file is refused, and the most memory Python held while refusing it."""
    tracemalloc.start()
    try:
        return refusal(data, filename), tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_html_keeps_the_article_with_title_and_date_and_drops_the_page_around_it() -> None:
    article = extract_article(html_page(), "bridge.html")
    paragraphs = article.text.split("\n\n")
    assert article.kind == "html"
    assert paragraphs[0] == TITLE
    assert paragraphs[1] == "Friday, March 14, 2025"  # the page's date, as a dateline
    assert paragraphs[2:] == BODY
    for boilerplate in ("Home", "cookies", "Copyright", "Privacy"):
        assert boilerplate not in article.text


def test_html_without_a_date_has_no_dateline() -> None:
    paragraphs = extract_article(html_page(published=None), "bridge.htm").text.split("\n\n")
    assert paragraphs[:2] == [TITLE, BODY[0]]


def test_a_text_pdf_reads_as_paragraphs_with_wrapped_lines_joined() -> None:
    article = extract_article(text_pdf(), "bridge.pdf")
    assert article.kind == "pdf"
    assert article.text.startswith(TITLE)
    words = " ".join(BODY).split()
    assert article.text.split()[len(TITLE.split()) :] == words


def test_a_scanned_pdf_is_refused_with_what_to_do() -> None:
    message = refusal(scanned_pdf(), "scan.pdf")
    assert "no text layer" in message and "OCR" in message


def test_a_pdf_bomb_is_refused_without_inflating_it() -> None:
    bomb = pdf_bomb()
    assert len(bomb) < 200_000
    message, peak = refusal_and_peak(bomb, "bomb.pdf")
    assert "expand past 20,000,000 bytes" in message
    assert peak < 100_000_000  # it would be 45 MB of content, then its text, without the cap


def test_a_word_file_reads_its_paragraphs() -> None:
    article = extract_article(word_file(), "bridge.docx")
    assert article.kind == "docx"
    assert article.text.split("\n\n") == [TITLE, *BODY]


def test_a_zip_bomb_dressed_as_word_is_refused_before_inflating() -> None:
    message, peak = refusal_and_peak(zip_bomb(), "report.docx")
    assert "expands to 30,000,008 bytes; the limit is 20,000,000" in message
    assert peak < 5_000_000


def test_another_zip_is_not_an_article() -> None:
    assert "not a Word (.docx) document" in refusal(other_zip(), "photos.docx")


def test_markdown_loses_its_markup_and_keeps_its_words() -> None:
    markdown = (
        "# Bridge *reopens*\n\nThe [Harbour Bridge](https://example.org) reopened on "
        "**14 March 2025**.\n\n![photo](bridge.jpg)\n\n- Cost: `48 million` dollars\n"
    )
    article = extract_article(markdown.encode(), "bridge.md")
    assert article.text.split("\n\n") == [
        "Bridge reopens",
        "The Harbour Bridge reopened on 14 March 2025.",
        "Cost: 48 million dollars",
    ]


def test_the_type_comes_from_the_content_not_the_name() -> None:
    assert sniff(text_pdf(), "bridge.txt") == "pdf"
    assert sniff(word_file(), "bridge.txt") == "docx"
    assert sniff(html_page(), "bridge.txt") == "html"
    assert sniff(b"# Title\n\nText.", "notes.md") == "markdown"
    assert sniff(b"Plain words.", "notes.pdf") == "text"
    assert extract_article(text_pdf(), "bridge.txt").kind == "pdf"


def test_text_in_another_encoding_is_decoded() -> None:
    text = "Caf\u00e9 owners in S\u00e3o Paulo said the \u201cnew\u201d rules hurt. " * 5
    assert extract_article(text.encode("cp1252"), "cafe.txt").text == text.strip()


def test_binary_and_oversized_files_are_refused() -> None:
    assert "binary" in refusal(b"\x00\x01\x02" * 100, "data.txt")
    assert f"limit for this kind of file is {MAX_TEXT_BYTES:,}" in refusal(
        b"word " * (MAX_TEXT_BYTES // 5 + 1), "long.txt"
    )
    big_pdf = b"%PDF-1.4\n" + b"0" * MAX_DOCUMENT_BYTES
    assert f"limit for this kind of file is {MAX_DOCUMENT_BYTES:,}" in refusal(big_pdf, "big.pdf")
