"""Stage 7: reject bad candidates, explain good ones, and keep one question per fact.

Each check returns the reason a candidate is rejected, or None. The reasons are counted in
the generation report, so a poor article can be diagnosed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz import fuzz

from questions.generate.facts import Fact
from questions.generate.phrases import contains_phrase
from questions.generate.write import BLANK
from questions.schema import EXPLANATION_MAX, check_question, normalise

# Words that only make sense next to the article: "this year", "the same day", "he".
_DEICTIC = re.compile(
    r"\b(?:(?:this|last|next|that) (?:year|month|week|time|summit|meeting|speech|organization)"
    r"|today|yesterday|tomorrow|currently|at present|recently|these days|here"
    r"|(?:that|the same) day(?! of| as)"
    r"|the (?:last|previous|latest) (?:phone call|call|meeting|summit|visit|talks?)"
    r"|\w+ (?:days|weeks|months|years) (?:later|ago|earlier)|a (?:year|month|week) ago"
    r"|later that|^After (?:a|one|two|three) (?:years?|months?|weeks?|days?)"
    r"|this (?:is|was|will|has))\b",
    re.IGNORECASE,
)
_LEADING_PRONOUN = re.compile(r"^(?:He|She|They|It|We|I|This|That|These|Those|Its|Their)\b")
_PERSONAL = re.compile(r"\b(?:he|she|him|her|his|hers)\b", re.IGNORECASE)
_IT = re.compile(r"\bit\b(?! is (?:necessary|important|possible|expected|likely|clear|hoped))")
_WE = re.compile(r"\b(?:we|our|us)\b", re.IGNORECASE)
_THEY = re.compile(r"^(?:\S+ ){0,2}(?:they|them)\b", re.IGNORECASE)
_SPACE_BEFORE = re.compile(r"\s[.?!,;:]")
_DANGLING = re.compile(r"\b(?:the|a|an)\s*[?.!,;:]", re.IGNORECASE)
_DOUBLED = re.compile(r"\b(\w+)\s+\1\b", re.IGNORECASE)


def answer_in_stem(stem: str, answer: str) -> str | None:
    """Reject a stem that already contains its answer."""
    return "the answer appears in the question" if contains_phrase(stem, answer) else None


def distractor_in_source(source: str, options: Sequence[str], answer: str) -> str | None:
    """Reject options other than the answer that the source sentence also contains."""
    for option in options:
        if normalise(option) == normalise(answer):
            continue
        if contains_phrase(source, option):
            return f"the distractor {option!r} also appears in the source sentence"
    return None


def duplicate_options(options: Sequence[str]) -> str | None:
    """Reject options that are the same after normalisation."""
    folded = [normalise(o) for o in options]
    return "two options are the same" if len(set(folded)) != len(folded) else None


def too_few_options(options: Sequence[str]) -> str | None:
    """Reject a question with fewer than three options."""
    return "fewer than three options" if len(options) < 3 else None


def telegram_limits(
    text: str, options: Sequence[str], answer: int, explanation: str | None
) -> str | None:
    """Reject what Telegram's quiz poll would refuse (lengths, option count)."""
    errors = check_question(text, list(options), answer, explanation)
    return "; ".join(errors) if errors else None


def grammar_problem(stem: str, options: Sequence[str] = ()) -> str | None:
    """Reject a stem that is ungrammatical by simple checks."""
    if _DANGLING.search(stem):
        return "dangling article"
    if _SPACE_BEFORE.search(stem.replace(BLANK, "x")):
        return "space before punctuation"
    doubled = _DOUBLED.search(stem)
    if doubled and doubled.group(1) != "_____":
        return f"doubled word {doubled.group(1)!r}"
    if stem.count('"') % 2:
        return "unbalanced quotes"
    if stem.count("(") != stem.count(")") or stem.count("[") != stem.count("]"):
        return "unbalanced brackets"
    if stem.count(BLANK) > 1:
        return "more than one blank"
    if not (stem[:1].isupper() or stem[:1].isdigit() or stem.startswith((BLANK, '"'))):
        return "does not start with a capital letter"
    if stem[-1:] not in '.?!"':
        return "does not end like a sentence"
    if BLANK not in stem and not stem.endswith("?"):
        return "neither a question nor a gap"
    article = re.search(r"\b(a|an) " + BLANK, stem, re.IGNORECASE)
    if article and options:
        wants_an = article.group(1).lower() == "an"
        for option in options:
            if (option[:1].lower() in "aeiou") != wants_an:
                return f"'{article.group(1)} {BLANK}' does not fit every option"
    return None


def not_standalone(stem: str, persons_named: bool) -> str | None:
    """Reject a stem that depends on the article around it ("this year", a bare "he")."""
    body = re.sub(r'"[^"]*"', '""', stem)  # words inside a quotation are the speaker's
    deictic = _DEICTIC.search(body)
    if deictic:
        return f"depends on the article: {deictic.group(0)!r}"
    if _LEADING_PRONOUN.match(body):
        return "starts with a pronoun"
    if _PERSONAL.search(body) and not persons_named:
        return "a pronoun without a named person"
    if _IT.search(body):
        return "'it' without a clear referent"
    if _THEY.search(body):
        return "'they' without a clear referent"
    if _WE.search(body) and not re.search(r"\b(?:said|stated|emphasized|pointed out) that\b", body):
        return "'we' outside reported speech"
    return None


def lacks_context(stem: str) -> str | None:
    """Reject a stem that names nothing: no date, no year, no name besides its first word."""
    body = stem.replace(BLANK, " ")
    if re.search(r"\b(?:1[5-9]|20)\d\d\b", body):
        return None
    words = re.findall(r"[\w'-]+", body)
    if any(w[:1].isupper() for w in words[1:]) or (words and words[0].isupper()):
        return None
    return "the question names no one and no date"


def not_verbatim(answer: str, source: str, fact: Fact) -> str | None:
    """Reject an answer the source sentence does not state in these words."""
    if normalise(answer) in normalise(source):
        return None
    if fact.kind == "date" and fact.date and fact.date.year:
        # A year added from the article's date is allowed: "September 17" -> "…, 2021".
        bare = re.sub(r",? \d{4}$", "", answer)
        if normalise(bare) in normalise(source):
            return None
    return "the answer is not stated verbatim in the source"


def count_visible(stem: str, fact: Fact) -> str | None:
    """Reject a count whose items are listed in the stem: the answer could be counted."""
    if fact.kind != "count" or not fact.value or fact.value > 12:
        return None
    after = stem.split(BLANK, 1)[-1] if BLANK in stem else stem
    names = re.search(r"((?:[A-Z][\w'-]+(?: [A-Z][\w'-]+)*, )+(?:and )?[A-Z][\w'-]+)", after)
    if names:
        count = len(re.split(r", (?:and )?|,? and ", names.group(1)))
        if count == int(fact.value):
            return "the stem lists what it asks to count"
    return None


def explanation(source: str, answer: str) -> str:
    """Quote the source sentence around the answer, within Telegram's 200 characters."""
    prefix, room = 'The article: "', EXPLANATION_MAX - len('The article: "') - 1
    if len(source) <= room:
        return f'{prefix}{source.replace(chr(34), chr(39))}"'
    text = source.replace('"', "'")
    position = normalise(text).find(normalise(answer).replace('"', "'"))
    position = max(position, 0)
    start = 0
    if position + len(answer) > room - 2:
        start = max(0, position - (room - len(answer)) // 2)
        start = text.rfind(" ", 0, start) + 1
    end = start + room - (2 if start else 1)
    snippet = text[start:end]
    if start + len(snippet) < len(text):
        snippet = snippet[: snippet.rfind(" ")].rstrip(",;:") + "…"
    if start:
        snippet = "…" + snippet
    return f'{prefix}{snippet}"'


def similar(a: str, b: str) -> float:
    """Return how alike two question texts are (0-100), ignoring case and punctuation."""
    return float(fuzz.token_set_ratio(normalise(a), normalise(b)))
