"""Commands on question sets: load, generate from an article, list, export."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from bot.cli.root import AppContext, cli
from bot.console import check_output_folder, is_new_sqlite_file
from questions.schema import SLUG_RE, SLUG_RULE, article_hash, slugify


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--dry-run", is_flag=True, help="Check the files and report; store nothing.")
@click.pass_obj
def load(app: AppContext, files: tuple[Path, ...], dry_run: bool) -> None:
    """Load question-set files (YAML, JSON, CSV, GIFT, Aiken, Moodle XML) into the database."""
    from bot.service.sets import describe_report, import_path

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
    from questions.documents import DocumentRefused, read_article_file
    from questions.formats import dump_yaml
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
    from bot.service.admin import AdminService

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
    from db.engine import session_scope
    from db.sets import list_sets

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
    from bot.service.sets import export_yaml

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
