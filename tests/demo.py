"""Try the real bot without Telegram: ``python -m tests.demo`` (from a clone, test extra installed).

The real bot (``build_application``) runs against the fake Bot API server on 127.0.0.1 with a
throw-away SQLite database and the bundled set; no token, no network. You chat with it in the
terminal: type what you would send in Telegram, or a button's number to press it.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import shutil
import sys
import tempfile
import textwrap
from collections.abc import Callable
from pathlib import Path

from pydantic import SecretStr

from bot.app import build_application
from bot.settings import Settings
from bot.transport.updates import UpdateQueue
from tests.fakebot import BotMessage, FakeBotApi, FakeUser, running

YOU_ID = 1001
HELLO = (
    "quizbot demo: the real bot, a fake Telegram on 127.0.0.1, a throw-away database.\n"
    "Type what you would send the bot (/start, /quiz, /score, /help), a button's number to "
    "press it, or q to quit. You are an admin here, so /help lists the admin commands too."
)


def _width() -> int:
    """Return the width bot text wraps to: the terminal's, less the 6-column indent."""
    return max(40, min(100, shutil.get_terminal_size().columns)) - 6


class Transcript:
    """Show what the bot sent since the last look: new messages, edits and pop-ups."""

    def __init__(self, api: FakeBotApi, you: FakeUser, out: Callable[[str], None]) -> None:
        self.api, self.you, self.out = api, you, out
        self.edits_seen: dict[int, int] = {}
        self.popups_seen = 0
        self.buttons: list[tuple[BotMessage, str]] = []  # (message, button text), numbered

    def show_news(self) -> None:
        """Print every message, edit and pop-up the bot produced since the last call."""
        answers = self.api.callback_answers[self.popups_seen :]
        self.popups_seen += len(answers)
        for answer in answers:
            if answer.text:
                self.out(f"bot (pop-up) › {answer.text}")
        for message in self.api.messages(self.you):
            seen = self.edits_seen.get(message.message_id)
            if seen is None:
                self._show(message, "bot")
            elif seen < len(message.edits):
                self._show(message, "bot (edited)")
            self.edits_seen[message.message_id] = len(message.edits)

    def _show(self, message: BotMessage, who: str) -> None:
        """Print one message with its buttons numbered; those numbers press them."""
        body = message.text or message.caption or ""
        if message.kind == "document" and message.document is not None:
            body = f"[file {message.document.filename}] {body}"
        # The first line follows "bot › " or the longer "bot (edited) › ".
        width = _width() + 6 - max(6, len(who) + 3)
        lines = [
            wrapped
            for line in (body.splitlines() or [""])
            for wrapped in (textwrap.wrap(line, width, break_long_words=False) or [""])
        ]
        self.out(f"{who} › {lines[0]}")
        for line in lines[1:]:
            self.out(f"      {line}" if line else "")
        rows = (message.reply_markup or {}).get("inline_keyboard", [])
        if rows:
            self.buttons = []
            for row in rows:
                labels = []
                for button in row:
                    self.buttons.append((message, str(button["text"])))
                    labels.append(f"[{len(self.buttons)}] {button['text']}")
                for line in textwrap.wrap("  ".join(labels), _width(), break_long_words=False):
                    self.out(f"      {line}")


async def chat(
    read: Callable[[], str | None], out: Callable[[str], None], *, echo: bool = False
) -> None:
    """Run the bot and the terminal chat until q, end of input or Ctrl-C."""
    with tempfile.TemporaryDirectory(prefix="quizbot-demo-") as folder:
        async with FakeBotApi() as api:
            settings = Settings(  # type: ignore[call-arg]
                _env_file=None,
                telegram_bot_token=SecretStr(api.token),
                telegram_api_url=api.base_url,
                telegram_file_url=api.base_file_url,
                database_url=f"sqlite:///{Path(folder) / 'demo.db'}",
                admin_ids=frozenset({YOU_ID}),
                health_port=0,
            )
            app = build_application(settings)
            assert isinstance(app.update_queue, UpdateQueue)
            inbox = app.update_queue.inbox
            you = api.user(YOU_ID, "You")
            transcript = Transcript(api, you, out)
            async with running(app):
                for paragraph in HELLO.splitlines():
                    for hello in textwrap.wrap(paragraph, _width() + 6):
                        out(hello)
                while True:
                    typed = await asyncio.to_thread(read)
                    if typed is None or typed.strip().lower() in ("q", "quit", "exit"):
                        break
                    text = typed.strip()
                    if not text:
                        continue
                    if echo:
                        out(f"you › {text}")
                    await _act(api, you, transcript, text, out)
                    await api.wait_until_confirmed(timeout=30)  # stored in the inbox
                    await asyncio.wait_for(inbox.wait_idle(), 30)  # and handled
                    transcript.show_news()


async def _act(
    api: FakeBotApi, you: FakeUser, transcript: Transcript, text: str, out: Callable[[str], None]
) -> None:
    """Press the numbered button, or send the text as a message."""
    if text.isdecimal():
        number = int(text)
        if not 1 <= number <= len(transcript.buttons):
            out(f"(no button {number}; the last message has {len(transcript.buttons)})")
            return
        message, label = transcript.buttons[number - 1]
        await api.press(you, message, label)
        return
    await api.send_text(you, text)


def _read_line() -> str | None:
    """Read one line from stdin; None at end of input (Ctrl-D) or Ctrl-C."""
    try:
        return input("you › " if sys.stdin.isatty() else "")
    except (EOFError, KeyboardInterrupt):
        return None


def main(argv: list[str] | None = None) -> int:
    """Chat with the real bot in the terminal; piped input is echoed, as a transcript."""
    parser = argparse.ArgumentParser(prog="python -m tests.demo", description=__doc__)
    parser.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)
    echo = not sys.stdin.isatty()

    def out(line: str) -> None:
        print(line, flush=True)

    with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C quits, like q
        asyncio.run(chat(_read_line, out, echo=echo))
    print("Bye. Run the real bot with: quizbot run (see the README's quick start).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
