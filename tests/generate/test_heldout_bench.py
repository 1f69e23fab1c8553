"""The benchmark reports gold coverage for a held-out article that has a gold file, and the
fresh held-out set under its own heading (its rows are only built here, never generated)."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.bench.generate import (
    FRESH,
    FRESH2,
    FRESH3,
    FRESH4,
    FRESH5,
    FRESH6,
    FRESH7,
    FRESH8,
    FRESH9,
    FRESH10,
    FRESH11,
    FRESH12,
    FRESH13,
    FRESH14,
    FRESH15,
    FRESH16,
    FRESH17,
    FRESH18,
    FRESH19,
    FRESH20,
    FRESH21,
    FRESH22,
    FRESH23,
    FRESH24,
    FRESH25,
    FRESH26,
    FRESH27,
    FRESH28,
    FRESH29,
    HELDOUT,
    heldout_rows,
)
from tests.bench.report import markdown_table
from tests.bench.report_job_rows import generate_rows


def test_heldout_rows_measure_gold_coverage_only_where_a_gold_file_exists(tmp_path: Path) -> None:
    article = next(p for p in HELDOUT if p.with_name(f"{p.stem}.gold.yaml").is_file())
    bare = tmp_path / "no-gold.txt"
    shutil.copy(article, bare)
    gold, plain = heldout_rows([article, bare])
    assert gold["slug"] == article.stem and gold["facts"] >= 7
    assert 0 <= gold["coverage"] <= 1
    assert plain["slug"] == "no-gold" and "coverage" not in plain
    assert plain["questions"] == gold["questions"]


def test_the_bench_table_prints_heldout_coverage_and_holds_it_to_the_corpus_goal() -> None:
    row = {"slug": "fan-expo", "words": 513, "questions": 9, "needed": 9, "wh_share": 0.6,
           "seconds": 1.0, "coverage": 0.5, "facts": 12}  # fmt: skip
    plain = {k: v for k, v in row.items() if k not in ("coverage", "facts")}
    result = {"heldout": [row, {**plain, "slug": "bare"}], "long_words": 1, "seed_words": 1}
    rows = generate_rows(result, None)[:2]
    table = markdown_table(rows)
    figure = "held-out `fan-expo` (513 words): questions / % wh / gold coverage"
    assert f"{figure} | 9 / 60% / 50% |" in table
    assert "held-out `bare` (513 words): questions / % wh | 9 / 60% |" in table
    assert [r.goal for r in rows] == ["≥ 9 / ≥ 50% / ≥ 80%", "≥ 9 / ≥ 50%"]
    assert [r.met for r in rows] == [False, True]  # 50% of the gold facts is under the goal


def test_the_bench_generates_every_fresh_article_and_each_has_a_gold_file() -> None:
    assert len(FRESH) >= 5 and all(p.parent.name == "fresh" for p in FRESH)
    assert all(p.with_name(f"{p.stem}.gold.yaml").is_file() for p in FRESH)
    assert not set(FRESH) & set(HELDOUT)


def test_the_bench_table_prints_fresh_rows_under_their_own_heading_and_corpus_goals() -> None:
    row = {"slug": "lanterns", "words": 526, "questions": 9, "needed": 9, "wh_share": 0.4,
           "seconds": 1.0, "coverage": 0.9, "facts": 12}  # fmt: skip
    good = {**row, "slug": "flag", "wh_share": 0.5, "coverage": 0.8}
    held = {**good, "slug": "expo"}
    result = {"heldout": [held], "fresh": [row, good], "long_words": 1, "seed_words": 1}
    rows = generate_rows(result, None)[:3]
    table = markdown_table(rows)
    assert rows[0].figure.startswith("Generator held-out `expo` (526 words)")
    figure = "fresh held-out `lanterns` (526 words): questions / % wh / gold coverage"
    assert f"Generator {figure} | 9 / 40% / 90% |" in table
    assert "Generator fresh held-out `flag` (526 words)" in rows[2].figure
    assert [r.goal for r in rows[1:]] == ["≥ 9 / ≥ 50% / ≥ 80%"] * 2
    assert [r.met for r in rows[1:]] == [False, True]  # 40% wh is under the goal


def test_the_bench_table_prints_the_second_fresh_set_after_the_fresh_one() -> None:
    row = {"slug": "storm", "words": 600, "questions": 10, "needed": 10, "wh_share": 0.6,
           "seconds": 1.0, "coverage": 0.5, "facts": 12}  # fmt: skip
    result = {"fresh": [{**row, "slug": "flag"}], "fresh2": [row], "long_words": 1,
              "seed_words": 1}  # fmt: skip
    rows = generate_rows(result, None)[:2]
    assert "fresh held-out `flag`" in rows[0].figure
    assert rows[1].figure.startswith("Generator second fresh held-out `storm` (600 words)")
    assert rows[1].met is False  # half the gold facts is under the corpus's 80%


def test_the_bench_generates_every_second_fresh_article_and_each_has_a_gold_file() -> None:
    assert len(FRESH2) >= 5 and all(p.parent.name == "fresh2" for p in FRESH2)
    assert all(p.with_name(f"{p.stem}.gold.yaml").is_file() for p in FRESH2)
    # no article of another held-out set under a new name: the texts differ, not only paths
    others = {p.read_text(encoding="utf-8") for p in [*FRESH, *HELDOUT]}
    assert not {p.read_text(encoding="utf-8") for p in FRESH2} & others


def test_the_untouched_set_is_benched_under_its_own_heading() -> None:
    assert len(FRESH29) >= 5
    assert all(p.with_name(f"{p.stem}.gold.yaml").is_file() for p in FRESH29)
    earlier = [*FRESH, *FRESH2, *FRESH3, *FRESH4, *FRESH5, *FRESH6, *FRESH7, *FRESH8, *FRESH9,
               *FRESH10, *FRESH11, *FRESH12, *FRESH13, *FRESH14, *FRESH15, *FRESH16,
               *FRESH17, *FRESH18, *FRESH19, *FRESH20, *FRESH21, *FRESH22, *FRESH23,
               *FRESH24, *FRESH25, *FRESH26, *FRESH27, *FRESH28, *HELDOUT]  # fmt: skip
    others = {p.read_text(encoding="utf-8") for p in earlier}
    assert not {p.read_text(encoding="utf-8") for p in FRESH29} & others
    row = {"slug": "train", "words": 516, "questions": 10, "needed": 9, "wh_share": 0.8,
           "seconds": 1.0, "coverage": 0.08, "facts": 12}  # fmt: skip
    result = {"fresh28": [{**row, "slug": "vote"}], "fresh29": [row], "long_words": 1,
              "seed_words": 1}  # fmt: skip
    rows = generate_rows(result, None)[:2]
    assert rows[0].figure.startswith("Generator twenty-eighth fresh held-out `vote` (516 words)")
    assert rows[1].figure.startswith("Generator untouched held-out `train` (516 words)")
    assert rows[1].met is False
