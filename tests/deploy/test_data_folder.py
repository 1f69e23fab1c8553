"""A database folder the bot cannot write is one line naming the fix, not a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from db import engine as db_engine
from db.engine import DatabaseFolderError, make_engine

QUIZBOT = [sys.executable, "-c", "from bot.cli import main; main()"]


def test_a_folder_that_cannot_be_created_is_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the folder should be")
    env = {k: v for k, v in os.environ.items() if not k.startswith("DATABASE_")}
    env["DATABASE_URL"] = f"sqlite:///{blocker / 'quizbot.db'}"
    done = subprocess.run(
        [*QUIZBOT, "sets"], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 2
    assert done.stderr.strip().count("\n") == 0, done.stderr
    assert f"cannot create the database folder {blocker}" in done.stderr
    assert "Traceback" not in done.stderr


def test_an_unwritable_folder_names_the_chown(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Tests run as root, who may write anywhere: stand in for the kernel's answer to uid 10001.
    monkeypatch.setattr(db_engine.os, "access", lambda path, mode: False)
    monkeypatch.setattr(db_engine.os, "getuid", lambda: 10001)
    monkeypatch.setattr(db_engine.os, "getgid", lambda: 10001)
    with pytest.raises(DatabaseFolderError) as caught:
        make_engine(f"sqlite:///{tmp_path / 'quizbot.db'}")
    assert str(caught.value) == (
        f"cannot write the database folder {tmp_path}: give it to uid 10001 "
        f"(with Docker: chown 10001:10001 data, the host folder mounted at {tmp_path})"
    )
