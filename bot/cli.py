"""The `quizbot` command line: load and export sets, generate quizzes, play, run the bot."""

from __future__ import annotations

import logging
import shutil
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import click
from pydantic import ValidationError
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from telegram import Update
from telegram.error import InvalidToken, NetworkError

from bot.app import build_application
from bot.console import check_output_folder, database_label, is_new_sqlite_file, wrap
from bot.logs import configure_logging
from bot.service.admin import AdminService
from bot.service.quiz import (
    PLAY_ID,
    PLAY_SCOPE,
    AnswerStatus,
    NoQuestion,
    QuizService,
)
from bot.service.report import NoReport, ReportService, fix_first
from bot.service.results import CSV_ENCODING, players_csv, questions_csv
from bot.service.scores import ScoreService
from bot.service.sets import describe_report, export_yaml, import_path
from bot.service.types import Place, Player, Trigger
from bot.settings import Settings
from bot.transport.redaction import REDACTOR
from bot.views.i18n import ENGLISH
from bot.views.texts.teacher import describe_item
from bot.workers import reuse_port_socket, run_workers
from db.backup import BackupUnsupported, backup_sqlite
from db.engine import DatabaseFolderError, make_engine, session_scope
from db.migrate import upgrade_to_head
from db.sets import list_sets
from db.transfer import TransferRefused, copy_database
from questions.documents import DocumentRefused, read_article_file
from questions.formats import dump_yaml
from questions.schema import SLUG_RE, SLUG_RULE, article_hash, slugify


class AppContext:
    """What every command needs: settings built once, and an upgraded engine on demand."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._engine: Engine | None = None

    @property
    def engine(self) -> Engine:
        """Return the database engine, upgrading the schema the first time.

        Says on stderr which database it opened: a command run from another folder would
        otherwise silently use (or create) a second database the bot never reads.
        """
        if self._engine is None:
            url = self.settings.database_url
            new = is_new_sqlite_file(url)
            try:
                self._engine = make_engine(url, threads=self.settings.database_threads)
            except DatabaseFolderError as exc:
                click.echo(f"Error: {exc}", err=True)
                sys.exit(2)
            note = " (new, empty)" if new else ""
            lines = [f"Database: {database_label(url)}{note}"]
            if new and "database_url" not in self.settings.model_fields_set:
                lines.append(
                    "  The bot uses DATABASE_URL, else data/quizbot.db in the folder it runs "
                    "from; pass --db to choose another."
                )
            if self.settings.log_format == "json":
                # A log collector reads stderr as JSON lines: say it as a log record.
                logging.getLogger("quizbot").info(" ".join(line.strip() for line in lines))
            else:
                click.echo("\n".join(lines), err=True)
            upgrade_to_head(self._engine)
        return self._engine


def _load_settings(database: str | None) -> Settings:
    """Build the settings or exit with a one-line error naming the bad setting."""
    overrides: dict[str, str] = {}
    if database:
        # A bare path is a SQLite file; anything with a scheme is a SQLAlchemy URL.
        overrides["database_url"] = (
            database if "://" in database else f"sqlite:///{Path(database).expanduser().resolve()}"
        )
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        first = exc.errors()[0]
        name = str(first["loc"][0]).upper() if first["loc"] else "settings"
        click.echo(f"Error: {name}: {first['msg']}", err=True)
        sys.exit(2)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="quizbot", prog_name="quizbot")
@click.option(
    "--db",
    "database",
    metavar="URL",
    help="Database URL or SQLite file (default: DATABASE_URL, else data/quizbot.db in the "
    "current folder).",
)
@click.pass_context
def cli(ctx: click.Context, database: str | None) -> None:
    """Quizbot: a Telegram quiz bot that turns news articles into a daily learning game."""
    settings = _load_settings(database)
    configure_logging(settings.log_level, settings.log_format)
    ctx.obj = AppContext(settings)


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--dry-run", is_flag=True, help="Check the files and report; store nothing.")
@click.pass_obj
def load(app: AppContext, files: tuple[Path, ...], dry_run: bool) -> None:
    """Load question-set files (YAML, JSON, CSV, GIFT, Aiken, Moodle XML) into the database."""
    failed = False
    for path in files:
        outcome = import_path(app.engine, path, dry_run=dry_run)
        if outcome.report is None:
            failed = True
            click.echo(f"{path}: rejected, nothing stored ({len(outcome.problems)} problem(s))")
            for problem in outcome.problems:
                click.echo(f"  - {problem}")
            continue
        prefix = "[dry run] " if dry_run else ""
        click.echo(f"{path}: {prefix}{describe_report(outcome.report)}")
        for skip in outcome.skipped:
            click.echo(f"  skipped {skip}")
    if failed:
        sys.exit(1)


@cli.command()
@click.argument("article", type=click.Path(path_type=Path, exists=True, dir_okay=False))
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Write the YAML here.")
@click.option(
    "--slug",
    help="Set slug (default: from the file name). The slug of the set this article already "
    "made updates that set.",
)
@click.option("--title", help="Set title (default: the article's heading or file name).")
@click.option("--max-questions", type=click.IntRange(min=1), help="Keep at most N questions.")
@click.option("--date", help="The article's date (e.g. 2015-08-02) when it has no dateline.")
@click.option("--report", is_flag=True, help="Print a quality report on stderr.")
@click.pass_obj
def generate(
    app: AppContext,
    article: Path,
    output: Path | None,
    slug: str | None,
    title: str | None,
    max_questions: int | None,
    date: str | None,
    report: bool,
) -> None:
    """Generate a multiple-choice set from an English news article (text, HTML, PDF, Word)."""
    check_output_folder(output)
    # Imported here: the generator loads its language models, which the other commands skip.
    from questions.generate import GenerationError, default_title, quality_report
    from questions.generate import generate as generate_quiz

    try:
        text = read_article_file(article).text
    except (DocumentRefused, OSError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else str(exc)
        click.echo(f"Error: {article}: {reason}.", err=True)
        sys.exit(1)
    chosen, slug = slug, slug or slugify(article.stem)
    if not SLUG_RE.match(slug):
        click.echo(f"Error: {slug!r} is not a valid slug: use {SLUG_RULE}.", err=True)
        sys.exit(1)
    digest = article_hash(text)
    _check_same_article(app, article, digest, slug, chosen=chosen is not None)
    try:
        result = generate_quiz(
            text,
            slug=slug,
            title=title or default_title(text, article.stem),
            max_questions=max_questions,
            date=date,
        )
    except GenerationError as exc:
        click.echo(f"Error: {article}: {exc}", err=True)
        sys.exit(1)
    qset = result.qset.model_copy(update={"article_hash": digest})
    if report:
        click.echo(quality_report(result), err=True)
    yaml_text = dump_yaml(qset)
    if output is None:
        click.echo(yaml_text, nl=False)
        return
    output.write_text(yaml_text, encoding="utf-8")
    click.echo(
        f"Wrote {len(qset.questions)} questions to {output}. Load them with: quizbot load {output}",
        err=True,
    )


def _check_same_article(
    app: AppContext, article: Path, digest: str, slug: str, *, chosen: bool
) -> None:
    """Say which set this article already made; stop unless --slug says what to do."""

    if is_new_sqlite_file(app.settings.database_url):
        return  # no database yet, so no set to match (and none is created just to look)
    match = AdminService(app.engine).set_for_article(digest)
    if match is None:
        return
    if match.slug == slug:
        click.echo(f"This article made set {slug!r}; loading the output updates it.", err=True)
        return
    if not chosen:
        click.echo(
            f"Error: {article} is the article of set {match.slug!r} ({match.title}). To update "
            f"that set: quizbot generate {article} --slug {match.slug} -o FILE, then quizbot "
            "load FILE. For a separate set, choose its slug with --slug.",
            err=True,
        )
        sys.exit(1)


@cli.command("sets")
@click.option("--all", "show_all", is_flag=True, help="Include retired (deleted) sets.")
@click.pass_obj
def sets_command(app: AppContext, show_all: bool) -> None:
    """List the question sets with their question counts."""
    with session_scope(app.engine) as session:
        rows = list_sets(session, include_retired=show_all)
    if not rows:
        click.echo("No question sets yet. Load one with: quizbot load FILE")
        return
    width = max(len("SLUG"), *(len(r.slug) for r in rows))
    click.echo(f"{'SLUG':<{width}}  {'QUESTIONS':>9}  TITLE")
    for row in rows:
        retired = "  (retired)" if row.retired else ""
        click.echo(f"{row.slug:<{width}}  {row.questions:>9}  {row.title}{retired}")


@cli.command()
@click.argument("slug")
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Write to this file.")
@click.pass_obj
def export(app: AppContext, slug: str, output: Path | None) -> None:
    """Export a set as YAML (to stdout, or to a file with -o)."""
    check_output_folder(output)
    text = export_yaml(app.engine, slug)
    if text is None:
        click.echo(f"Error: no set with slug {slug!r}; see `quizbot sets`.", err=True)
        sys.exit(1)
    if output is None:
        click.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")
        click.echo(f"Wrote {slug} to {output}")


@cli.command()
@click.argument("slug")
@click.option("--csv", "csv_path", type=click.Path(path_type=Path), help="Item statistics CSV.")
@click.option("--results", type=click.Path(path_type=Path), help="Per-player results CSV.")
@click.option("--png", type=click.Path(path_type=Path), help="Chart of facility and scores.")
@click.pass_obj
def report(
    app: AppContext, slug: str, csv_path: Path | None, results: Path | None, png: Path | None
) -> None:
    """Item analysis of a set: facility, discrimination and flags per question (first answers)."""

    service = ReportService(app.engine)
    analysis = service.item_analysis(slug)
    if isinstance(analysis, NoReport):
        click.echo(analysis.reason, err=True)
        sys.exit(1)
    click.echo(f"{analysis.title} ({slug}): {analysis.players} players, first answers only.")
    for item in analysis.items:
        click.echo(describe_item(ENGLISH, item))
    to_fix = fix_first(analysis)
    click.echo("\nFix first: " + (", ".join(f"Q{i.number}" for i in to_fix) or "nothing flagged"))
    for item in analysis.needs_a_look:
        why = ", ".join([*item.flags, *([f"{item.player_flags} ⚑"] if item.player_flags else [])])
        made_by = f" (made by {' '.join(item.generator_rules)})" if analysis.generated else ""
        click.echo(f"  Q{item.number} {why}{made_by}: {item.text}")
    outputs: list[tuple[Path, bytes]] = []
    if csv_path is not None:
        outputs.append((csv_path, questions_csv(analysis).encode(CSV_ENCODING)))
    if results is not None:
        players = service.player_results(slug)
        assert not isinstance(players, NoReport)  # the set has answers: it has players
        outputs.append((results, players_csv(players).encode(CSV_ENCODING)))
    if png is not None:
        from bot.views.charts import report_chart  # on first use: matplotlib is ~25 MB

        outputs.append((png, report_chart(analysis, ENGLISH)))
    for path, content in outputs:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
        click.echo(f"Wrote {path}")


@cli.group("db")
def db_group() -> None:
    """Database maintenance."""


@db_group.command("backup")
@click.argument("target", type=click.Path(path_type=Path, dir_okay=False))
@click.pass_obj
def db_backup(app: AppContext, target: Path) -> None:
    """Copy the live SQLite database to TARGET consistently, even while the bot runs."""
    try:
        size = backup_sqlite(app.engine, target)
    except BackupUnsupported as exc:
        click.echo(f"Error: {exc}.", err=True)
        sys.exit(1)
    click.echo(
        f"Backed up to {target} ({size:,} bytes). Restore: stop the bot, copy it over "
        "the database file, start the bot."
    )


@db_group.command("upgrade")
@click.pass_obj
def db_upgrade(app: AppContext) -> None:
    """Upgrade the database schema to the newest revision."""
    engine = app.engine  # upgrading happens when the engine is first built
    click.echo(f"Database is at the newest schema ({database_label(str(engine.url))}).")


# --- moving to PostgreSQL ------------------------------------------------------------------
@db_group.command("migrate-sqlite-to-postgres")
@click.argument("source")
@click.argument("destination")
@click.option("--force", is_flag=True, help="Replace whatever the destination already holds.")
def db_migrate_sqlite_to_postgres(source: str, destination: str, force: bool) -> None:
    """Copy every table of SOURCE (a SQLite file or URL) into DESTINATION (postgresql://...)."""
    source_url = source if "://" in source else f"sqlite:///{Path(source).resolve()}"
    try:
        parsed = make_url(source_url)
        make_url(destination)
    except ArgumentError as exc:
        click.echo(f"Error: {exc}; give a SQLite file and a postgresql:// URL.", err=True)
        sys.exit(2)
    if parsed.get_backend_name() == "sqlite" and not Path(parsed.database or "").is_file():
        click.echo(
            f"Error: {parsed.database} does not exist; give the SQLite file to copy.", err=True
        )
        sys.exit(2)
    src, dst = make_engine(source_url), make_engine(destination)
    shown = dst.url.render_as_string(hide_password=True)
    click.echo(f"Copying {src.url.render_as_string(hide_password=True)} to {shown}")
    try:
        report = copy_database(src, dst, force=force)
    except TransferRefused as exc:
        click.echo(f"Error: {exc}.", err=True)
        sys.exit(1)
    except SQLAlchemyError as exc:
        # No row was kept: the copy runs in one destination transaction.
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        click.echo(f"Error: the copy failed, no row was copied: {reason}", err=True)
        sys.exit(1)
    finally:
        src.dispose()
        dst.dispose()
    width = max(len("TABLE"), *(len(count.table) for count in report.tables))
    click.echo(f"{'TABLE':<{width}}  {'SOURCE':>10}  {'COPIED':>10}")
    for count in report.tables:
        mark = "" if count.matches else "  MISMATCH"
        click.echo(f"{count.table:<{width}}  {count.source:>10}  {count.destination:>10}{mark}")
    if not report.ok:
        click.echo("Error: row counts differ; the copy was rolled back.", err=True)
        sys.exit(1)
    click.echo(
        f"Copied {report.rows} rows in {len(report.tables)} tables; "
        f"{len(report.sequences_reset)} id sequences moved past the copied ids."
    )


@cli.command()
@click.option("--set", "slug", help="Play this set (default: the terminal's current set).")
@click.option(
    "-n",
    "--questions",
    "limit",
    type=click.IntRange(min=1),
    default=10,
    show_default=True,
    help="How many questions to ask.",
)
@click.pass_obj
def play(app: AppContext, slug: str | None, limit: int) -> None:
    """Play a quiz in the terminal with the same rules and scoring as the bot."""
    quiz = QuizService(app.engine, default_set_slug=app.settings.default_set)
    place = Place(PLAY_ID, "private", "Terminal")
    player = Player(PLAY_ID, "Terminal player")
    if slug is not None and quiz.use_set(place, slug) is None:
        known = ", ".join(c.slug for c in quiz.sets_for(place)) or "none"
        click.echo(f"Error: no set with slug {slug!r}. Sets: {known}", err=True)
        sys.exit(1)
    width = max(40, min(100, shutil.get_terminal_size().columns))
    asked = right = 0
    for _ in range(limit):
        shown = quiz.next_question(place, player, trigger=Trigger.PLAY)
        if isinstance(shown, NoQuestion):
            click.echo("No questions to play: load a set first with `quizbot load FILE`.")
            sys.exit(1)
        if asked == 0:
            intro = f"{shown.set_title} - answer with the option's number, q to stop."
            click.echo(wrap(intro, width))
            click.echo("")
        click.echo(wrap(f"Q{asked + 1}. {shown.text}", width, indent="    "))
        for number, option in enumerate(shown.options, start=1):
            click.echo(wrap(f"  {number}. {option}", width, indent="     "))
        choices = [str(n) for n in range(1, len(shown.options) + 1)] + ["q"]
        try:
            # No default: Enter on an empty line asks again instead of quitting.
            reply = click.prompt("Your answer", type=click.Choice(choices), show_choices=False)
        except click.Abort:  # Ctrl-C or Ctrl-D: stop, and still show the summary
            reply = "q"
            click.echo("")
        if reply == "q":
            # The question was shown but not answered: it stays unseen for the next game.
            quiz.withdraw(shown.delivery_id)
            break
        outcome = quiz.answer(shown.delivery_id, player, int(reply) - 1)
        asked += 1
        correct_text = shown.options[shown.correct_position]
        if outcome.status is AnswerStatus.CORRECT:
            right += 1
            click.echo(
                "Correct!" + (" (practice: point already earned)" if outcome.practice else " +1")
            )
        else:
            verdict = f"Not quite. The answer is {shown.correct_position + 1}. {correct_text}"
            click.echo(wrap(verdict, width))
        if outcome.explanation:
            click.echo(wrap(f"  Why: {outcome.explanation}", width, indent="       "))
        click.echo("")
    card = ScoreService(app.engine).score_card(PLAY_ID, PLAY_SCOPE)
    summary = (
        f"You got {right} of {asked} right. Terminal total: {card.points} points, "
        f"{card.accuracy}% accuracy, best streak {card.best_streak}."
    )
    click.echo(wrap(summary, width))


def _short_network_errors(record: logging.LogRecord) -> bool:
    """Log PTB's network retry failures as one line: the exit message says the rest."""
    if record.getMessage().startswith("Network Retry Loop"):
        record.exc_info = None
        record.exc_text = None
    return True


@cli.command()
@click.option(
    "--webhook",
    is_flag=True,
    help="Receive updates on WEBHOOK_URL (listening on LISTEN_HOST:LISTEN_PORT) instead of "
    "long polling.",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="With --webhook on PostgreSQL: run N bot processes sharing LISTEN_PORT.",
)
@click.option("--reuse-port", is_flag=True, hidden=True)  # one of --workers' processes
@click.pass_obj
def run(app: AppContext, webhook: bool, workers: int, reuse_port: bool) -> None:
    """Run the bot with long polling (or a webhook) until Ctrl-C or SIGTERM."""
    settings = app.settings
    if settings.telegram_bot_token is None:
        click.echo("Error: TELEGRAM_BOT_TOKEN is not set; get a token from @BotFather.", err=True)
        sys.exit(2)
    # --- webhook mode: both settings are required, checked before anything starts ---------
    if webhook and (settings.webhook_url is None or settings.webhook_secret is None):
        missing = [
            name
            for name, value in (
                ("WEBHOOK_URL", settings.webhook_url),
                ("WEBHOOK_SECRET", settings.webhook_secret),
            )
            if value is None
        ]
        click.echo(f"Error: --webhook needs {' and '.join(missing)}; see .env.example.", err=True)
        sys.exit(2)
    if workers > 1:
        _run_workers(app, webhook, workers)
        return
    application = build_application(settings, engine=app.engine, reuse_port=reuse_port)
    for handler in logging.getLogger().handlers:
        handler.addFilter(_short_network_errors)
        handler.addFilter(REDACTOR)  # the token, wherever a record carries it
    try:
        if webhook:
            assert settings.webhook_url is not None and settings.webhook_secret is not None
            # Telegram posts to WEBHOOK_URL; a proxy in front forwards the same path to us.
            # One of several workers: all bind the port (SO_REUSEPORT); PTB takes the socket.
            where: dict[str, Any] = (
                {"unix": reuse_port_socket(settings.listen_host, settings.listen_port)}
                if reuse_port
                else {"listen": settings.listen_host, "port": settings.listen_port}
            )
            application.run_webhook(
                **where,
                url_path=urlsplit(settings.webhook_url).path.lstrip("/"),
                webhook_url=settings.webhook_url,
                secret_token=settings.webhook_secret.get_secret_value(),
                allowed_updates=Update.ALL_TYPES,
            )
        else:
            application.run_polling(allowed_updates=Update.ALL_TYPES)
    except OSError as exc:
        click.echo(
            f"Error: cannot listen on {settings.listen_host}:{settings.listen_port} "
            f"({exc.strerror or exc}).",
            err=True,
        )
        sys.exit(1)
    except InvalidToken:
        click.echo(
            "Error: Telegram rejected TELEGRAM_BOT_TOKEN; check it with @BotFather.", err=True
        )
        sys.exit(2)
    except NetworkError as exc:
        # The message names the failure, never the URL: the URL contains the token.
        click.echo(
            f"Error: cannot reach the Bot API at {settings.telegram_api_url} ({exc.message}).",
            err=True,
        )
        sys.exit(1)


def _run_workers(app: AppContext, webhook: bool, workers: int) -> None:
    """Start `workers` webhook processes on one port, or say in one line why not."""
    if not webhook:
        click.echo(
            "Error: --workers needs --webhook (Telegram gives polling to one process only).",
            err=True,
        )
        sys.exit(2)
    if app.engine.dialect.name != "postgresql":
        click.echo(
            "Error: --workers needs DATABASE_URL on PostgreSQL; SQLite is one process.", err=True
        )
        sys.exit(2)
    app.engine.dispose()  # the schema is upgraded once, here; each worker opens its own pool
    sys.exit(run_workers(workers, app.settings.database_url))


def main() -> None:
    """Run the command line."""
    cli()
