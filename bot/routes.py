"""Every handler of the bot, in the order PTB tries them: the first match in a group wins."""

from __future__ import annotations

from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    PollAnswerHandler,
    PollHandler,
    filters,
)

from bot.handlers import admin, admin_sets, daily, game, leaderboard, sets, start, teacher
from bot.handlers import channels as channel_handlers
from bot.handlers import quiz as quiz_handlers
from bot.handlers.admin import admin_only
from bot.handlers.errors import on_error
from bot.views import game_texts
from bot.views.callbacks import (
    ANSWER,
    BROADCAST,
    DAILY,
    DELETE_SET,
    LANGUAGE,
    MENU,
    NEXT,
    SAME_ARTICLE,
    SETS_PAGE,
)
from bot.views.teacher_callbacks import FLAG, FLAG_REASON, FLAG_REVIEW


def add_handlers(app: Application) -> None:  # type: ignore[type-arg]
    """Register every command, button, poll and message handler, and the error handler."""
    # Everyone's commands.
    app.add_handler(CommandHandler("start", start.start))
    app.add_handler(CommandHandler("help", start.help_command))
    app.add_handler(CommandHandler("whoami", start.whoami))
    app.add_handler(CommandHandler("quiz", quiz_handlers.quiz))
    app.add_handler(CommandHandler("score", leaderboard.score))
    app.add_handler(CommandHandler("leaderboard", leaderboard.leaderboard))
    app.add_handler(CommandHandler("sets", sets.list_sets))
    app.add_handler(CommandHandler("use", sets.use_set))
    app.add_handler(CommandHandler("daily", daily.daily_command))
    app.add_handler(CallbackQueryHandler(daily.daily_button, pattern=f"^{DAILY}:"))
    app.add_handler(CommandHandler("language", start.language_command))
    app.add_handler(CallbackQueryHandler(start.language_button, pattern=f"^{LANGUAGE}:"))
    # Rounds: /game and /stop (group admins in groups), the Join button. Their poll answers
    # and button presses reach the quiz handlers below, which hand round questions over.
    app.add_handler(CommandHandler("game", game.game))
    app.add_handler(CommandHandler("stop", game.stop))
    app.add_handler(CallbackQueryHandler(game.join_button, pattern=f"^{game_texts.JOIN}$"))
    # A round's poll answers first (group -1): a round's poll stops there, others go on. A
    # round's button press is told apart inside the quiz's answer_button (one DB call).
    app.add_handler(PollAnswerHandler(game.round_poll_answer), group=-1)
    # Admin tools, every one behind the admin check. block=False: a long broadcast, download
    # or generation must not hold up other players.
    app.add_handler(CommandHandler("export", admin_only(admin_sets.export_set), block=False))
    app.add_handler(CommandHandler("delete", admin_only(admin_sets.delete_set)))
    app.add_handler(CommandHandler("generate", admin_only(admin_sets.generate), block=False))
    app.add_handler(CommandHandler("stats", admin_only(admin.stats)))
    app.add_handler(CommandHandler("broadcast", admin_only(admin.broadcast), block=False))
    app.add_handler(
        CallbackQueryHandler(admin_only(admin_sets.delete_button), pattern=f"^{DELETE_SET}:")
    )
    app.add_handler(
        CallbackQueryHandler(
            admin_only(admin.broadcast_button), pattern=f"^{BROADCAST}:", block=False
        )
    )
    app.add_handler(
        CallbackQueryHandler(
            admin_only(admin_sets.same_article_button), pattern=f"^{SAME_ARTICLE}:", block=False
        )
    )
    # The teacher's reports (admins only) and the players' flag buttons.
    app.add_handler(CommandHandler("report", admin_only(teacher.report), block=False))
    app.add_handler(
        CommandHandler("export_results", admin_only(teacher.export_results), block=False)
    )
    app.add_handler(CommandHandler("flags", admin_only(teacher.flags)))
    # Channels: linked by bot admins; the daily dispatcher posts their polls.
    app.add_handler(CommandHandler("channel", admin_only(channel_handlers.channel_command)))
    app.add_handler(PollHandler(channel_handlers.poll_results))
    app.add_handler(
        CallbackQueryHandler(admin_only(teacher.review_button), pattern=f"^{FLAG_REVIEW}:")
    )
    app.add_handler(CallbackQueryHandler(teacher.flag_button, pattern=f"^{FLAG}:"))
    app.add_handler(CallbackQueryHandler(teacher.reason_button, pattern=f"^{FLAG_REASON}:"))
    # Files sent in groups are not meant for the bot; in a private chat they are uploads.
    private_files = filters.ChatType.PRIVATE & filters.Document.ALL
    app.add_handler(MessageHandler(private_files, admin_only(admin_sets.upload), block=False))
    # Answers and the menu.
    app.add_handler(CallbackQueryHandler(quiz_handlers.answer_button, pattern=f"^{ANSWER}:"))
    app.add_handler(CallbackQueryHandler(quiz_handlers.next_button, pattern=f"^{NEXT}$"))
    app.add_handler(CallbackQueryHandler(quiz_handlers.menu_quiz, pattern=f"^{MENU}:quiz$"))
    app.add_handler(CallbackQueryHandler(daily.menu_daily, pattern=f"^{MENU}:daily$"))
    app.add_handler(CallbackQueryHandler(leaderboard.menu_board, pattern=f"^{MENU}:board$"))
    app.add_handler(CallbackQueryHandler(start.stale_menu_button, pattern=f"^{MENU}:"))
    app.add_handler(CallbackQueryHandler(sets.page_button, pattern=f"^{SETS_PAGE}:"))
    app.add_handler(PollAnswerHandler(quiz_handlers.poll_answer))
    # Anything left: malformed buttons get a notice, unknown commands and private text a hint.
    app.add_handler(CallbackQueryHandler(quiz_handlers.answer_button))
    # Not in channels: a post there is the channel's own, never a command to the bot.
    not_posts = ~filters.UpdateType.CHANNEL_POSTS
    app.add_handler(MessageHandler(start.COMMAND_FOR_US & not_posts, start.unknown))
    app.add_handler(MessageHandler(filters.ChatType.PRIVATE & filters.TEXT, start.unknown))
    app.add_error_handler(on_error)
