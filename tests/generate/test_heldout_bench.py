"""The benchmark reports gold coverage for a held-out article that has a gold file."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.bench.generate import HELDOUT, heldout_rows
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
