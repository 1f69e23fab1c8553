"""Admin set tools: file uploads, article quizzes, /generate, /export and /delete.

Every handler here is registered behind `admin.admin_only`; none checks the user itself.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass
from typing import Any

from telegram import Bot, InlineKeyboardMarkup, Message, Update
from telegram.error import BadRequest

from bot.context import (
    QuizContext,
    command_argument,
    drafts,
    translator_for,
    user_drafts,
)
from bot.service import worker
from bot.service.admin import (
    AdminService,
    ArticleChoice,
    NotGenerated,
    SameArticle,
    upload_limit,
)
from bot.service.worker import in_daemon_thread
from bot.views import texts
from bot.views.callbacks import SAME_ARTICLE, SAME_ARTICLE_ACTIONS, decode_delete, decode_draft
from bot.views.i18n import Translator
from bot.views.keyboards import delete_keyboard, draft_button

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ArticleDraft:
    """An article waiting for the admin's choice: update the set it made, or a new set."""

    text: str
    filename: str | None
    caption: str | None


async def generate_and_report(
    bot: Bot,
    chat_id: int,
    admin: AdminService,
    t: Translator,
    text: str,
    *,
    user_data: dict[Any, Any] | None,
    filename: str | None = None,
    caption: str | None = None,
    choice: ArticleChoice = "ask",
    progress: Message | None = None,
    prefix: str = "",
) -> None:
    """Show progress, run the generator off the event loop, then edit in the result."""
    if progress is None:
        progress = await bot.send_message(chat_id, t.gettext(texts.GENERATING))
    else:
        await progress.edit_text(t.gettext(texts.GENERATING))
    try:
        result = await in_daemon_thread(
            lambda: admin.generate(text, filename=filename, caption=caption, choice=choice)
        )
    except Exception:
        # Logged here rather than by the error handler: the progress message must not be left
        # saying "⏳" forever, and one message about the failure is enough.
        log.exception("generating a quiz from %s failed", filename or "pasted text")
        await progress.edit_text(t.gettext(texts.GENERATION_FAILED))
        return
    if isinstance(result, SameArticle):
        draft = progress.message_id
        user_drafts(user_data, SAME_ARTICLE)[draft] = ArticleDraft(text, filename, caption)
        update_label = t.gettext("🔄 Update {slug}").format(slug=result.slug)
        new_label = t.gettext("➕ New set {slug}").format(slug=result.new_slug)
        keyboard = InlineKeyboardMarkup(
            [
                [draft_button(SAME_ARTICLE, draft, update_label, "update")],
                [
                    draft_button(SAME_ARTICLE, draft, new_label, "new"),
                    draft_button(SAME_ARTICLE, draft, t.pgettext("button", "Cancel"), "no"),
                ],
            ]
        )
        await progress.edit_text(prefix + texts.same_article(t, result), reply_markup=keyboard)
        return
    if isinstance(result, NotGenerated):
        reply = texts.not_generated(t, result.reason)
    else:
        ignored = bool(caption and caption.strip()) and not result.explicit_slug
        reply = texts.generated(t, result, caption_ignored=ignored)
    await progress.edit_text(prefix + reply)


async def same_article_button(update: Update, context: QuizContext) -> None:
    """Regenerate the set an article made, make a new one, or cancel, as the admin chose."""
    query = update.callback_query
    if query is None or not isinstance(query.message, Message):
        return
    press = decode_draft(SAME_ARTICLE, SAME_ARTICLE_ACTIONS, query.data)
    draft = drafts(context, SAME_ARTICLE).pop(press.draft, None) if press is not None else None
    t = await translator_for(update, context)
    if press is None or not isinstance(draft, ArticleDraft):
        await query.answer(t.gettext(texts.ARTICLE_EXPIRED), show_alert=True)
        return
    await query.answer()
    if press.action == "no":
        with contextlib.suppress(BadRequest):
            await query.message.edit_text(t.gettext(texts.ARTICLE_CANCELLED))
        return
    choice: ArticleChoice = "update" if press.action == "update" else "new"
    await generate_and_report(
        context.bot,
        query.message.chat.id,
        context.services.admin.service,
        t,
        draft.text,
        user_data=context.user_data,
        filename=draft.filename,
        caption=draft.caption,
        choice=choice,
        progress=query.message,
    )


async def upload(update: Update, context: QuizContext) -> None:
    """Record a file sent by an admin as a job (a set to import, or an article), and run it."""
    message, user = update.effective_message, update.effective_user
    if message is None or message.document is None or user is None:
        return
    document = message.document
    t = await translator_for(update, context)
    filename = document.file_name or "upload"
    # Refuse before getFile: Telegram reports the size, so a huge file is never downloaded.
    limit = upload_limit(filename)
    if document.file_size is not None and document.file_size > limit:
        await message.reply_text(texts.too_big(t, document.file_size, limit))
        return
    # Recorded before anything else happens: a restart finds the job and fetches the file again.
    await context.services.jobs.import_upload(
        user.id,
        message.chat_id,
        file_id=document.file_id,
        filename=filename,
        caption=message.caption,
    )


async def generate(update: Update, context: QuizContext) -> None:
    """Make a quiz from the article pasted after /generate."""
    found_argument = await command_argument(update, context, texts.GENERATE_USAGE)
    if found_argument is None:
        return
    message, text, t = found_argument
    await generate_and_report(
        context.bot,
        message.chat_id,
        context.services.admin.service,
        t,
        text,
        user_data=context.user_data,
    )


async def _slug_argument(
    message: Message | None, context: QuizContext, t: Translator, usage: str
) -> str | None:
    """Return the command's SLUG argument, or explain the usage and return None."""
    if message is None:
        return None
    if not context.args:
        await message.reply_text(t.gettext(usage))
        return None
    return context.args[0].strip().lower()


async def export_set(update: Update, context: QuizContext) -> None:
    """Send a set back as SLUG.yaml, ready to edit and upload again."""
    message = update.effective_message
    t = await translator_for(update, context)
    slug = await _slug_argument(message, context, t, texts.SET_EXPORT_USAGE)
    if message is None or slug is None:
        return
    admin = context.services.admin.service
    # Off the event loop: a 70,000-question set took 12 s to write, and everyone waited; a
    # big one in a process of its own, where it does not compete for the GIL either.
    if await asyncio.to_thread(admin.set_size, slug) > worker.BIG_EXPORT_QUESTIONS:
        url = worker.database_url(admin.engine)
        exported = await worker.in_worker(worker.export_file, url, slug)
    else:
        exported = await in_daemon_thread(lambda: admin.export_bytes(slug))
    if exported is None:
        slugs = await asyncio.to_thread(admin.slugs)
        await message.reply_text(texts.unknown_set(t, slug, slugs))
        return
    await message.reply_document(
        document=exported, filename=f"{slug}.yaml", caption=texts.exported(t, slug)
    )


async def delete_set(update: Update, context: QuizContext) -> None:
    """Ask the admin to confirm deleting a set, with Delete and Cancel buttons."""
    message = update.effective_message
    t = await translator_for(update, context)
    slug = await _slug_argument(message, context, t, texts.DELETE_USAGE)
    if message is None or slug is None:
        return
    admin = context.services.admin
    plan = await admin.plan_delete(slug)
    if plan is None:
        await message.reply_text(texts.unknown_set(t, slug, await admin.slugs()))
        return
    await message.reply_text(
        texts.confirm_delete(t, plan),
        reply_markup=delete_keyboard(t, plan.set_id),
    )


async def delete_button(update: Update, context: QuizContext) -> None:
    """Delete (retire) the set, or keep it, as the admin chose; the buttons go away."""
    query = update.callback_query
    if query is None:
        return
    press = decode_delete(query.data)
    t = await translator_for(update, context)
    if press is None:
        await query.answer(t.gettext(texts.ALREADY_DELETED))
        return
    admin = context.services.admin
    if not press.confirm:
        await query.answer(t.gettext(texts.KEPT_ALERT))
        reply = texts.kept(t, await admin.set_title(press.set_id))
    else:
        result = await admin.delete(press.set_id)
        if result is None:
            reply = t.gettext(texts.ALREADY_DELETED)
            await query.answer(reply)
        else:
            await query.answer(t.gettext(texts.DELETED_ALERT))
            reply = texts.deleted(t, result)
    # A second press on an old keyboard finds the message already saying what happened.
    with contextlib.suppress(BadRequest):
        await query.edit_message_text(reply)
