"""`quizbot generate` reads articles in every format the bot accepts, and refuses the rest."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.documents.builders import TITLE, scanned_pdf, word_file
from tests.test_cli import quizbot, workdir

__all__ = ["workdir"]


def test_generate_makes_a_set_from_a_word_file(workdir: Path) -> None:
    (workdir / "bridge.docx").write_bytes(word_file())
    result = quizbot("generate", "bridge.docx", "-o", "bridge.yaml")
    assert result.exit_code == 0, result.output
    qset = yaml.safe_load((workdir / "bridge.yaml").read_text())
    assert qset["title"] == TITLE and len(qset["questions"]) >= 3


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("scan.pdf", scanned_pdf(), "no text layer (a scan?)"),
        ("blob.txt", b"\x00\xff" * 200, "binary file"),
    ],
)
def test_generate_refuses_unreadable_files_in_one_line(
    workdir: Path, name: str, data: bytes, reason: str
) -> None:
    (workdir / name).write_bytes(data)
    result = quizbot("generate", name)
    assert result.exit_code == 1
    assert result.output.strip().count("\n") == 0
    assert result.output.startswith(f"Error: {name}: ") and reason in result.output
