"""/score and /leaderboard, for everyone in private chats and per group in groups."""

from __future__ import annotations

from telegram import Message, Update

from bot import texts
from bot.context import QuizContext, place_of
from db.models import GLOBAL_SCOPE


def _scope(update: Update) -> tuple[int, str | None]:
    """Return the score scope of the chat: everyone in private, the group in groups."""
    place = place_of(update.effective_chat)
    if place.is_group:
        return place.id, place.title or "this group"
    return GLOBAL_SCOPE, None


async def score(update: Update, context: QuizContext) -> None:
    """Show the user's points, accuracy, streaks and rank."""
    user, message = update.effective_user, update.effective_message
    if user is None or message is None:
        return
    scope, title = _scope(update)
    svc = context.services
    card = svc.scores.score_card(user.id, scope, default_zone=svc.settings.default_timezone)
    await message.reply_text(
        texts.score_message(card, first_name=user.first_name, group_title=title)
    )


async def send_board(update: Update, context: QuizContext, *, week: bool) -> Message:
    """Send the leaderboard of this chat's scope."""
    user = update.effective_user
    scope, title = _scope(update)
    board = context.services.scores.board(user.id if user else None, scope, week=week)
    chat = update.effective_chat
    assert chat is not None
    return await context.bot.send_message(chat.id, texts.board_message(board, group_title=title))


async def leaderboard(update: Update, context: QuizContext) -> None:
    """Show the top 10 (all time, or `week` for the last 7 days) and the user's own line."""
    message = update.effective_message
    if message is None:
        return
    args = [a.lower() for a in (context.args or [])]
    if args and args[0] not in ("week", "all"):
        await message.reply_text(
            "Use /leaderboard for all time or /leaderboard week for the last 7 days."
        )
        return
    await send_board(update, context, week=bool(args) and args[0] == "week")
