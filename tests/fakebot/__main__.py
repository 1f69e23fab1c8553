"""Run the fake Bot API standalone: ``python -m tests.fakebot --port P [--rate-limit R]``."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import signal
import sys

from .server import FakeBotApi


async def _serve(args: argparse.Namespace) -> None:
    api = FakeBotApi(
        token=args.token,
        bot_username=args.bot_username,
        host=args.host,
        port=args.port,
        rate_limit=args.rate_limit,
        strict_html=not args.lenient_html,
    )
    await api.start()
    print(api.base_url, flush=True)
    print(f"base_file_url {api.base_file_url}", flush=True)
    print(f"control_url {api.control_url}", flush=True)
    print(f"token {api.token}", flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    try:
        await stop.wait()
    finally:
        await api.stop()


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, serve until SIGINT/SIGTERM; prints the base_url on the first line."""
    parser = argparse.ArgumentParser(prog="python -m tests.fakebot", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 = random free port")
    parser.add_argument("--rate-limit", type=float, default=None, help="requests per second")
    parser.add_argument("--token", default="123456:TEST-TOKEN")
    parser.add_argument("--bot-username", default="quiz_test_bot")
    parser.add_argument(
        "--lenient-html", action="store_true", help="accept a bare '&' like real Telegram"
    )
    args = parser.parse_args(argv)
    asyncio.run(_serve(args))
    return 0


if __name__ == "__main__":
    sys.exit(main())
