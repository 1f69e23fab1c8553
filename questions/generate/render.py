"""Put tokens back into text: spacing, commas and capitals after words were moved or cut."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from questions.generate.wordnet import find_line

Token = Any  # spacy.tokens.Token; spaCy ships no type stubs

_SPACE_BEFORE = re.compile(r"\s+([,.;:!?%)\]]|'s\b|n't\b)")
_SPACE_AFTER = re.compile(r"([(\[$])\s+")
_COMMAS = re.compile(r"(?:\s*,)+")
_DANGLING = re.compile(r"^[\s,;:–—-]+|[\s,;:–—-]+$")
# a figure glued to a unit's or a scale's whole word ("30miles", "5million"), a slip the
# article made: spaced. Abbreviations glued by custom ("48km", "60mph") are shorter, and kept
_GLUED = re.compile(r"(?<![\w.,])(\d[\d,.]*)([a-z]{4,})\b")
_UNIT = "unit_of_measurement"
_UP = 10  # levels climbed from a word's senses to WordNet's unit of measurement


def tidy(text: str) -> str:
    """Fix spacing and repeated or dangling commas in text joined from pieces."""
    text = " ".join(text.split())
    text = _SPACE_BEFORE.sub(r"\1", text)
    text = _SPACE_AFTER.sub(r"\1", text)
    text = _COMMAS.sub(",", text)
    text = re.sub(r",\s*([?.!])", r"\1", text)
    text = re.sub(r"\(\s*\)", "", text)
    text = _close_quotes(text)
    text = _GLUED.sub(_spaced, text)
    return _DANGLING.sub("", text)


def _spaced(found: re.Match[str]) -> str:
    """Space a figure from a unit's or a scale's word glued to it ("30 miles"), not from a
    code's letters ("4chan")."""
    from questions.generate.hypernyms import is_kind_of
    from questions.generate.variants import SCALES
    from questions.generate.wordnet import senses

    word = found.group(2)
    forms = {word, word.removesuffix("s"), word.removesuffix("es")}
    unit = senses(_UNIT)[:1]
    if forms & {*SCALES, "percent"} or any(is_kind_of(senses(w), unit, _UP) for w in forms):
        return f"{found.group(1)} {word}"
    return found[0]


def _close_quotes(text: str) -> str:
    """Attach each straight double quote to its words: opening ones right, closing ones left."""
    parts = text.split('"')
    if len(parts) % 2 == 0:
        return text
    out = parts[0]
    for n, part in enumerate(parts[1:]):
        before, after = out[-1:], part[:1]
        # a mark the text wrote against one word (`to "buy" my` inside a quote) says which
        # way it faces; only one a join left between spaces is turned by its place
        opening = (not before or before.isspace()) and _wordlike(after)
        closing = bool(before) and (_wordlike(before) or before in ".,?!") and not after.strip()
        if opening or closing:
            out = out + '"' + part
        else:
            out = (out + '"' + part.lstrip()) if n % 2 == 0 else (out.rstrip() + '"' + part)
    return out


def _wordlike(char: str) -> bool:
    """Tell whether a character is a word's (a letter, a figure, a blank's underscore)."""
    return bool(char) and (char.isalnum() or char == "_")


def join(pieces: Iterable[Token | str], replace: dict[int, str] | None = None) -> str:
    """Join tokens (keeping their spacing where they were neighbours) and strings.

    `replace` maps token positions to the words said instead (a resolved date, a name for a
    pronoun); an empty string drops the token.
    """
    out: list[str] = []
    previous: Token | None = None
    for item in pieces:
        piece = item
        if not isinstance(item, str) and replace and item.i in replace:
            piece = replace[item.i]
            if not piece:
                continue
            if not said_as_name(item, replace) and item.is_sent_start and "".join(out).strip():
                piece = lower_first(piece, item)  # "did a penalty from …" for "Another penalty"
        if isinstance(piece, str):
            out.append(" " + piece + " ")
            previous = None
            continue
        if previous is None and out and _bare_possessive(piece):
            out[-1] = out[-1].rstrip()  # "Thomas' sister": "_____'s sister"
            out.append(_possessive(piece))
            previous = piece
            continue
        if previous is not None and previous.i + 1 == piece.i:
            out.append("" if in_compound(previous) or in_compound(piece) else previous.whitespace_)
        else:
            out.append(" ")
        # a sentence's first word said after other words ("How many Similar events …")
        # keeps no capital unless it is a name
        opens = piece.is_sent_start and "".join(out).strip()
        out.append(lower_first(piece.text, piece) if opens else piece.text)
        previous = piece
    return tidy("".join(out))


def said_as_name(first: Token, replace: dict[int, str]) -> bool:
    """Tell whether a sentence's first word is said as a name keeping its capital ("He" as
    "Tom Hale"), not as an article ("Another" as "A", capitalised as the sentence opened)."""
    said = replace.get(first.i, "").split()
    return first.i in replace and not (said and said[0].lower() in ("a", "an"))


def _bare_possessive(token: Token) -> bool:
    """Tell whether a token is a possessive written as an apostrophe alone ("Thomas'")."""
    return bool(token.tag_ == "POS" and token.text in ("'", "’"))


def _possessive(mark: Token) -> str:
    """Return how a bare possessive apostrophe reads after words said instead of its owner (a
    blank): a singular owner's "'s", since the blank no longer shows the name ending in "s"
    that took the apostrophe alone; a plural's apostrophe ("the _____' album") kept on it."""
    owner = mark.doc[mark.i - 1] if mark.i else mark
    return str(mark.text) if owner.tag_ in ("NNS", "NNPS") else f"{mark.text}s"


def in_compound(token: Token) -> bool:
    """Tell whether a token is the hyphen of a compound the text spaced out ("six - member"):
    the word before it modifies the word after it, so they are one word."""
    doc = token.doc
    if token.tag_ != "HYPH" or not 0 < token.i < len(doc) - 1:
        return False
    before, after = doc[token.i - 1], doc[token.i + 1]
    if token.whitespace_ and before.whitespace_ and _name(before) and _name(after):
        return False  # "Concorde - Aérospatiale": a dash setting a name off, no compound
    modifies = before.dep_ in ("nummod", "amod", "compound", "advmod", "nmod", "quantmod")
    return bool(modifies and before.head.i == token.i + 1 and token.head.i == token.i + 1)


def _name(token: Token) -> bool:
    """Tell whether a token is a capitalised proper noun, a name's word."""
    return bool(token.pos_ == "PROPN" and token.text[:1].isupper())


FIGURES = frozenset({"", "CARDINAL", "QUANTITY", "PERCENT", "MONEY", "ORDINAL"})
WHEN = frozenset({"DATE", "TIME"})  # "Days after …", "Last year": common words; months are names


def lower_first(text: str, first: Token | None) -> str:
    """Lower-case a phrase's first letter unless its first word is a name or "I"."""
    if not text or first is None:
        return text
    # "The United States has …" -> "has the United States": the article's "the", not the
    # name's, unless a title's ("The Hobbit") or written with its capital mid-sentence
    if first.lower_ == "the" and first.pos_ != "PROPN":
        return text if _capital_the(first) else text[0].lower() + text[1:]
    # "More than 40 students", "Days after …": a figure's or a date's word, no name's capital
    named = first.ent_type_ not in FIGURES and first.ent_type_ not in WHEN
    if (first.pos_ == "PROPN" and not _describing_word(first)) or first.text == "I" or named:
        return text
    if first.text.isupper() and len(first.text) > 1:
        return text
    return text[0].lower() + text[1:]


def _describing_word(word: Token) -> bool:
    """Tell whether a word the model calls a proper noun, in no name and leaning on no proper
    noun, is an adjective or adverb WordNet has lower-case ("Fictional West Virginia resident
    …") that the text never capitalises mid-sentence: the capital is the sentence's."""
    if word.ent_type_ or not word.is_alpha or word.is_upper:
        return False
    if word.head.i != word.i and word.head.pos_ == "PROPN":
        return False  # "Chief Minister Pervez Khattak": a word of a title or name
    if not any(find_line(f"index.{pos}", word.lower_) for pos in ("adj", "adv")):
        return False
    same = (t for t in word.doc if t.lower_ == word.lower_ and not t.is_sent_start)
    return not any(t.text[:1].isupper() for t in same)


def _capital_the(the: Token) -> bool:
    """Tell whether a sentence's opening "The" belongs to a name that keeps it: a title's
    ("The Hobbit"), or one the article writes "The" mid-sentence ("flew to The Hague"), the
    same capitalised words after it ("The Internet Explorer 6 Countdown" is no "The Internet
    security firm")."""
    if the.ent_type_ == "WORK_OF_ART":
        return True
    name = _capitals_after(the)
    return bool(name) and any(
        t.text == "The" and not t.is_sent_start and _capitals_after(t) == name for t in the.doc
    )


def _capitals_after(the: Token) -> list[str]:
    """Return the capitalised words right after a "The" ("Hague" of "The Hague is …")."""
    words = []
    for token in the.doc[the.i + 1 :]:
        if not token.text[:1].isupper():
            break
        words.append(token.text)
    return words


def capitalise(text: str) -> str:
    """Upper-case the first letter of a question."""
    return text[:1].upper() + text[1:] if text else text
