"""Stage 3: make each sentence stand alone.

A question is read months later, without the article, so "this year", "last month", "the
same day" and a leading "He" must be replaced by what they mean. Relative dates are resolved
against the article's anchor date: the date the story is about. What cannot be resolved is
left in place, and the standalone filter drops questions that still contain it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from questions.generate.clean import CleanArticle
from questions.generate.dates import (
    MONTH_DAY_RE,
    DateValue,
    find_full_dates,
    format_date,
    month_number,
)
from questions.generate.lexicon import (
    MONTH_NAMES,
    NUMBER_WORDS,
    PARTICIPLE_TO_BASE,
    PAST_TO_BASE,
    STOPWORDS,
    THIRD_TO_BASE,
)
from questions.generate.sentences import Sentence

VERB_FORMS = frozenset(PAST_TO_BASE) | frozenset(PARTICIPLE_TO_BASE) | frozenset(THIRD_TO_BASE)
# Heads of definite descriptions that can point back to a name ("The declaration stated…").
ANAPHORIC_HEADS = frozenset(
    [
        "declaration",
        "organization",
        "organisation",
        "treaty",
        "agreement",
        "charter",
        "council",
        "committee",
        "summit",
        "conference",
        "report",
        "plan",
        "company",
        "agency",
        "mission",
        "probe",
        "spacecraft",
        "telescope",
        "strategy",
        "budget",
        "commission",
        "authority",
    ]
)
_DESCRIBED = re.compile(r"\bthe ((?:[A-Z][\w'-]+ )*[A-Z][\w'-]+) ([a-z]+)\b")
_PREPOSITIONS = r"in|during|for|of|since|by|until|from|to|throughout|before|after"
_FRONTED = re.compile(
    r"^(?:On|In|At|During|After|Before|Since|By|Over|As|According|When|While|Under|With|For)\b"
)


@dataclass
class Context:
    """What earlier sentences established, for resolving the next one."""

    anchor: DateValue | None
    person: str | None = None  # the one person the last sentences were about
    person_age: int = 99  # sentences since that person was named
    section: int = 0
    previous_day: DateValue | None = None  # a day-precise date in the previous sentence
    recent: list[tuple[str, str]] = field(default_factory=list)  # (head, name) of recent names
    organizations: dict[str, str] = field(default_factory=dict)  # head -> latest name
    described: dict[str, str] = field(default_factory=dict)  # "spacecraft" -> "Aurora"
    seen: dict[str, int] = field(default_factory=dict)  # sentences that named it so far

    def observe(
        self,
        sentence: Sentence,
        persons: list[str],
        names: list[tuple[str, str]],
        day: DateValue | None,
        text: str = "",
    ) -> None:
        """Record what a sentence named, for the sentences after it."""
        # "the Aurora spacecraft" lets a later "The spacecraft" be named, when the name is
        # the story's running subject and the only thing described with that noun.
        for name, noun in _DESCRIBED.findall(text):
            if noun in STOPWORDS or noun in VERB_FORMS or len(noun) <= 3:
                continue
            if self.described.get(noun, name) != name:
                self.described[noun] = ""  # two things are "the … mission": ambiguous
            else:
                self.described[noun] = name
        for name in set(self.described.values()):
            if name and re.search(rf"\b{re.escape(name)}\b", text):
                self.seen[name] = self.seen.get(name, 0) + 1
        distinct = list(dict.fromkeys(persons))
        if sentence.section != self.section:
            self.person, self.person_age, self.section = None, 99, sentence.section
        if len(distinct) == 1:
            self.person, self.person_age = distinct[0], 0
        elif len(distinct) > 1:
            self.person, self.person_age = None, 99
        else:
            self.person_age += 1
        self.previous_day = day
        self.recent = (names + self.recent)[:8]
        for head, name in names:
            self.organizations[head] = name


def find_anchor(article: CleanArticle, sentences: list[Sentence]) -> DateValue | None:
    """Find the date the story is about, so that "this year" and "June 28" can be dated."""
    everything = "\n".join([*article.captions, *article.paragraphs, article.title or ""])
    full = find_full_dates(everything)
    # A yearless "On September 17" in the prose, dated elsewhere (often in a photo caption).
    for sentence in sentences:
        for match in MONTH_DAY_RE.finditer(sentence.text):
            if match.group("year"):
                continue
            month, day = month_number(match.group("month")), int(match.group("day"))
            for value in full:
                if (value.month, value.day) == (month, day):
                    return value
    if full:
        counts = Counter(value.year for value in full)
        year = max(counts, key=lambda y: (counts[y], y or 0))
        return next(value for value in full if value.year == year)
    years = [int(y) for y in re.findall(r"\b(?:in|In) (20\d\d|19\d\d)\b", everything)]
    return DateValue(max(years), None, None) if years else None


def _number(word: str) -> int | None:
    """Read a small count written as digits or a word."""
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word.lower())


def _shift_month(anchor: DateValue, months: int) -> tuple[int, int]:
    """Return (year, month) a number of months from the anchor."""
    assert anchor.year is not None and anchor.month is not None
    index = anchor.year * 12 + anchor.month - 1 + months
    return index // 12, index % 12 + 1


def _resolve_years(text: str, year: int) -> str:
    """Replace "this year", "last year", "a year ago" and friends by the year they mean."""
    offsets = {"this": 0, "last": -1, "next": 1, "previous": -1, "past": -1}

    def possessive(match: re.Match[str]) -> str:
        return f"the {year + offsets[match.group(1).lower()]}"

    text = re.sub(r"\b(this|last|next) year's\b", possessive, text, flags=re.I)

    def with_month_day(match: re.Match[str]) -> str:
        return f"{match.group(1)}, {year + offsets[match.group(2).lower()]}"

    text = re.sub(
        r"\b((?:January|February|March|April|May|June|July|August|September|October|"
        r"November|December) \d{1,2}) (this|last|next) year\b",
        with_month_day,
        text,
    )

    def relative(match: re.Match[str]) -> str:
        before, which = match.group(1), match.group(2).lower()
        value = year + offsets[which]
        if before:
            return f"{before}{value}"
        start = match.start()
        if start == 0 or re.search(r"(?:—|-|:)\s*$", text[:start]):
            return str(value)
        return f"in {value}"

    text = re.sub(
        rf"\b((?:{_PREPOSITIONS}) )?(this|last|next) year\b(?!')", relative, text, flags=re.I
    )

    def ago(match: re.Match[str]) -> str:
        count = 1 if match.group(2).lower() in ("a", "one") else _number(match.group(2))
        if count is None:
            return match.group(0)
        word = "In" if match.group(1) else "in"
        return f"{word} {year - count}"

    return re.sub(
        r"(?:(^)|\b)(a|one|two|three|four|five|six|seven|eight|nine|ten|\d+) years? ago\b",
        ago,
        text,
        flags=re.I | re.M,
    )


def _resolve_months(text: str, anchor: DateValue) -> str:
    """Replace "the 25th of last month" and "last month" when the anchor month is known."""
    if anchor.year is None or anchor.month is None:
        return text
    offsets = {"this": 0, "last": -1, "next": 1, "previous": -1}

    def day_of(match: re.Match[str]) -> str:
        year, month = _shift_month(anchor, offsets[match.group(2).lower()])
        return format_date(DateValue(year, month, int(match.group(1))))

    text = re.sub(
        r"\bthe (\d{1,2})(?:st|nd|rd|th) of (this|last|next|previous) month\b",
        day_of,
        text,
        flags=re.I,
    )

    def month(match: re.Match[str]) -> str:
        year, number = _shift_month(anchor, offsets[match.group(1).lower()])
        return f"in {MONTH_NAMES[number - 1]} {year}"

    return re.sub(r"\b(this|last|next) month\b", month, text, flags=re.I)


def _add_years(text: str, year: int) -> str:
    """Give a yearless "September 17" the anchor's year."""

    def add(match: re.Match[str]) -> str:
        if match.group("year"):
            return match.group(0)
        following = text[match.end() : match.end() + 2]
        if following[:1] == "," or following[:1] in (".", ";", ")", "") or following == "\n":
            return f"{match.group(0)}, {year}"
        if re.match(r" [a-z]", following):
            return f"{match.group(0)}, {year},"
        return f"{match.group(0)}, {year}"

    return MONTH_DAY_RE.sub(add, text)


def _same_day(text: str, previous: DateValue | None) -> str:
    """Date "the same day"/"that day" from the sentence before, or drop the phrase."""
    phrase = r"(?:on )?(?:the same day|that day)(?! of| as)"
    if previous is not None and previous.day:
        date = format_date(previous)
        text = re.sub(rf"^{phrase}\b", f"On {date}", text, flags=re.I)
        return re.sub(rf"\b{phrase}\b", f"on {date}", text, flags=re.I)
    text = re.sub(rf"^{phrase},?\s*(\w)", lambda m: m.group(1).upper(), text, flags=re.I)
    return re.sub(rf",?\s*\b{phrase}\b(?=[\s,.])", "", text, flags=re.I)


def _capitalise(text: str) -> str:
    """Upper-case the first letter."""
    return text[:1].upper() + text[1:]


def resolve_sentence(sentence: Sentence, context: Context) -> str:
    """Rewrite one sentence so it no longer depends on the sentences or the date around it."""
    text = sentence.text
    anchor = context.anchor
    if anchor is not None and anchor.year is not None:
        text = _resolve_months(text, anchor)
        text = _resolve_years(text, anchor.year)
        text = re.sub(
            r"\b(?:the )?(past|last|next|coming) (\w+) years\b",
            lambda m: (
                f"the {m.group(2)} years {'to' if m.group(1) in ('past', 'last') else 'from'} "
                f"{anchor.year}"
                if _number(m.group(2))
                else m.group(0)
            ),
            text,
        )
        text = re.sub(r"^At present,", f"As of {anchor.year},", text)
        text = re.sub(r"\bat present\b", f"as of {anchor.year}", text)
        if re.search(r"\bcurrently\b", text) and not re.match(_FRONTED, text):
            text = re.sub(r"\s*\bcurrently\b", "", text)
            first = text.split(" ", 1)[0]
            lowered = first.lower() if first.lower() in ("the", "a", "an") else first
            text = f"As of {anchor.year}, {lowered}{text[len(first) :]}"
        text = _add_years(text, anchor.year)
        if anchor.day:
            date = format_date(anchor)
            text = re.sub(r"^Today,", f"On {date},", text)
            text = re.sub(r"\btoday\b", f"on {date}", text)
    text = _same_day(text, context.previous_day)
    text = re.sub(r" (?:for this|this time)(?=[:,.])", "", text)
    text = re.sub(r"^Recently, (\w)", lambda m: m.group(1).upper(), text)
    if context.person and context.person_age <= 1:
        text = re.sub(r"^(?:He|She) (?=[a-z])", context.person + " ", text)
    match = re.match(r"^The (\w+) (?=[a-z])", text)
    if match and match.group(1).lower() in ANAPHORIC_HEADS:
        head = match.group(1).lower()
        for name_head, name in context.recent:
            if name_head == head:
                text = f"The {name}" + text[len(match.group(0)) - 1 :]
                break
    match = re.match(r"^The ([a-z]+) (?=[a-z])", text)
    name = context.described.get(match.group(1), "") if match else ""
    if name and context.seen.get(name, 0) >= 2:
        text = f"The {name} " + text[len("The ") :]
    for head in ("organization", "organisation"):
        organization = context.organizations.get(head)
        if organization:
            text = re.sub(rf"\b(?:this|that) {head}\b", f"the {organization}", text)
    return _capitalise(re.sub(r" {2,}", " ", text).strip())
