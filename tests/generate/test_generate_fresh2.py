"""The second fresh held-out set is usable: five real articles, a gold list for each whose
answers the article states, word counts in range and a source row per file. These tests read
the files only; none imports or runs the generator (the set was an untouched measure until
review 17 read it; see its SOURCES.md)."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest

from tests.generate.test_corpus_files import load_gold, rowless_golds

HERE = Path(__file__).parent
FRESH2 = HERE / "fresh2"
ARTICLES = sorted(FRESH2.glob("*.txt"))
GOLDS = sorted(FRESH2.glob("*.gold.yaml"))
# Every earlier set of real articles: the new set must repeat none of them.
EARLIER = ("corpus", "heldout", "fresh")
EARLIER_GOLDS = sorted(path for folder in EARLIER for path in (HERE / folder).glob("*.gold.yaml"))
MIN_WORDS, MAX_WORDS = 300, 1200
FACTS = 12
DATE_LINE = re.compile(
    r"^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), "
    r"(January|February|March|April|May|June|July|August|September|October|November|December) "
    r"\d{1,2}, \d{4}$"
)


def article_text(gold_path: Path) -> str:
    """Return the article a gold file describes."""
    return (gold_path.parent / str(load_gold(gold_path)["article"])).read_text(encoding="utf-8")


def test_the_set_has_five_articles_each_with_a_gold_file_and_back() -> None:
    assert len(ARTICLES) == 5
    assert {p.stem for p in ARTICLES} == {p.name.removesuffix(".gold.yaml") for p in GOLDS}


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_gold_file_is_complete(gold_path: Path) -> None:
    gold = load_gold(gold_path)
    assert {"article", "title", "source", "licence", "published", "words", "facts"} <= set(gold)
    assert gold["source"].startswith("https://en.wikinews.org/wiki/")
    assert gold["licence"] == "CC BY 2.5 (Wikinews)"
    assert isinstance(gold["published"], datetime.date)
    assert len(gold["facts"]) == FACTS
    for fact in gold["facts"]:
        assert fact["fact"].strip() and fact["keys"], fact


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_every_key_appears_in_its_article(gold_path: Path) -> None:
    text = article_text(gold_path).casefold()
    keys = [str(key) for fact in load_gold(gold_path)["facts"] for key in fact["keys"]]
    assert [key for key in keys if key.casefold() not in text] == []


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_word_count_is_recorded_and_in_range(gold_path: Path) -> None:
    body = article_text(gold_path).split("\n", 1)[1]
    words = len(body.split())
    assert words == load_gold(gold_path)["words"]
    assert MIN_WORDS <= words <= MAX_WORDS


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_article_opens_with_title_then_date_line(gold_path: Path) -> None:
    gold = load_gold(gold_path)
    lines = article_text(gold_path).split("\n")
    assert lines[0] == gold["title"]
    assert lines[1] == "" and lines[3] == ""
    assert DATE_LINE.match(lines[2]), lines[2]
    date = datetime.datetime.strptime(lines[2].split(", ", 1)[1], "%B %d, %Y").date()
    assert date == gold["published"]


def test_every_file_has_a_sources_row_with_url_commit_words_and_licence() -> None:
    assert rowless_golds(FRESH2, GOLDS, licence="CC BY 2.5") == []


def test_the_set_repeats_no_earlier_article() -> None:
    sources = {load_gold(p)["source"] for p in GOLDS}
    used = {load_gold(p)["source"] for p in EARLIER_GOLDS}
    assert len(sources) == len(GOLDS) and not sources & used
    earlier_slugs = {p.name.removesuffix(".gold.yaml") for p in EARLIER_GOLDS}
    assert not {p.stem for p in ARTICLES} & earlier_slugs
