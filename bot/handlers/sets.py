"""/sets and /use: see the question sets and choose the chat's active one."""

from __future__ import annotations

import contextlib

from telegram import InlineKeyboardMarkup, Update
from telegram.error import BadRequest

from bot.context import QuizContext, is_group_admin, place_of, translator_for
from bot.views import texts
from bot.views.callbacks import decode_sets_page
from bot.views.keyboards import sets_page_keyboard


async def _sets_page(
    update: Update, context: QuizContext, page: int
) -> tuple[str, InlineKeyboardMarkup | None]:
    """Render one page of /sets for this chat, with ◀ ▶ buttons when there are more pages."""
    chat, user = update.effective_chat, update.effective_user
    assert chat is not None
    svc = context.services
    admin = svc.is_admin(user.id if user else None)
    choices = await svc.quiz.sets_for(place_of(chat), with_players=admin)
    t = await translator_for(update, context)
    pages = texts.sets_page_count(t, choices)
    page = min(max(page, 1), pages)
    return texts.sets_message(t, choices, page), sets_page_keyboard(page, pages)


async def list_sets(update: Update, context: QuizContext) -> None:
    """Show the available sets, marking the chat's active one (admins also see players)."""
    if update.effective_chat is None or update.effective_message is None:
        return
    text, keyboard = await _sets_page(update, context, 1)
    await update.effective_message.reply_text(text, reply_markup=keyboard)


async def page_button(update: Update, context: QuizContext) -> None:
    """Show another page of /sets in the same message."""
    query = update.callback_query
    if query is None or update.effective_chat is None:
        return
    page = decode_sets_page(query.data)
    await query.answer()
    if page is None:
        return
    text, keyboard = await _sets_page(update, context, page)
    # A second press on the same button asks for the page already shown.
    with contextlib.suppress(BadRequest):
        await query.edit_message_text(text, reply_markup=keyboard)


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
