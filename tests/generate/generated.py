"""Quizzes generated once per test run and shared by the tests that read the same one.

A corpus article takes a second or more to generate, and several test files read the quiz of
the same article made with the same arguments. Each is generated once a run: kept in memory,
and pickled for the other pytest-xdist workers, which wait on a lock for an article being
generated rather than generate it too. A result is frozen (a frozen dataclass holding a
frozen pydantic set of frozen questions, all in tuples): no test can change what another reads.
"""

from __future__ import annotations

import fcntl
import hashlib
import pickle
from pathlib import Path

from questions.generate import GenerationResult, generate
from tests.generate.coverage import CORPUS


def corpus_text(slug: str) -> str:
    """Return the text of a corpus article."""
    return (CORPUS / f"{slug}.txt").read_text(encoding="utf-8")


class SharedGenerations:
    """Generate a quiz at most once a test run, whichever worker asks for it first."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._memo: dict[str, GenerationResult] = {}

    def __call__(self, text: str, slug: str, title: str) -> GenerationResult:
        """Return the quiz of `text` made with these arguments."""
        key = hashlib.sha256("\0".join((text, slug, title)).encode()).hexdigest()
        if key not in self._memo:
            self._memo[key] = self._load_or_make(key, text, slug, title)
        return self._memo[key]

    def corpus(self, slug: str) -> GenerationResult:
        """Return the quiz of a corpus article, with its slug as slug and title."""
        return self(corpus_text(slug), slug, slug)

    def keyed(self, slug: str, key: str) -> list[tuple[str, list[str]]]:
        """Return each question of a corpus quiz whose key is `key`, with its options."""
        return [
            (q.text, list(q.options))
            for q in self.corpus(slug).qset.questions
            if q.correct_option == key
        ]

    def _load_or_make(self, key: str, text: str, slug: str, title: str) -> GenerationResult:
        """Read the result another worker pickled, or generate and pickle it, under a lock."""
        path = self.folder / f"{key}.pickle"
        with (self.folder / f"{key}.lock").open("w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
            if path.exists():
                result: GenerationResult = pickle.loads(path.read_bytes())
                return result
            result = generate(text, slug=slug, title=title)
            path.write_bytes(pickle.dumps(result))
            return result


def asked_options(result: GenerationResult) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Return each question's text (its last line) with its key and options."""
    return {
        q.text.splitlines()[-1]: (q.options[q.answer], q.options) for q in result.qset.questions
    }
