"""Checks every generated set must pass, shared by the seed and fixture-article tests."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from questions.formats import dump_yaml, read_bytes
from questions.generate.filters import (
    answer_in_stem,
    distractor_in_source,
    duplicate_options,
    grammar_problem,
    similar,
    telegram_limits,
)
from questions.schema import QuestionSet, normalise

ROOT = Path(__file__).resolve().parents[2]
SEED_PATH = ROOT / "questions" / "articles" / "sco-summit-2021.txt"
SET_PATH = ROOT / "questions" / "sets" / "sco-summit-2021.yaml"
FIXTURE_PATHS = sorted((Path(__file__).parent / "articles").glob("*.txt"))


def supported(answer: str, source: str) -> bool:
    """Tell whether the source states the answer verbatim (a date may gain its year)."""
    if normalise(answer) in normalise(source):
        return True
    bare = re.sub(r",? \d{4}$", "", answer)
    return bare != answer and normalise(bare) in normalise(source)


def structural_problems(qset: QuestionSet) -> list[str]:
    """Return every way a set breaks the generator's rules (empty when it is fine)."""
    problems: list[str] = []
    for number, q in enumerate(qset.questions, start=1):
        answer = q.correct_option
        where = f"question {number} ({q.text[:50]}…)"
        if not 3 <= len(q.options) <= 4:
            problems.append(f"{where}: {len(q.options)} options")
        if q.source is None or not supported(answer, q.source):
            problems.append(f"{where}: answer {answer!r} not in its source")
        for reason in (
            answer_in_stem(q.text, answer),
            distractor_in_source(q.source or "", q.options, answer),
            duplicate_options(q.options),
            telegram_limits(q.text, q.options, q.answer, q.explanation),
            grammar_problem(q.text, q.options),
        ):
            if reason:
                problems.append(f"{where}: {reason}")
        if not q.explanation or not q.explanation.startswith("The article:"):
            problems.append(f"{where}: no explanation")
        if not q.tags or not q.id:
            problems.append(f"{where}: no tags or id")
    ids = Counter(q.id for q in qset.questions)
    problems.extend(f"id {i} repeats" for i, n in ids.items() if n > 1)
    facts = Counter(
        (normalise(q.source or ""), normalise(q.correct_option)) for q in qset.questions
    )
    problems.extend(f"fact {f} asked twice" for f, n in facts.items() if n > 1)
    for i, a in enumerate(qset.questions):
        for b in qset.questions[i + 1 :]:
            same_answer = normalise(a.correct_option) == normalise(b.correct_option)
            if same_answer and similar(a.text, b.text) >= 90:
                problems.append(f"near-duplicates: {a.text!r} / {b.text!r}")
    read_bytes(dump_yaml(qset).encode(), "x.yaml")  # raises if the set does not load
    return problems


def kinds(qset: QuestionSet) -> Counter[str]:
    """Count questions by the kind of their answer (their first tag)."""
    return Counter(q.tags[0] for q in qset.questions)
