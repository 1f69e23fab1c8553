"""Run the built image as Docker would, with podman, against the fake Bot API.

`scripts/container-check` builds the image and then runs `python -m tests.container_check IMAGE`:
the container starts as uid 10001, answers /start through the fake server on 127.0.0.1, reports
healthy, stops cleanly on SIGTERM, starts again (timed: from the bytecode it cached), explains an
unwritable /data in one line, runs only pinned packages, still generates a quiz and draws the
charts after the trimming (tests/image_smoke.py), and its size is reported. Exits 1 with the
failed check on stderr.
"""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.fakebot import FakeBotApi

Completed = subprocess.CompletedProcess[str]
ROOT = Path(__file__).resolve().parents[1]
CONSTRAINTS = ROOT / "scripts" / "image-constraints.txt"
APP_UID = 10001
# runc from Debian: crun and podman's default ulimits are refused by this kind of sandbox.
PODMAN_RUN = [
    "podman", "run", "--runtime", "runc", "--network", "host",
    "--ulimit", "nofile=1024:1024", "--ulimit", "nproc=1024:1024",
]  # fmt: skip


def podman(*args: str, check: bool = True, timeout: float = 120) -> Completed:
    """Run a podman command and return what it printed."""
    done = subprocess.run(args, capture_output=True, text=True, timeout=timeout)
    if check and done.returncode != 0:
        raise AssertionError(f"{' '.join(args[:3])} … failed: {done.stderr.strip()[-500:]}")
    return done


def free_port() -> int:
    """Return a TCP port nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def play_in_container(image: str, report: list[str]) -> None:
    """Start the image against the fake server, play /start, probe health, stop with SIGTERM."""
    data = Path(tempfile.mkdtemp(prefix="quizbot-data-"))
    os.chown(data, APP_UID, APP_UID)
    name = f"quizbot-check-{os.getpid()}"
    async with FakeBotApi() as api:
        started = time.monotonic()
        podman(
            *PODMAN_RUN, "-d", "--name", name, "-v", f"{data}:/data",
            "-e", f"TELEGRAM_BOT_TOKEN={api.token}", "-e", f"TELEGRAM_API_URL={api.base_url}",
            "-e", f"TELEGRAM_FILE_URL={api.base_file_url}", "-e", f"HEALTH_PORT={free_port()}",
            image,
        )  # fmt: skip
        try:
            await api.wait_for_call("getUpdates", timeout=120)
            report.append(f"ready after {time.monotonic() - started:.1f} s")
            alice = api.user(1001, "Alice")
            await api.send_text(alice, "/start")
            reply = await api.wait_for_message(chat=alice, timeout=30)
            assert "Alice" in (reply.text or ""), f"unexpected /start reply: {reply.text!r}"
            report.append("answered /start through the fake Bot API")
            # No shell or coreutils in the image: ask its Python.
            whoami = "import os; print(os.getuid())"
            uid = podman("podman", "exec", name, "python3", "-c", whoami).stdout.strip()
            assert uid == str(APP_UID), f"runs as uid {uid}, not {APP_UID}"
            report.append(f"runs as uid {uid}")
            health = podman("podman", "healthcheck", "run", name, check=False)
            assert health.returncode == 0, f"HEALTHCHECK failed: {health.stdout}{health.stderr}"
            report.append("HEALTHCHECK healthy")
            stopping = time.monotonic()
            podman("podman", "stop", "-t", "10", name)
            took = time.monotonic() - stopping
            code = podman("podman", "inspect", "--format", "{{.State.ExitCode}}", name).stdout
            assert code.strip() == "0", f"exit code {code.strip()} after SIGTERM"
            assert took < 10, f"SIGTERM took {took:.1f} s (podman kills at 10 s)"
            report.append(f"stopped on SIGTERM in {took:.2f} s, exit 0")
            assert (data / "quizbot.db").exists(), "no database in the /data volume"
            # The same container again: its bytecode cache (PYTHONPYCACHEPREFIX) is kept. The
            # long poll cut by the stop may be logged late: ready is a getUpdates after getMe.
            calls = len(api.all_calls)
            restarted = time.monotonic()
            podman("podman", "start", name)
            hello = await api.wait_for_call("getMe", since=calls, timeout=120)
            since = api.all_calls.index(hello, calls)
            await api.wait_for_call("getUpdates", since=since, timeout=120)
            report.append(f"ready after {time.monotonic() - restarted:.1f} s on a restart")
            podman("podman", "stop", "-t", "10", name)
        finally:
            podman("podman", "rm", "-f", name, check=False)


def unwritable_data(image: str, report: list[str]) -> None:
    """A /data the app user cannot write gives one line that names the chown."""
    locked = Path(tempfile.mkdtemp(prefix="quizbot-locked-"))  # owned by root, mode 0700
    done = podman(*PODMAN_RUN, "--rm", "-v", f"{locked}:/data", image, "sets", check=False)
    # podman adds its own log lines (time="…" level=…) about healthcheck timers: not the app's.
    lines = [line for line in done.stderr.strip().splitlines() if not line.startswith("time=")]
    assert done.returncode == 2, f"exit {done.returncode}: {done.stderr[-500:]}"
    assert len(lines) == 1 and "chown 10001:10001 data" in lines[0], done.stderr[-500:]
    report.append(f"unwritable /data: {lines[0]}")


def pinned_packages(image: str, report: list[str]) -> None:
    """Every package in the image is at the version scripts/image-constraints.txt pins."""
    # The image has no pip: list the installed distributions as `pip freeze` would.
    listing = (
        "import importlib.metadata as m; "
        "print(*(f'{d.name}=={d.version}' for d in m.distributions()))"
    )
    shown = podman(*PODMAN_RUN, "--rm", "--entrypoint", "python3", image, "-c", listing).stdout
    frozen = [pin for pin in shown.split() if not pin.startswith("quizbot==")]
    pins = {line.strip() for line in CONSTRAINTS.read_text().splitlines() if "==" in line}
    loose = sorted(set(frozen) - pins)
    assert not loose, f"not pinned by {CONSTRAINTS.name} (run scripts/lock-image-deps): {loose}"
    report.append(f"{len(frozen)} packages, all pinned")


def trimmed_packages_work(image: str, report: list[str]) -> None:
    """The trimmed environment still generates, extracts and draws (tests/image_smoke.py)."""
    smoke = Path(__file__).with_name("image_smoke.py")
    done = podman(
        *PODMAN_RUN, "--rm", "-v", f"{smoke}:/smoke/image_smoke.py:ro",
        "--entrypoint", "python3", image, "/smoke/image_smoke.py",
        check=False, timeout=300,
    )  # fmt: skip
    passed = [line.removeprefix("ok: ") for line in done.stdout.splitlines()]
    assert done.returncode == 0, f"in the image: {done.stdout[-800:]}{done.stderr[-1500:]}"
    report.extend(passed)


def image_size(image: str, report: list[str]) -> None:
    """Report the image's size."""
    size = int(podman("podman", "image", "inspect", "--format", "{{.Size}}", image).stdout)
    report.append(f"image size {size / 1e6:.0f} MB")


def main() -> int:
    """Run every check on the image named on the command line."""
    image = sys.argv[1]
    report: list[str] = []
    try:
        asyncio.run(play_in_container(image, report))
        unwritable_data(image, report)
        pinned_packages(image, report)
        trimmed_packages_work(image, report)
        image_size(image, report)
    except AssertionError as failure:
        print("\n".join(f"ok: {line}" for line in report))
        print(f"FAILED: {failure}", file=sys.stderr)
        return 1
    print("\n".join(f"ok: {line}" for line in report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
