"""The texts of /channel and of the daily poll's recap in channels (`texts.channel_*`)."""

from __future__ import annotations

from datetime import date
from html import escape

from bot.service.channels import LinkedChannel, Recap
from bot.service.schedule import ZoneChoice
from bot.service.subscriptions import DailyStatus
from bot.views.i18n import N_, Translator
from bot.views.texts.player import NO_SCORING_IN_CHANNELS

CHANNEL_USAGE = N_(
    "Link a channel where I am an administrator: /channel @name HH:MM [Area/City], for example "
    "/channel @mychannel 08:30 Europe/Berlin. Stop with /channel @name off; /channel lists "
    "the linked channels."
)


def _channel_name(reference: str | int) -> str:
    """Show a channel reference as typed: @name or its id."""
    return escape(f"@{reference}" if isinstance(reference, str) else str(reference))


def _channel_title(title: str | None, username: str | None, chat_id: int) -> str:
    """Show a channel by title, with its @name if it has one."""
    shown = escape(title or str(chat_id))
    return f"<b>{shown}</b> (@{escape(username)})" if username else f"<b>{shown}</b>"


def channel_not_found(t: Translator, reference: str | int) -> str:
    """Explain that Telegram knows no channel by that name (or hides it from the bot)."""
    return t.gettext(
        "I can't find {name}. Check the name, and add me to the channel as an administrator first."
    ).format(name=_channel_name(reference))


def channel_not_a_channel(t: Translator, reference: str | int) -> str:
    """Explain that the chat is a group or a user, not a channel."""
    return t.gettext(
        "{name} is not a channel. For a group, send /daily HH:MM in the group itself."
    ).format(name=_channel_name(reference))


def channel_bot_not_admin(t: Translator, reference: str | int) -> str:
    """Explain that the bot must be a channel administrator allowed to post."""
    return t.gettext(
        "I am not an administrator of {name} who may post messages. Add me as an administrator "
        "with the right to post messages, then send the command again."
    ).format(name=_channel_name(reference))


def channel_you_not_admin(t: Translator, reference: str | int) -> str:
    """Explain that only the channel's own administrators may link it."""
    return t.gettext(
        "Only administrators of {name} can link it, and you are not one there."
    ).format(name=_channel_name(reference))


def channel_bad_time(t: Translator, text: str) -> str:
    """Explain a time of day that could not be used."""
    return t.gettext(
        "“{text}” is not a time of day I can use. For example: /channel @mychannel 08:30."
    ).format(text=escape(text.strip()[:40]))


def channel_bad_zone(t: Translator, choice: ZoneChoice) -> str:
    """Explain an unknown time zone, suggesting close IANA names."""
    text = t.gettext("I don't know the time zone “{text}”.").format(
        text=escape(choice.text.strip()[:64])
    )
    if choice.suggestions:
        names = ", ".join(f"<code>{escape(name)}</code>" for name in choice.suggestions)
        text += " " + t.gettext("Did you mean {names}?").format(names=names)
    return text + "\n" + t.gettext("For example: /channel @mychannel 08:30 Europe/Berlin.")


def _next_poll(t: Translator, when: date, clock: str, today: date | None) -> str:
    """Say when the next poll comes: today, tomorrow, or a date."""
    if today is not None and when == today:
        return t.gettext("today at {time}").format(time=clock)
    if today is not None and (when - today).days == 1:
        return t.gettext("tomorrow at {time}").format(time=clock)
    return t.gettext("on {date} at {time}").format(date=when.isoformat(), time=clock)


def channel_linked(
    t: Translator, title: str | None, username: str | None, chat_id: int, status: DailyStatus
) -> str:
    """Confirm a channel's daily poll: when, in which zone, and that it scores nothing."""
    assert status.next_local is not None
    clock = f"{status.next_local:%H:%M}"
    return (
        t.gettext(
            "✅ {channel} linked: a quiz poll every day at <b>{time}</b> ({zone}).\n"
            "The next one comes {next}."
        ).format(
            channel=_channel_title(title, username, chat_id),
            time=escape(status.local_time or ""),
            zone=escape(status.zone or ""),
            next=_next_poll(t, status.next_local.date(), clock, status.today),
        )
        + "\n"
        + t.gettext(NO_SCORING_IN_CHANNELS)
    )


def channel_unlinked(t: Translator, channel: LinkedChannel) -> str:
    """Confirm that a channel's daily poll stopped."""
    return t.gettext("🔕 {channel}: daily quiz polls stopped.").format(
        channel=_channel_title(channel.title, channel.username, channel.chat_id)
    )


def channel_not_linked(t: Translator, reference: str | int) -> str:
    """Say that no linked channel has this name."""
    return t.gettext("{name} is not linked. Send /channel to see the linked channels.").format(
        name=_channel_name(reference)
    )


def channel_list(t: Translator, channels: list[LinkedChannel]) -> str:
    """List the linked channels with their daily time and zone."""
    if not channels:
        return t.gettext("No channels are linked yet.") + "\n" + t.gettext(CHANNEL_USAGE)
    lines = [t.gettext("<b>Linked channels</b>")]
    for channel in channels:
        lines.append(
            t.gettext("• {channel}: every day at {time} ({zone})").format(
                channel=_channel_title(channel.title, channel.username, channel.chat_id),
                time=escape(channel.local_time),
                zone=escape(channel.zone),
            )
        )
    lines.append("\n" + t.gettext(NO_SCORING_IN_CHANNELS))
    return "\n".join(lines)


def channel_recap(t: Translator, previous: Recap, today: date) -> str:
    """Open a channel's daily post: the previous quiz's answer and how many got it right."""
    if (today - previous.local_date).days == 1:
        head = t.gettext("📊 Yesterday's quiz: {question}")
    else:
        head = t.gettext("📊 The last quiz ({date}): {question}")
    lines = [
        head.format(question=escape(previous.question), date=previous.local_date.isoformat()),
        t.gettext("Answer: <b>{answer}</b>").format(answer=escape(previous.answer)),
    ]
    if previous.voters:
        lines.append(
            t.ngettext(
                "{right} of {voters} voter got it right.",
                "{right} of {voters} voters got it right.",
                previous.voters,
            ).format(right=previous.correct_voters, voters=previous.voters)
        )
    else:
        lines.append(t.gettext("Nobody answered it."))
    return "\n".join(lines)
