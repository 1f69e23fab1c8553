"""What one generation made: the set, and the figures the quality report shows."""

from __future__ import annotations

from dataclasses import dataclass

from questions.schema import QuestionSet
from questions.text import N_, Text


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

    def summary(self) -> Text:
        """Return the one-line summary the CLI and the bot show."""
        share = self.covered / self.sentences if self.sentences else 0.0
        figures = {
            "n": len(self.qset.questions),
            "wh": f"{self.wh_share:.0%}",
            "covered": self.covered,
            "sentences": self.sentences,
            "share": f"{share:.0%}",
        }
        if self.skipped_words:
            return Text(
                N_(
                    "Questions: {n}, wh-questions: {wh}, covering {covered} of {sentences} "
                    "sentences ({share}); only the first {words} words were read"
                ),
                words=f"{self.parsed_words:,}",
                **figures,
            )
        return Text(
            N_(
                "Questions: {n}, wh-questions: {wh}, "
                "covering {covered} of {sentences} sentences ({share})"
            ),
            **figures,
        )
