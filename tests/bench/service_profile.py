"""Where the database time of one answer goes: the quiz service timed function by function.

One "cycle" is what the bot does for a user between two presses: pick and record the next
question (``next_question``), remember its message id (``attach_message``), judge the answer
(``answer``). The cycle runs in-process (no Telegram, no event loop) on a given database, with
timers wrapped around the service's methods and the data-access functions it calls; the
figures are inclusive mean milliseconds per cycle. Nested rows are part of their parent.

Run: ``python -m tests.bench.service_profile [--players N] [--cycles C]``.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import random
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

# What to time, as "module:attribute" or "module:Class.attribute"; names the code does not
# have (any more, or yet) are skipped, so the list covers the code before and after changes.
TIMED = (
    "bot.service.quiz:QuizService.next_question",
    "bot.service.quiz:QuizService._register",
    "bot.service.quiz:touch_chat",
    "bot.service.answers:touch_chat",  # since the split of quiz.py
    "bot.service.quiz:QuizService._active_set",
    "bot.service.quiz:live_questions",
    "bot.service.quiz:live_question_sources",
    "bot.service.quiz:QuizService._pick",
    "bot.service.quiz:review_queue",
    "bot.service.quiz:create_delivery",
    "bot.service.quiz:QuizService.attach_message",
    "bot.service.quiz:QuizService.answer",
    "bot.service.quiz:answer_context",
    "bot.service.answers:answer_context",  # since the split of quiz.py
    "bot.service.quiz:touch_user",
    "bot.service.answers:touch_user",  # since the split of quiz.py
    "bot.service.quiz:record_answer",
    "bot.service.answers:record_answer",  # since the split of quiz.py
    "bot.service.quiz:QuizService._schedule_review",
    "sqlalchemy.orm:Session.get",
    "sqlalchemy.orm:Session.commit",
)


def _resolve(target: str) -> tuple[Any, str] | None:
    """Return (object holding the attribute, attribute name), or None if there is none."""
    import importlib

    module_name, _, path = target.partition(":")
    owner: Any = importlib.import_module(module_name)
    *parents, name = path.split(".")
    for parent in parents:
        owner = getattr(owner, parent)
    return (owner, name) if hasattr(owner, name) else None


@contextlib.contextmanager
def timers(targets: tuple[str, ...]) -> Iterator[dict[str, list[float]]]:
    """Wrap each target with a timer while the block runs; yield name -> durations (s)."""
    spent: dict[str, list[float]] = defaultdict(list)
    originals: list[tuple[Any, str, Any]] = []
    for target in targets:
        found = _resolve(target)
        if found is None:
            continue
        owner, name = found
        if isinstance(owner, type):
            # An inherited method (QuizService's from the Answering mixin) is timed where defined.
            owner = next(k for k in owner.__mro__ if name in k.__dict__)
        original = owner.__dict__[name] if isinstance(owner, type) else getattr(owner, name)
        if isinstance(original, staticmethod | classmethod):
            continue
        label = target.split(":", 1)[1]

        def wrap(func: Callable[..., Any], label: str = label) -> Callable[..., Any]:
            @functools.wraps(func)
            def timed(*args: Any, **kwargs: Any) -> Any:
                start = time.perf_counter()
                try:
                    return func(*args, **kwargs)
                finally:
                    spent[label].append(time.perf_counter() - start)

            return timed

        setattr(owner, name, wrap(original))
        originals.append((owner, name, original))
    try:
        yield spent
    finally:
        for owner, name, original in reversed(originals):
            setattr(owner, name, original)


def breakdown(
    database_url: str, *, first_user: int, users: int = 50, cycles: int = 300
) -> dict[str, Any]:
    """Run `cycles` next-question/attach/answer cycles and return mean ms per cycle by function."""
    from bot.service.quiz import QuizService
    from bot.service.types import Place, Player, ShownQuestion, Trigger
    from db.engine import make_engine

    engine = make_engine(database_url)
    quiz = QuizService(engine, rng=random.Random(5))
    rng = random.Random(11)

    def cycle(i: int) -> None:
        user = first_user + i % users
        player = Player(user, f"Player {user}")
        shown = quiz.next_question(Place(user), player, trigger=Trigger.NEXT)
        assert isinstance(shown, ShownQuestion)
        quiz.attach_message(shown.delivery_id, 10_000 + i)
        quiz.answer(shown.delivery_id, player, rng.randrange(len(shown.options)))

    for i in range(min(50, cycles)):  # warm caches: statements, pages, the ORM's mappers
        cycle(i)
    with timers(TIMED) as spent:
        started = time.perf_counter()
        for i in range(cycles):
            cycle(i)
        total = time.perf_counter() - started
    engine.dispose()
    per_cycle = {
        label: round(1000 * sum(spent[label]) / cycles, 3)
        for label in (t.split(":", 1)[1] for t in TIMED)
        if label in spent
    }
    return {
        "cycles": cycles,
        "cycle_ms": round(1000 * total / cycles, 3),
        "ms_per_cycle": per_cycle,
        "commits_per_cycle": round(len(spent.get("Session.commit", [])) / cycles, 2),
    }


def main() -> None:
    """Fill (or reuse) a database and print the breakdown as JSON."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--players", type=int, default=10_000)
    parser.add_argument("--cycles", type=int, default=300)
    parser.add_argument("--users", type=int, default=50, help="few users reach the reviews")
    parser.add_argument("--database", type=Path, help="use this SQLite file (it is modified)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="quizbot-bench-") as folder:
        path = args.database
        if path is None:
            from tests.bench.leaderboard import fill

            path = Path(folder) / "profile.db"
            fill(path, args.players)
        result = breakdown(
            f"sqlite:///{path}", first_user=args.players // 2, users=args.users, cycles=args.cycles
        )
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
