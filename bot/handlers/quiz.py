"""/quiz, answer buttons in private chats, quiz-poll answers in groups, and the start menu."""

from __future__ import annotations

import html
import logging

from telegram import (
    Bot,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputPollOption,
    Message,
    Poll,
    Update,
)
from telegram.error import BadRequest, TelegramError
from telegram.ext import ContextTypes

from bot import texts
from bot.callbacks import decode_answer, encode_answer
from bot.context import Services, place_of, player_of, services
from bot.handlers.teacher import result_keyboard
from bot.metrics import bot_metrics
from bot.service.quiz import AnswerStatus, NoQuestion, Place, Player, ShownQuestion
from questions.schema import QUESTION_MAX

log = logging.getLogger(__name__)


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


def poll_options(question: ShownQuestion) -> list[InputPollOption]:
    """Return a quiz poll's options as plain text, in the order shown."""
    # An explicit None keeps PTB's Defaults from filling in text_parse_mode=HTML: option texts
    # such as "<no>" or "&lt;" must reach the poll exactly as written.
    return [InputPollOption(option, text_parse_mode=None) for option in question.options]


async def send_question(
    bot: Bot, svc: Services, place: Place, player: Player | None, *, trigger: str = "quiz"
) -> Message:
    """Pick the next question and send it: buttons in private chats, a quiz poll in groups."""
    picked = svc.quiz.next_question(place, player, trigger=trigger)
    if picked is NoQuestion.NO_SETS:
        return await bot.send_message(place.id, texts.NO_SETS)
    if picked is NoQuestion.EMPTY_SET:
        return await bot.send_message(place.id, texts.EMPTY_SET)
    assert isinstance(picked, ShownQuestion)
    if place.is_group:
        if picked.notice:
            await bot.send_message(place.id, f"ℹ️ {html.escape(picked.notice)}")
        # Poll texts go out with parsing off, so nothing is escaped.
        daily = trigger == "daily" and len(picked.text) <= QUESTION_MAX - 2
        message = await bot.send_poll(
            place.id,
            question=f"📅 {picked.text}" if daily else picked.text,
            options=poll_options(picked),
            type=Poll.QUIZ,
            correct_option_ids=[picked.correct_position],  # type: ignore[list-item]
            explanation=picked.explanation,
            is_anonymous=False,
            explanation_parse_mode=None,
            question_parse_mode=None,
        )
        poll_id = message.poll.id if message.poll else None
        svc.quiz.attach_message(picked.delivery_id, message.message_id, poll_id)
        return message
    message = await bot.send_message(
        place.id,
        texts.question_message(picked, daily=trigger == "daily"),
        reply_markup=question_keyboard(picked),
    )
    svc.quiz.attach_message(picked.delivery_id, message.message_id)
    return message


async def quiz(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Send the next question of the chat's active set."""
    user, chat = update.effective_user, update.effective_chat
    if chat is None:
        return
    player = player_of(user) if user is not None else None
    await send_question(context.bot, services(context), place_of(chat), player)


async def answer_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Judge a press on an answer button and show the result in the question message."""
    query = update.callback_query
    if query is None:
        return
    press = decode_answer(query.data)
    if press is None:
        await query.answer(texts.press_notice(AnswerStatus.UNKNOWN))
        return
    svc = services(context)
    outcome = svc.quiz.answer(press.delivery_id, player_of(query.from_user), press.position)
    if not outcome.counted:
        await query.answer(texts.press_notice(outcome.status))
        return
    bot_metrics(context).record_answer(outcome.status is AnswerStatus.CORRECT)
    verdict = "✅ Correct!" if outcome.status is AnswerStatus.CORRECT else "❌ Not quite."
    try:
        await query.answer(verdict)
    except TelegramError as exc:
        # The answer is recorded: a lost pop-up must neither hide the result below nor make
        # the error handler ask the player to try again.
        log.warning("could not answer the press on delivery %s: %s", outcome.delivery_id, exc)
    if isinstance(query.message, Message):
        try:
            await query.message.edit_text(
                texts.answer_result(outcome), reply_markup=result_keyboard(outcome.delivery_id)
            )
        except BadRequest as exc:
            # The answer is already recorded; a message we can no longer edit only loses the view.
            log.warning("could not show the result of delivery %s: %s", outcome.delivery_id, exc)


async def next_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Send a new question when 'Next question' is pressed."""
    query = update.callback_query
    if query is None:
        return
    await query.answer()
    chat = update.effective_chat
    if chat is None:
        return
    await send_question(
        context.bot, services(context), place_of(chat), player_of(query.from_user), trigger="next"
    )


async def poll_answer(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Score a group member's answer to a quiz poll."""
    answer = update.poll_answer
    if answer is None or answer.user is None:
        return
    outcome = services(context).quiz.answer_poll(
        answer.poll_id, player_of(answer.user), list(answer.option_ids)
    )
    if outcome.counted:
        bot_metrics(context).record_answer(outcome.status is AnswerStatus.CORRECT)
