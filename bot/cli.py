"""The `quizbot` command line: load and export sets, generate quizzes, play, run the bot."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from urllib.parse import urlsplit

import click
from pydantic import ValidationError
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from bot.service.sets import describe_report, export_yaml, import_path
from bot.settings import Settings
from db.engine import make_engine, session_scope
from db.migrate import upgrade_to_head
from db.sets import list_sets


class AppContext:
    """What every command needs: settings built once, and an upgraded engine on demand."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._engine: Engine | None = None

    @property
    def engine(self) -> Engine:
        """Return the database engine, upgrading the schema the first time."""
        if self._engine is None:
            self._engine = make_engine(self.settings.database_url)
            upgrade_to_head(self._engine)
        return self._engine


def _load_settings() -> Settings:
    """Build the settings or exit with a one-line error naming the bad setting."""
    try:
        return Settings()
    except ValidationError as exc:
        first = exc.errors()[0]
        name = str(first["loc"][0]).upper() if first["loc"] else "settings"
        click.echo(f"Error: {name}: {first['msg']}", err=True)
        sys.exit(2)


@click.group()
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Quizbot: a Telegram quiz bot that turns news articles into a daily learning game."""
    settings = _load_settings()
    logging.basicConfig(
        level=settings.log_level,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    # httpx logs every request URL, and a Bot API URL contains the token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("alembic").setLevel(logging.WARNING)
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
@click.option("--slug", help="Set slug (default: from the file name).")
@click.option("--title", help="Set title (default: the article's heading or file name).")
@click.option("--max-questions", type=click.IntRange(min=1), help="Keep at most N questions.")
@click.option("--date", help="The article's date (e.g. 2015-08-02) when it has no dateline.")
@click.option("--report", is_flag=True, help="Print a quality report on stderr.")
def generate(
    article: Path,
    output: Path | None,
    slug: str | None,
    title: str | None,
    max_questions: int | None,
    date: str | None,
    report: bool,
) -> None:
    """Generate a multiple-choice set from an English news article (plain text, UTF-8)."""
    from questions.formats import dump_yaml
    from questions.generate import GenerationError, default_title, quality_report
    from questions.generate import generate as generate_quiz
    from questions.schema import SLUG_RE, slugify

    try:
        text = article.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        click.echo(f"Error: {article} is not UTF-8 text; save it as UTF-8.", err=True)
        sys.exit(1)
    slug = slug or slugify(article.stem)
    if not SLUG_RE.match(slug):
        click.echo(
            f"Error: {slug!r} is not a valid slug (lowercase letters, digits, '-').", err=True
        )
        sys.exit(1)
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
    qset = result.qset
    if report:
        click.echo(quality_report(result), err=True)
    yaml_text = dump_yaml(qset)
    if output is None:
        click.echo(yaml_text, nl=False)
        return
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(yaml_text, encoding="utf-8")
    click.echo(
        f"Wrote {len(qset.questions)} questions to {output}. Load them with: quizbot load {output}",
        err=True,
    )


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
    text = export_yaml(app.engine, slug)
    if text is None:
        click.echo(f"Error: no set with slug {slug!r}; see `quizbot sets`.", err=True)
        sys.exit(1)
    if output is None:
        click.echo(text, nl=False)
    else:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text, encoding="utf-8")
        click.echo(f"Wrote {slug} to {output}")


@cli.group("db")
def db_group() -> None:
    """Database maintenance."""


@db_group.command("backup")
@click.argument("target", type=click.Path(path_type=Path, dir_okay=False))
@click.pass_obj
def db_backup(app: AppContext, target: Path) -> None:
    """Copy the live SQLite database to TARGET consistently, even while the bot runs."""
    from db.backup import BackupUnsupported, backup_sqlite

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
    click.echo(f"Database is at the newest schema ({engine.url.render_as_string()}).")


# --- moving to PostgreSQL ------------------------------------------------------------------
@db_group.command("migrate-sqlite-to-postgres")
@click.argument("source")
@click.argument("destination")
@click.option("--force", is_flag=True, help="Replace whatever the destination already holds.")
def db_migrate_sqlite_to_postgres(source: str, destination: str, force: bool) -> None:
    """Copy every table of SOURCE (a SQLite file or URL) into DESTINATION (postgresql://...)."""
    from db.transfer import TransferRefused, copy_database

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
    from bot.service.quiz import (
        PLAY_ID,
        PLAY_SCOPE,
        AnswerStatus,
        NoQuestion,
        Place,
        Player,
        QuizService,
    )
    from bot.service.scores import ScoreService

    quiz = QuizService(app.engine)
    place = Place(PLAY_ID, "private", "Terminal")
    player = Player(PLAY_ID, "Terminal player")
    if slug is not None and quiz.use_set(place, slug) is None:
        known = ", ".join(c.slug for c in quiz.sets_for(place)) or "none"
        click.echo(f"Error: no set with slug {slug!r}. Sets: {known}", err=True)
        sys.exit(1)
    asked = right = 0
    for _ in range(limit):
        shown = quiz.next_question(place, player, trigger="play")
        if isinstance(shown, NoQuestion):
            click.echo("No questions to play: load a set first with `quizbot load FILE`.")
            sys.exit(1)
        if asked == 0:
            click.echo(f"{shown.set_title} - answer with the option's number, q to stop.\n")
        click.echo(f"Q{asked + 1}. {shown.text}")
        for number, option in enumerate(shown.options, start=1):
            click.echo(f"  {number}. {option}")
        choices = [str(n) for n in range(1, len(shown.options) + 1)] + ["q"]
        reply = click.prompt(
            "Your answer",
            type=click.Choice(choices),
            show_choices=False,
            default="q",
            show_default=False,
        )
        if reply == "q":
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
            click.echo(f"Not quite. The answer is {shown.correct_position + 1}. {correct_text}")
        if outcome.explanation:
            click.echo(f"  Why: {outcome.explanation}")
        click.echo("")
    card = ScoreService(app.engine).score_card(PLAY_ID, PLAY_SCOPE)
    click.echo(
        f"You got {right} of {asked} right. Terminal total: {card.points} points, "
        f"{card.accuracy}% accuracy, best streak {card.best_streak}."
    )


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
@click.pass_obj
def run(app: AppContext, webhook: bool) -> None:
    """Run the bot with long polling (or a webhook) until Ctrl-C or SIGTERM."""
    from telegram import Update

    from bot.app import build_application

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
    from telegram.error import InvalidToken, NetworkError

    application = build_application(settings, engine=app.engine)
    from bot.redaction import REDACTOR

    for handler in logging.getLogger().handlers:
        handler.addFilter(_short_network_errors)
        handler.addFilter(REDACTOR)  # the token, wherever a record carries it
    try:
        if webhook:
            assert settings.webhook_url is not None and settings.webhook_secret is not None
            # Telegram posts to WEBHOOK_URL; a proxy in front forwards the same path to us.
            application.run_webhook(
                listen=settings.listen_host,
                port=settings.listen_port,
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


def main() -> None:
    """Run the command line."""
    cli()
