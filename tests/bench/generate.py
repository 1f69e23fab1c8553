"""Benchmark the article -> quiz generator: the corpus, the seed, and one ten times longer.

Run with `python -m tests.bench --only generate` (or `python -m tests.bench.generate`).
Per corpus article: questions, % wh-questions, coverage of its gold facts, time; the same for
each held-out article (`heldout/`, the fresh sets `fresh/` to `fresh9/`, then the untouched
`fresh29/`). Then the model's load time, the seed's best-of-3
time, a 10x article, a 1 MB one-sentence upload, and the process's peak memory.
The long article is the seed and the test articles repeated with names varied, so that the
generator cannot shortcut repeated text; time(10x)/time(1x) should stay at or under 12.
"""

from __future__ import annotations

import contextlib
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from questions.generate import GenerationError, generate
from questions.schema import QuestionSet
from tests.generate.coverage import SEED_GOLD, Article, corpus, covered, load_gold

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "questions" / "articles" / "sco-summit-2021.txt"
FIXTURES = sorted((ROOT / "tests" / "generate" / "corpus").glob("*.txt"))
# Real articles no rule was written for; each may have a `<slug>.gold.yaml` beside it, kept
# out of coverage.corpus() so that no test of the generator is tuned on them.
HELDOUT = sorted((ROOT / "tests" / "generate" / "heldout").glob("*.txt"))
# A second held-out set, each article with its gold file: no question generated on it had been
# read when it was added, and it is kept out of coverage.corpus() the same way.
FRESH = sorted((ROOT / "tests" / "generate" / "fresh").glob("*.txt"))
# The third, added in round 12 when the fresh set was opened for work: measured untouched,
# then opened after review 17 found wrong keys on it (its SOURCES.md says when).
FRESH2 = sorted((ROOT / "tests" / "generate" / "fresh2").glob("*.txt"))
# The fourth, added at the end of round 12, measured untouched, then opened after review 18.
FRESH3 = sorted((ROOT / "tests" / "generate" / "fresh3").glob("*.txt"))
# The fifth, added at the start of round 13, measured untouched, then opened after review 19.
FRESH4 = sorted((ROOT / "tests" / "generate" / "fresh4").glob("*.txt"))
# The sixth, added at the start of round 14, measured untouched, then opened after review 21.
FRESH5 = sorted((ROOT / "tests" / "generate" / "fresh5").glob("*.txt"))
# The seventh, added at the end of round 14, measured untouched, then opened after review 23.
FRESH6 = sorted((ROOT / "tests" / "generate" / "fresh6").glob("*.txt"))
# The eighth, added at the start of round 15, measured untouched, then opened after review 24.
FRESH7 = sorted((ROOT / "tests" / "generate" / "fresh7").glob("*.txt"))
# The ninth, added at the end of round 15, measured untouched, then opened after review 26.
FRESH8 = sorted((ROOT / "tests" / "generate" / "fresh8").glob("*.txt"))
# The tenth, added at the start of round 16 and measured untouched: no rule written for it.
FRESH9 = sorted((ROOT / "tests" / "generate" / "fresh9").glob("*.txt"))
FRESH10 = sorted((ROOT / "tests" / "generate" / "fresh10").glob("*.txt"))
# The twelfth, added at the start of round 18, measured untouched, then opened after review 33.
FRESH11 = sorted((ROOT / "tests" / "generate" / "fresh11").glob("*.txt"))
# The thirteenth, added at the start of round 19, measured untouched, then opened after review 38.
FRESH12 = sorted((ROOT / "tests" / "generate" / "fresh12").glob("*.txt"))
# The fourteenth, added at the start of round 20, measured untouched, then opened after review 41.
FRESH13 = sorted((ROOT / "tests" / "generate" / "fresh13").glob("*.txt"))
# The fifteenth, added at the start of round 21, measured untouched, then opened after review 44.
FRESH14 = sorted((ROOT / "tests" / "generate" / "fresh14").glob("*.txt"))
# The sixteenth, added at the start of round 22, measured untouched, then opened after review 47.
FRESH15 = sorted((ROOT / "tests" / "generate" / "fresh15").glob("*.txt"))
# The seventeenth, added at the start of round 23, measured untouched, then opened after review 50.
FRESH16 = sorted((ROOT / "tests" / "generate" / "fresh16").glob("*.txt"))
# The eighteenth, added at the start of round 24, measured untouched, then opened after review 53.
FRESH17 = sorted((ROOT / "tests" / "generate" / "fresh17").glob("*.txt"))
# The nineteenth, added at the start of round 25, measured untouched, then opened after review 58.
FRESH18 = sorted((ROOT / "tests" / "generate" / "fresh18").glob("*.txt"))
# The twentieth, added at the start of round 26, measured untouched, then opened after review 61.
FRESH19 = sorted((ROOT / "tests" / "generate" / "fresh19").glob("*.txt"))
# The twenty-first, added at the start of round 27, measured untouched, then opened after review 64.
FRESH20 = sorted((ROOT / "tests" / "generate" / "fresh20").glob("*.txt"))
# The twenty-second, added at the start of round 28, measured untouched, opened after review 67.
FRESH21 = sorted((ROOT / "tests" / "generate" / "fresh21").glob("*.txt"))
# The twenty-third, added at the start of round 29, measured untouched, opened after review 70.
FRESH22 = sorted((ROOT / "tests" / "generate" / "fresh22").glob("*.txt"))
# The twenty-fourth, added at the start of round 30, measured untouched, opened after review 73.
FRESH23 = sorted((ROOT / "tests" / "generate" / "fresh23").glob("*.txt"))
# The twenty-fifth, added at the start of round 31, measured untouched, opened after review 76.
FRESH24 = sorted((ROOT / "tests" / "generate" / "fresh24").glob("*.txt"))
# The twenty-sixth, added at the start of round 32, measured untouched, opened after review 79.
FRESH25 = sorted((ROOT / "tests" / "generate" / "fresh25").glob("*.txt"))
# The twenty-seventh, added at the start of round 33, measured untouched, opened after review 82.
FRESH26 = sorted((ROOT / "tests" / "generate" / "fresh26").glob("*.txt"))
# The twenty-eighth, added at the start of round 34, measured untouched, opened after review 85.
FRESH27 = sorted((ROOT / "tests" / "generate" / "fresh27").glob("*.txt"))
# The twenty-ninth, added at the start of round 35, measured untouched, opened after review 88.
FRESH28 = sorted((ROOT / "tests" / "generate" / "fresh28").glob("*.txt"))
# The thirtieth, added at the start of round 36, measured untouched, opened after review 91.
FRESH29 = sorted((ROOT / "tests" / "generate" / "fresh29").glob("*.txt"))

SEED_TARGET = 45  # the target for the seed article; others: one question per 60 words

# Name swaps applied round by round so each copy of an article reads as a new story.
VARIATIONS: tuple[dict[str, str], ...] = (
    {},
    {"Xi Jinping": "Li Wei", "President Xi": "President Li", "Putin": "Tokayev",
     "Riverton": "Lakeside", "Ruiz": "Moreno", "Aurora": "Borealis", "Shanghai": "Tianjin"},
    {"Xi Jinping": "Zhang Min", "President Xi": "President Zhang", "Dushanbe": "Bishkek",
     "Riverton": "Fairhaven", "Okafor": "Mensah", "Watanabe": "Sato", "Kazakhstan": "Mongolia"},
    {"Xi Jinping": "Chen Hao", "President Xi": "President Chen", "Qingdao": "Xiamen",
     "Riverton": "Brookfield", "Millbrook": "Elmwood", "Darmstadt": "Toulouse"},
    {"Xi Jinping": "Wang Tao", "President Xi": "President Wang", "Tajikistan": "Kyrgyzstan",
     "Riverton": "Cedar Falls", "Lindqvist": "Berg", "Kourou": "Baikonur"},
)  # fmt: skip


def _vary(text: str, swaps: dict[str, str]) -> str:
    """Apply one round of name swaps to a text."""
    for old, new in swaps.items():
        text = text.replace(old, new)
    return text


def long_article(factor: int = 10) -> str:
    """Build an article about `factor` times the seed's length from varied copies."""
    seed = SEED.read_text(encoding="utf-8")
    sources = [seed] + [path.read_text(encoding="utf-8") for path in FIXTURES]
    target = len(seed.split()) * factor
    parts: list[str] = []
    words = 0
    round_ = 0
    while words < target:
        swaps = VARIATIONS[round_ % len(VARIATIONS)]
        for source in sources:
            if words >= target:
                break
            text = _vary(source, swaps)
            if round_ >= len(VARIATIONS):
                # Past the named variations, shift the years so facts differ too.
                text = text.replace("2021", str(2021 + round_)).replace("2024", str(2024 + round_))
            parts.append(text)
            words += len(text.split())
        round_ += 1
    return "\n\n".join(parts)


def _best_time(text: str, repeats: int) -> tuple[float, int]:
    """Return the best wall time of several runs and the number of questions generated."""
    best = float("inf")
    count = 0
    for _ in range(repeats):
        start = time.perf_counter()
        result = generate(text, slug="bench", title="Bench")
        best = min(best, time.perf_counter() - start)
        count = len(result.qset.questions)
    return best, count


def _timed_row(slug: str, text: str) -> tuple[dict[str, Any], QuestionSet]:
    """Generate one article once: its row (questions, % wh, time) and its quiz (empty when
    the article is refused)."""
    words = len(text.split())
    start = time.perf_counter()
    try:
        result = generate(text, slug="bench", title="Bench")
        qset, wh = result.qset, result.wh_share
    except GenerationError:
        qset, wh = QuestionSet(slug="bench", title="Bench", questions=()), 0.0
    seconds = time.perf_counter() - start
    return {
        "slug": slug, "words": words, "questions": len(qset.questions),
        "needed": min(60, -(-words // 60)), "wh_share": round(wh, 3),
        "seconds": round(seconds, 3),
    }, qset  # fmt: skip


def _gold_row(article: Article) -> dict[str, Any]:
    """Generate one gold-listed article once: its row with the share of gold facts covered."""
    row, qset = _timed_row(article.slug, article.path.read_text(encoding="utf-8"))
    hits = covered(article, qset)
    return {**row, "coverage": round(sum(hits) / len(hits), 3), "facts": len(hits)}


def corpus_rows() -> list[dict[str, Any]]:
    """Generate every gold-listed article once; report questions, % wh, coverage and time."""
    rows = [_gold_row(article) for article in [load_gold(SEED_GOLD), *corpus()]]
    rows[0]["needed"] = SEED_TARGET
    return rows


def heldout_rows(paths: Sequence[Path] = HELDOUT) -> list[dict[str, Any]]:
    """Generate every held-out article once; report questions, % wh, time, and the gold
    coverage of those with a gold file."""
    rows = []
    for path in paths:
        gold = path.with_name(f"{path.stem}.gold.yaml")
        if gold.is_file():
            rows.append(_gold_row(load_gold(gold)))
        else:
            rows.append(_timed_row(path.stem, path.read_text(encoding="utf-8"))[0])
    return rows


def _cli_peak_rss(text: str) -> float:
    """Run `quizbot generate` on a text in a child process; return its peak RSS in MiB."""
    with tempfile.TemporaryDirectory() as folder:
        article = Path(folder) / "article.txt"
        article.write_text(text, encoding="utf-8")
        subprocess.run(
            [sys.executable, "-c", "from bot.cli import main; main()", "generate", str(article),
             "-o", str(Path(folder) / "out.yaml")],
            cwd=ROOT, capture_output=True, check=True, timeout=300,
        )  # fmt: skip
    return round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)


def run(quick: bool = False) -> dict[str, Any]:
    """Time the model load, the corpus, the seed, a 10x article and a 1 MB one-sentence text."""
    from questions.generate.nlp import load_nlp

    # First, while this process is small: a child forked from a large parent counts the
    # parent's pages in its peak until it execs.
    cli_rss = _cli_peak_rss(long_article(10))
    start = time.perf_counter()
    load_nlp()
    load_seconds = time.perf_counter() - start
    seed = SEED.read_text(encoding="utf-8")
    rows = corpus_rows()
    repeats = 1 if quick else 3
    seed_time, seed_questions = _best_time(seed, repeats)
    long_text = long_article(10)
    long_time, long_questions = _best_time(long_text, repeats)
    giant = ("The committee met in Geneva on June 15, 2001 and " * 20_000)[:999_000] + "."
    start = time.perf_counter()
    with contextlib.suppress(GenerationError):
        generate(giant, slug="giant", title="Giant")
    giant_seconds = time.perf_counter() - start
    return {
        "load_seconds": round(load_seconds, 3),
        "corpus": rows,
        "heldout": heldout_rows(),
        "fresh": heldout_rows(FRESH),
        "fresh2": heldout_rows(FRESH2),
        "fresh3": heldout_rows(FRESH3),
        "fresh4": heldout_rows(FRESH4),
        "fresh5": heldout_rows(FRESH5),
        "fresh6": heldout_rows(FRESH6),
        "fresh7": heldout_rows(FRESH7),
        "fresh8": heldout_rows(FRESH8),
        "fresh9": heldout_rows(FRESH9),
        "fresh10": heldout_rows(FRESH10),
        "fresh11": heldout_rows(FRESH11),
        "fresh12": heldout_rows(FRESH12),
        "fresh13": heldout_rows(FRESH13),
        "fresh14": heldout_rows(FRESH14),
        "fresh15": heldout_rows(FRESH15),
        "fresh16": heldout_rows(FRESH16),
        "fresh17": heldout_rows(FRESH17),
        "fresh18": heldout_rows(FRESH18),
        "fresh19": heldout_rows(FRESH19),
        "fresh20": heldout_rows(FRESH20),
        "fresh21": heldout_rows(FRESH21),
        "fresh22": heldout_rows(FRESH22),
        "fresh23": heldout_rows(FRESH23),
        "fresh24": heldout_rows(FRESH24),
        "fresh25": heldout_rows(FRESH25),
        "fresh26": heldout_rows(FRESH26),
        "fresh27": heldout_rows(FRESH27),
        "fresh28": heldout_rows(FRESH28),
        "fresh29": heldout_rows(FRESH29),
        "seed_seconds": round(seed_time, 4),
        "seed_words": len(seed.split()),
        "seed_questions": seed_questions,
        "long_seconds": round(long_time, 4),
        "long_words": len(long_text.split()),
        "long_questions": long_questions,
        "ratio_long_to_seed": round(long_time / seed_time, 2),
        "giant_seconds": round(giant_seconds, 2),
        "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "cli_peak_rss_mib": cli_rss,
    }


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
