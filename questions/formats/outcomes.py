"""What reading one imported file yields, recorded as it is read: the GIFT and Moodle XML
readers share it."""

from __future__ import annotations

from questions.drafts import Draft, ParsedFile, Problem, Skipped
from questions.formats.markup import category_name
from questions.schema import slugify


class FileOutcomes:
    """Drafts, skips and problems of one file, and the question being read (`number`)."""

    def __init__(self, filename: str) -> None:
        self.filename = filename
        self.parsed = ParsedFile(filename=filename, drafts=[], skipped=[], problems=[])
        self.number = 0

    def problem(self, message: str, line: int | None, question: int | None = None) -> None:
        """Record something wrong with the file."""
        assert self.parsed.problems is not None
        self.parsed.problems.append(Problem(self.filename, message, line=line, question=question))

    def skip(self, reason: str, line: int, title: str | None) -> None:
        """Record the current question as valid but unable to become a quiz poll."""
        assert self.parsed.skipped is not None
        self.parsed.skipped.append(Skipped(self.number, reason, line=line, title=title))

    def draft(self, draft: Draft) -> None:
        """Record a question that can become a poll."""
        assert self.parsed.drafts is not None
        self.parsed.drafts.append(draft)

    def name_set(self, path: str) -> None:
        """Use the first named category as the set's title and slug."""
        name = category_name(path.strip())
        if name and self.parsed.title is None:
            self.parsed.title = name
            self.parsed.slug = slugify(name)
