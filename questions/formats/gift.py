"""Read Moodle GIFT files: single-answer multiple choice and true/false become drafts.

The rules follow Moodle's own importer (question/format/gift/format.php) so that a file
behaves here as it does in Moodle: blank lines separate questions, `//` lines are comments,
the first `{...}` is the answer block, `~` makes multiple choice, `=` with `->` makes
matching, `{#...}` is numerical, `{}` is an essay, and text with no block is a description.
Only the shapes a Telegram quiz poll can hold (one correct option) become drafts; every
other question is returned as a Skipped with the reason, never silently dropped.

This module also holds the small text helpers the Moodle XML reader shares (HTML to plain
text, explanation clipping, category names), because each reader lives in its own file.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from lxml import etree

from questions.drafts import Draft, ParsedFile, Problem, Skipped
from questions.schema import EXPLANATION_MAX, slugify
from questions.text import N_, Text

__all__ = [
    "POLL_TYPES",
    "category_name",
    "clip_explanation",
    "html_to_text",
    "one_line",
    "plain_to_text",
    "read_gift",
]

# The tail of every skip reason: says what would have been accepted.
POLL_TYPES = Text(N_("only single-answer multiple choice and true/false can be quiz polls"))

# Block-level tags start a new line when HTML is flattened; cell-like tags need a space so
# that neighbouring words do not run together.
_BLOCK_TAGS = frozenset(
    {
        *("address", "article", "aside", "blockquote", "br", "caption", "dd", "div", "dl"),
        *("dt", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6"),
        *("header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table"),
        *("tbody", "tfoot", "thead", "tr", "ul"),
    }
)
_SPACE_TAGS = frozenset({"td", "th", "img", "input", "select", "textarea", "option"})
# Content of these is never visible text.
_HIDDEN_TAGS = frozenset({"script", "style", "head", "title", "template", "noscript"})
_TAG_RE = re.compile(r"<[^<>]*>")  # [^<>]: one pass, even on "<a <a <a"


def _tidy_lines(text: str) -> str:
    """Collapse whitespace inside each line and drop empty lines."""
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


# Characters libxml2 refuses in a text (NUL and C0 controls other than tab and newlines).
_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# libxml2's HTML parser: linear on any input (the standard library's html.parser rescans the
# rest of the text at every unclosed "<!--", "<a " or quote: 39 s for 60 KB), never fetches
# anything, and drops comments and processing instructions.
_HTML_PARSER = etree.HTMLParser(
    recover=True, no_network=True, remove_comments=True, remove_pis=True, huge_tree=False
)


def _visible_parts(root: etree._Element) -> list[str]:
    """Collect the visible text under `root`, marking block boundaries with newlines."""
    parts: list[str] = []
    hidden = 0

    def boundary(tag: str) -> None:
        if tag in _BLOCK_TAGS:
            parts.append("\n")
        elif tag in _SPACE_TAGS:
            parts.append(" ")

    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            boundary(tag)
            hidden += tag in _HIDDEN_TAGS
            if not hidden and element.text:
                # A newline inside HTML source is only whitespace; real breaks come from tags.
                parts.append(element.text.replace("\n", " "))
            continue
        if tag in _HIDDEN_TAGS:
            hidden -= 1
        boundary(tag)
        if not hidden and element.tail and element is not root:
            parts.append(element.tail.replace("\n", " "))
    return parts


def html_to_text(fragment: str) -> str:
    """Render an HTML fragment as plain text: tags dropped, entities decoded, spaces collapsed."""
    fragment = _CONTROL_RE.sub("", fragment)
    if not fragment.strip():
        return ""
    try:
        root = etree.HTML(fragment, parser=_HTML_PARSER)
        text = "".join(_visible_parts(root)) if root is not None else ""
    except (etree.LxmlError, ValueError):  # pragma: no cover - libxml2 recovers from anything
        text = html.unescape(_TAG_RE.sub(" ", fragment.replace("\n", " ")))
    return _tidy_lines(text)


def plain_to_text(text: str) -> str:
    """Tidy plain text: collapse spaces within lines and drop blank lines."""
    return _tidy_lines(text)


def one_line(text: str) -> str:
    """Join a multi-line text into one line (poll options and explanations show no breaks)."""
    joined = ""
    for line in text.split("\n"):
        line = " ".join(line.split())
        # A line that starts with punctuation continues the previous one ("Moodle</p><p>.").
        glue = "" if not joined or line[:1] in ".,;:!?)" else " "
        joined += glue + line if line else ""
    return joined


def clip_explanation(text: str | None, limit: int = EXPLANATION_MAX) -> str | None:
    """Shorten feedback to fit Telegram's explanation limit, cutting at a word and adding '…'."""
    if text is None:
        return None
    text = one_line(text)
    if not text:
        return None
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    # Cut at a word boundary unless that would throw away most of the text (one huge word).
    if space >= limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:-") + "…"


def category_name(path: str) -> str | None:
    """Return the last real component of a Moodle category path ($course$/top/X -> X)."""
    # Moodle writes a literal "/" inside a category name as "//".
    parts = [p.replace("\0", "/").strip() for p in path.replace("//", "\0").split("/")]
    names = [p for p in parts if p and p != "top" and not re.fullmatch(r"\$\w+\$", p)]
    return names[-1] if names else None


# --- GIFT -----------------------------------------------------------------------------

_FORMAT_RE = re.compile(r"\s*\[(html|plain|markdown|moodle)\]", re.IGNORECASE)
_WEIGHT_RE = re.compile(r"\s*%(-?\d+(?:\.\d+)?)%")
_ESCAPE_RE = re.compile(r"\\([\\~=#{}:n])")
_MASK_RE = re.compile(r"\\.", re.DOTALL)
_ID_RE = re.compile(r"\[id:([^\]]+)\]")
_TAGS_RE = re.compile(r"\[tag:([^\]]+)\]")
_TF_ANSWERS = {"T": True, "TRUE": True, "F": False, "FALSE": False}


def _unescape(text: str) -> str:
    """Replace GIFT escapes (\\~ \\= \\# \\{ \\} \\: \\\\ and \\n) by what they stand for."""
    return _ESCAPE_RE.sub(lambda m: "\n" if m[1] == "n" else m[1], text)


def _mask(text: str) -> str:
    """Hide escaped characters so plain str.find only sees GIFT's control characters.

    The mask has the same length as the text, so positions found in it index the text too.
    """
    return _MASK_RE.sub("\0\0", text)


def _split_format(raw: str, default: str) -> tuple[str, str]:
    """Take a leading [html]/[plain]/[markdown]/[moodle] marker off a text, if there is one."""
    match = _FORMAT_RE.match(raw)
    if match:
        return match[1].lower(), raw[match.end() :]
    return default, raw


def _gift_text(raw: str, fmt: str) -> str:
    """Turn a raw GIFT text in the given format into the plain text a poll shows."""
    # Line breaks in the file are only layout (Moodle joins the lines); \n is a real break.
    # Collapsing before unescaping is safe: no escape sequence contains whitespace.
    text = _unescape(" ".join(raw.split()))
    if fmt == "html":
        return html_to_text(text)
    # [moodle], [plain] and [markdown] are stored as written: markup stays visible.
    return plain_to_text(text)


@dataclass
class _Block:
    """The content lines of one question (comments removed) and the comments above it."""

    lines: list[tuple[int, str]] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)


@dataclass
class _Answer:
    """One `=` or `~` answer of a choice question, still as raw GIFT text."""

    weight: float
    text: str
    feedback: str | None
    fmt: str


class _GiftReader:
    """Accumulates what one GIFT file yields, question by question."""

    def __init__(self, filename: str) -> None:
        self.filename = filename
        self.parsed = ParsedFile(filename=filename, drafts=[], skipped=[], problems=[])
        self.number = 0

    # Results -------------------------------------------------------------------------

    def problem(self, message: str, line: int | None, question: int | None = None) -> None:
        """Record something wrong with the file."""
        assert self.parsed.problems is not None
        self.parsed.problems.append(Problem(self.filename, message, line=line, question=question))

    def skip(self, reason: str, line: int, title: str | None) -> None:
        """Record the current question as valid GIFT that cannot become a poll."""
        assert self.parsed.skipped is not None
        self.parsed.skipped.append(Skipped(self.number, reason, line=line, title=title))

    def draft(self, draft: Draft) -> None:
        """Record a question that can become a poll."""
        assert self.parsed.drafts is not None
        self.parsed.drafts.append(draft)

    # Structure -----------------------------------------------------------------------

    def blocks(self, text: str) -> list[_Block]:
        """Split the file into question blocks at blank lines, setting comments aside."""
        blocks: list[_Block] = []
        current = _Block()
        for number, line in enumerate(text.split("\n"), start=1):
            stripped = line.strip()
            if not stripped:
                if current.lines:
                    blocks.append(current)
                current = _Block()
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
                self.category(first[len("$CATEGORY:") :])
                # Moodle expects the category alone in its block; read anything after it
                # as a question rather than folding it into the category name.
                block.lines = block.lines[1:]
                if not block.lines:
                    continue
            self.number += 1
            self.question(block)
        return self.parsed

    def category(self, path: str) -> None:
        """Use the first named category as the set's title and slug."""
        name = category_name(path.strip())
        if name and self.parsed.title is None:
            self.parsed.title = name
            self.parsed.slug = slugify(name)

    # One question --------------------------------------------------------------------

    def question(self, block: _Block) -> None:
        """Classify one question block and record a draft, a skip or a problem."""
        text = "\n".join(line for _, line in block.lines)
        masked = _mask(text)
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
            title = one_line(_unescape(text[pos + 2 : end])) or None
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

        fmt, before = _split_format(text[pos:opening], "moodle")
        if tail.strip():
            # Missing-word question: the blank stands where the answer block was.
            after = tail.strip()
            glue = "" if after[0] in ".,;:!?)\"'" else " "
            stem_raw = f"{before.rstrip()} _____{glue}{after}".lstrip()
        else:
            stem_raw = before
        stem = _gift_text(stem_raw, fmt)
        self.answers(inner, inner_mask, stem, fmt, title, first_line, line_at(opening), block)

    def answers(
        self,
        inner: str,
        mask: str,
        stem: str,
        fmt: str,
        title: str | None,
        line: int,
        block_line: int,
        block: _Block,
    ) -> None:
        """Read an answer block's content (between the braces) and record the outcome."""
        general: str | None = None
        split = mask.rfind("####")
        if split >= 0:
            gfmt, graw = _split_format(inner[split + 4 :], fmt)
            general = _gift_text(graw, gfmt) or None
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
        verdict = _TF_ANSWERS.get(head.strip().upper())
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
            rfmt, rraw = _split_format(inner[hashes[1] + 1 :], fmt)
            right = _gift_text(rraw, rfmt) or None
        ident, tags = _ids(block)
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
        block: _Block,
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
        answers: list[_Answer] = []
        for start, end in zip(marks, [*marks[1:], len(inner)], strict=True):
            raw, raw_mask = inner[start + 1 : end], mask[start + 1 : end]
            weight = 100.0 if inner[start] == "=" else 0.0
            match = _WEIGHT_RE.match(raw)
            if match:
                weight = float(match[1])
                raw, raw_mask = raw[match.end() :], raw_mask[match.end() :]
            hash_at = raw_mask.find("#")
            comment = raw[hash_at + 1 :] if hash_at >= 0 else None
            body = raw[:hash_at] if hash_at >= 0 else raw
            afmt, body = _split_format(body, fmt)
            answers.append(_Answer(weight, body, comment, afmt))

        full = [i for i, a in enumerate(answers) if a.weight == 100]
        partial = [a for a in answers if a.weight > 0 and a.weight != 100]
        if len(full) == 1 and not partial:
            correct = answers[full[0]]
            feedback: str | None = None
            if correct.feedback is not None:
                ffmt, fraw = _split_format(correct.feedback, fmt)
                feedback = _gift_text(fraw, ffmt) or None
            ident, tags = _ids(block)
            self.draft(
                Draft(
                    text=stem,
                    options=[one_line(_gift_text(a.text, a.fmt)) for a in answers],
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


def _ids(block: _Block) -> tuple[str | None, list[str] | None]:
    """Read the `// [id:...]` and `// [tag:...]` comments Moodle writes above a question."""
    comments = " ".join(block.comments)
    id_match = _ID_RE.search(comments)
    ident = id_match[1].strip() if id_match and id_match[1].strip() else None
    tags = [t.strip() for t in _TAGS_RE.findall(comments) if t.strip()]
    return ident, tags or None


def read_gift(text: str, filename: str) -> ParsedFile:
    """Read a GIFT file into drafts (MC with one right answer, true/false), skips and problems."""
    return _GiftReader(filename).read(text)
