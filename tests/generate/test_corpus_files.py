"""The evaluation corpus is usable: real articles, gold facts whose answers the articles state."""

from __future__ import annotations

import datetime
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.generate.coverage import corpus

HERE = Path(__file__).parent
CORPUS = HERE / "corpus"
ARTICLES = sorted(CORPUS.glob("*.txt"))
GOLDS = sorted(CORPUS.glob("*.gold.yaml"))
HELDOUT = HERE / "heldout"
HELDOUT_GOLDS = sorted(HELDOUT.glob("*.gold.yaml"))
# The fresh held-out set: these tests read its files only; none runs the generator on them.
FRESH = HERE / "fresh"
FRESH_GOLDS = sorted(FRESH.glob("*.gold.yaml"))
SEED_GOLD = HERE / "seed.gold.yaml"
NEWS_GOLDS = [*GOLDS, *HELDOUT_GOLDS, *FRESH_GOLDS]  # real news articles, each with a source
MIN_WORDS, MAX_WORDS = 300, 2000
MIN_FACTS, MAX_FACTS = 6, 20


def load_gold(path: Path) -> dict[str, Any]:
    """Read one gold file."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict), path
    return data


def article_of(gold_path: Path, gold: dict[str, Any]) -> Path:
    """Return the article a gold file describes (its path is relative to the gold file)."""
    return (gold_path.parent / str(gold["article"])).resolve()


def body_words(gold_path: Path, text: str) -> int:
    """Count the words after the title line (the seed article has no title line)."""
    body = text if gold_path == SEED_GOLD else text.split("\n", 1)[1]
    return len(body.split())


def test_corpus_has_at_least_ten_articles() -> None:
    assert len(ARTICLES) >= 10


def test_every_article_has_a_gold_file_and_back() -> None:
    article_slugs = {p.stem for p in ARTICLES}
    gold_slugs = {p.name.removesuffix(".gold.yaml") for p in GOLDS}
    assert article_slugs == gold_slugs


def test_every_article_has_a_sources_row() -> None:
    sources = (CORPUS / "SOURCES.md").read_text(encoding="utf-8")
    rows = {m.group(1) for m in re.finditer(r"^\| ([a-z0-9-]+) \|", sources, re.MULTILINE)}
    assert {p.stem for p in ARTICLES} <= rows


@pytest.mark.parametrize("gold_path", [*NEWS_GOLDS, SEED_GOLD], ids=lambda p: p.name)
def test_gold_file_is_complete(gold_path: Path) -> None:
    gold = load_gold(gold_path)
    assert {"article", "title", "source", "licence", "published", "words", "facts"} <= set(gold)
    assert article_of(gold_path, gold).is_file()
    assert gold["published"] is None or isinstance(gold["published"], datetime.date)
    assert MIN_FACTS <= len(gold["facts"]) <= MAX_FACTS
    for fact in gold["facts"]:
        assert fact["fact"].strip() and fact["keys"], fact


@pytest.mark.parametrize("gold_path", NEWS_GOLDS, ids=lambda p: p.name)
def test_corpus_gold_names_its_licence_and_source(gold_path: Path) -> None:
    gold = load_gold(gold_path)
    assert gold["source"].startswith("https://")
    assert gold["licence"].startswith(("CC BY", "Public domain"))


@pytest.mark.parametrize("gold_path", [*NEWS_GOLDS, SEED_GOLD], ids=lambda p: p.name)
def test_every_key_appears_verbatim_in_its_article(gold_path: Path) -> None:
    gold = load_gold(gold_path)
    text = article_of(gold_path, gold).read_text(encoding="utf-8").casefold()
    missing = [
        key for fact in gold["facts"] for key in fact["keys"] if str(key).casefold() not in text
    ]
    assert missing == []


@pytest.mark.parametrize("gold_path", [*NEWS_GOLDS, SEED_GOLD], ids=lambda p: p.name)
def test_word_count_is_recorded_and_in_range(gold_path: Path) -> None:
    gold = load_gold(gold_path)
    words = body_words(gold_path, article_of(gold_path, gold).read_text(encoding="utf-8"))
    assert words == gold["words"]
    assert MIN_WORDS <= words <= MAX_WORDS


@pytest.mark.parametrize("gold_path", [*GOLDS, *FRESH_GOLDS], ids=lambda p: p.name)
def test_article_starts_with_its_title_and_a_blank_line(gold_path: Path) -> None:
    gold = load_gold(gold_path)
    lines = article_of(gold_path, gold).read_text(encoding="utf-8").split("\n")
    assert lines[0] == gold["title"]
    assert lines[1] == ""
    assert lines[2].strip()


def test_every_heldout_article_names_its_source_and_licence() -> None:
    rows = (HELDOUT / "SOURCES.md").read_text(encoding="utf-8").splitlines()
    for article in sorted(HELDOUT.glob("*.txt")):
        row = next((r for r in rows if r.startswith(f"| `{article.name}`")), "")
        assert "https://en.wikinews.org/" in row and "CC BY" in row, article.name


def test_every_heldout_article_has_a_gold_file_and_back() -> None:
    articles = {p.stem for p in HELDOUT.glob("*.txt")}
    assert {p.name.removesuffix(".gold.yaml") for p in HELDOUT_GOLDS} == articles


def test_heldout_gold_stays_out_of_the_corpus() -> None:
    # The corpus tests hold the generator to its gold; the held-out set must stay unseen.
    heldout = {p.name.removesuffix(".gold.yaml") for p in HELDOUT_GOLDS}
    assert heldout and not heldout & {article.slug for article in corpus()}


def test_the_fresh_set_has_five_articles_each_with_a_gold_file_and_back() -> None:
    articles = {p.stem for p in FRESH.glob("*.txt")}
    assert len(articles) >= 5
    assert {p.name.removesuffix(".gold.yaml") for p in FRESH_GOLDS} == articles


def rowless_golds(folder: Path, golds: list[Path], licence: str = "CC BY") -> list[str]:
    """Name the gold files whose article has no row in the folder's SOURCES.md giving its URL,
    its licence, the commit it was read at and its word count."""
    rows = (folder / "SOURCES.md").read_text(encoding="utf-8").splitlines()
    rowless = []
    for gold_path in golds:
        gold = load_gold(gold_path)
        row = next((r for r in rows if r.startswith(f"| `{gold['article']}`")), "")
        named = gold["source"] in row and licence in row and f"| {gold['words']} |" in row
        if not (named and re.search(r"@ [0-9a-f]{40}", row)):
            rowless.append(gold_path.name)
    return rowless


def test_every_fresh_article_has_a_sources_row_with_its_url_commit_and_licence() -> None:
    assert rowless_golds(FRESH, FRESH_GOLDS) == []


def test_fresh_articles_are_new_and_stay_out_of_the_corpus() -> None:
    # No generator test may be tuned on the fresh set, and it must not repeat an article.
    fresh = {p.name.removesuffix(".gold.yaml") for p in FRESH_GOLDS}
    assert fresh and not fresh & {article.slug for article in corpus()}
    sources = {load_gold(p)["source"] for p in FRESH_GOLDS}
    used = {load_gold(p)["source"] for p in [*GOLDS, *HELDOUT_GOLDS]}
    assert len(sources) == len(FRESH_GOLDS) and not sources & used
