"""The twenty-ninth fresh held-out set is usable: five real articles, a gold list for each whose
answers the article states, word counts in range and a source row per file. These tests read
the files only; none imports or runs the generator (the set is the untouched measure for
round 36; see its SOURCES.md)."""

from __future__ import annotations

from pathlib import Path

from tests.generate import fresh_sets

test_each_article_and_its_gold_file_are_sound, test_the_set_is_five_new_articles = (
    fresh_sets.set_tests(Path(__file__).parent / "fresh29")
)
