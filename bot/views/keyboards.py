"""Every inline keyboard the bot shows; the buttons carry the codes of bot/views/callbacks.py."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.service.flags import REASONS, FlaggedQuestion
from bot.service.types import ShownQuestion
from bot.views import admin_texts, teacher_texts, texts
from bot.views.callbacks import (
    NEXT,
    encode_answer,
    encode_daily,
    encode_delete,
    encode_draft,
    encode_menu,
    encode_sets_page,
)
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


NEXT_BUTTON = InlineKeyboardButton(texts.NEXT_BUTTON, callback_data=NEXT)
NEXT_KEYBOARD = InlineKeyboardMarkup([[NEXT_BUTTON]])

START_MENU = InlineKeyboardMarkup(
    [
        [InlineKeyboardButton(texts.MENU_QUIZ, callback_data=encode_menu("quiz"))],
        [
            InlineKeyboardButton(texts.MENU_DAILY, callback_data=encode_menu("daily")),
            InlineKeyboardButton(texts.MENU_BOARD, callback_data=encode_menu("board")),
        ],
    ]
)


def daily_keyboard(active: bool) -> InlineKeyboardMarkup:
    """One button: turn off when on, turn on when off."""
    label, action = (texts.DAILY_OFF_BUTTON, "off") if active else (texts.DAILY_ON_BUTTON, "on")
    return InlineKeyboardMarkup([[InlineKeyboardButton(label, callback_data=encode_daily(action))]])


def delete_keyboard(set_id: int) -> InlineKeyboardMarkup:
    """Delete and Cancel, for the /delete confirmation."""
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    admin_texts.DELETE_BUTTON, callback_data=encode_delete(set_id, confirm=True)
                ),
                InlineKeyboardButton(
                    admin_texts.CANCEL_BUTTON, callback_data=encode_delete(set_id, confirm=False)
                ),
            ]
        ]
    )


def draft_button(kind: str, draft: int, label: str, action: str) -> InlineKeyboardButton:
    """Return a button that chooses `action` for an admin's draft of this kind."""
    return InlineKeyboardButton(label, callback_data=encode_draft(kind, draft, action))


def result_keyboard(delivery_id: int | None) -> InlineKeyboardMarkup:
    """The buttons under a result: the next question, and reporting this one."""
    rows = [[NEXT_BUTTON]]
    if delivery_id is not None:
        flag = encode_flag(delivery_id)
        rows.append([InlineKeyboardButton(teacher_texts.REPORT_BUTTON, callback_data=flag)])
    return InlineKeyboardMarkup(rows)


def reasons_keyboard(delivery_id: int) -> InlineKeyboardMarkup:
    """One button per reason for reporting a question, two a row, and the next question below."""
    buttons = [
        InlineKeyboardButton(label, callback_data=encode_reason(delivery_id, reason))
        for reason, label in REASONS.items()
    ]
    return InlineKeyboardMarkup([buttons[:2], buttons[2:], [NEXT_BUTTON]])


def review_keyboard(flagged: list[FlaggedQuestion]) -> InlineKeyboardMarkup | None:
    """Resume and Retire for each flagged question of /flags (None when there is none)."""
    rows = [
        [
            InlineKeyboardButton(
                teacher_texts.resume_button(n), callback_data=encode_review(q.question_id, "resume")
            ),
            InlineKeyboardButton(
                teacher_texts.retire_button(n), callback_data=encode_review(q.question_id, "retire")
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
