"""The composition root: build the PTB Application with every handler in one place."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from datetime import time as dtime
from importlib import resources

from sqlalchemy.engine import Engine
from telegram import BotCommand, BotCommandScopeDefault, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, NetworkError, TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    Defaults,
    MessageHandler,
    PollAnswerHandler,
    filters,
)

from bot import texts
from bot.callbacks import ANSWER, MENU, NEXT, SETS_PAGE
from bot.context import SERVICES_KEY, Services, place_of, player_of, services
from bot.handlers import admin_jobs, leaderboard, quiz, sets, start
from bot.metrics import (
    METRICS_KEY,
    BotMetrics,
    MeteredRequest,
    MeteredUpdateProcessor,
    bot_metrics,
)
from bot.redaction import redact_token
from bot.service.admin import AdminService
from bot.service.generation import GeneratorProcess
from bot.service.quiz import QuizService
from bot.service.scores import ScoreService
from bot.service.sets import store_read_set
from bot.settings import Settings
from bot.updates import UpdateQueue
from bot.web import HealthServer
from db.engine import make_engine, session_scope
from db.migrate import upgrade_to_head
from db.models import utcnow
from db.sets import list_sets
from questions.formats import read_bytes

log = logging.getLogger(__name__)


def load_bundled_sets(engine: Engine) -> list[str]:
    """Import the sets shipped in questions/sets/ when the database has none yet."""
    with session_scope(engine) as session:
        if list_sets(session, include_retired=True):
            return []
    loaded: list[str] = []
    folder = resources.files("questions") / "sets"
    if not folder.is_dir():
        return loaded
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith((".yaml", ".yml")):
            read = read_bytes(entry.read_bytes(), entry.name)
            store_read_set(engine, read.qset)
            loaded.append(read.qset.slug)
    return loaded


async def menu_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Handle the /start menu: Quiz me, Daily question, Leaderboard."""
    query = update.callback_query
    if query is None or update.effective_chat is None:
        return
    await query.answer()
    item = (query.data or "").partition(":")[2]
    if item == "quiz":
        await quiz.send_question(
            context.bot,
            services(context),
            place_of(update.effective_chat),
            player_of(query.from_user),
        )
    elif item == "board":
        await leaderboard.send_board(update, context, week=False)
    elif item == "daily":
        from bot.handlers.daily import send_status

        await send_status(update, context)


async def roll_boards(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Expire the day that left the seven-day boards, off the event loop."""
    await asyncio.to_thread(services(context).scores.roll_boards)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log every error with its traceback; tell the user briefly; never stop other updates."""
    error = context.error
    bot_metrics(context).handler_errors.labels(kind=type(error).__name__).inc()
    if isinstance(error, Forbidden):
        log.info("Telegram refused a send: %s", error)
        return
    if isinstance(error, BadRequest) and "query is too old" in error.message.lower():
        # An update handled just before a crash comes again after the restart (see
        # bot/updates.py); its button press can no longer be answered, and that is expected.
        log.info("a redelivered button press could not be answered again: %s", error)
        return
    if isinstance(error, NetworkError) and not isinstance(error, BadRequest):
        log.warning("network error talking to Telegram: %s", error)
        return
    log.error("error while handling an update", exc_info=error)
    if isinstance(update, Update):
        try:
            if update.callback_query is not None:
                await update.callback_query.answer(texts.SOMETHING_WRONG)
            elif update.effective_message is not None:
                await update.effective_message.reply_text(texts.SOMETHING_WRONG)
        except TelegramError:
            log.warning("could not tell the user about the error")


def user_commands() -> list[BotCommand]:
    """Return the command menu everyone sees."""
    return [BotCommand(name, about) for name, about in texts.USER_COMMANDS]


def build_application(
    settings: Settings,
    *,
    engine: Engine | None = None,
    clock: Callable[[], datetime] = utcnow,
    generator: GeneratorProcess | None = None,
) -> Application:  # type: ignore[type-arg]
    """Build the bot: settings in, a ready-to-run Application out.

    A `generator` passed in (tests share one warm worker) is the caller's to close.
    """
    if settings.telegram_bot_token is None:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set")
    redact_token(settings.telegram_bot_token.get_secret_value())  # URLs carry it
    if settings.webhook_secret is not None:
        # PTB logs setWebhook's parameters at DEBUG, secret_token included.
        redact_token(settings.webhook_secret.get_secret_value())
    engine = engine or make_engine(settings.database_url)
    svc = Services(
        settings=settings,
        engine=engine,
        quiz=QuizService(engine, clock=clock, default_set_slug=settings.default_set),
        scores=ScoreService(engine, clock=clock),
        generator=generator or GeneratorProcess(settings.generator_idle_seconds),
    )
    owns_generator = generator is None
    # --- operations: metrics and the /healthz + /metrics server ---------------------------
    # One BotMetrics per Application (its own registry). Two hooks feed it, both in the
    # builder below: MeteredRequest sees every Bot API call (errors by kind, last success),
    # MeteredUpdateProcessor (PTB's default processor, one update at a time) counts and times
    # every update. HEALTH_PORT=0 turns the server off.
    metrics = BotMetrics()
    health = (
        HealthServer(engine, metrics, host=settings.listen_host, port=settings.health_port)
        if settings.health_port
        else None
    )

    async def post_init(app: Application) -> None:  # type: ignore[type-arg]
        """Prepare the database and the command menu before the first update."""
        upgrade_to_head(engine)
        loaded = load_bundled_sets(engine)
        if loaded:
            log.info("loaded bundled question sets: %s", ", ".join(loaded))
        await app.bot.set_my_commands(user_commands(), scope=BotCommandScopeDefault())
        from bot.handlers import admin

        await admin.register_admin_menus(app.bot, settings, AdminService(engine, clock=clock))
        if not settings.admin_ids:
            log.warning(
                "ADMIN_IDS is empty: nobody can use the admin commands. Send /whoami to the "
                "bot to see your Telegram id, then set ADMIN_IDS=<id> and restart."
            )
        if health is not None:
            try:
                await health.start()
            except OSError as exc:
                # The bot still serves its users; the missing endpoint makes probes say so.
                log.error("health server not started on port %s: %s", health.port, exc)
        log.info("quizbot is ready as @%s", app.bot.username)
        resumed = await admin_jobs.resume(app)  # imports and broadcasts a restart cut short
        if resumed:
            log.info("resumed %s admin job(s) after a restart", resumed)

    async def post_stop(app: Application) -> None:  # type: ignore[type-arg]
        """Stop the admin jobs before the bot's connections close (they resume on start)."""
        await admin_jobs.job_runner(app).stop()

    async def post_shutdown(app: Application) -> None:  # type: ignore[type-arg]
        """Stop the health server and release the database connections."""
        if health is not None:
            await health.stop()
        if owns_generator:
            svc.generator.close()
        engine.dispose()

    app = (
        ApplicationBuilder()
        .token(settings.telegram_bot_token.get_secret_value())
        .base_url(settings.telegram_api_url)
        .base_file_url(settings.telegram_file_url)
        .defaults(Defaults(parse_mode=ParseMode.HTML))
        .rate_limiter(
            AIORateLimiter(
                overall_max_rate=settings.send_rate_per_second,
                overall_time_period=1,
                group_max_rate=settings.group_send_rate_per_minute,
                group_time_period=60,
                max_retries=2,
            )
        )
        .request(MeteredRequest(metrics, connection_pool_size=256))  # PTB's default sizes
        .get_updates_request(MeteredRequest(metrics, connection_pool_size=1))
        .concurrent_updates(MeteredUpdateProcessor(metrics))
        # put() returns once the update is handled: a crash cannot lose a confirmed update.
        .update_queue(UpdateQueue())
        .post_init(post_init)
        .post_stop(post_stop)
        .post_shutdown(post_shutdown)
        .build()
    )
    app.bot_data[SERVICES_KEY] = svc
    app.bot_data[METRICS_KEY] = metrics

    # --- handlers: order matters within a group; the first match wins --------------------
    app.add_handler(CommandHandler("start", start.start))
    app.add_handler(CommandHandler("help", start.help_command))
    app.add_handler(CommandHandler("whoami", start.whoami))
    app.add_handler(CommandHandler("quiz", quiz.quiz))
    app.add_handler(CommandHandler("score", leaderboard.score))
    app.add_handler(CommandHandler("leaderboard", leaderboard.leaderboard))
    app.add_handler(CommandHandler("sets", sets.list_sets))
    app.add_handler(CommandHandler("use", sets.use_set))
    from bot.handlers import admin, daily, teacher

    daily.register(app)
    admin.register(app)
    teacher.register(app)  # /report, /export_results, /flags and the players' flag buttons
    app.add_handler(CallbackQueryHandler(quiz.answer_button, pattern=f"^{ANSWER}:"))
    app.add_handler(CallbackQueryHandler(quiz.next_button, pattern=f"^{NEXT}$"))
    app.add_handler(CallbackQueryHandler(menu_button, pattern=f"^{MENU}:"))
    app.add_handler(CallbackQueryHandler(sets.page_button, pattern=f"^{SETS_PAGE}:"))
    app.add_handler(PollAnswerHandler(quiz.poll_answer))
    # Anything left: malformed buttons get a notice, unknown commands and private text a hint.
    app.add_handler(CallbackQueryHandler(quiz.answer_button))
    app.add_handler(MessageHandler(start.COMMAND_FOR_US, start.unknown))
    app.add_handler(MessageHandler(filters.ChatType.PRIVATE & filters.TEXT, start.unknown))
    app.add_error_handler(on_error)

    # Just after midnight UTC, so the first /leaderboard week of the day does not pay for it.
    if app.job_queue is not None:
        app.job_queue.run_daily(roll_boards, time=dtime(0, 0, 30, tzinfo=UTC), name="roll-boards")
    return app
