"""Writing the project's own formats: canonical YAML and JSON of one structure."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

import yaml

from questions.schema import Question, QuestionSet


class _SetDumper(yaml.SafeDumper):
    """The safe dumper, with strings holding NEL/LS/PS always double-quoted (escaped).

    PyYAML writes those line breaks raw in single-quoted scalars, where a NEL reads back as a
    space.
    """


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = '"' if any(ch in value for ch in "\x85\u2028\u2029") else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_SetDumper.add_representer(str, _represent_str)


def dump_yaml(qset: QuestionSet) -> str:
    """Write a set as canonical YAML that `read` turns back into the same set."""
    return "".join(iter_yaml(qset, qset.questions))


def iter_yaml(qset: QuestionSet, questions: Iterable[Question]) -> Iterator[str]:
    """Write a set as canonical YAML piece by piece: the set's fields, then one question at a
    time (an export of 70,000 questions never holds them all)."""
    head: dict[str, Any] = {"slug": qset.slug, "title": qset.title}
    if qset.source:
        head["source"] = qset.source
    if qset.language:
        head["language"] = qset.language
    if qset.article_hash:
        head["article_hash"] = qset.article_hash
    yield _dump(head)
    yield "questions:"
    batch: list[dict[str, Any]] = []
    written = False
    for q in questions:
        batch.append(_item(q))
        if len(batch) == YAML_BATCH:
            # A block sequence under a mapping key is written unindented, so items dumped a
            # batch at a time read exactly as they would inside the whole document.
            yield ("" if written else "\n") + _dump(batch)
            batch, written = [], True
    if batch:
        yield ("" if written else "\n") + _dump(batch)
    elif not written:
        yield " []\n"


# Questions dumped per call: one call per question spends most of its time setting up.
YAML_BATCH = 500


def _item(q: Question) -> dict[str, Any]:
    """Return one question as the YAML format writes it."""
    item: dict[str, Any] = {}
    if q.id:
        item["id"] = q.id
    item["text"] = q.text
    item["options"] = list(q.options)
    # The answer is written as its text: readable, and robust to reordering options.
    item["answer"] = q.correct_option
    if q.explanation:
        item["explanation"] = q.explanation
    if q.source:
        item["source"] = q.source
    if q.tags:
        item["tags"] = list(q.tags)
    return item


def _dump(data: Any) -> str:
    """Dump one piece of a set file in the canonical style."""
    return yaml.dump(data, Dumper=_SetDumper, sort_keys=False, allow_unicode=True, width=100)


def dump_json(qset: QuestionSet) -> str:
    """Write a set as JSON in the same structure as the YAML format."""
    return json.dumps(yaml.safe_load(dump_yaml(qset)), ensure_ascii=False, indent=2) + "\n"
