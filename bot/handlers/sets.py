"""/sets and /use: see the question sets and choose the chat's active one."""

from __future__ import annotations

import contextlib
import html

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ChatMemberStatus
from telegram.error import BadRequest
from telegram.ext import ContextTypes

from bot import texts
from bot.callbacks import decode_sets_page, encode_sets_page
from bot.context import place_of, services


async def is_group_admin(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """Return True in private chats, and in groups for the group's administrators."""
    chat, user = update.effective_chat, update.effective_user
    if chat is None or user is None:
        return False
    if chat.type == chat.PRIVATE or services(context).is_admin(user.id):
        return True
    member = await context.bot.get_chat_member(chat.id, user.id)
    return member.status in (ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER)


def _sets_page(
    update: Update, context: ContextTypes.DEFAULT_TYPE, page: int
) -> tuple[str, InlineKeyboardMarkup | None]:
    """Render one page of /sets for this chat, with ◀ ▶ buttons when there are more pages."""
    chat, user = update.effective_chat, update.effective_user
    assert chat is not None
    svc = services(context)
    admin = svc.is_admin(user.id if user else None)
    choices = svc.quiz.sets_for(place_of(chat), with_players=admin)
    pages = texts.sets_page_count(choices)
    page = min(max(page, 1), pages)
    buttons = []
    if page > 1:
        buttons.append(
            InlineKeyboardButton(f"◀ {page - 1}", callback_data=encode_sets_page(page - 1))
        )
    if page < pages:
        buttons.append(
            InlineKeyboardButton(f"{page + 1} ▶", callback_data=encode_sets_page(page + 1))
        )
    return texts.sets_message(choices, page), InlineKeyboardMarkup([buttons]) if buttons else None


async def list_sets(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show the available sets, marking the chat's active one (admins also see players)."""
    if update.effective_chat is None or update.effective_message is None:
        return
    text, keyboard = _sets_page(update, context, 1)
    await update.effective_message.reply_text(text, reply_markup=keyboard)


async def page_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show another page of /sets in the same message."""
    query = update.callback_query
    if query is None or update.effective_chat is None:
        return
    page = decode_sets_page(query.data)
    await query.answer()
    if page is None:
        return
    text, keyboard = _sets_page(update, context, page)
    # A second press on the same button asks for the page already shown.
    with contextlib.suppress(BadRequest):
        await query.edit_message_text(text, reply_markup=keyboard)


async def use_set(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Set the chat's active set by slug (in groups, administrators only)."""
    chat, message = update.effective_chat, update.effective_message
    if chat is None or message is None:
        return
    svc = services(context)
    place = place_of(chat)
    if not context.args:
        await message.reply_text(texts.use_usage(svc.quiz.sets_for(place)))
        return
    if not await is_group_admin(update, context):
        await message.reply_text(texts.GROUP_ONLY_ADMINS)
        return
    chosen = svc.quiz.use_set(place, context.args[0])
    if chosen is None:
        await message.reply_text(
            f"There is no set called <code>{html.escape(context.args[0][:64])}</code>.\n"
            + texts.use_usage(svc.quiz.sets_for(place))
        )
        return
    await message.reply_text(texts.use_done(chosen))
