"""/sets and /use: see the question sets and choose the chat's active one."""

from __future__ import annotations

from telegram import Update

from bot.context import QuizContext, is_group_admin, place_of, translator_for
from bot.views import texts


async def list_sets(update: Update, context: QuizContext) -> None:
    """Show the available sets, marking the chat's active one (admins also see players)."""
    chat, message, user = update.effective_chat, update.effective_message, update.effective_user
    if chat is None or message is None:
        return
    svc = context.services
    admin = svc.is_admin(user.id if user else None)
    choices = await svc.quiz.sets_for(place_of(chat), with_players=admin)
    t = await translator_for(update, context)
    await message.reply_text(texts.sets_message(t, choices))


async def use_set(update: Update, context: QuizContext) -> None:
    """Set the chat's active set by slug (in groups, administrators only)."""
    chat, message = update.effective_chat, update.effective_message
    if chat is None or message is None:
        return
    svc = context.services
    place = place_of(chat)
    t = await translator_for(update, context)
    if not context.args:
        await message.reply_text(texts.use_usage(t, await svc.quiz.sets_for(place)))
        return
    if not await is_group_admin(update, context):
        await message.reply_text(t.gettext(texts.GROUP_ONLY_ADMINS))
        return
    chosen = await svc.quiz.use_set(place, context.args[0])
    if chosen is None:
        choices = await svc.quiz.sets_for(place)
        await message.reply_text(texts.no_such_set(t, context.args[0], choices))
        return
    await message.reply_text(texts.use_done(t, chosen))
