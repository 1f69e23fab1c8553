"""Measure every importer on normal and hostile input: seconds per 100 KB, at 100 KB and 1 MB.

Usage: ``python -m tests.bench.importers``. The goal (issue 17) is under 1 s per 100 KB of any
input; the 1 MB column (the upload limit) shows whether the work grows linearly.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable

from questions.drafts import SetFileInvalid
from questions.formats import MAX_FILE_BYTES, read_bytes

KB100 = 100_000


def _repeat(unit: str, size: int, head: str = "", tail: str = "") -> str:
    """Repeat `unit` to fill about `size` bytes between head and tail."""
    room = size - len((head + tail).encode())
    return head + unit * max(1, room // len(unit.encode())) + tail


def _numbered(unit: Callable[[int], str], size: int, head: str = "", tail: str = "") -> str:
    """Join unit(0), unit(1), … until about `size` bytes."""
    parts, used, number = [head], len(head.encode()) + len(tail.encode()), 0
    while True:
        piece = unit(number)
        if used + len(piece.encode()) > size:
            break
        parts.append(piece)
        used += len(piece.encode())
        number += 1
    return "".join(parts) + tail


HOSTILE_HTML = "<!--" + "<a " * 40  # an unclosed comment, then unclosed tags

XML_HEAD = '<?xml version="1.0"?>\n<quiz>\n'
XML_QUESTION = (
    '<question type="multichoice"><name><text>Q{n}</text></name>'
    '<questiontext format="html"><text><![CDATA[{text}]]></text></questiontext>'
    "<single>true</single>"
    '<answer fraction="100"><text>Right {n}</text></answer>'
    '<answer fraction="0"><text>Wrong {n}</text></answer></question>\n'
)

INPUTS: dict[str, tuple[str, Callable[[int], str]]] = {
    "YAML, distinct questions": (
        "set.yaml",
        lambda size: _numbered(
            lambda n: (
                f"  - text: Question number {n}?\n    options: [a{n}, b{n}, c{n}]\n"
                f"    answer: a{n}\n"
            ),
            size,
            head="slug: big\ntitle: Big\nquestions:\n",
        ),
    ),
    "JSON, distinct questions": (
        "set.json",
        lambda size: _numbered(
            lambda n: (
                f'{{"text": "Question number {n}?", "options": ["a{n}", "b{n}"], '
                f'"answer": "a{n}"}},\n'
            ),
            size - 10,
            head='{"slug": "big", "title": "Big", "questions": [\n',
            tail='{"text": "Last?", "options": ["x", "y"], "answer": "x"}]}',
        ),
    ),
    "CSV, distinct questions": (
        "set.csv",
        lambda size: _numbered(
            lambda n: f"Question number {n}?,a{n},b{n},c{n},a{n}\n",
            size,
            head="question,option_1,option_2,option_3,answer\n",
        ),
    ),
    "GIFT, distinct questions": (
        "set.gift",
        lambda size: _numbered(
            lambda n: f"::Q{n}:: Question {n}? {{=right{n} ~wrong{n}}}\n\n", size
        ),
    ),
    "GIFT, one question repeated": (
        "set.gift",
        lambda size: _repeat("Same question? {=right ~wrong}\n\n", size),
    ),
    "GIFT, hostile [html]": (
        "set.gift",
        lambda size: _numbered(lambda n: f"[html]{HOSTILE_HTML}{n} {{=a ~b}}\n\n", size),
    ),
    "GIFT, one [html] text of the whole size": (
        "set.gift",
        lambda size: _repeat("<a ", size - 40, head="[html]<!--", tail=" {=a ~b}\n"),
    ),
    "Aiken, distinct questions": (
        "set.aiken.txt",
        lambda size: _numbered(
            lambda n: f"Question {n}?\nA) right{n}\nB) wrong{n}\nANSWER: A\n\n", size
        ),
    ),
    "Aiken, one question repeated": (
        "set.aiken.txt",
        lambda size: _repeat("Same question?\nA) right\nB) wrong\nANSWER: A\n\n", size),
    ),
    "Moodle XML, distinct questions": (
        "set.xml",
        lambda size: _numbered(
            lambda n: XML_QUESTION.format(n=n, text=f"<p>Question <b>{n}</b>?</p>"),
            size,
            head=XML_HEAD,
            tail="</quiz>\n",
        ),
    ),
    "Moodle XML, hostile HTML": (
        "set.xml",
        lambda size: _numbered(
            lambda n: XML_QUESTION.format(n=n, text=HOSTILE_HTML),
            size,
            head=XML_HEAD,
            tail="</quiz>\n",
        ),
    ),
    "Moodle XML, one HTML text of the whole size": (
        "set.xml",
        lambda size: (
            XML_HEAD
            + XML_QUESTION.format(n=0, text=_repeat("<a ", size - 400, head="<!--"))
            + "</quiz>\n"
        ),
    ),
}


def time_read(data: bytes, filename: str) -> float:
    """Read one file (valid or refused); return the seconds it took."""
    started = time.perf_counter()
    with contextlib.suppress(SetFileInvalid):
        read_bytes(data, filename)
    return time.perf_counter() - started


def main() -> None:
    """Print the table."""
    print("| Input | s per 100 KB at 100 KB | s per 100 KB at 1 MB |")
    print("|---|---:|---:|")
    worst = 0.0
    for name, (filename, build) in INPUTS.items():
        cells = []
        for size in (KB100, MAX_FILE_BYTES - 1_000):
            data = build(size).encode()
            assert len(data) <= MAX_FILE_BYTES, (name, len(data))
            per_100kb = time_read(data, filename) / (len(data) / KB100)
            worst = max(worst, per_100kb)
            cells.append(f"{per_100kb:.3f}")
        print(f"| {name} | {cells[0]} | {cells[1]} |", flush=True)
    print(f"\nWorst: {worst:.3f} s per 100 KB (goal < 1 s).")


if __name__ == "__main__":
    main()
