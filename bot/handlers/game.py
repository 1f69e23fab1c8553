"""/game and /stop: timed quiz rounds in groups and private chats, the Join button, answers.

The answer handlers run in a group before the quiz's (bot/app.py): they take a round's poll
answers and button presses and stop there; anything else goes on to the quiz handlers.
"""

from __future__ import annotations

import logging

from telegram import Message, Update
from telegram.ext import ApplicationHandlerStop

from bot.context import (
    QuizContext,
    is_group_admin,
    place_of,
    player_of,
    text_after_command,
    translator_for,
)
from bot.service.quiz import AnswerStatus
from bot.service.round_types import (
    DEFAULT_QUESTIONS,
    DEFAULT_SECONDS,
    MAX_QUESTIONS,
    MAX_SECONDS,
    MIN_QUESTIONS,
    MIN_SECONDS,
    Refused,
    Started,
)
from bot.views import game_texts, texts
from bot.views.i18n import Translator

log = logging.getLogger(__name__)


def parse_game(argument: str, *, group: bool) -> tuple[int, int | None] | None:
    """Read '/game N [SECONDS]': questions and seconds (None: no timer), or None if invalid."""
    parts = argument.split()
    if len(parts) > 2 or not all(part.isdecimal() for part in parts):
        return None
    size = int(parts[0]) if parts else DEFAULT_QUESTIONS
    seconds: int | None = int(parts[1]) if len(parts) == 2 else None
    if group and seconds is None:
        seconds = DEFAULT_SECONDS
    if not MIN_QUESTIONS <= size <= MAX_QUESTIONS:
        return None
    if seconds is not None and not MIN_SECONDS <= seconds <= MAX_SECONDS:
        return None
    return size, seconds


async def game(update: Update, context: QuizContext) -> None:
    """Start a round (/game N SECONDS), or show the options when none is running."""
    message, chat, user = update.effective_message, update.effective_chat, update.effective_user
    if message is None or chat is None or user is None:
        return
    svc = context.services
    t = await translator_for(update, context)
    place = place_of(chat)
    argument = text_after_command(message)
    if not argument:
        running = await svc.rounds.running(chat.id)
        text = t.gettext(game_texts.ROUND_RUNNING) if running else None
        await message.reply_text(text or game_texts.usage(t, group=place.is_group))
        return
    if not await is_group_admin(update, context):
        await message.reply_text(t.gettext(texts.GROUP_ONLY_ADMINS))
        return
    parsed = parse_game(argument, group=place.is_group)
    if parsed is None:
        await message.reply_text(game_texts.bad_arguments(t))
        return
    size, seconds = parsed
    started = await svc.rounds.start(place, player_of(user), size, seconds, t.language)
    if isinstance(started, Refused):
        await message.reply_text(_refusal(t, started))
        return
    await _announce(context, message, t, started, group=place.is_group)


async def _announce(
    context: QuizContext, message: Message, t: Translator, started: Started, *, group: bool
) -> None:
    """Announce a round; a private one starts at once, a group's after its lead time."""
    if group:
        await message.reply_text(
            game_texts.announcement(t, started), reply_markup=game_texts.join_keyboard(t)
        )
        return
    await message.reply_text(game_texts.private_start(t, started))
    await context.rounds.advance(started.round_id)


def _refusal(t: Translator, refused: Refused) -> str:
    """Say why a round could not start."""
    if refused is Refused.RUNNING:
        return t.gettext(game_texts.ROUND_RUNNING)
    return t.gettext(texts.NO_SETS if refused is Refused.NO_SETS else texts.EMPTY_SET)


async def stop(update: Update, context: QuizContext) -> None:
    """End the chat's round now, with the standings so far."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    t = await translator_for(update, context)
    if not await is_group_admin(update, context):
        await message.reply_text(t.gettext(texts.GROUP_ONLY_ADMINS))
        return
    finish = await context.services.rounds.stop(chat.id)
    if finish is None:
        await message.reply_text(t.gettext(game_texts.NO_ROUND))
        return
    await context.rounds.show_finish(finish)


async def join_button(update: Update, context: QuizContext) -> None:
    """Add the player who pressed Join to the chat's round."""
    query, chat = update.callback_query, update.effective_chat
    if query is None or chat is None:
        return
    t = await translator_for(update, context)
    joined = await context.services.rounds.join(chat.id, player_of(query.from_user))
    if joined is None:
        notice = game_texts.ROUND_OVER
    else:
        notice = game_texts.JOINED if joined else game_texts.ALREADY_JOINED
    await query.answer(t.gettext(notice))


async def round_poll_answer(update: Update, context: QuizContext) -> None:
    """Score an answer to a round's poll; any other poll is left to the quiz (next group)."""
    answer = update.poll_answer
    if answer is None or answer.user is None:
        return
    svc = context.services
    verdict = await svc.rounds.answer_poll(
        answer.poll_id, player_of(answer.user), list(answer.option_ids)
    )
    if verdict is None:
        return
    if verdict.status in (AnswerStatus.CORRECT, AnswerStatus.WRONG):
        svc.metrics.record_answer(verdict.status is AnswerStatus.CORRECT)
    if verdict.everyone_answered:
        await context.rounds.advance(verdict.round_id)
    raise ApplicationHandlerStop
