"""One article, one set: the same article by another route offers to update its set."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from sqlalchemy.engine import Engine

from bot.cli import cli
from bot.service.admin import AdminService, GeneratedSet, SameArticle
from bot.views import texts
from tests.admin.conftest import (
    ARTICLE,
    OTHER_ARTICLE,
    admin_of,
    final_reply,
    say,
    send_file,
    set_rows,
)
from tests.bot.conftest import BotHarness

# The same article as pasted into Telegram: line breaks and spacing differ, the text does not.
PASTED = "  " + ARTICLE.replace("\n", "\n\n").replace(". ", ".  ")


def test_the_same_article_by_another_route_is_offered_as_an_update(engine: Engine) -> None:
    admin = AdminService(engine)
    first = admin.generate(ARTICLE, filename="harbour.txt")
    assert isinstance(first, GeneratedSet) and first.report.slug == "harbour"
    asked = admin.generate(PASTED)  # /generate: the slug would come from the title
    assert isinstance(asked, SameArticle)
    assert (asked.slug, asked.title) == ("harbour", first.report.title)
    assert asked.new_slug.startswith("harbour-bridge-reopens")
    updated = admin.generate(PASTED, choice="update")
    assert isinstance(updated, GeneratedSet)
    assert (updated.report.slug, updated.report.created) == ("harbour", False)
    assert [row[0] for row in set_rows(engine)] == ["harbour"]
    # A different article is not held up, and a separate set stays possible on request.
    assert isinstance(admin.generate(OTHER_ARTICLE, filename="library.txt"), GeneratedSet)
    separate = admin.generate(PASTED, choice="new")
    assert isinstance(separate, GeneratedSet) and separate.report.created
    assert len(set_rows(engine)) == 3


async def _preview_of_same_article(h: BotHarness) -> object:
    """Upload the article, then paste it with /generate; return the question the bot asks."""
    admin = admin_of(h)
    made = await send_file(h, admin, "harbour.txt", ARTICLE.encode())
    assert "(harbour), new set" in (made.text or "")
    await h.api.send_text(admin, f"/generate {PASTED}")
    asked = await final_reply(h, admin)
    assert "This article already made the set" in (asked.text or "")
    assert "(harbour)" in (asked.text or "")
    return asked


async def test_telegram_offers_update_and_updates_in_place(admin_harness: BotHarness) -> None:
    h = admin_harness
    asked = await _preview_of_same_article(h)
    await h.api.press(admin_of(h), asked, "Update harbour")  # type: ignore[arg-type]
    done = await h.api.wait_for_edit(
        asked,  # type: ignore[arg-type]
        predicate=lambda m: m.text != texts.GENERATING,
        timeout=15,
    )
    assert "(harbour), updated in place" in (done.text or "")
    assert [row[0] for row in set_rows(h.engine)] == ["harbour", "planets", "tricky"]


async def test_telegram_cancel_changes_nothing(admin_harness: BotHarness) -> None:
    h = admin_harness
    asked = await _preview_of_same_article(h)
    await h.api.press(admin_of(h), asked, "Cancel")  # type: ignore[arg-type]
    done = await h.api.wait_for_edit(asked)  # type: ignore[arg-type]
    assert done.text == texts.ARTICLE_CANCELLED
    assert [row[0] for row in set_rows(h.engine)] == ["harbour", "planets", "tricky"]
    reply = await say(h, admin_of(h), "/sets")
    assert "harbour-bridge" not in (reply.text or "")


@pytest.fixture
def cli_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, database_url: str) -> Path:
    """Run the CLI in an empty folder on the test database, with the article as a file."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_URL", database_url)
    (tmp_path / "harbour.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "pasted.txt").write_text(PASTED, encoding="utf-8")
    return tmp_path


def test_cli_generate_names_the_matching_set_and_slug_updates_it(
    engine: Engine, cli_env: Path
) -> None:
    runner = CliRunner()
    made = runner.invoke(cli, ["generate", "harbour.txt", "-o", "harbour.yaml"])
    assert made.exit_code == 0, made.output
    assert "article_hash" in yaml.safe_load((cli_env / "harbour.yaml").read_text())
    assert "harbour (created)" in runner.invoke(cli, ["load", "harbour.yaml"]).stdout
    # The same article under another file name: the CLI says which set it is.
    again = runner.invoke(cli, ["generate", "pasted.txt", "-o", "again.yaml"])
    assert again.exit_code == 1
    assert "is the article of set 'harbour'" in again.stderr and "--slug harbour" in again.stderr
    assert not (cli_env / "again.yaml").exists()
    update = runner.invoke(cli, ["generate", "pasted.txt", "--slug", "harbour", "-o", "u.yaml"])
    assert update.exit_code == 0 and "loading the output updates it" in update.stderr
    # Same article: loading goes into set harbour, updating it in place (the paragraphs are
    # laid out differently, which may change a question or two), never a second set.
    loaded = runner.invoke(cli, ["load", "u.yaml"]).stdout
    assert loaded.startswith("u.yaml: harbour")
    assert "created" not in loaded
    # The hash travelled in the YAML: Telegram recognises the CLI's set too.
    assert isinstance(AdminService(engine).generate(PASTED), SameArticle)
    assert [row[0] for row in set_rows(engine)] == ["harbour"]
