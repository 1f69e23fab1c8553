"""Every inline keyboard the bot shows; the buttons carry the codes of bot/views/callbacks.py."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.service.flags import REASONS, FlaggedQuestion
from bot.service.types import ShownQuestion
from bot.views import texts
from bot.views.callbacks import (
    NEXT,
    encode_answer,
    encode_daily,
    encode_delete,
    encode_draft,
    encode_language,
    encode_menu,
    encode_sets_page,
)
from bot.views.i18n import LANGUAGE_NAMES, Translator
from bot.views.teacher_callbacks import encode_flag, encode_reason, encode_review


def question_keyboard(question: ShownQuestion) -> InlineKeyboardMarkup:
    """One button per option, in the order shown, each carrying delivery id and position."""
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    texts.option_button(position, option),
                    callback_data=encode_answer(question.delivery_id, position),
                )
            ]
            for position, option in enumerate(question.options)
        ]
    )


def next_button(t: Translator) -> InlineKeyboardButton:
    """The button that sends the next question."""
    return InlineKeyboardButton(t.gettext(texts.NEXT_BUTTON), callback_data=NEXT)


def next_keyboard(t: Translator) -> InlineKeyboardMarkup:
    """One button under an answered question: the next one."""
    return InlineKeyboardMarkup([[next_button(t)]])


def start_menu(t: Translator) -> InlineKeyboardMarkup:
    """The /start menu: a question, the daily question, the leaderboard."""
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(t.gettext(texts.MENU_QUIZ), callback_data=encode_menu("quiz"))],
            [
                InlineKeyboardButton(
                    t.gettext(texts.MENU_DAILY), callback_data=encode_menu("daily")
                ),
                InlineKeyboardButton(
                    t.gettext(texts.MENU_BOARD), callback_data=encode_menu("board")
                ),
            ],
        ]
    )


def language_keyboard() -> InlineKeyboardMarkup:
    """One button per shipped language, each named in its own language."""
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(name, callback_data=encode_language(language))
                for language, name in LANGUAGE_NAMES.items()
            ]
        ]
    )


def daily_keyboard(t: Translator, active: bool) -> InlineKeyboardMarkup:
    """One button: turn off when on, turn on when off."""
    label, action = (texts.DAILY_OFF_BUTTON, "off") if active else (texts.DAILY_ON_BUTTON, "on")
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(t.gettext(label), callback_data=encode_daily(action))]]
    )


def delete_keyboard(t: Translator, set_id: int) -> InlineKeyboardMarkup:
    """Delete and Cancel, for the /delete confirmation."""
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    t.gettext(texts.DELETE_BUTTON),
                    callback_data=encode_delete(set_id, confirm=True),
                ),
                InlineKeyboardButton(
                    t.pgettext("button", "Cancel"),
                    callback_data=encode_delete(set_id, confirm=False),
                ),
            ]
        ]
    )


def draft_button(kind: str, draft: int, label: str, action: str) -> InlineKeyboardButton:
    """Return a button that chooses `action` for an admin's draft of this kind."""
    return InlineKeyboardButton(label, callback_data=encode_draft(kind, draft, action))


def result_keyboard(t: Translator, delivery_id: int | None) -> InlineKeyboardMarkup:
    """The buttons under a result: the next question, and reporting this one."""
    rows = [[next_button(t)]]
    if delivery_id is not None:
        flag = encode_flag(delivery_id)
        label = t.gettext(texts.REPORT_BUTTON)
        rows.append([InlineKeyboardButton(label, callback_data=flag)])
    return InlineKeyboardMarkup(rows)


def reasons_keyboard(t: Translator, delivery_id: int) -> InlineKeyboardMarkup:
    """One button per reason for reporting a question, two a row, and the next question below."""
    buttons = [
        InlineKeyboardButton(
            texts.reason_label(t, reason), callback_data=encode_reason(delivery_id, reason)
        )
        for reason in REASONS
    ]
    return InlineKeyboardMarkup([buttons[:2], buttons[2:], [next_button(t)]])


def review_keyboard(t: Translator, flagged: list[FlaggedQuestion]) -> InlineKeyboardMarkup | None:
    """Resume and Retire for each flagged question of /flags (None when there is none)."""
    rows = [
        [
            InlineKeyboardButton(
                texts.resume_button(t, n),
                callback_data=encode_review(q.question_id, "resume"),
            ),
            InlineKeyboardButton(
                texts.retire_button(t, n),
                callback_data=encode_review(q.question_id, "retire"),
            ),
        ]
        for n, q in enumerate(flagged, start=1)
    ]
    return InlineKeyboardMarkup(rows) if rows else None


def sets_page_keyboard(page: int, pages: int) -> InlineKeyboardMarkup | None:
    """◀ and ▶ under a page of /sets, when there are more pages (None for one page)."""
    buttons = []
    if page > 1:
        buttons.append(
            InlineKeyboardButton(f"◀ {page - 1}", callback_data=encode_sets_page(page - 1))
        )
    if page < pages:
        buttons.append(
            InlineKeyboardButton(f"{page + 1} ▶", callback_data=encode_sets_page(page + 1))
        )
    return InlineKeyboardMarkup([buttons]) if buttons else None
