"""The daily question's texts (/daily, its buttons and replies), as HTML with input escaped."""

from __future__ import annotations

from html import escape

from bot.service.schedule import BadTime, TimeProblem, ZoneChoice
from bot.service.subscriptions import DailyStatus
from bot.views.i18n import N_, Translator

DAILY_ON_BUTTON = N_("🔔 Turn on")
DAILY_OFF_BUTTON = N_("🔕 Turn off")
DAILY_USAGE = N_(
    "Choose a time with /daily HH:MM, optionally with a zone: /daily 08:30 Europe/Berlin."
)
DAILY_TURNED_OFF = N_("🔕 Daily question turned off. Turn it back on with /daily on.")
DAILY_ALREADY_OFF = N_("The daily question is already off. Turn it on with /daily 08:30.")
DAILY_BAD_BUTTON = N_("This button no longer works. Send /daily to see the daily question.")
DAILY_ON_ALERT = N_("Daily question on")
DAILY_OFF_ALERT = N_("Daily question off")


def _next_send(t: Translator, status: DailyStatus) -> str:
    """Say when the next daily question comes: today, tomorrow, or a date."""
    when = status.next_local
    assert when is not None
    clock = f"{when.hour:02d}:{when.minute:02d}"
    if status.today is not None and when.date() == status.today:
        return t.gettext("today at {time}").format(time=clock)
    if status.today is not None and (when.date() - status.today).days == 1:
        return t.gettext("tomorrow at {time}").format(time=clock)
    # A numeric date reads the same in every language (strftime's names follow the C locale).
    return t.gettext("on {date} at {time}").format(date=f"{when:%Y-%m-%d}", time=clock)


def daily_status(t: Translator, status: DailyStatus) -> str:
    """Render /daily: off, or on at HH:MM in its zone with the next send in local time."""
    if not status.active:
        return t.gettext("📅 Daily question: <b>off</b>.") + "\n" + t.gettext(DAILY_USAGE)
    return t.gettext(
        "📅 Daily question: <b>on</b>, every day at <b>{time}</b> ({zone}).\n"
        "Next one: {next}.\nChange it with /daily HH:MM [Area/City]."
    ).format(
        time=escape(status.local_time or ""),
        zone=escape(status.zone or ""),
        next=_next_send(t, status),
    )


def daily_subscribed(t: Translator, status: DailyStatus) -> str:
    """Confirm a new or changed daily time."""
    return t.gettext(
        "✅ Daily question on: every day at <b>{time}</b> ({zone}).\nThe next one comes {next}."
    ).format(
        time=escape(status.local_time or ""),
        zone=escape(status.zone or ""),
        next=_next_send(t, status),
    )


def daily_bad_time(t: Translator, bad: BadTime) -> str:
    """Explain a time of day that could not be used, with an example that works."""
    shown = escape(bad.text.strip()[:40])
    if bad.problem is TimeProblem.AMBIGUOUS and shown.isdigit():
        hour = int(shown)
        if 1 <= hour <= 12:
            return t.gettext(
                "“{text}” could be morning or evening. "
                "Send /daily {morning}:00 or /daily {evening}:00."
            ).format(text=shown, morning=f"{hour % 12:02d}", evening=f"{hour % 12 + 12:02d}")
        return t.gettext("Please add minutes: /daily {hour}:00.").format(
            hour=f"{min(hour, 23):02d}"
        )
    if bad.problem is TimeProblem.OUT_OF_RANGE:
        return t.gettext(
            "“{text}” is not a time of day: hours go from 0 to 23 (or 1 to 12 with am/pm), "
            "minutes from 00 to 59. For example: /daily 08:30."
        ).format(text=shown)
    return t.gettext(
        "I couldn't read “{text}” as a time. Try /daily 08:30 or /daily 7:30 pm."
    ).format(text=shown)


def daily_bad_zone(t: Translator, choice: ZoneChoice) -> str:
    """Explain an unknown time zone, suggesting close IANA names."""
    shown = escape(choice.text.strip()[:64])
    if choice.suggestions:
        names = ", ".join(f"<code>{escape(name)}</code>" for name in choice.suggestions)
        return t.gettext(
            "I don't know the time zone “{text}”. Did you mean {names}?\n"
            "For example: /daily 08:30 {first}"
        ).format(text=shown, names=names, first=escape(choice.suggestions[0]))
    return t.gettext(
        "I don't know the time zone “{text}”. Use an Area/City name, "
        "for example /daily 08:30 Europe/Berlin or /daily 7pm America/New_York."
    ).format(text=shown)
