"""Read Moodle GIFT files: single-answer multiple choice and true/false become drafts.

The rules follow Moodle's own importer (question/format/gift/format.php) so that a file
behaves here as it does in Moodle: blank lines separate questions, `//` lines are comments,
the first `{...}` is the answer block, `~` makes multiple choice, `=` with `->` makes
matching, `{#...}` is numerical, `{}` is an essay, and text with no block is a description.
Only the shapes a Telegram quiz poll can hold (one correct option) become drafts; every
other question is returned as a Skipped with the reason, never silently dropped.
"""

from __future__ import annotations

from questions.drafts import ParsedFile
from questions.formats.gift_answers import AnswerReader
from questions.formats.gift_syntax import (
    Block,
    gift_text,
    masked_escapes,
    split_format,
    unescape,
)
from questions.formats.markup import (
    POLL_TYPES,
    one_line,
)
from questions.text import N_, Text

__all__ = ["read_gift"]


class _GiftReader(AnswerReader):
    """Reads one GIFT file block by block; what each answer block yields is AnswerReader's."""

    # Structure -----------------------------------------------------------------------

    def blocks(self, text: str) -> list[Block]:
        """Split the file into question blocks at blank lines, setting comments aside."""
        blocks: list[Block] = []
        current = Block()
        for number, line in enumerate(text.split("\n"), start=1):
            stripped = line.strip()
            if not stripped:
                if current.lines:
                    blocks.append(current)
                current = Block()
            elif stripped.startswith("//"):
                if not current.lines:
                    current.comments.append(stripped)
            else:
                current.lines.append((number, line))
        if current.lines:
            blocks.append(current)
        return blocks

    def read(self, text: str) -> ParsedFile:
        """Parse every block of the file."""
        for block in self.blocks(text):
            first = block.lines[0][1].strip()
            if first.startswith("$CATEGORY:"):
                self.name_set(first[len("$CATEGORY:") :])
                # Moodle expects the category alone in its block; read anything after it
                # as a question rather than folding it into the category name.
                block.lines = block.lines[1:]
                if not block.lines:
                    continue
            self.number += 1
            self.question(block)
        return self.parsed

    # One question --------------------------------------------------------------------

    def question(self, block: Block) -> None:
        """Classify one question block and record a draft, a skip or a problem."""
        text = "\n".join(line for _, line in block.lines)
        masked = masked_escapes(text)
        starts: list[int] = []
        offset = 0
        for _, line in block.lines:
            starts.append(offset)
            offset += len(line) + 1

        def line_at(pos: int) -> int:
            """Return the file line of a position in the joined block text."""
            index = 0
            for i, start in enumerate(starts):
                if start <= pos:
                    index = i
            return block.lines[index][0]

        first_line = block.lines[0][0]
        pos = len(text) - len(text.lstrip())
        title: str | None = None
        if masked.startswith("::", pos):
            end = masked.find("::", pos + 2)
            if end < 0:
                self.problem(
                    Text(N_("the question title starts with :: but is not closed with ::")),
                    first_line,
                    self.number,
                )
                return
            title = one_line(unescape(text[pos + 2 : end])) or None
            pos = end + 2
            if not text[pos:].strip():
                self.problem(
                    Text(
                        N_("the title ::{title}:: is followed by no question text"),
                        title=title or "",
                    ),
                    first_line,
                    self.number,
                )
                return

        opening = masked.find("{", pos)
        closing = masked.find("}", pos)
        if opening < 0 and closing < 0:
            self.skip(
                Text(N_("description (text with no answer block {{}}): {why}"), why=POLL_TYPES),
                first_line,
                title,
            )
            return
        if opening < 0 or 0 <= closing < opening:
            self.problem(
                Text(N_("found }} with no {{ before it: write \\}} for a literal brace")),
                line_at(closing),
                self.number,
            )
            return
        closing = masked.find("}", opening + 1)
        if closing < 0:
            self.problem(
                Text(
                    N_(
                        "the answer block opened with {{ on line {line} is not closed "
                        "with }} (a blank line ends a question)"
                    ),
                    line=line_at(opening),
                ),
                line_at(opening),
                self.number,
            )
            return
        inner, inner_mask = text[opening + 1 : closing], masked[opening + 1 : closing]
        if "{" in inner_mask:
            self.problem(
                Text(N_("found {{ inside an answer block: write \\{{ for a literal brace")),
                line_at(opening + 1 + inner_mask.index("{")),
                self.number,
            )
            return
        tail = text[closing + 1 :]
        if "{" in masked[closing + 1 :] or "}" in masked[closing + 1 :]:
            self.problem(
                Text(
                    N_(
                        "a question can have only one answer block {{...}}: separate questions "
                        "with a blank line, or write \\{{ and \\}} for literal braces"
                    )
                ),
                line_at(closing + 1),
                self.number,
            )
            return

        fmt, before = split_format(text[pos:opening], "moodle")
        if tail.strip():
            # Missing-word question: the blank stands where the answer block was.
            after = tail.strip()
            glue = "" if after[0] in ".,;:!?)\"'" else " "
            stem_raw = f"{before.rstrip()} _____{glue}{after}".lstrip()
        else:
            stem_raw = before
        stem = gift_text(stem_raw, fmt)
        self.answers(inner, inner_mask, stem, fmt, title, first_line, line_at(opening), block)


def read_gift(text: str, filename: str) -> ParsedFile:
    """Read a GIFT file into drafts (MC with one right answer, true/false), skips and problems."""
    return _GiftReader(filename).read(text)
