"""/channel: bot admins link channels for a daily quiz poll; channel polls' results come in."""

from __future__ import annotations

import logging

from telegram import Chat, ChatFullInfo, ChatMemberAdministrator, Update
from telegram.constants import ChatMemberStatus
from telegram.error import BadRequest, Forbidden

from bot.context import QuizContext, translator_for
from bot.service.channels import CHANNEL, LinkRequest, channel_key
from bot.service.schedule import OFF_WORDS, BadTime, ZoneChoice, parse_local_time
from bot.service.types import Place
from bot.views import texts
from bot.views.i18n import Translator

log = logging.getLogger(__name__)
ADMINS = (ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER)


async def channel_command(update: Update, context: QuizContext) -> None:
    """List, link or stop channels: /channel [@name HH:MM [Area/City] | @name off]."""
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    t = await translator_for(update, context)
    channels = context.services.channels
    args = context.args or []
    if not args:
        await message.reply_text(texts.channel_list(t, await channels.linked()))
        return
    key = channel_key(args[0])
    if key is None or len(args) < 2:
        await message.reply_text(t.gettext(texts.CHANNEL_USAGE))
        return
    if args[1].lower() in OFF_WORDS:
        stopped = await channels.unlink(key)
        reply = (
            texts.channel_unlinked(t, stopped)
            if stopped is not None
            else texts.channel_not_linked(t, key)
        )
        await message.reply_text(reply)
        return
    at = parse_local_time(args[1])
    if isinstance(at, BadTime):
        await message.reply_text(texts.channel_bad_time(t, args[1]))
        return
    chat = await _checked_channel(update, context, key, t)
    if chat is None:
        return
    zone_text = " ".join(args[2:]) or None
    place = Place(chat.id, CHANNEL, chat.title)
    request = LinkRequest(place, chat.username, user.id, at, zone_text, language=t.language)
    result = await channels.link(request)
    if isinstance(result, ZoneChoice):
        await message.reply_text(texts.channel_bad_zone(t, result))
        return
    await message.reply_text(texts.channel_linked(t, chat.title, chat.username, chat.id, result))


async def _checked_channel(
    update: Update, context: QuizContext, key: str | int, t: Translator
) -> ChatFullInfo | None:
    """Return the channel if both the bot and the user administer it; else say why not."""
    message, user = update.effective_message, update.effective_user
    assert message is not None and user is not None
    bot = context.bot
    try:
        chat = await bot.get_chat(f"@{key}" if isinstance(key, str) else key)
    except (BadRequest, Forbidden) as exc:
        log.info("channel %s not found: %s", key, exc)
        await message.reply_text(texts.channel_not_found(t, key))
        return None
    if chat.type != Chat.CHANNEL:
        await message.reply_text(texts.channel_not_a_channel(t, key))
        return None
    try:
        me = await bot.get_chat_member(chat.id, bot.id)
    except (BadRequest, Forbidden):
        me = None  # Telegram hides a channel's members from a bot that is not its admin
    allowed = isinstance(me, ChatMemberAdministrator) and me.can_post_messages
    if not allowed:
        await message.reply_text(texts.channel_bot_not_admin(t, key))
        return None
    try:
        member = await bot.get_chat_member(chat.id, user.id)
    except BadRequest:
        member = None  # "user not found": never joined the channel
    if member is None or member.status not in ADMINS:
        await message.reply_text(texts.channel_you_not_admin(t, key))
        return None
    return chat


async def poll_results(update: Update, context: QuizContext) -> None:
    """Keep the vote counts Telegram reports for a channel's anonymous quiz poll."""
    poll = update.poll
    if poll is None or not poll.is_anonymous:
        return  # group polls are scored from their poll answers instead
    counts = [option.voter_count for option in poll.options]
    await context.services.channels.record_poll(poll.id, counts, poll.total_voter_count)
