"""The one question sender, and one plain-text send that never stops a broadcast."""

from __future__ import annotations

import logging

from telegram import Bot, InputPollOption, Message, Poll
from telegram.error import TelegramError

from bot.service.types import SendStatus, ShownQuestion
from bot.transport.delivery import send_resilient
from bot.views import texts
from bot.views.i18n import Translator
from bot.views.keyboards import question_keyboard

log = logging.getLogger(__name__)


def poll_options(question: ShownQuestion) -> list[InputPollOption]:
    """Return a quiz poll's options as plain text, in the order shown."""
    # An explicit None keeps PTB's Defaults from filling in text_parse_mode=HTML: option texts
    # such as "<no>" or "&lt;" must reach the poll exactly as written.
    return [InputPollOption(option, text_parse_mode=None) for option in question.options]


async def send_question(
    bot: Bot,
    chat_id: int,
    question: ShownQuestion,
    t: Translator,
    *,
    group: bool,
    daily: bool = False,
    anonymous: bool = False,
) -> Message:
    """Send a question: lettered buttons in a private chat, a quiz poll in a group or channel.

    Channel polls are `anonymous` (Telegram allows no other kind there): nobody can score.
    """
    if not group:
        return await bot.send_message(
            chat_id,
            texts.question_message(t, question, daily=daily),
            reply_markup=question_keyboard(question),
        )
    if question.fallback is not None:  # a poll cannot carry it: a message of its own first
        await bot.send_message(chat_id, texts.set_fallback(t, question.fallback))
    # Poll texts go out with parsing off, so nothing is escaped.
    return await bot.send_poll(
        chat_id,
        question=texts.poll_question(question, daily=daily),
        options=poll_options(question),
        type=Poll.QUIZ,
        correct_option_ids=[question.correct_position],  # type: ignore[list-item]
        explanation=question.explanation,
        is_anonymous=anonymous,
        explanation_parse_mode=None,
        question_parse_mode=None,
    )


async def send_plain(bot: Bot, chat_id: int, text: str) -> SendStatus:
    """Send HTML text to one chat of a broadcast; every failure becomes a status, not an error."""
    try:
        outcome = await send_resilient(lambda target: bot.send_message(target, text), chat_id)
    except TelegramError as exc:
        # An error send_resilient does not classify must not stop the other chats.
        log.warning("broadcast to %s failed: %s", chat_id, exc)
        return SendStatus.FAILED
    return outcome.status
