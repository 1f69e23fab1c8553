"""/quiz, answer buttons in private chats, quiz-poll answers in groups, and the start menu."""

from __future__ import annotations

import logging

from telegram import Bot, CallbackQuery, Message, Update
from telegram.error import BadRequest, TelegramError

from bot.context import QuizContext, Services, place_of, player_of, translator_for
from bot.service.quiz import AnswerStatus, NoQuestion
from bot.service.round_types import Verdict
from bot.service.types import Place, Player, Trigger
from bot.views import game_texts, texts
from bot.views.callbacks import decode_answer
from bot.views.i18n import Translator
from bot.views.keyboards import result_keyboard
from bot.views.send import send_question

log = logging.getLogger(__name__)


async def ask(
    bot: Bot,
    svc: Services,
    place: Place,
    player: Player | None,
    t: Translator,
    *,
    trigger: Trigger = Trigger.QUIZ,
) -> Message:
    """Pick the next question and send it: buttons in private chats, a quiz poll in groups."""
    picked = await svc.quiz.next_question(place, player, trigger=trigger)
    if isinstance(picked, NoQuestion):
        return await bot.send_message(place.id, texts.no_question(t, picked))
    message = await send_question(
        bot, place.id, picked, t, group=place.is_group, daily=trigger is Trigger.DAILY
    )
    poll_id = message.poll.id if message.poll else None
    await svc.quiz.attach_message(picked.delivery_id, message.message_id, poll_id)
    return message


async def quiz(update: Update, context: QuizContext) -> None:
    """Send the next question of the chat's active set."""
    user, chat = update.effective_user, update.effective_chat
    if chat is None:
        return
    player = player_of(user) if user is not None else None
    t = await translator_for(update, context)
    if await context.services.rounds.running(chat.id):
        message = update.effective_message
        if message is not None:
            await message.reply_text(t.gettext(game_texts.ROUND_RUNNING))
        return
    await ask(context.bot, context.services, place_of(chat), player, t)


async def show_round_verdict(
    query: CallbackQuery, verdict: Verdict, t: Translator, context: QuizContext
) -> None:
    """Show the verdict on a press in a private round, then send the round's next question."""
    outcome = verdict.outcome
    if outcome is None or not outcome.counted:
        await query.answer(texts.press_notice(t, verdict.status))
        return
    correct = outcome.status is AnswerStatus.CORRECT
    context.services.metrics.record_answer(correct)
    try:
        await query.answer(t.gettext(texts.CORRECT_ALERT if correct else texts.WRONG_ALERT))
        if isinstance(query.message, Message):
            await query.message.edit_text(texts.answer_result(t, outcome))
    except TelegramError as exc:
        # The answer is recorded; a lost pop-up or edit only loses the view.
        log.warning("could not show a round answer: %s", exc)
    await context.rounds.advance(verdict.round_id)


async def answer_button(update: Update, context: QuizContext) -> None:
    """Judge a press on an answer button and show the result in the question message."""
    query = update.callback_query
    if query is None:
        return
    press = decode_answer(query.data)
    t = await translator_for(update, context)
    if press is None:
        await query.answer(texts.press_notice(t, AnswerStatus.UNKNOWN))
        return
    svc = context.services
    # A round's question (rounds.py) or the quiz's: judged in one call either way.
    outcome = await svc.rounds.press(press.delivery_id, player_of(query.from_user), press.position)
    if isinstance(outcome, Verdict):
        await show_round_verdict(query, outcome, t, context)
        return
    if not outcome.counted:
        await query.answer(texts.press_notice(t, outcome.status))
        return
    correct = outcome.status is AnswerStatus.CORRECT
    context.services.metrics.record_answer(correct)
    verdict = t.gettext(texts.CORRECT_ALERT if correct else texts.WRONG_ALERT)
    try:
        await query.answer(verdict)
    except TelegramError as exc:
        # The answer is recorded: a lost pop-up must neither hide the result below nor make
        # the error handler ask the player to try again.
        log.warning("could not answer the press on delivery %s: %s", outcome.delivery_id, exc)
    if isinstance(query.message, Message):
        try:
            await query.message.edit_text(
                texts.answer_result(t, outcome),
                reply_markup=result_keyboard(t, outcome.delivery_id),
            )
        except BadRequest as exc:
            # The answer is already recorded; a message we can no longer edit only loses the view.
            log.warning("could not show the result of delivery %s: %s", outcome.delivery_id, exc)


async def menu_quiz(update: Update, context: QuizContext) -> None:
    """Send a question from the /start menu's Quiz me."""
    query, chat = update.callback_query, update.effective_chat
    if query is None or chat is None:
        return
    await query.answer()
    t = await translator_for(update, context)
    await ask(context.bot, context.services, place_of(chat), player_of(query.from_user), t)


async def next_button(update: Update, context: QuizContext) -> None:
    """Send a new question when 'Next question' is pressed."""
    query = update.callback_query
    if query is None:
        return
    await query.answer()
    chat = update.effective_chat
    if chat is None:
        return
    await ask(
        context.bot,
        context.services,
        place_of(chat),
        player_of(query.from_user),
        await translator_for(update, context),
        trigger=Trigger.NEXT,
    )


async def poll_answer(update: Update, context: QuizContext) -> None:
    """Score a group member's answer to a quiz poll."""
    answer = update.poll_answer
    if answer is None or answer.user is None:
        return
    outcome = await context.services.quiz.answer_poll(
        answer.poll_id, player_of(answer.user), list(answer.option_ids)
    )
    if outcome.counted:
        context.services.metrics.record_answer(outcome.status is AnswerStatus.CORRECT)
