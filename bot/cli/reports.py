"""`quizbot report`: a teacher's item analysis of a set, as text, CSV and a chart."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from bot.cli.root import AppContext, cli


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
    from bot.service.report import NoReport, ReportService, fix_first
    from bot.service.results import CSV_ENCODING, players_csv, questions_csv
    from bot.views.i18n import ENGLISH
    from bot.views.texts.teacher import describe_item

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
