"""Every inline keyboard the bot shows; the buttons carry the codes of bot/views/callbacks.py."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.service.types import ShownQuestion
from bot.views import admin_texts, texts
from bot.views.callbacks import NEXT, encode_answer, encode_daily, encode_delete, encode_menu


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


NEXT_KEYBOARD = InlineKeyboardMarkup(
    [[InlineKeyboardButton(texts.NEXT_BUTTON, callback_data=NEXT)]]
)

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
