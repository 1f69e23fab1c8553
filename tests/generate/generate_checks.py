"""Checks every generated set must pass, shared by the seed and corpus tests."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from questions.formats import dump_yaml, read_bytes
from questions.generate.acronyms import initials
from questions.generate.facts import Fact, sentence_facts
from questions.generate.filters import answer_in_stem, duplicate_options, telegram_limits
from questions.schema import QuestionSet, normalise

ROOT = Path(__file__).resolve().parents[2]
SEED_PATH = ROOT / "questions" / "articles" / "sco-summit-2021.txt"
SET_PATH = ROOT / "questions" / "sets" / "sco-summit-2021.yaml"


def bare_fact(text: str, kind: str, subtype: str = "", label: str = "ORG") -> Fact:
    """Build a fact that is not tied to a parse (options are judged by its text and kind)."""
    return Fact(0, 0, 0, text, label, kind, subtype, "")


def sentence_fact(nlp: Any, text: str, answer: str) -> tuple[Any, Fact]:
    """Return a one-sentence text's sentence and its fact whose text is `answer`."""
    sentence = next(nlp(text).sents)
    return sentence, next(f for f in sentence_facts(sentence, 0) if f.text == answer)


def staged_facts(
    nlp: Any, text: str, stage: Callable[[list[list[Fact]], Sequence[Any]], list[list[Fact]]]
) -> list[Fact]:
    """Return the facts of a small text after one article-level stage, in reading order."""
    sentences = list(nlp(text).sents)
    found = stage([sentence_facts(s, n) for n, s in enumerate(sentences)], sentences)
    return [f for facts in found for f in facts]


def _said_in(answer: str, source: str, person: bool = False) -> bool:
    """Tell whether the source sentence says the key, in full or as the short form the key
    spells out: its acronym ("JSC" for "Johnson Space Center") or surname ("Wilkins"), or a
    `person`'s first name ("Thomas' sister" of the key "Thomas Sam")."""
    first = [answer.split()[0]] if person else []
    return any(form in source for form in (answer, initials(answer), answer.split()[-1], *first))


def structural_problems(qset: QuestionSet, article: str) -> list[str]:
    """Return every way a set breaks the generator's rules (empty when it is fine)."""
    problems: list[str] = []
    for number, q in enumerate(qset.questions, start=1):
        answer = q.correct_option
        where = f"question {number} ({q.text[:50]}…)"
        if not 3 <= len(q.options) <= 4:
            problems.append(f"{where}: {len(q.options)} options")
        stated = q.source is not None and _said_in(answer, q.source, "person" in q.tags)
        if not stated or answer not in article:
            problems.append(f"{where}: key {answer!r} is not in the article")
        for reason in (
            answer_in_stem(q.text, answer),
            duplicate_options(q.options),
            telegram_limits(q.text, q.options, q.explanation),
        ):
            if reason:
                problems.append(f"{where}: {reason}")
        said = normalise(q.source or "")  # whole words: "STS-1" is not said by "STS-133"
        if any(re.search(rf"(?<!\w){re.escape(normalise(o))}(?!\w)", said)
               for o in q.options if o != answer):  # fmt: skip
            problems.append(f"{where}: a distractor is stated in the source sentence")
        if q.tags[0] not in ("wh", "cloze") or not any(t.startswith("rule:") for t in q.tags):
            problems.append(f"{where}: tags {q.tags}")
    ids = Counter(q.id for q in qset.questions)
    problems.extend(f"id {i} repeats" for i, n in ids.items() if n > 1)
    per_source = Counter(normalise(q.source or "") for q in qset.questions)
    problems.extend(f"{n} questions from one sentence" for n in per_source.values() if n > 2)
    clozes = sum(q.tags[0] == "cloze" for q in qset.questions)
    if clozes * 2 > len(qset.questions):
        problems.append(f"{clozes} of {len(qset.questions)} are one-blank sentences")
    read_bytes(dump_yaml(qset).encode(), "x.yaml")  # raises if the set does not load
    return problems


def asked_wh(nlp: Any, text: str, answer: str) -> tuple[str | None, str]:
    """Write the wh-question whose key is `answer` in a one-sentence text, and why not."""
    from questions.generate.write import wh_question

    sentence = next(nlp(text).sents)
    fact = next(f for f in sentence_facts(sentence, 0) if f.text == answer)
    stem, why = wh_question(sentence, fact, {})
    return (stem.text if stem else None), why


def key_and_options(qset: QuestionSet, line: str) -> tuple[str, list[str]]:
    """Return the key and the sorted options of the question whose last line is `line`."""
    question = next(q for q in qset.questions if q.text.splitlines()[-1] == line)
    return question.options[question.answer], sorted(question.options)


def written_keys(text: str, monkeypatch: Any, title: str, slug: str = "made-up") -> dict[str, str]:
    """Return every question written for an article (chosen or not), by its last line, with
    its key; `monkeypatch` (pytest's) watches the pipeline write them."""
    return {
        line: options[0]
        for line, options in written_options(text, monkeypatch, title, slug).items()
    }


def written_options(
    text: str, monkeypatch: Any, title: str, slug: str = "made-up"
) -> dict[str, tuple[str, ...]]:
    """Return every question written for an article (chosen or not), by its last line, with
    its options, key first; `monkeypatch` (pytest's) watches the pipeline write them."""
    import questions.generate.pipeline as pipeline

    written: dict[str, tuple[str, ...]] = {}
    write = pipeline.write_candidate

    def keep(*args: Any, **kwargs: Any) -> Any:
        candidate = write(*args, **kwargs)
        if candidate is not None:
            key = candidate.options[candidate.answer]
            others = tuple(o for o in candidate.options if o != key)
            written[candidate.stem.text.split("\n")[-1]] = (key, *others)
        return candidate

    monkeypatch.setattr(pipeline, "write_candidate", keep)
    pipeline.generate(text, slug=slug, title=title)
    return written
