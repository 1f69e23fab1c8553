"""Run every benchmark, print one table and write bench-results.json.

Usage: ``python -m tests.bench [--quick] [--out FILE] [--only SECTION ...]``

Sections, in the order they run:

* ``generate`` - tests/bench/generate.py: the corpus (questions, % wh, gold coverage,
  time), the seed, one ten times longer, a 1 MB one-sentence text, peak memory;
* ``daily`` - tests/bench_daily.py (when present): one broadcast to 10,000 subscribers at
  R = 30/s (Telegram's limit and the bot's default SEND_RATE_PER_SECOND; ``--daily-rate``);
* ``broadcast`` - the same broadcast at R = 1,000/s (Telegram's paid-broadcast rate;
  ``--broadcast-rate``);
* ``leaderboard`` - tests/bench/leaderboard.py: 10,000 vs 1,000,000 players (the large database
  is kept for the next section);
* ``poll_burst`` - tests/bench/poll_burst.py: 10,000 votes on one group poll at once, time
  until all are scored, exactly-once checks and the group board;
* ``workers`` - tests/bench/workers.py (with ``--postgres-url``): ``quizbot run --webhook``
  with 2 workers against 1 on the same PostgreSQL, answers/s, lost and duplicated;
* ``report`` - tests/bench/item_report.py: item analysis of a 50-question set with 100,000
  answers on SQLite, the results export and both charts;
* ``answer_path`` - tests/bench/answer_path.py: simulated users against ``quizbot run`` (on the
  large database) and a minimal PTB bot, side by side; it also gives quizbot's peak RSS.

``--quick`` shrinks everything (1k/100k players, 20 users for 10 s, 1k subscribers) to run in
a few minutes. The machine is shared and noisy: ratios measured in the same run are what count.
The generator and daily sections run in their own Python process, so a failure there (or a
module that is being edited) costs one row of the table, not the run.
"""

from __future__ import annotations

import argparse
import functools
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.bench.report import (
    ROOT,
    build_rows,
    describe_machine,
    machine_info,
    markdown_table,
)

SECTIONS = (
    "generate",
    "daily",
    "broadcast",
    "leaderboard",
    "answer_path",
    "poll_burst",
    "workers",
    "report",
)
# Where each external benchmark may live (moved into tests/bench/ or still beside it).
EXTERNAL = {
    "generate": ("tests.bench.generate",),
    "daily": ("tests.bench.daily", "tests.bench_daily"),
    "broadcast": ("tests.bench.daily", "tests.bench_daily"),
}


def log(message: str) -> None:
    """Print a progress line on stderr."""
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def find_module(candidates: tuple[str, ...]) -> str | None:
    """Return the first of the module names that exists, without importing it."""
    for name in candidates:
        try:
            if importlib.util.find_spec(name) is not None:
                return name
        except ImportError:
            continue
    return None


def run_external(
    module: str, quick: bool, timeout: float, options: dict[str, Any] | None = None
) -> dict[str, Any]:
    """Run `module.run(quick, **options)` in a fresh Python process; return its JSON result."""
    call = f"run({quick!r}, **{options or {}!r})"
    code = f"import json\nfrom {module} import run\nprint('\\n' + json.dumps({call}))\n"
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if done.returncode != 0:
        tail = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no output"]
        raise RuntimeError(f"{module} exited {done.returncode}: {tail[0]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def section(name: str, action: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    """Run one section; keep its result, its time, and its error instead of stopping."""
    log(f"{name}: starting")
    started = time.perf_counter()
    try:
        result: dict[str, Any] | None = action()
        error = None
    except Exception as exc:  # one broken section must not lose the others
        result = None
        error = f"{type(exc).__name__}: {exc}".splitlines()[0][:300]
        log(f"{name}: failed: {error}\n{traceback.format_exc(limit=5)}")
    seconds = round(time.perf_counter() - started, 1)
    log(f"{name}: done in {seconds} s")
    return {"result": result, "error": error, "seconds": seconds}


def run_all(args: argparse.Namespace) -> dict[str, Any]:
    """Run the chosen sections and collect everything bench-results.json holds."""
    from tests.bench import answer_path, item_report, leaderboard

    quick: bool = args.quick
    only = set(args.only or SECTIONS)
    sections: dict[str, dict[str, Any]] = {}
    started = time.perf_counter()
    machine = machine_info()
    rates = {"daily": args.daily_rate, "broadcast": args.broadcast_rate}
    for name in ("generate", "daily", "broadcast"):
        if name not in only:
            continue
        module = find_module(EXTERNAL[name])
        if module is None:
            sections[name] = {"result": None, "error": None, "skipped": "module not found"}
            log(f"{name}: not available (no {' or '.join(EXTERNAL[name])})")
            continue
        timeout = 300.0 if quick else 900.0
        options = {"rate": rates[name]} if rates.get(name) else None
        sections[name] = section(
            name, functools.partial(run_external, module, quick, timeout, options)
        )
        sections[name]["options"] = options
        sections[name]["module"] = module
    with tempfile.TemporaryDirectory(prefix="quizbot-bench-") as folder:
        large = Path(folder) / "large.db"
        if "leaderboard" in only:
            sections["leaderboard"] = section(
                "leaderboard", lambda: leaderboard.run(quick, keep=large)
            )
        if "answer_path" in only:
            players = args.players
            if players is None:
                players = 100_000 if quick else 1_000_000
            kept = large.exists() and sections.get("leaderboard", {}).get("result") is not None
            if kept:
                players = sections["leaderboard"]["result"]["large_users"]
            sections["answer_path"] = section(
                "answer_path",
                lambda: answer_path.run(
                    quick,
                    database=large if kept else None,
                    players=players,
                    users=args.users,
                    seconds=args.seconds,
                    send_rate=args.send_rate,
                ),
            )
    if "poll_burst" in only:
        from tests.bench import poll_burst

        sections["poll_burst"] = section("poll_burst", lambda: poll_burst.run(quick))
    if "workers" in only:
        if args.postgres_url:
            from tests.bench import workers

            sections["workers"] = section(
                "workers", lambda: workers.run(quick, database_url=args.postgres_url)
            )
        else:
            sections["workers"] = {"result": None, "error": None, "skipped": "no --postgres-url"}
    if "report" in only:
        sections["report"] = section("report", lambda: item_report.run(quick))
    machine["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    rows = build_rows(sections)
    return {
        "command": "python -m tests.bench" + (" --quick" if quick else ""),
        "quick": quick,
        "machine": machine,
        "total_seconds": round(time.perf_counter() - started, 1),
        "table": [row.as_dict() for row in rows],
        "table_markdown": markdown_table(rows),
        "sections": sections,
    }


def main(argv: list[str] | None = None) -> int:
    """Parse the arguments, run, print the table and write the JSON file."""
    parser = argparse.ArgumentParser(
        prog="python -m tests.bench", description=(__doc__ or "").splitlines()[0]
    )
    parser.add_argument("--quick", action="store_true", help="small sizes, a few minutes")
    parser.add_argument("--out", type=Path, default=Path("bench-results.json"))
    parser.add_argument("--only", nargs="+", choices=SECTIONS, help="run only these sections")
    parser.add_argument("--users", type=int, help="answer path: simulated users")
    parser.add_argument("--seconds", type=float, help="answer path: measured seconds per bot")
    parser.add_argument(
        "--players", type=int, help="answer path without leaderboard: DB size (0: empty DB)"
    )
    parser.add_argument(
        "--daily-rate",
        type=float,
        default=30.0,
        help="daily: the rate limit R (default 30/s: Telegram's limit, the bot's default"
        " SEND_RATE_PER_SECOND; 0 = bench_daily's own default)",
    )
    parser.add_argument(
        "--broadcast-rate",
        type=float,
        default=1000.0,
        help="broadcast: the rate limit R (default 1,000/s: Telegram's paid broadcasts)",
    )
    parser.add_argument(
        "--send-rate",
        type=float,
        default=100_000.0,
        help="SEND_RATE_PER_SECOND of both bots in the answer path (default: never binding)",
    )
    parser.add_argument(
        "--postgres-url",
        help="workers: an empty PostgreSQL database to use (its public schema is recreated)",
    )
    args = parser.parse_args(argv)
    results = run_all(args)
    args.out.write_text(json.dumps(results, indent=2, default=str) + "\n", encoding="utf-8")
    print(f"Machine: {describe_machine(results['machine'])}")
    print(f"Command: {results['command']}  ({results['total_seconds']} s)")
    print()
    print(results["table_markdown"])
    print()
    print(f"Raw figures: {args.out.resolve()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
