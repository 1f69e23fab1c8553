"""/daily: one question a day at the chat's local time; the dispatcher job is registered here."""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.error import BadRequest
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, ContextTypes

from bot import texts
from bot.callbacks import DAILY, decode_daily, encode_daily
from bot.context import SERVICES_KEY, Services, place_of, player_of, services
from bot.handlers.daily_dispatch import DailyDispatcher
from bot.handlers.sets import is_group_admin
from bot.metrics import bot_metrics
from bot.service.daily import DailyService
from bot.service.schedule import BadTime, ShowStatus, TurnOff, TurnOn, ZoneChoice, parse_command

log = logging.getLogger(__name__)

DAILY_KEY = "quizbot.daily"
JOB_NAME = "daily-dispatcher"
FIRST_TICK_SECONDS = 2.0


def dispatcher_of(holder: Application | Any) -> DailyDispatcher:  # type: ignore[type-arg]
    """Return the daily dispatcher from an Application or a handler's context."""
    app = holder if isinstance(holder, Application) else holder.application
    found = app.bot_data[DAILY_KEY]
    assert isinstance(found, DailyDispatcher)
    return found


async def dispatch_tick(context: ContextTypes.DEFAULT_TYPE) -> None:
    """The repeating job: one dispatcher pass."""
    await dispatcher_of(context).run_once()


# --- /daily and its buttons -------------------------------------------------------------------


def daily_keyboard(active: bool) -> InlineKeyboardMarkup:
    """One button: turn off when on, turn on when off."""
    label, action = (texts.DAILY_OFF_BUTTON, "off") if active else (texts.DAILY_ON_BUTTON, "on")
    return InlineKeyboardMarkup([[InlineKeyboardButton(label, callback_data=encode_daily(action))]])


async def send_status(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show whether the chat gets a daily question, and when."""
    chat = update.effective_chat
    if chat is None:
        return
    status = dispatcher_of(context).daily.status(chat.id)
    await context.bot.send_message(
        chat.id, texts.daily_status(status), reply_markup=daily_keyboard(status.active)
    )


async def daily_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show, set or stop the chat's daily question: /daily [HH:MM [Area/City] | on | off]."""
    chat, message, user = update.effective_chat, update.effective_message, update.effective_user
    if chat is None or message is None:
        return
    command = parse_command(context.args or [])
    if isinstance(command, ShowStatus):
        await send_status(update, context)
        return
    if isinstance(command, BadTime):
        await message.reply_text(texts.daily_bad_time(command))
        return
    if not await is_group_admin(update, context):
        await message.reply_text(texts.GROUP_ONLY_ADMINS)
        return
    svc, daily = services(context), dispatcher_of(context).daily
    place = place_of(chat)
    svc.quiz.register(player_of(user) if user is not None else None, place)
    if isinstance(command, TurnOff):
        done = daily.turn_off(chat.id)
        await message.reply_text(texts.DAILY_TURNED_OFF if done else texts.DAILY_ALREADY_OFF)
        return
    result = (
        daily.turn_on(place)
        if isinstance(command, TurnOn)
        else daily.subscribe(place, command.at, command.zone_text)
    )
    if isinstance(result, ZoneChoice):
        await message.reply_text(texts.daily_bad_zone(result))
        return
    await message.reply_text(texts.daily_subscribed(result), reply_markup=daily_keyboard(True))


async def daily_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Turn the daily question on or off from its button, then show the new status."""
    query, chat = update.callback_query, update.effective_chat
    if query is None or chat is None:
        return
    action = decode_daily(query.data)
    if action is None:
        await query.answer(texts.DAILY_BAD_BUTTON)
        return
    if not await is_group_admin(update, context):
        await query.answer(texts.GROUP_ONLY_ADMINS, show_alert=True)
        return
    daily = dispatcher_of(context).daily
    place = place_of(chat)
    services(context).quiz.register(player_of(query.from_user), place)
    if action == "on":
        status = daily.turn_on(place)
        await query.answer("Daily question on")
    else:
        daily.turn_off(chat.id)
        status = daily.status(chat.id)
        await query.answer("Daily question off")
    if isinstance(query.message, Message):
        try:
            await query.message.edit_text(
                texts.daily_status(status), reply_markup=daily_keyboard(status.active)
            )
        except BadRequest as exc:
            # "message is not modified" after a double press: the state is already right.
            log.debug("daily status not edited: %s", exc)


def register(app: Application) -> None:  # type: ignore[type-arg]
    """Add the /daily handlers and the dispatcher job."""
    svc = app.bot_data[SERVICES_KEY]
    assert isinstance(svc, Services)
    settings = svc.settings
    daily = DailyService(
        svc.engine,
        svc.quiz,
        clock=svc.quiz.clock,
        grace=timedelta(hours=settings.daily_grace_hours),
        tick=timedelta(seconds=settings.daily_check_seconds),
        default_zone=settings.default_timezone,
    )
    app.bot_data[DAILY_KEY] = DailyDispatcher(
        app.bot,
        daily,
        metrics=bot_metrics(app),
        rate_per_second=settings.send_rate_per_second,
        # Picking ahead must never hold up the next pass's sends.
        prepare_seconds=settings.daily_check_seconds / 2,
    )
    app.add_handler(CommandHandler("daily", daily_command))
    app.add_handler(CallbackQueryHandler(daily_button, pattern=f"^{DAILY}:"))
    if app.job_queue is None:
        raise RuntimeError('the daily dispatcher needs "python-telegram-bot[job-queue]"')
    interval = settings.daily_check_seconds
    app.job_queue.run_repeating(
        dispatch_tick,
        interval=interval,
        # Soon after start: this first pass also resends what a crash left unfinished.
        first=min(FIRST_TICK_SECONDS, interval),
        name=JOB_NAME,
        job_kwargs={"max_instances": 1, "coalesce": True},
    )
