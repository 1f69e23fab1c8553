"""/score and /leaderboard, for everyone in private chats and per group in groups."""

from __future__ import annotations

from telegram import Message, Update

from bot.context import QuizContext, place_of, translator_for
from bot.service.scores import ALL, BOARD_KINDS, scope_of
from bot.views import texts
from bot.views.i18n import Translator


def _scope(update: Update, t: Translator) -> tuple[int, str | None]:
    """Return the score scope of the chat and the group's title (None in private chats)."""
    place = place_of(update.effective_chat)
    title = (place.title or t.gettext(texts.THIS_GROUP)) if place.is_group else None
    return scope_of(place), title


async def score(update: Update, context: QuizContext) -> None:
    """Show the user's points, accuracy, streaks and rank."""
    user, message = update.effective_user, update.effective_message
    if user is None or message is None:
        return
    t = await translator_for(update, context)
    scope, title = _scope(update, t)
    svc = context.services
    card = await svc.scores.score_card(user.id, scope, default_zone=svc.settings.default_timezone)
    await message.reply_text(
        texts.score_message(t, card, first_name=user.first_name, group_title=title)
    )


async def send_board(update: Update, context: QuizContext, *, kind: str = ALL) -> Message:
    """Send the leaderboard of this chat's scope (all time, day, week or month)."""
    user = update.effective_user
    t = await translator_for(update, context)
    scope, title = _scope(update, t)
    board = await context.services.scores.board(user.id if user else None, scope, kind=kind)
    chat = update.effective_chat
    assert chat is not None
    return await context.bot.send_message(chat.id, texts.board_message(t, board, group_title=title))


async def menu_board(update: Update, context: QuizContext) -> None:
    """Show the all-time board from the /start menu's Leaderboard."""
    if update.callback_query is None or update.effective_chat is None:
        return
    await update.callback_query.answer()
    await send_board(update, context)


async def leaderboard(update: Update, context: QuizContext) -> None:
    """Show the top 10 (all time, or `day`, `week`, `month`) and the user's own line."""
    message = update.effective_message
    if message is None:
        return
    args = [a.lower() for a in (context.args or [])]
    kind = {"today": "day"}.get(args[0], args[0]) if args else ALL
    if kind not in BOARD_KINDS:
        t = await translator_for(update, context)
        await message.reply_text(t.gettext(texts.LEADERBOARD_USAGE))
        return
    await send_board(update, context, kind=kind)
