"""The composition root: settings in, engine, services and a ready PTB Application out."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta

from sqlalchemy.engine import Engine
from telegram.constants import ParseMode
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    Defaults,
)

from bot.context import CONTEXT_TYPES, SERVICES_KEY, Services
from bot.jobs import admin as admin_jobs
from bot.routes import add_handlers
from bot.schedule import schedule_jobs
from bot.service.admin import AdminService
from bot.service.channels import Channels, ChannelService
from bot.service.daily import DailyService
from bot.service.edge import Languages, Quiz, Rounds, Scores
from bot.service.edge_admin import Admin, Flags, Report
from bot.service.edge_daily import Daily
from bot.service.flags import FlagService
from bot.service.generation import GeneratorProcess
from bot.service.jobs import Jobs, JobService
from bot.service.languages import LanguageService
from bot.service.quiz import QuizService
from bot.service.report import ReportService
from bot.service.rounds import RoundService
from bot.service.scores import ScoreService
from bot.service.sets import load_bundled_sets
from bot.settings import DEFAULT_TIMEOUTS as DEFAULT_TIMEOUTS
from bot.settings import Settings
from bot.settings import Timeouts as Timeouts
from bot.transport.delivery import FloodWait
from bot.transport.metrics import BotMetrics, MeteredRequest
from bot.transport.processor import OrderedUpdateProcessor
from bot.transport.redaction import redact_token
from bot.transport.updates import Inbox, InboxRequest, UpdateQueue
from bot.transport.web import HealthServer
from bot.views.commands import show_admin_menus, show_user_menus
from db.engine import make_engine
from db.migrate import upgrade_to_head
from db.models import utcnow

log = logging.getLogger(__name__)


def build_application(
    settings: Settings,
    *,
    engine: Engine | None = None,
    clock: Callable[[], datetime] = utcnow,
    timeouts: Timeouts = DEFAULT_TIMEOUTS,
    generator: GeneratorProcess | None = None,
    reuse_port: bool = False,
) -> Application:  # type: ignore[type-arg]
    """Build the bot: settings in, a ready-to-run Application out (the only composition root).

    A `generator` passed in (tests share one warm worker) is the caller's to close;
    `reuse_port` shares the health port with the other `--workers` processes.
    """
    if settings.telegram_bot_token is None:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set")
    redact_token(settings.telegram_bot_token.get_secret_value())  # URLs carry it
    if settings.webhook_secret is not None:
        # PTB logs setWebhook's parameters at DEBUG, secret_token included.
        redact_token(settings.webhook_secret.get_secret_value())
    engine = engine or make_engine(settings.database_url, threads=settings.database_threads)
    # --- operations: metrics and the /healthz + /metrics server ---------------------------
    # One BotMetrics per Application (its own registry). Two hooks feed it, both in the
    # builder below: MeteredRequest sees every Bot API call (errors by kind, last success),
    # OrderedUpdateProcessor (concurrent, in order per chat and user) counts and times every
    # update. HEALTH_PORT=0 turns the server off.
    metrics = BotMetrics()
    health = (
        HealthServer(
            engine,
            metrics,
            host=settings.listen_host,
            port=settings.health_port,
            reuse_port=reuse_port,
        )
        if settings.health_port
        else None
    )
    # --- services: every piece of the game, on one engine and one clock -------------------
    quiz = QuizService(
        engine,
        clock=clock,
        default_set_slug=settings.default_set,
        board_zone=settings.default_timezone,
    )
    ledger = DailyService(
        engine,
        quiz,
        clock=clock,
        grace=timedelta(hours=settings.daily_grace_hours),
        tick=timedelta(seconds=settings.daily_check_seconds),
        default_zone=settings.default_timezone,
    )
    # Makes quizzes from articles in a worker process that holds the language model.
    worker = generator or GeneratorProcess(settings.generator_idle_seconds)
    owns_generator = generator is None
    svc = Services(
        settings=settings,
        engine=engine,
        quiz=Quiz(quiz),
        scores=Scores(ScoreService(engine, clock=clock, board_zone=settings.default_timezone)),
        daily=Daily(ledger),
        admin=Admin(
            AdminService(
                engine,
                clock=clock,
                default_set_slug=quiz.default_set_slug,
                generator=worker.generate,
            )
        ),
        report=Report(ReportService(engine), clock),
        flags=Flags(FlagService(engine, clock=clock)),
        # A recorded job runs on this application's runner (`app` is built below).
        jobs=Jobs(JobService(engine, clock=clock), start=lambda job: admin_jobs.start(app, job)),
        metrics=metrics,
        generator=worker,
        languages=Languages(LanguageService(engine, clock=clock)),
        rounds=Rounds(
            RoundService(
                engine,
                quiz,
                clock=clock,
                lead=timedelta(seconds=settings.round_lead_seconds),
                min_slot=timedelta(seconds=settings.round_min_question_seconds),
            )
        ),
        channels=Channels(ChannelService(engine, ledger, clock=clock)),
    )

    # --- updates: stored in the inbox before Telegram is told, then handled concurrently ---
    inbox = Inbox(engine, clock)

    async def post_init(app: Application) -> None:  # type: ignore[type-arg]
        """Prepare the database and the command menu before the first update."""
        # Service calls run on this pool (asyncio.to_thread): sized to the database's share.
        asyncio.get_running_loop().set_default_executor(
            ThreadPoolExecutor(settings.database_threads, thread_name_prefix="quizbot-db")
        )
        upgrade_to_head(engine)
        # Before the first getUpdates: what a crashed run stored but never handled comes first.
        await inbox.resume(app.bot, app.update_queue)
        loaded = load_bundled_sets(engine)
        if loaded:
            log.info("loaded bundled question sets: %s", ", ".join(loaded))
        await show_user_menus(app.bot)
        # Telegram refuses a chat menu for a chat it never saw: an admin who has not written
        # yet gets it from their /start (see bot.handlers.start).
        reachable = await svc.admin.admins_with_chats(settings.admin_ids)
        await show_admin_menus(app.bot, reachable)
        waiting = sorted(settings.admin_ids - set(reachable))
        if waiting:
            log.info(
                "admin menu waits for /start from admin id(s) %s (never wrote to the bot)",
                ", ".join(str(admin_id) for admin_id in waiting),
            )
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
        """Stop the health server and release the Bot API and database connections."""
        # PTB closes the requests' sessions only for a bot that finished initialising; when
        # start-up fails (a wrong token, no network) they are still open: close them here.
        await asyncio.gather(requests.shutdown(), updates_request.shutdown())
        await inbox.close()  # every update handled is marked done before we go
        if health is not None:
            await health.stop()
        if owns_generator:
            svc.generator.close()
        engine.dispose()

    # PTB's default pool sizes.
    requests = MeteredRequest(metrics, connection_pool_size=256, **timeouts.as_kwargs())
    # Stores each getUpdates batch in the inbox before the next call acknowledges it.
    updates_request = InboxRequest(metrics, inbox, connection_pool_size=1, **timeouts.as_kwargs())
    app = (
        ApplicationBuilder()
        .token(settings.telegram_bot_token.get_secret_value())
        .base_url(settings.telegram_api_url)
        .base_file_url(settings.telegram_file_url)
        .defaults(Defaults(parse_mode=ParseMode.HTML))
        .context_types(CONTEXT_TYPES)
        # The one retry layer for flood control: AIORateLimiter paces (and never retries, as
        # its retries hold every request); FloodWait lets only the flooded request wait.
        .rate_limiter(
            FloodWait(
                AIORateLimiter(
                    overall_max_rate=settings.send_rate_per_second,
                    overall_time_period=1,
                    group_max_rate=settings.group_send_rate_per_minute,
                    group_time_period=60,
                    max_retries=0,
                ),
                max_retries=2,
            )
        )
        .request(requests)
        .get_updates_request(updates_request)
        .concurrent_updates(OrderedUpdateProcessor(metrics, inbox, settings.update_concurrency))
        # put() returns once the update is stored (webhook: before PTB answers 200).
        .update_queue(UpdateQueue(inbox))
        .post_init(post_init)
        .post_stop(post_stop)
        .post_shutdown(post_shutdown)
        .build()
    )
    app.bot_data[SERVICES_KEY] = svc

    add_handlers(app)
    schedule_jobs(app, settings, svc, metrics)
    return app
