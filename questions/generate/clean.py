"""Stage 1: split an article's raw text into title, dateline and paragraphs of prose.

Pasted news carries debris that must not become a question: separator lines, photo captions
and credits, staff credits ("Editor丨…"), headings and lines wrapped mid-sentence.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from questions.generate.dates import parse_dateline
from questions.generate.nlp import load_nlp
from questions.generate.respell import respelled

_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'"})
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\ufeff\u00ad"), None)
_CAPTION = re.compile(
    r"^(?:[△▲▼▽■□●◆◇★☆※►▶]|\(?\s*(?:photo|photograph|image|picture|file photo|video|"
    r"screenshot|credit|source|caption)s?\b\s*(?:by|:|\)|/|courtesy))",
    re.IGNORECASE,
)
_CREDIT = re.compile(
    r"^[A-Za-z][A-Za-z .&/-]{0,40}\s*[丨｜|]\s*\S|^(?:producer|editors?|chief editor|authors?|"
    r"reporters?|photographers?|translators?|translated by|written by|reporting by|editing by|"
    r"additional reporting|designers?)\b\s*[:：丨｜|]?",
    re.IGNORECASE,
)
_PHOTO_NOTE = re.compile(r"\(\s*(?:photo|image|picture|file photo|video)\b[^()]{0,200}\)", re.I)
# '"… a commercial one" ((it)).': the language a quotation was translated from, as a code
_LANGUAGE_NOTE = re.compile(r"(?<=[\"'])\s*\(\(?([a-z]{2})\)?\)")
# "First Lieutenant ((sk))Slovak language: nadporučík Peter Toďor": Wikinews' language
# template pasted as text, its code, the language's name and the foreign words it glosses
_LANGUAGE_GLOSS = re.compile(r"\(\(([a-z]{2,3})\)\)\s*([A-Z][a-z]+(?: [A-Z][a-z]+)?) language:\s*")
_WORD_AND_SPACE = re.compile(r"[^\s,;:.()]+\s+")
_TERMINAL = re.compile(r"[.!?…][\"')\]]*$")
_SPACES = re.compile(r"[ \t\u00a0\u3000]+")
_SENTENCE_END = re.compile(r"[.!?…][\"')\]]*\s+")
# Words no sentence ends on: a preposition, an article, a conjunction ("because of" / "…");
# the infinitive's "to", a possessive ("its", "'s")
_OPEN_POS = frozenset({"ADP", "DET", "CCONJ", "SCONJ"})
_OPEN_TAGS = frozenset({"TO", "PRP$", "POS"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
# the components after the parser: lemmas and names, which tags, parts of speech,
# dependencies and sentences do not depend on (the attribute ruler, which maps tags to parts
# of speech, stays)
_UNREAD = ("lemmatizer", "ner", "marked_sums")
# both answers are pure functions of a line: a line opening a block is asked by
# `_broken_heading` and `_continues` alike, and parsed once (a few bools, a small bound)
_PARSES_KEPT = 64


@dataclass(frozen=True)
class CleanArticle:
    """An article's prose after clean-up, with its title, dateline and headings."""

    title: str | None
    dateline: str | None  # the date line as printed, e.g. "Sunday, August 2, 2015"
    paragraphs: tuple[str, ...]
    headings: tuple[str, ...]
    heading_at: tuple[int, ...] = ()  # the number of the paragraph each heading comes before

    @property
    def text(self) -> str:
        """Return the cleaned prose, paragraphs separated by blank lines."""
        return "\n\n".join(self.paragraphs)


_PLACE = r"[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2}"
_LIST_DASH = re.compile(r"^[-–—]+ ?(?=[A-Z])")  # "——Maintaining …": a list item's mark
_PLACE_LINE = re.compile(rf"^{_PLACE}(?:, {_PLACE}){{0,3}} [-–—] (?=[A-Z])")


def normalise_characters(raw: str) -> str:
    """Unify line ends, quotes, spaces and invisible characters."""
    text = unicodedata.normalize("NFC", raw).replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate(_QUOTES).translate(_INVISIBLE)
    return "".join(c if c.isprintable() or c == "\n" else " " for c in text)


def is_debris(line: str) -> bool:
    """Tell whether a line is a separator, caption or credit rather than prose."""
    letters = sum(c.isalpha() for c in line[:200])
    return letters < 2 or bool(_CAPTION.match(line) or _CREDIT.match(line))


def _is_heading(line: str) -> bool:
    """Tell whether a line is a heading: short and without sentence-final punctuation."""
    return len(line.split()) <= 14 and not _TERMINAL.search(line)


def _blocks(text: str) -> list[list[str]]:
    """Split text into blocks of non-empty lines separated by blank lines."""
    blocks: list[list[str]] = [[]]
    for raw in text.split("\n"):
        line = _SPACES.sub(" ", raw).strip()
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]


def _unless_language(match: re.Match[str]) -> str:
    """Return nothing for a language code in brackets after a quotation, else the match."""
    import pycountry  # ISO 639-1 ("it", "fr"): two letters, never "(sic)" or "(ed)"

    return "" if pycountry.languages.get(alpha_2=match.group(1)) else match.group(0)


def without_glosses(prose: str) -> str:
    """Drop Wikinews' language template pasted as text ("((sk))Slovak language: nadporučík")
    with the foreign words it glosses: an aside on the English before it, no prose. A
    template whose code is not its language's (pycountry) is left as written."""
    out: list[str] = []
    at = 0
    for match in _LANGUAGE_GLOSS.finditer(prose):
        if not _names_language(match.group(1), match.group(2)):
            continue
        out.append(prose[at : match.start()].rstrip(" ") + " ")
        at = _past_foreign(prose, match.end())
    return ("".join(out) + prose[at:]).lstrip() if out else prose


def _past_foreign(prose: str, at: int) -> int:
    """Return where the glossed foreign words end: their lower-case run up to the name or
    word in capitals the English goes on with ("nadporučík Peter Toďor")."""
    while (word := _WORD_AND_SPACE.match(prose, at)) is not None and word.group()[0].islower():
        at = word.end()
    return at


def _names_language(code: str, name: str) -> bool:
    """Tell whether an ISO 639 code is the named language's ("sk": Slovak)."""
    import pycountry

    field = "alpha_2" if len(code) == 2 else "alpha_3"
    language = pycountry.languages.get(**{field: code})
    return language is not None and language.name.split(" (")[0].split(";")[0] == name


def _continues(line: str, paragraphs: list[str], heading_at: list[int]) -> bool:
    """Tell whether a line opening a block goes on with the paragraph before (a sentence
    broken by a blank line, not a new paragraph nor a heading)."""
    if not paragraphs or not _goes_on(paragraphs[-1], line):
        return False
    return not heading_at or heading_at[-1] < len(paragraphs)  # no heading in between


def _broken_heading(line: str, headings: list[str], heading_at: list[int], at: int) -> bool:
    """Tell whether the heading just before is a sentence's start that a blank line broke:
    this line goes on with it, and the heading ends without a colon."""
    if not headings or heading_at[-1] != at or headings[-1].endswith(":"):
        return False
    return _goes_on(headings[-1], line)


def _goes_on(before: str, line: str) -> bool:
    """Tell whether a line goes on with the text before it, which a blank line broke: the
    line starts in lower case, the text stops without a sentence's end, and either it ends on
    a word no sentence ends on ("because of" / "warm weather.") or the line is no sentence of
    its own ("advocating" / "mutual trust, …"). A line that is a sentence after a text that
    may end there starts its own paragraph ("Other sellers" / "analysts said …"), and so does
    one opening with a name written in lower case ("eBay", "iPhone": a capital inside)."""
    first = line.split(maxsplit=1)[0] if line.strip() else ""
    if not first[:1].islower() or any(c.isupper() for c in first[1:]):
        return False
    if _TERMINAL.search(before):
        return False
    return _unfinished(before) or not _a_sentence(line)


def _tagged(text: str) -> Any:
    """Parse a text for its words' tags, parts of speech, dependencies and sentences only:
    the lemmas and names the later components add are never read here."""
    return load_nlp()(text, disable=_UNREAD)


@lru_cache(maxsize=_PARSES_KEPT)
def _unfinished(text: str) -> bool:
    """Tell whether a text ends on a comma or on a word no sentence ends on (a preposition,
    an article, a conjunction), by the part of speech the model gives it in its sentence."""
    if text.rstrip().endswith(","):
        return True
    words = [t for t in _tagged(_SENTENCE_END.split(text)[-1]) if not t.is_space]
    return bool(words) and (words[-1].pos_ in _OPEN_POS or words[-1].tag_ in _OPEN_TAGS)


@lru_cache(maxsize=_PARSES_KEPT)
def _a_sentence(line: str) -> bool:
    """Tell whether a line opens with a whole sentence: a finite verb with its subject
    ("analysts said …"), not a fragment ("mutual trust, …", "together to maintain …")."""
    root = next(_tagged(line).sents).root
    finite = root.tag_ in _FINITE or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE for c in root.children
    )
    return finite and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children)


def clean_article(raw: str, *, names: bool = True, title_only: bool = False) -> CleanArticle:
    """Split raw article text into title, dateline, headings and prose paragraphs (`names`:
    with quoted nicknames dropped from people's names, which needs spaCy's word lists;
    `title_only`: stop once the title is settled, for the bot, which must never load the
    model)."""
    title: str | None = None
    dateline: str | None = None
    paragraphs: list[str] = []
    headings: list[str] = []
    heading_at: list[int] = []
    for number, block in enumerate(_blocks(normalise_characters(raw))):
        # Only the first block can hold the title, and once set it never changes. Before it
        # is set, no line there reaches the tagger (`_broken_heading` needs a heading,
        # `_continues` a paragraph, and neither exists yet), so stopping there is model-free.
        if title_only and number > 0:
            break
        lines: list[str] = []
        for line in block:
            if title_only and title is not None:
                break
            if number < 4 and dateline is None and parse_dateline(line):
                dateline = parse_dateline(line)[0]  # type: ignore[index]
                rest = line[len(dateline) :].lstrip(" -–—:")
                if rest and not is_debris(rest):
                    lines.append(rest)
                continue
            if is_debris(line):
                continue
            if not lines and _broken_heading(line, headings, heading_at, len(paragraphs)):
                lines.append(headings.pop())  # "At critical moments, we should work" / "together …"
                heading_at.pop()
            elif not lines and _continues(line, paragraphs, heading_at):
                paragraphs[-1] = f"{paragraphs[-1]} {line}"  # "…, advocating" / "mutual trust, …"
                continue
            first = number == 0 and len(block) == 1 and not _TERMINAL.search(line)
            if first and len(line.split()) <= 30:
                title = line  # a news headline can be long: "Crisis at … ; six killed in …"
                continue
            if _is_heading(line) and not lines:
                if title is None and not paragraphs and not headings and number == 0:
                    title = line
                else:
                    headings.append(line)
                    heading_at.append(len(paragraphs))
                continue
            lines.append(line if lines else _LIST_DASH.sub("", line))
        if lines:
            prose = _PHOTO_NOTE.sub("", " ".join(lines)).strip()
            prose = without_glosses(_LANGUAGE_NOTE.sub(_unless_language, prose))
            # "Evansville, Indiana, United States - This past week …": the place line is
            # no part of the first sentence (the parse would make it the subject).
            paragraphs.append(prose if paragraphs else _PLACE_LINE.sub("", prose))
    # "Steve 'cyanogen' Kondik": one person, Steve Kondik; "Governnor Sobisch", "Sobish": slips
    kept = [p for p in paragraphs if p]
    if names:  # the bot's title needs no names, and it keeps spaCy out of its process
        from questions.generate.nicknames import without_nicknames

        kept = without_nicknames(kept)
    at = tuple(len([p for p in paragraphs[:n] if p]) for n in heading_at)
    return CleanArticle(title, dateline, respelled(kept), tuple(headings), at)
