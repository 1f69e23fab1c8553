"""The text of imported questions: HTML and plain text flattened to what a poll shows,
explanations clipped to Telegram's limit, category names. Shared by the GIFT and Moodle XML
readers."""

from __future__ import annotations

import html
import re

from lxml import etree

from questions.schema import EXPLANATION_MAX
from questions.text import N_, Text

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
