"""A GIFT question's answer block: true/false, multiple choice with one right answer, or a
skip saying which kind of question cannot be a quiz poll; and where the outcome is recorded."""

from __future__ import annotations

from questions.drafts import Draft
from questions.formats.gift_syntax import (
    TF_ANSWERS,
    WEIGHT_RE,
    Block,
    ChoiceAnswer,
    comment_ids,
    gift_text,
    split_format,
)
from questions.formats.markup import POLL_TYPES, clip_explanation, one_line
from questions.formats.outcomes import FileOutcomes
from questions.text import N_, Text


class AnswerReader(FileOutcomes):
    """Accumulates what one GIFT file yields; reads each question's answer block."""

    def answers(
        self,
        inner: str,
        mask: str,
        stem: str,
        fmt: str,
        title: str | None,
        line: int,
        block_line: int,
        block: Block,
    ) -> None:
        """Read an answer block's content (between the braces) and record the outcome."""
        general: str | None = None
        split = mask.rfind("####")
        if split >= 0:
            gfmt, graw = split_format(inner[split + 4 :], fmt)
            general = gift_text(graw, gfmt) or None
            inner, mask = inner[:split], mask[:split]
        lead = len(inner) - len(inner.lstrip())
        inner, mask = inner.strip(), mask[lead : lead + len(inner.strip())]

        if not inner:
            self.skip(Text(N_("essay question: {why}"), why=POLL_TYPES), line, title)
            return
        if mask.startswith("#"):
            self.skip(Text(N_("numerical question: {why}"), why=POLL_TYPES), line, title)
            return
        if "~" in mask:
            self.multichoice(inner, mask, stem, fmt, title, line, block_line, general, block)
            return
        if "=" in mask and "->" in mask:
            self.skip(Text(N_("matching question: {why}"), why=POLL_TYPES), line, title)
            return
        hashes = [i for i, c in enumerate(mask) if c == "#"]
        head = inner[: hashes[0]] if hashes else inner
        verdict = TF_ANSWERS.get(head.strip().upper())
        if verdict is None:
            self.skip(
                Text(
                    N_("short-answer question (typed answers, no ~ wrong options): {why}"),
                    why=POLL_TYPES,
                ),
                line,
                title,
            )
            return
        # Moodle: the first #feedback is shown for the wrong answer, the second for the right.
        right: str | None = None
        if len(hashes) >= 2:
            rfmt, rraw = split_format(inner[hashes[1] + 1 :], fmt)
            right = gift_text(rraw, rfmt) or None
        ident, tags = comment_ids(block)
        self.draft(
            Draft(
                text=stem,
                options=["True", "False"],
                answer=0 if verdict else 1,
                explanation=clip_explanation(general or right),
                line=line,
                title=title,
                id=ident,
                tags=tags,
            )
        )

    def multichoice(
        self,
        inner: str,
        mask: str,
        stem: str,
        fmt: str,
        title: str | None,
        line: int,
        block_line: int,
        general: str | None,
        block: Block,
    ) -> None:
        """Record a multiple-choice block as a draft when exactly one option is fully right."""
        marks = [i for i, c in enumerate(mask) if c in "=~"]
        if inner[: marks[0]].strip():
            self.problem(
                Text(
                    N_(
                        "text before the first answer in the answer block ({text}): "
                        "start every answer with = (right) or ~ (wrong)"
                    ),
                    text=repr(inner[: marks[0]].strip()),
                ),
                block_line,
                self.number,
            )
            return
        answers: list[ChoiceAnswer] = []
        for start, end in zip(marks, [*marks[1:], len(inner)], strict=True):
            raw, raw_mask = inner[start + 1 : end], mask[start + 1 : end]
            weight = 100.0 if inner[start] == "=" else 0.0
            match = WEIGHT_RE.match(raw)
            if match:
                weight = float(match[1])
                raw, raw_mask = raw[match.end() :], raw_mask[match.end() :]
            hash_at = raw_mask.find("#")
            comment = raw[hash_at + 1 :] if hash_at >= 0 else None
            body = raw[:hash_at] if hash_at >= 0 else raw
            afmt, body = split_format(body, fmt)
            answers.append(ChoiceAnswer(weight, body, comment, afmt))

        full = [i for i, a in enumerate(answers) if a.weight == 100]
        partial = [a for a in answers if a.weight > 0 and a.weight != 100]
        if len(full) == 1 and not partial:
            correct = answers[full[0]]
            feedback: str | None = None
            if correct.feedback is not None:
                ffmt, fraw = split_format(correct.feedback, fmt)
                feedback = gift_text(fraw, ffmt) or None
            ident, tags = comment_ids(block)
            self.draft(
                Draft(
                    text=stem,
                    options=[one_line(gift_text(a.text, a.fmt)) for a in answers],
                    answer=full[0],
                    explanation=clip_explanation(general or feedback),
                    line=line,
                    title=title,
                    id=ident,
                    tags=tags,
                )
            )
        elif not full and not partial:
            self.problem(
                Text(
                    N_(
                        "the multiple-choice question has no correct answer: "
                        "mark it with = (or ~%100%)"
                    )
                ),
                line,
                self.number,
            )
        elif len(full) == 1:
            self.skip(
                Text(
                    N_(
                        "multiple choice with partial-credit weights (like ~%50%): a quiz poll "
                        "has one correct option and no partial credit"
                    )
                ),
                line,
                title,
            )
        else:
            self.skip(
                Text(
                    N_(
                        "multiple-response question (more than one option scores): a quiz poll "
                        "has exactly one correct option"
                    )
                ),
                line,
                title,
            )
