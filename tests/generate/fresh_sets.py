"""Checks shared by the fresh held-out sets (`fresh2/`, `fresh3/`, ...): five real articles, a
gold list for each whose answers the article states, word counts in range, a SOURCES.md row per
file and no article repeated from an earlier set. They read the files only; none imports or
runs the generator."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.generate.test_corpus_files import load_gold, rowless_golds

HERE = Path(__file__).parent
ARTICLES_PER_SET = 5
MIN_WORDS, MAX_WORDS = 300, 1200
FACTS = 12
FIELDS = {"article", "title", "source", "licence", "published", "words", "facts"}
WIKINEWS = "https://en.wikinews.org/wiki/"
LICENCE = "CC BY 2.5 (Wikinews)"
DATE_LINE = re.compile(
    r"^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), "
    r"(January|February|March|April|May|June|July|August|September|October|November|December) "
    r"\d{1,2}, \d{4}$"
)


def golds(folder: Path) -> list[Path]:
    """The gold files of one set."""
    return sorted(folder.glob("*.gold.yaml"))


def article_text(gold_path: Path) -> str:
    """Return the article a gold file describes."""
    return (gold_path.parent / str(load_gold(gold_path)["article"])).read_text(encoding="utf-8")


def gold_problems(gold_path: Path) -> list[str]:
    """What is wrong with one gold file's fields and facts (nothing, for a sound one)."""
    gold = load_gold(gold_path)
    missing = FIELDS - set(gold)
    if missing:
        return [f"missing fields {sorted(missing)}"]
    problems = []
    if not str(gold["source"]).startswith(WIKINEWS):
        problems.append(f"source is not a Wikinews page: {gold['source']}")
    if gold["licence"] != LICENCE:
        problems.append(f"licence {gold['licence']!r}")
    if not isinstance(gold["published"], datetime.date):
        problems.append(f"published is not a date: {gold['published']!r}")
    if len(gold["facts"]) != FACTS:
        problems.append(f"{len(gold['facts'])} facts, not {FACTS}")
    problems += [
        f"empty fact {fact}"
        for fact in gold["facts"]
        if not (str(fact["fact"]).strip() and fact["keys"])
    ]
    return problems


def keys_not_in_article(gold_path: Path) -> list[str]:
    """The gold keys the article does not state (case aside)."""
    text = article_text(gold_path).casefold()
    keys = [str(key) for fact in load_gold(gold_path)["facts"] for key in fact["keys"]]
    return [key for key in keys if key.casefold() not in text]


def word_count_problems(gold_path: Path) -> list[str]:
    """A body whose word count differs from the recorded one or falls out of range."""
    words = len(article_text(gold_path).split("\n", 1)[1].split())
    recorded = load_gold(gold_path)["words"]
    problems = [] if words == recorded else [f"{words} words, {recorded} recorded"]
    return problems + ([] if MIN_WORDS <= words <= MAX_WORDS else [f"{words} words out of range"])


def opening_problems(gold_path: Path) -> list[str]:
    """An article that does not open with its title, a blank line, its date line, a blank line."""
    gold = load_gold(gold_path)
    lines = article_text(gold_path).split("\n")
    if (
        lines[0] != gold["title"]
        or lines[1] != ""
        or lines[3] != ""
        or not DATE_LINE.match(lines[2])
    ):
        return [f"opening {lines[:4]!r}"]
    date = datetime.datetime.strptime(lines[2].split(", ", 1)[1], "%B %d, %Y").date()
    return [] if date == gold["published"] else [f"date line {date}, published {gold['published']}"]


def set_problems(folder: Path, earlier: tuple[str, ...]) -> list[str]:
    """What is wrong with a set as a whole: its size, its gold files and articles pairing up, a
    SOURCES.md row per file, and an article repeated within it or from an earlier set."""
    set_golds = golds(folder)
    slugs = {path.name.removesuffix(".gold.yaml") for path in set_golds}
    articles = {path.stem for path in folder.glob("*.txt")}
    problems = [] if len(articles) == ARTICLES_PER_SET else [f"{len(articles)} articles"]
    problems += [f"unpaired {sorted(slugs ^ articles)}"] if slugs != articles else []
    problems += [
        f"no SOURCES.md row: {name}"
        for name in rowless_golds(folder, set_golds, licence="CC BY 2.5")
    ]
    earlier_golds = [path for name in earlier for path in golds(HERE / name)]
    sources = [load_gold(path)["source"] for path in set_golds]
    problems += ["a source repeated within the set"] if len(set(sources)) != len(sources) else []
    repeated = set(sources) & {load_gold(path)["source"] for path in earlier_golds}
    repeated |= slugs & {path.name.removesuffix(".gold.yaml") for path in earlier_golds}
    return problems + [f"repeated from an earlier set: {sorted(repeated)}"] * bool(repeated)


def article_problems(gold_path: Path) -> list[str]:
    """Everything wrong with one article and its gold file (nothing, for a sound pair)."""
    checks = (gold_problems, keys_not_in_article, word_count_problems, opening_problems)
    return [problem for check in checks for problem in check(gold_path)]


# Every set of real articles, in the order they were added: a set repeats none before it.
ORDER = ("corpus", "heldout", "fresh", *(f"fresh{n}" for n in range(2, 30)))


def set_tests(folder: Path) -> tuple[Callable[..., None], Callable[[], None]]:
    """The two tests a set's test module binds as module-level `test_*` names: each article
    with its gold file sound (one case a file), and the set as a whole sound, new beside
    every set `ORDER` puts before it."""
    earlier = ORDER[: ORDER.index(folder.name)]

    @pytest.mark.parametrize("gold_path", golds(folder), ids=lambda path: path.name)
    def each_article_and_its_gold_file_are_sound(gold_path: Path) -> None:
        assert article_problems(gold_path) == []

    def the_set_is_five_new_articles_each_with_a_gold_file_and_a_sources_row() -> None:
        assert set_problems(folder, earlier) == []

    return (
        each_article_and_its_gold_file_are_sound,
        the_set_is_five_new_articles_each_with_a_gold_file_and_a_sources_row,
    )
