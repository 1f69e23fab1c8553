"""Read a process's memory and CPU use from /proc (Linux): peak RSS, current RSS, CPU seconds."""

from __future__ import annotations

import os
from pathlib import Path

_CLOCK_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _status_kib(pid: int, field: str) -> int | None:
    """Return one `kB` field of /proc/<pid>/status (VmHWM, VmRSS...), or None if unreadable."""
    try:
        text = Path(f"/proc/{pid}/status").read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
    for line in text.splitlines():
        if line.startswith(f"{field}:"):
            parts = line.split()
            return int(parts[1]) if len(parts) >= 2 and parts[1].isdigit() else None
    return None


def peak_rss_mib(pid: int) -> float | None:
    """Return the process's peak resident set size (VmHWM) in MiB, or None."""
    kib = _status_kib(pid, "VmHWM")
    return round(kib / 1024, 1) if kib is not None else None


def rss_mib(pid: int) -> float | None:
    """Return the process's current resident set size (VmRSS) in MiB, or None."""
    kib = _status_kib(pid, "VmRSS")
    return round(kib / 1024, 1) if kib is not None else None


def cpu_seconds(pid: int) -> float | None:
    """Return the user + system CPU seconds the process has used so far, or None."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
    # The command name (field 2) may contain spaces; the fields after its ')' are fixed.
    fields = text.rsplit(")", 1)[-1].split()
    utime, stime = int(fields[11]), int(fields[12])
    return (utime + stime) / _CLOCK_TICKS


def self_cpu_seconds() -> float:
    """Return the user + system CPU seconds of this process (all threads)."""
    times = os.times()
    return times.user + times.system


def run_queue_wait_seconds(pid: int) -> float | None:
    """Return how long the process has waited, runnable, for a CPU (/proc/<pid>/schedstat)."""
    try:
        fields = Path(f"/proc/{pid}/schedstat").read_text(encoding="ascii").split()
    except OSError:
        return None
    return int(fields[1]) / 1e9 if len(fields) >= 2 else None


def io_counters(pid: int) -> dict[str, int]:
    """Return the process's I/O counters (/proc/<pid>/io: syscw, write_bytes...), or {}."""
    try:
        text = Path(f"/proc/{pid}/io").read_text(encoding="ascii")
    except OSError:
        return {}
    pairs = (line.split(":", 1) for line in text.splitlines() if ":" in line)
    return {key.strip(): int(value) for key, value in pairs if value.strip().isdigit()}
