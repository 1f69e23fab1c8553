"""Stage 1: clean an article's raw text into paragraphs of prose.

News text pasted from a web page or a translation carries debris that would end up in
questions: photo captions and credits, staff credits ("Editor丨…"), marker symbols, section
headings, lines broken in the middle of a sentence and stray punctuation.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from questions.generate.lexicon import SPEECH_VERBS

CAPTION_MARKS = "△▲▼▽■□●◆◇★☆※►▶"
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'"})
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\ufeff\u00ad"), None)
_CREDIT_BAR = re.compile(r"^[A-Za-z][A-Za-z .&/-]{0,40}\s*[丨｜|]\s*\S")
_CREDIT_LABEL = re.compile(
    r"^(?:producer|editors?|chief editor|chief author|authors?|vision|reporters?|"
    r"photographers?|photos?|translators?|translated by|source|designers?|design|writers?|"
    r"written by|proofreaders?|reviewers?|copy ?editors?|video|graphics|illustration)"
    r"\s*[:：丨｜|]\s*\S",
    re.IGNORECASE,
)
_PHOTO_CREDIT = re.compile(
    r"\(\s*(?:photo|photograph|image|picture|file photo|video|screenshot|pictured)\b[^)]*\)",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^(?:[-–—]+|[•·*]+)\s*")
_TERMINAL = re.compile(r"[.!?…。！？][\"')\]]*$")
_PUNCT_ONLY = re.compile(r"^[\s.,;:!?…]+$")
_DOT_COMMA = re.compile(r"\s*\.\s*,\s*([A-Za-z]+)")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,;:!?])|\s+\.(?!\.)")
_DOUBLE_COMMA = re.compile(r",(?:\s*,)+")
_HYPHEN_DASH = re.compile(r"(?<=[a-z]{2})-(?=(?:this|that|these|those|the|it|which)\b)")


@dataclass(frozen=True)
class CleanArticle:
    """An article's prose after clean-up, and what was taken out of it."""

    paragraphs: tuple[str, ...]
    sections: tuple[int, ...]  # section number of each paragraph (a heading starts a section)
    title: str | None  # a heading on the article's first line, if it has one
    headings: tuple[str, ...]
    captions: tuple[str, ...]  # removed photo captions: not prose, but they still date the story
    credits: tuple[str, ...]

    @property
    def text(self) -> str:
        """Return the cleaned prose, paragraphs separated by blank lines."""
        return "\n\n".join(self.paragraphs)


def normalise_characters(raw: str) -> str:
    """Unify line ends, quotes, spaces and invisible characters."""
    text = unicodedata.normalize("NFC", raw).replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate(_QUOTES).translate(_INVISIBLE)
    return text.replace("\u00a0", " ").replace("\u3000", " ").replace("\t", " ")


def is_credit(line: str) -> bool:
    """Tell whether a line credits staff ("Editor丨Wang Jiyang", "Producer: Shen Yong")."""
    return bool(_CREDIT_BAR.match(line) or _CREDIT_LABEL.match(line))


def _ends_sentence(text: str) -> bool:
    """Tell whether text ends with sentence-final punctuation (quotes and brackets aside)."""
    return bool(_TERMINAL.search(text.rstrip()))


def _proper_elsewhere(word: str, text: str) -> bool:
    """Tell whether a capitalised word is also capitalised mid-sentence: then it is a name."""
    return re.search(rf"[a-z] {re.escape(word)}\b", text) is not None


def _fix_punctuation(paragraph: str, whole: str) -> str:
    """Repair stray punctuation left by copy-paste or translation inside one paragraph."""

    def comma_join(match: re.Match[str]) -> str:
        # "consultation. , Respect diverse…" is one sentence broken by a stray ". ,".
        word = match.group(1)
        if word[:1].isupper() and not _proper_elsewhere(word, whole):
            word = word.lower()
        return ", " + word

    text = _DOT_COMMA.sub(comma_join, paragraph)
    text = _SPACE_BEFORE_PUNCT.sub(lambda m: m.group(1) or ".", text)
    text = _DOUBLE_COMMA.sub(",", text)
    text = re.sub(r"^[\s,;.]+(?=\w)", "", text)
    # "time node-this year" uses a hyphen where the writer meant a dash.
    text = _HYPHEN_DASH.sub(" — ", text)
    text = text.translate(dict.fromkeys(map(ord, CAPTION_MARKS), None))
    return re.sub(r" {2,}", " ", text).strip()


def _is_heading(paragraph: str) -> bool:
    """Tell whether a paragraph is a section heading rather than a sentence."""
    words = paragraph.split()
    if paragraph.endswith(":"):
        lowered = {w.strip(",:").lower() for w in words}
        return len(words) <= 8 and not lowered & SPEECH_VERBS
    return not _ends_sentence(paragraph) and len(words) <= 20


def clean_article(raw: str) -> CleanArticle:
    """Clean raw article text into prose paragraphs, setting headings, captions, credits aside."""
    text = normalise_characters(raw)
    lines = [line.strip() for line in text.split("\n")]
    captions: list[str] = []
    credits: list[str] = []
    kept: list[str] = []
    for line in lines:
        if not line:
            continue
        if is_credit(line):
            credits.append(line)
            continue
        if line[0] in CAPTION_MARKS or re.match(r"^(?:caption|photo)\s*:", line, re.I):
            captions.append(_PHOTO_CREDIT.sub("", line).strip(CAPTION_MARKS + " "))
            continue
        stripped = _PHOTO_CREDIT.sub("", line).strip()
        if stripped != line:
            credits.extend(m.group(0) for m in _PHOTO_CREDIT.finditer(line))
            if not stripped:
                continue
        kept.append(_BULLET.sub("", stripped))
    # Rejoin lines broken inside a sentence: a line that starts in lower case, or is only
    # punctuation, continues the one before it.
    joined: list[str] = []
    for line in kept:
        if joined and _PUNCT_ONLY.match(line):
            joined[-1] = joined[-1].rstrip() + line.replace(" ", "")
        elif (
            joined
            and (line[0].islower() or line[0] in ",;)")
            and not (_ends_sentence(joined[-1]) and _is_heading(line))
        ):
            joined[-1] = joined[-1].rstrip() + " " + line
        elif joined and joined[-1].endswith(":") and not _is_heading(joined[-1]):
            joined[-1] = joined[-1] + " " + line
        else:
            joined.append(line)
    whole = "\n".join(joined)
    paragraphs: list[str] = []
    sections: list[int] = []
    headings: list[str] = []
    title: str | None = None
    section = 0
    for number, paragraph in enumerate(joined):
        if _is_heading(paragraph):
            if number == 0:
                title = paragraph.rstrip(":").strip()
            headings.append(paragraph)
            section += 1
            continue
        fixed = _fix_punctuation(paragraph, whole)
        if fixed and not _PUNCT_ONLY.match(fixed):
            paragraphs.append(fixed)
            sections.append(section)
    return CleanArticle(
        paragraphs=tuple(paragraphs),
        sections=tuple(sections),
        title=title,
        headings=tuple(headings),
        captions=tuple(captions),
        credits=tuple(credits),
    )
