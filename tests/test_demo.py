"""`python -m tests.demo`: a newcomer chats with the real bot in a terminal, no token needed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_demo_plays_a_question_from_piped_input_without_a_token(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_"))}
    env["COLUMNS"] = "80"
    done = subprocess.run(
        [sys.executable, "-m", "tests.demo"],
        input="/start\n/quiz\n1\n/score\nq\n",
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "bot › Hi, You! 👋" in out and "Your Telegram id: 1001" in out
    assert "[1] 🧠 Quiz me" in out
    assert "you › /quiz\nbot › SCO Summit 2021" in out  # the bundled set, the real texts
    assert "[4] D. " in out  # the question's buttons, numbered
    assert "bot (pop-up) › " in out and "bot (edited) › " in out
    assert "Streak: " in out and "Points: " in out
    assert "you › /score\nbot › You\n      Points: " in out
    assert all(len(line) <= 80 for line in out.splitlines()), out
    assert not (ROOT / "data" / "demo.db").exists()  # a throw-away database
    assert "Traceback" not in done.stderr
