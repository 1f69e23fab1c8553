"""/daily: one question a day at the chat's local time (the sending is bot/jobs/daily.py)."""

from __future__ import annotations

import logging

from telegram import Message, Update
from telegram.error import BadRequest

from bot.context import QuizContext, is_group_admin, place_of, player_of, translator_for
from bot.service.schedule import BadTime, ShowStatus, TurnOff, TurnOn, ZoneChoice, parse_command
from bot.views import texts
from bot.views.callbacks import decode_daily
from bot.views.keyboards import daily_keyboard

log = logging.getLogger(__name__)


async def send_status(update: Update, context: QuizContext) -> None:
    """Show whether the chat gets a daily question, and when."""
    chat = update.effective_chat
    if chat is None:
        return
    status = await context.services.daily.status(chat.id)
    t = await translator_for(update, context)
    await context.bot.send_message(
        chat.id, texts.daily_status(t, status), reply_markup=daily_keyboard(t, status.active)
    )


async def menu_daily(update: Update, context: QuizContext) -> None:
    """Show the daily status from the /start menu's Daily question."""
    if update.callback_query is None:
        return
    await update.callback_query.answer()
    await send_status(update, context)


async def daily_command(update: Update, context: QuizContext) -> None:
    """Show, set or stop the chat's daily question: /daily [HH:MM [Area/City] | on | off]."""
    chat, message, user = update.effective_chat, update.effective_message, update.effective_user
    if chat is None or message is None:
        return
    command = parse_command(context.args or [])
    if isinstance(command, ShowStatus):
        await send_status(update, context)
        return
    t = await translator_for(update, context)
    if isinstance(command, BadTime):
        await message.reply_text(texts.daily_bad_time(t, command))
        return
    if not await is_group_admin(update, context):
        await message.reply_text(t.gettext(texts.GROUP_ONLY_ADMINS))
        return
    svc = context.services
    daily = svc.daily
    place = place_of(chat)
    await svc.quiz.register(player_of(user) if user is not None else None, place)
    if isinstance(command, TurnOff):
        done = await daily.turn_off(chat.id)
        await message.reply_text(
            t.gettext(texts.DAILY_TURNED_OFF if done else texts.DAILY_ALREADY_OFF)
        )
        return
    result = (
        await daily.turn_on(place)
        if isinstance(command, TurnOn)
        else await daily.subscribe(place, command.at, command.zone_text)
    )
    if isinstance(result, ZoneChoice):
        await message.reply_text(texts.daily_bad_zone(t, result))
        return
    await message.reply_text(
        texts.daily_subscribed(t, result), reply_markup=daily_keyboard(t, True)
    )


async def daily_button(update: Update, context: QuizContext) -> None:
    """Turn the daily question on or off from its button, then show the new status."""
    query, chat = update.callback_query, update.effective_chat
    if query is None or chat is None:
        return
    action = decode_daily(query.data)
    t = await translator_for(update, context)
    if action is None:
        await query.answer(t.gettext(texts.DAILY_BAD_BUTTON))
        return
    if not await is_group_admin(update, context):
        await query.answer(t.gettext(texts.GROUP_ONLY_ADMINS), show_alert=True)
        return
    daily = context.services.daily
    place = place_of(chat)
    await context.services.quiz.register(player_of(query.from_user), place)
    if action == "on":
        status = await daily.turn_on(place)
        await query.answer(t.gettext(texts.DAILY_ON_ALERT))
    else:
        await daily.turn_off(chat.id)
        status = await daily.status(chat.id)
        await query.answer(t.gettext(texts.DAILY_OFF_ALERT))
    if isinstance(query.message, Message):
        try:
            await query.message.edit_text(
                texts.daily_status(t, status), reply_markup=daily_keyboard(t, status.active)
            )
        except BadRequest as exc:
            # "message is not modified" after a double press: the state is already right.
            log.debug("daily status not edited: %s", exc)
