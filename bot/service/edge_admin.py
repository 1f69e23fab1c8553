"""Sets, reports and question flags awaitable: the admins' side, on worker threads as in edge.py."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime

from bot.service.admin import (
    AdminService,
    AdminStats,
    ArticleChoice,
    Deleted,
    DeletePlan,
    GeneratedSet,
    NotGenerated,
    SameArticle,
    read_article,
)
from bot.service.edge import run
from bot.service.flags import FlaggedQuestion, FlagOutcome, FlagService
from bot.service.report import ActivityDay, NoReport, ReportService, SetReport
from bot.service.sets import ImportOutcome
from db.report import PlayerResult


class Admin:
    """The admin service, awaitable."""

    def __init__(self, service: AdminService) -> None:
        self.service = service

    async def import_file(self, data: bytes, filename: str) -> ImportOutcome:
        """Validate and import a set file atomically."""
        return await run(self.service.import_file, data, filename)

    async def read_article(self, data: bytes, filename: str) -> str | NotGenerated:
        """Return an uploaded article's text, or why it cannot be read."""
        return await run(read_article, data, filename)

    async def generate(
        self,
        text: str,
        *,
        filename: str | None = None,
        caption: str | None = None,
        choice: ArticleChoice = "ask",
    ) -> GeneratedSet | NotGenerated | SameArticle:
        """Make a quiz from an English article and store it (or ask about a same article)."""
        return await run(
            self.service.generate, text, filename=filename, caption=caption, choice=choice
        )

    async def export_bytes(self, slug: str) -> bytes | None:
        """Return a set as YAML bytes, or None."""
        return await run(self.service.export_bytes, slug)

    async def set_size(self, slug: str) -> int:
        """Return how many questions a set has."""
        return await run(self.service.set_size, slug)

    async def plan_delete(self, slug: str) -> DeletePlan | None:
        """Describe the live set with this slug before deleting it."""
        return await run(self.service.plan_delete, slug)

    async def delete(self, set_id: int) -> Deleted | None:
        """Retire a set by id; None if it is gone or already retired."""
        return await run(self.service.delete, set_id)

    async def slugs(self) -> list[str]:
        """Return the slugs of the live sets."""
        return await run(self.service.slugs)

    async def admins_with_chats(self, admin_ids: Iterable[int]) -> list[int]:
        """Return the admins who have a private chat with the bot."""
        return await run(self.service.admins_with_chats, admin_ids)

    async def set_title(self, set_id: int) -> str | None:
        """Return the title of a set by id, or None."""
        return await run(self.service.set_title, set_id)

    async def stats(self) -> AdminStats:
        """Count users, subscriptions, recent answers, and find the most-missed questions."""
        return await run(self.service.stats)


class Report:
    """The teacher's reports, awaitable (seconds of SQL on a big set: never on the loop)."""

    def __init__(self, service: ReportService, clock: Callable[[], datetime]) -> None:
        self.service = service
        self.clock = clock

    async def item_analysis(self, slug: str) -> SetReport | NoReport:
        """Return a set's item analysis, or why there is none."""
        return await run(self.service.item_analysis, slug)

    async def player_results(self, slug: str) -> list[PlayerResult] | NoReport:
        """Return each player's results on a set, or why there are none."""
        return await run(self.service.player_results, slug)

    async def activity(self) -> list[ActivityDay]:
        """Return daily active players and answers over the last days, up to now."""
        return await run(self.service.activity, self.clock())


class Flags:
    """Players' flags on questions, awaitable."""

    def __init__(self, service: FlagService) -> None:
        self.service = service

    async def flag(self, user_id: int, delivery_id: int, reason: str) -> FlagOutcome:
        """Record a player's flag on the question a delivery showed."""
        return await run(self.service.flag, user_id, delivery_id, reason)

    async def open_flags(self) -> list[FlaggedQuestion]:
        """Return the flagged questions waiting for a look, most flagged first."""
        return await run(self.service.open_flags)

    async def resume(self, question_id: int) -> str | None:
        """Put a paused question back in play; None if there is no such question."""
        return await run(self.service.resume, question_id)

    async def retire(self, question_id: int) -> str | None:
        """Retire a flagged question; None if there is no such question."""
        return await run(self.service.retire, question_id)
