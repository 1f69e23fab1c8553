"""Other players' latency while an admin imports and exports a huge set (issue 17, item 7).

Usage: ``python -m tests.bench.big_import [--users N] [--questions N] [--code DIR]``.

`quizbot run` (a subprocess, SQLite) serves simulated players answering questions through the
fake Bot API, as in tests/bench/answer_path.py, while the admin uploads a CSV of
71,428 questions (just under the 1 MB upload limit) and then asks for ``/export`` of it. The
players' latencies (press -> edited answer, and "Next" -> new question) are reported for the
quiet time before, during the import and during the export, with the bot's peak RSS.
``--code DIR`` runs the bot from another checkout (e.g. the code before the fix) for comparison.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import tempfile
import time
from pathlib import Path
from typing import Any

from tests.bench.bench_bots import (
    BenchApi,
    Samples,
    bot_environment,
    quizbot_command,
    start_bot,
    stop_bot,
)
from tests.bench.memory import peak_rss_mib
from tests.bench.sim_users import latency_summary, play, setup_users

ADMIN = 9001
QUIET_SECONDS = 5.0


def big_csv(questions: int) -> bytes:
    """A CSV set of `questions` short, distinct questions."""
    lines = ["question,option_1,option_2,answer"]
    lines += [f"Q{n}?,a,b,1" for n in range(questions)]
    return ("\n".join(lines) + "\n").encode()


def window(samples: list[Samples], start: float, end: float) -> dict[str, Any]:
    """Summarize the players' latencies of actions started between `start` and `end`."""
    pairs = [
        pair
        for sample in samples
        for pair in sample.answers + sample.nexts
        if start <= pair[0] <= end
    ]
    return {"seconds": round(end - start, 2), "actions": len(pairs), **latency_summary(pairs)}


async def measure(users: int, questions: int, code: str | None) -> dict[str, Any]:
    """Run the scenario once and return its figures."""
    data = big_csv(questions)
    with tempfile.TemporaryDirectory(prefix="quizbot-big-") as folder:
        workdir = Path(folder)
        database_url = f"sqlite:///{workdir / 'bot.db'}"
        async with BenchApi() as api:
            env = bot_environment(api, database_url, send_rate=1000.0)
            env["ADMIN_IDS"] = str(ADMIN)
            if code:
                env["PYTHONPATH"] = os.pathsep.join([code, env["PYTHONPATH"]])
            bot = await start_bot("quizbot", quizbot_command(), api, env, workdir)
            try:
                await setup_users(bot, users)
                admin = api.user(ADMIN, "Admin")
                until = time.perf_counter() + 3600
                rng = random.Random(1)
                deadline = {"until": until}
                players = [
                    asyncio.ensure_future(play_until(bot, user, deadline, rng))
                    for user in bot.users
                ]
                quiet_start = time.perf_counter()
                await asyncio.sleep(QUIET_SECONDS)  # a benchmark's quiet window, not a test
                import_start = time.perf_counter()
                # Named to sort after the bundled set, so players keep playing theirs (the default
                # set is the first by slug): this measures the import and export, not a huge set
                # in play.
                await api.upload_document(admin, "zbig.csv", data)
                reply = await api.wait_for_message(
                    chat=admin,
                    predicate=lambda m: "added" in (m.text or "") or "❌" in (m.text or ""),
                    timeout=600,
                )
                import_end = time.perf_counter()
                export_start = time.perf_counter()
                await api.send_text(admin, "/export zbig")
                exported = await api.wait_for_message(
                    chat=admin, predicate=lambda m: m.kind == "document", timeout=600
                )
                export_end = time.perf_counter()
                deadline["until"] = time.perf_counter()
                samples = await asyncio.gather(*players)
                peak = peak_rss_mib(bot.process.pid)
            finally:
                await stop_bot(bot)
    assert exported.document is not None
    return {
        "code": code or "this checkout",
        "users": users,
        "questions": questions,
        "csv_bytes": len(data),
        "import_reply": (reply.text or "").splitlines()[:2],
        "export_bytes": exported.document.file_size,
        "quiet": window(samples, quiet_start, import_start),
        "import": window(samples, import_start, import_end),
        "export": window(samples, export_start, export_end),
        "timeouts": sum(s.timeouts for s in samples),
        "bot_peak_rss_mib": peak,
    }


async def play_until(
    bot: Any, user: Any, deadline: dict[str, float], rng: random.Random
) -> Samples:
    """Play in short rounds until the deadline moves to the past."""
    total = Samples()
    while time.perf_counter() < deadline["until"]:
        part = await play(bot, user, min(deadline["until"], time.perf_counter() + 1.0), rng)
        total.answers += part.answers
        total.nexts += part.nexts
        total.timeouts += part.timeouts
    return total


def main() -> None:
    """Parse the options, run, print JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--questions", type=int, default=71_428)
    parser.add_argument("--code", help="run the bot from this source folder instead")
    args = parser.parse_args()
    result = asyncio.run(measure(args.users, args.questions, args.code))
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
