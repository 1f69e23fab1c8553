"""Texts of /sets and /use, HTML-escaped."""

from __future__ import annotations

from html import escape

from bot.service.quiz import SetChoice
from bot.views.i18n import Translator
from bot.views.paging import listed, pages_of
from bot.views.texts.player import NO_SETS


def _questions(t: Translator, count: int) -> str:
    """Return '12 questions' in the reader's language."""
    return t.ngettext("{n} question", "{n} questions", count).format(n=count)


def _set_line(t: Translator, choice: SetChoice) -> str:
    """Render one set of /sets."""
    mark = "▶️ " if choice.active else "• "
    counts = _questions(t, choice.questions)
    if choice.players is not None:
        players = t.ngettext("{n} player", "{n} players", choice.players)
        counts += ", " + players.format(n=choice.players)
    return f"{mark}<code>{escape(choice.slug)}</code> — {escape(choice.title)} ({counts})"


def sets_page_count(t: Translator, choices: list[SetChoice]) -> int:
    """Return how many pages /sets takes."""
    return len(pages_of([_set_line(t, c) for c in choices]))


def sets_message(t: Translator, choices: list[SetChoice], page: int = 1) -> str:
    """Render one page of /sets: slug, title and question count, marking the active one."""
    if not choices:
        return t.gettext(NO_SETS)
    pages = pages_of([_set_line(t, c) for c in choices])
    page = min(max(page, 1), len(pages))
    header = t.gettext("<b>Question sets</b>")
    if len(pages) > 1:
        header += " · " + t.gettext("page {page} of {pages}").format(page=page, pages=len(pages))
    return "\n".join([header, *pages[page - 1], "\n" + t.gettext("Switch with /use SLUG.")])


def use_usage(t: Translator, choices: list[SetChoice]) -> str:
    """Explain /use when the slug is missing or unknown."""
    codes = [f"<code>{escape(c.slug)}</code>" for c in choices]
    slugs = listed(codes, more=t.gettext(" … and {n} more (see /sets)"))
    example = escape(choices[0].slug) if choices else "my-set"
    return t.gettext(
        "Send /use followed by a set's slug, for example /use {example}.\nSets: {slugs}"
    ).format(example=example, slugs=slugs or t.gettext("none yet"))


def no_such_set(t: Translator, slug: str, choices: list[SetChoice]) -> str:
    """Say there is no set with that slug, and how /use works."""
    missing = t.gettext("There is no set called <code>{slug}</code>.").format(
        slug=escape(slug[:64])
    )
    return missing + "\n" + use_usage(t, choices)


def use_done(t: Translator, choice: SetChoice) -> str:
    """Confirm the chat's new active set."""
    return t.gettext(
        "This chat now plays <b>{title}</b> ({questions}). Send /quiz to begin."
    ).format(title=escape(choice.title), questions=_questions(t, choice.questions))
