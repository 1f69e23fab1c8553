"""Make quizzes from articles in a worker process that keeps the language model warm.

The language model and its word lists take about 300 MB. Loaded in the bot, they would stay for
the bot's whole life after one upload. A worker process loads them with its first article,
answers the articles that follow at once, and exits after `idle_seconds` without work, which
gives the memory back. The bot process itself never imports the generator's libraries.
"""

from __future__ import annotations

import threading
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing import get_context
from typing import Any

from questions.schema import QuestionSet


@dataclass(frozen=True)
class MadeQuiz:
    """What the generator hands back: the set and its one-line quality summary (picklable)."""

    qset: QuestionSet
    summary: str


def make_quiz(text: str, **options: Any) -> MadeQuiz:
    """Make a quiz from an article in this process (loads the language model on first use)."""
    from questions.generate import generate

    result = generate(text, **options)
    return MadeQuiz(result.qset, result.summary())


class GeneratorProcess:
    """One worker process for the generator, started on demand and retired when idle."""

    def __init__(self, idle_seconds: float = 300.0) -> None:
        self.idle_seconds = idle_seconds
        self._lock = threading.Lock()
        self._pool: ProcessPoolExecutor | None = None
        self._busy = 0
        self._timer: threading.Timer | None = None

    @property
    def running(self) -> bool:
        """Return True while a worker process is alive (holding the model)."""
        return self._pool is not None

    def generate(self, text: str, **options: Any) -> MadeQuiz:
        """Generate a quiz in the worker; blocks the calling thread (never call it on the loop)."""
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            if self._pool is None:
                # spawn: the worker starts clean, without copies of the bot's threads and sockets.
                self._pool = ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn"))
            pool = self._pool
            self._busy += 1
        try:
            return pool.submit(make_quiz, text, **options).result()
        finally:
            with self._lock:
                self._busy -= 1
                if self._busy == 0 and self._pool is pool:
                    self._timer = threading.Timer(self.idle_seconds, self.retire_if_idle)
                    self._timer.daemon = True
                    self._timer.start()

    def retire_if_idle(self) -> bool:
        """Stop the worker if no article is being made; True when it was stopped."""
        with self._lock:
            if self._pool is None or self._busy:
                return False
            pool, self._pool = self._pool, None
        pool.shutdown(wait=True)
        return True

    def close(self) -> None:
        """Stop the worker now (at shutdown), abandoning an article still being made."""
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
