"""`quizbot run --webhook --workers N`: N bot processes sharing the webhook port.

Each worker is a full `quizbot run --webhook` that binds the port with SO_REUSEPORT, so the
kernel spreads Telegram's connections over them. They share the PostgreSQL database: the inbox
stores each update once (a retried post that reaches another worker is not handled twice), the
answers table lets an answer count once, the daily dispatcher's SKIP LOCKED claims send
each daily question once, and an admin job runs in the one process holding its advisory
lock. This parent only starts the workers, starts one again if it dies, and passes
SIGTERM/SIGINT on.
"""

from __future__ import annotations

import logging
import os
import signal
import socket
import subprocess
import sys
import time
from types import FrameType

log = logging.getLogger(__name__)

RESTART_PAUSE_SECONDS = 1.0
# A worker that dies sooner than this after starting has a problem a restart will not fix
# (a bad token, a port in use): stop them all and say so.
EARLY_EXIT_SECONDS = 10.0


def reuse_port_socket(host: str, port: int) -> socket.socket:
    """Return a listening TCP socket on host:port that other processes may bind too."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    sock.listen(128)
    sock.setblocking(False)
    return sock


def worker_command() -> list[str]:
    """Return the argv of one worker: this quizbot, `run --webhook` on a shared port."""
    return [
        sys.executable,
        "-c",
        "from bot.cli import main; main()",
        "run",
        "--webhook",
        "--reuse-port",
    ]


def run_workers(count: int, database_url: str) -> int:
    """Run `count` workers until SIGTERM or SIGINT; return the worst exit code."""
    env = {**os.environ, "DATABASE_URL": database_url}  # --db reaches the workers too
    stopping = False
    workers: dict[int, subprocess.Popen[bytes]] = {}
    started: dict[int, float] = {}
    codes: list[int] = [0]

    def start(index: int) -> None:
        workers[index] = subprocess.Popen(worker_command(), env=env)
        started[index] = time.monotonic()
        log.info("worker %d started (pid %d)", index, workers[index].pid)

    def stop(signum: int, _frame: FrameType | None) -> None:
        nonlocal stopping
        stopping = True
        for worker in workers.values():
            if worker.poll() is None:
                worker.send_signal(signal.SIGTERM)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    for index in range(count):
        start(index)
    while workers:
        for index, worker in list(workers.items()):
            code = worker.poll()
            if code is None:
                continue
            del workers[index]
            if stopping:
                codes.append(code)
                continue
            if time.monotonic() - started[index] < EARLY_EXIT_SECONDS:
                log.error("worker %d exited with code %d at start; stopping", index, code)
                codes.append(code or 1)
                stop(signal.SIGTERM, None)
                continue
            log.error("worker %d exited with code %d; starting it again", index, code)
            time.sleep(RESTART_PAUSE_SECONDS)
            start(index)
        time.sleep(0.2)
    return max(codes)
