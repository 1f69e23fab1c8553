"""Turn the raw benchmark figures into one table: value, baseline, ratio, goal, met."""

from __future__ import annotations

import os
import platform
import subprocess
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tests.bench.report_bot_rows import answer_rows, memory_rows, poll_burst_rows, workers_rows
from tests.bench.report_cells import Row
from tests.bench.report_job_rows import (
    daily_rows,
    generate_rows,
    item_report_rows,
    leaderboard_rows,
)

ROOT = Path(__file__).resolve().parents[2]


def machine_info() -> dict[str, Any]:
    """Describe the machine and the code the figures come from."""
    model = ""
    try:
        cpuinfo = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
        for line in cpuinfo.splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory_gib = None
    try:
        for line in Path("/proc/meminfo").read_text(encoding="ascii").splitlines():
            if line.startswith("MemTotal:"):
                memory_gib = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return {
        "nproc": os.cpu_count(),
        "cpu_model": model or platform.processor() or "unknown",
        "memory_gib": memory_gib,
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
        "git": _git_state(),
    }


def _git_state() -> dict[str, Any]:
    """Return the commit and whether the work tree has changes (read-only git commands)."""

    def git(*args: str) -> str:
        done = subprocess.run(
            ["git", *args], cwd=ROOT, capture_output=True, text=True, timeout=20, check=False
        )
        return done.stdout.strip()

    try:
        return {"commit": git("rev-parse", "HEAD"), "dirty": bool(git("status", "--porcelain"))}
    except (OSError, subprocess.SubprocessError):
        return {"commit": None, "dirty": None}


def build_rows(sections: dict[str, dict[str, Any]]) -> list[Row]:
    """Build every row, in the issue's order, from each section's {'result', 'error'}."""

    def part(name: str) -> tuple[dict[str, Any] | None, str | None]:
        section = sections.get(name) or {}
        return section.get("result"), section.get("error") or section.get("skipped")

    return [
        *answer_rows(*part("answer_path")),
        *leaderboard_rows(*part("leaderboard")),
        *daily_rows(*part("daily")),
        *daily_rows(*part("broadcast"), title="Paid-rate broadcast"),
        *poll_burst_rows(*part("poll_burst")),
        *workers_rows(*part("workers")),
        *generate_rows(*part("generate")),
        *memory_rows(*part("answer_path")),
        *item_report_rows(*part("report")),
    ]


def _met_text(met: bool | None) -> str:
    """Say yes / no / — for a goal."""
    return "—" if met is None else ("yes" if met else "**no**")


def markdown_table(rows: list[Row]) -> str:
    """Render the rows as a Markdown table (the README's Performance section)."""
    lines = [
        "| Figure | Value | Baseline | Ratio | Goal | Met |",
        "|---|---:|---:|---:|---|---|",
    ]
    lines += [
        f"| {r.figure} | {r.value} | {r.baseline} | {r.ratio} | {r.goal} | {_met_text(r.met)} |"
        for r in rows
    ]
    return "\n".join(lines)


def describe_machine(machine: dict[str, Any]) -> str:
    """One line naming the machine the figures were measured on."""
    load = machine.get("load_average_at_start") or []
    return (
        f"{machine.get('nproc')} CPUs ({machine.get('cpu_model')}), "
        f"{machine.get('memory_gib')} GiB RAM, Python {machine.get('python')}, "
        f"{machine.get('date')}, load average at start {', '.join(map(str, load))}"
    )
