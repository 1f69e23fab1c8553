"""What one generation made: the set, and the figures the quality report shows."""

from __future__ import annotations

from dataclasses import dataclass

from questions.schema import QuestionSet


@dataclass(frozen=True)
class ReportRow:
    """What the quality report says about one question."""

    id: str
    text: str
    form: str
    kind: str
    score: float
    notes: tuple[str, ...]


@dataclass(frozen=True)
class GenerationResult:
    """The generated set and a report on how it was made."""

    qset: QuestionSet
    facts: int
    candidates: int
    rejected: tuple[tuple[str, int], ...]  # (reason, how many), most frequent first
    rows: tuple[ReportRow, ...]
    sentences: int  # prose sentences considered
    covered: int  # of them, the ones a question was made from
    parsed_words: int
    skipped_words: int  # past the parsing budget
    dated: bool  # whether the article's date was known (relative dates resolved)

    @property
    def rejected_total(self) -> int:
        """Return how many candidates were rejected in all."""
        return sum(count for _, count in self.rejected)

    @property
    def wh_share(self) -> float:
        """Return the share of real wh-questions, 0-1."""
        questions = self.qset.questions
        return sum("wh" in q.tags for q in questions) / len(questions) if questions else 0.0

    def summary(self) -> str:
        """Return the one-line summary the CLI and the bot show."""
        n = len(self.qset.questions)
        share = self.covered / self.sentences if self.sentences else 0.0
        line = (f"{n} questions, {self.wh_share:.0%} wh-questions, covering {self.covered} of "
                f"{self.sentences} sentences ({share:.0%})")  # fmt: skip
        if self.skipped_words:
            line += f"; only the first {self.parsed_words:,} words were read"
        return line
