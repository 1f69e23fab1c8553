"""Make a question stand alone: name the article's event and date, people and acronyms.

A sentence of a news story leans on the story: "Who replaced Axel Witsel?" (in which match,
which year?), "Professor Eastman says …" (who is he?), "USI's exhibit" (what is USI?). The
article's **setting** — its event (a named event of its headline or lead, dated by the
article's year: "the 2018 FIFA World Cup"), its date, its people's full names and its
acronyms — is worked out once; each question that does not name its own context gets it:
"In the 2018 FIFA World Cup, …", else a first line with the article's headline and month
("📰 Warhol's photo legacy spread by university exhibits (January 2014)"), else "According to
an April 2011 article, …".
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from questions.generate.acronyms import (
    acronym_names,
    expand_acronyms,
    spelled_otherwise,
    unexplained_acronym,
)
from questions.generate.dates import ArticleDate
from questions.generate.pools import is_any_first_name, zipf
from questions.generate.sides import names_sides, side_without_match
from questions.generate.tense import event_past, past_tense
from questions.schema import QUESTION_MAX, normalise

Span = Any
# A name whose first word is this common a word ("Art", "Ms"), or whose last word is ("Aid"),
# may be no person's name ("Art Gallery", "Kool Aid"): said only after a known first name.
COMMON_FIRST, COMMON_LAST = 3.5, 4.5
TITLE_ZIPF = 3.0  # a word before names this common in English is a title ("Professor")
QUESTION_CHARS = 220  # a context phrase is not added when the question would grow past this
_MONTHS = "|".join(m for m in calendar.month_name if m)
# The phrase `with_context` opens a question with, as said in any article.
CONTEXT_PHRASE = re.compile(
    r"^(?:In the (?:\d{4} )?[A-Z][^,]*|According to an? [A-Z][a-z]+ \d{4} article), "
)
# The headline line `with_context` puts above a question.
HEADLINE_LINE = re.compile(r"^📰 [^\n]*\n")
# A question that says who said it: "According to an article" would attribute it twice.
ATTRIBUTED = re.compile(r"\b(?:said|says|according to|told)\b", re.IGNORECASE)
_SAID_BY = re.compile(r", according to [^,?]+\?$")  # who reports a question's statement
_DATED = re.compile(rf"\b(?:1[5-9]\d\d|20\d\d|{_MONTHS})\b")


@dataclass(frozen=True)
class Setting:
    """What a reader weeks later needs: the article's event, date, people and acronyms."""

    event: str | None = None  # "the 2018 FIFA World Cup"
    day: dt.date | None = None
    month: str | None = None  # "April 2011": the article's month, for its present tense
    people: dict[str, str] = field(default_factory=dict)  # surname -> full name
    titles: frozenset[str] = frozenset()  # words before a full name: "Professor", "President"
    acronyms: dict[str, str] = field(default_factory=dict)  # "USI" -> "the University of …"
    headline: str | None = None  # the article's own headline, which names its story
    wider: str | None = None  # the article's event when `event` is one match of it
    sides: tuple[str, ...] = ()  # the match's two sides when `event` is one match

    def spelled(self) -> dict[str, str]:
        """Map each short name an option may be to the name the article spells out ("USI" ->
        "the University of Southern Indiana", "Wilkins" -> "Kristen Wilkins")."""
        return {**self.people, **self.acronyms}


def _event(title: Any | None, docs: Sequence[Any], anchor: ArticleDate | None) -> str | None:
    """Name the article's event: a named event (spaCy's EVENT) of the headline, or of the
    lead that the article names again, in its longest form ("FIFA World Cup" for "World
    Cup"), with the year ("the 2018 FIFA World Cup")."""
    said = Counter(normalise(e.text.removeprefix("the ")) for d in docs for e in d.ents)
    lead = [*(title.ents if title is not None else ()), *(docs[0].ents if docs else ())]
    in_title = {e.text for e in title.ents} if title is not None else set()
    for ent in lead:
        name = ent.text.removeprefix("the ")
        if ent.label_ != "EVENT" or len(ent) < 2 or not name[:1].isupper():
            continue
        if not any(t.endswith(name) for t in in_title) and said[normalise(name)] < 2:
            continue
        longer = [e.text for e in lead if e.text != ent.text and e.text.endswith(name)]
        name = min(longer, key=len) if longer else name
        year = next((t.text for t in ent.doc[ent.end : ent.end + 1] if t.like_num
                     and len(t.text) == 4), None)  # fmt: skip
        year = year or (str(anchor.year) if anchor and anchor.year else None)
        return _dated(name, year)
    return _dated_title_phrase(title, docs, anchor)


def _dated(name: str, year: str | None) -> str:
    """Put the year before an event's name: "the 2016 Hong Kong legislative election"."""
    return f"the {year} {name}" if year and year not in name else f"the {name}"


def _dated_title_phrase(title: Any | None, docs: Sequence[Any], anchor: ArticleDate | None
                        ) -> str | None:  # fmt: skip
    """Name the event by the headline's named phrase ("Hong Kong legislative election") when
    the article says that phrase happened on a date ("… was held on September 4, 2016"): a
    thing with a date is an event, a place or a plant is not."""
    if title is None or anchor is None or anchor.year is None:
        return None
    phrases = {
        " ".join(t.text for t in chunk if t.pos_ != "DET").lower()
        for chunk in title.noun_chunks
        if chunk.root.tag_ == "NN" and any(t.pos_ == "PROPN" or t.ent_type_ for t in chunk)
    }
    for doc in docs:
        for chunk in doc.noun_chunks:
            name = " ".join(t.text for t in chunk if t.pos_ != "DET")
            if name.lower() not in phrases or chunk.root.dep_ not in ("nsubj", "nsubjpass"):
                continue
            verb = chunk.root.head
            if any(
                e.label_ == "DATE" and verb in (e.root.head, e.root.head.head) for e in doc.ents
            ):
                return _dated(name, str(anchor.year))
    return None


def _people(docs: Sequence[Any]) -> dict[str, str]:
    """Map each surname to the one full name the article gives it ("Eastman" -> "Cres
    Eastman"); a surname two people share maps to nobody."""
    found: dict[str, set[str]] = {}
    for doc in docs:
        for ent in doc.ents:
            words = ent.text.removesuffix("'s").split()
            if ent.label_ == "PERSON" and len(words) >= 2 and all(w[:1].isupper() for w in words):
                found.setdefault(words[-1], set()).add(" ".join(words))
    people = {last: next(iter(full)) for last, full in found.items() if len(full) == 1}
    return {last: full for last, full in people.items() if _person_name(full, people)}


def _person_name(full: str, people: dict[str, str]) -> bool:
    """Tell whether a PERSON name is one to say for its last word: not a thing named after
    someone ("Warhol Polaroid": "Warhol" is a surname), nor a common word behind a word that
    is no first name ("Art Gallery", "Kool Aid")."""
    first, last = full.split()[0], full.split()[-1]
    if first in people:
        return False
    if is_any_first_name(first):
        return True
    return zipf(first.lower()) < COMMON_FIRST and zipf(last.lower()) < COMMON_LAST


def article_setting(title: Any | None, docs: Sequence[Any], anchor: ArticleDate | None) -> Setting:
    """Work out an article's setting once, from its parsed headline and paragraphs."""
    day = anchor.date if anchor else None
    month = f"{calendar.month_name[anchor.month]} {anchor.year}" if anchor and anchor.year else None
    titles = frozenset(
        before.text
        for doc in docs
        for ent in doc.ents
        if ent.label_ == "PERSON" and ent.start > 0
        for before in (doc[ent.start - 1],)
        if before.is_title and before.is_alpha and zipf(before.lower_) >= TITLE_ZIPF
    )  # "Professor", "President": common words; not "Junius" of "Junius Ho" taken apart
    headline = " ".join(title.text.split()) if title is not None else None
    return Setting(_event(title, docs, anchor), day, month, _people(docs), titles,
                   acronym_names(docs), headline or None)  # fmt: skip


def full_names(
    stem: str, people: dict[str, str], key: str, titles: frozenset[str] = frozenset()
) -> str:
    """Say each person's full name where the question has only the surname ("Professor
    Eastman" -> "Professor Cres Eastman"); not for the answer, nor after a capitalised word that is
    not one of the article's `titles` (the words it puts before a full name: "Professor"), nor
    before one ("Wong Kwok-hing")."""
    for last, full in people.items():
        if full in stem or last in key.split() or full == last:
            continue
        for match in re.finditer(rf"(?<![\w-]){re.escape(last)}(?![\w-])", stem):
            before = stem[: match.start()].split()
            word = before[-1] if before else ""
            if word[:1].isupper() and word[-1:].isalnum() and word not in titles:
                continue  # "Tom Eastman", "Space Center": another person, or another name
            if re.match(r"\s+[A-Z][a-z]", stem[match.end() :]):
                continue  # "Wong Kwok-hing" is not Raymond Wong: the family name first
            if _quoted_at(stem, match.start()):
                continue  # a quotation is given word for word
            stem = stem[: match.start()] + full + stem[match.end() :]
            break  # each person's first mention: a question may name several people
    return stem


def _quoted_at(text: str, at: int) -> bool:
    """Tell whether a position of a text lies inside a quotation (an odd number of straight
    or curly opening quotes before it)."""
    before = text[:at]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _opening(stem: str, ordinary: frozenset[str]) -> str:
    """Lower-case the question's first word when it is an ordinary one: a function word
    ("Which", "The") or a word of the sentence that is no name ("Institutional"), not a
    name put in for a pronoun ("Microsoft's"); `ordinary`: the sentence's other words."""
    first = stem.split(" ", 1)[0]
    if first.lower() in STOP_WORDS or first in ordinary:
        return stem[:1].lower() + stem[1:]
    return stem


def _article(month: str) -> str:
    """Return "an" before a month that starts with a vowel sound ("an April 2011 article")."""
    return "an" if month[:1] in "AEIOU" else "a"


def _names_event(stem: str, event: str) -> bool:
    """Tell whether a question already names the event ("World Cup" of "the 2018 FIFA
    World Cup")."""
    words = [w for w in event.split() if w != "the" and not w.isdigit()]
    return bool(words) and " ".join(words[-2:]).lower() in stem.lower()


def with_context(
    stem: str,
    setting: Setting,
    key: str = "",
    now: bool = False,
    ordinary: frozenset[str] = frozenset(),
) -> str:
    """Give a question that does not name the article's event its context: the event ("In
    the 2018 FIFA World Cup, which team …?"), else the headline and month on a line above it
    ("📰 Warhol's photo legacy spread by university exhibits (January 2014)"), else, for a
    question with no date, the article's month ("According to an April 2011 article, how
    many people remain displaced?"). `now`: the sentence said "now", which was dropped and
    must be dated."""
    event = setting.event
    dated = bool(_DATED.search(stem))
    if not now and event and _names_event(stem, event):
        return with_event_year(stem, event)
    if (
        event
        and setting.wider
        and (normalise(key) in normalise(event) or names_sides(stem, setting.sides))
    ):  # "Belgium's 3–0 win …" would give Belgium away; "did Sweden face South Korea" after
        event = setting.wider  # "In Sweden's 1–0 win over Korea Republic" names it twice
    if event and not now and not dated and normalise(key) not in normalise(event):
        phrase = f"In {event}, "  # not when the event's name would give the answer away
        if len(phrase) + len(stem) <= QUESTION_CHARS:
            return phrase + _opening(stem, ordinary)
    # The headline's month unless the question says a year of the story's past: "from _____
    # through March 9" and "by 2050" leave the reader asking which year (review 9).
    line = _headline_line(setting, key, now or not _year_said(stem, setting.month))
    if line is not None and len(line) + len(stem) <= QUESTION_MAX:
        return line + stem
    if (dated and not now) or not setting.month:
        return stem
    phrase = f"According to {_article(setting.month)} {setting.month} article, "
    if _SAID_BY.search(stem):  # "…, according to Kristen Wilkins in January 2014?": when she
        said = f"{stem[:-1]} in {setting.month}?"  # said it, not when the fact held
        return said if len(said) <= QUESTION_CHARS else stem
    if ATTRIBUTED.search(stem):  # "…, said Mauer, …": one attribution is enough
        phrase = f"In {setting.month}, "
    if len(phrase) + len(stem) > QUESTION_CHARS:
        return stem
    return phrase + _opening(stem, ordinary)


def _year_said(stem: str, month: str | None) -> bool:
    """Tell whether a question names a year up to the article's own (its month's year)."""
    said = [int(y) for y in re.findall(r"\b(1[5-9]\d\d|20\d\d)\b", stem)]
    year = int(month.split()[-1]) if month and month.split()[-1].isdigit() else None
    return any(year is None or y <= year for y in said)


def with_event_year(stem: str, event: str) -> str:
    """Say the year of the event a question names without it ("the Hong Kong legislative
    election" -> "the 2016 Hong Kong legislative election"): the answer depends on the year."""
    dated = re.fullmatch(r"the (\d{4}) (.+)", event)
    if dated is None or dated.group(1) in stem:
        return stem
    year, name = dated.groups()
    return re.sub(rf"\b([Tt]he) {re.escape(name)}\b", rf"\1 {year} {name}", stem, count=1,
                  flags=re.IGNORECASE if name[:1].islower() else 0)  # fmt: skip


def _headline_line(setting: Setting, key: str, with_month: bool) -> str | None:
    """Return the line naming the article's headline (and month) above a question, unless the
    headline would give the key away, whole or by its telling word."""
    from questions.generate.filters import key_part_in_stem

    headline = setting.headline
    if not headline or normalise(key) in normalise(headline) or key_part_in_stem(headline, key):
        return None
    if spelled_otherwise(key, headline, setting.acronyms):
        return None  # the month's framing instead: "According to a March 2011 article, …"
    month = f" ({setting.month})" if with_month and setting.month else ""
    return f"📰 {headline}{month}\n"


def situate(stem: str, key: str, setting: Setting, sentence: Span, now: bool = False
            ) -> tuple[str, tuple[str, str] | None]:  # fmt: skip
    """Return the question made to stand alone, and why it cannot be when it cannot, as
    (reason, detail): an acronym the article never spells out, or no room for the context
    an undated question needs."""
    determiners = frozenset(t.lower_ for t in sentence if t.tag_ in ("DT", "PRP$", "WDT"))
    ordinary = {t.text for t in sentence if t.pos_ != "PROPN" and not t.ent_type_}
    if sentence[0].pos_ != "PROPN" and not sentence[0].ent_type_:
        ordinary.add(sentence.text.split()[0])  # "Pan-democrat": one word, three tokens
    text = past_tense(full_names(stem, setting.people, key, setting.titles), sentence)
    text = expand_acronyms(text, setting.acronyms, key, determiners | {"which", "whose"})
    unexplained = unexplained_acronym(text, setting.acronyms, key)
    problem = ("unexplained acronym", unexplained) if unexplained else None
    said = with_context(text, setting, key, now, frozenset(ordinary))
    problem = problem or side_without_match(text, key, setting.sides)
    if said == text and (setting.month or setting.headline) and _needs_context(text, setting):
        problem = problem or ("no context", "no room to name the article's date or story")
    return event_past(said, sentence, setting.event), problem


def _needs_context(stem: str, setting: Setting) -> bool:
    """Tell whether a question says neither a date nor the article's event: left so, it
    reads as if true at any time ("are undergoing trial" — in which year?)."""
    return not _DATED.search(stem) and not (setting.event and _names_event(stem, setting.event))
