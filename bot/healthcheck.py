"""The container's health probe: `python -m bot.healthcheck` exits 0 while /healthz says ok.

It reads the same settings as the bot (HEALTH_PORT, LISTEN_HOST), so moving the health server
moves the probe with it. A slim image has no curl; the standard library is enough.
"""

from __future__ import annotations

import sys
import urllib.error
import urllib.request

from bot.settings import Settings

# A server listening on every address is reached on loopback from inside the container.
ANY_ADDRESS = {"", "0.0.0.0", "::", "[::]"}


def health_url(host: str, port: int) -> str:
    """Return the /healthz URL of a health server listening on host:port."""
    if host in ANY_ADDRESS:
        host = "127.0.0.1"
    elif ":" in host and not host.startswith("["):
        host = f"[{host}]"  # an IPv6 literal
    return f"http://{host}:{port}/healthz"


def main() -> int:
    """Probe /healthz once; 0 when it answers 200 (or health is off), 1 otherwise."""
    settings = Settings()
    if settings.health_port == 0:
        return 0  # HEALTH_PORT=0 turns the server off: nothing to ask, nothing to fail
    try:
        with urllib.request.urlopen(
            health_url(settings.listen_host, settings.health_port), timeout=4
        ) as reply:
            return 0 if reply.status == 200 else 1
    except (urllib.error.URLError, OSError):
        return 1


if __name__ == "__main__":
    sys.exit(main())
