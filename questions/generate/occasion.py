"""Which day "the same day" and "that day" mean, and which occasion "this year's speech" is
in an article with no date: said by their date, so a question on them stands alone weeks
later ("In his speech on September 17, who …?")."""

from __future__ import annotations

import calendar
import re
from typing import Any

from questions.generate.entcache import ents_of

Span = Any
_MONTHS = "|".join(m for m in calendar.month_name if m)
# A day the article states whole: "September 17", "June 15, 2001" (not "the 25th of last
# month", which is a day only the article's date resolves).
STATED_DAY = re.compile(rf"(?:{_MONTHS}) \d{{1,2}}(?!\d)(?:, \d{{4}})?")
_DAY_WORDS = frozenset(d.lower() for d in calendar.day_name) | {
    "day", "days", "yesterday", "today", "tomorrow", "tonight", "week", "weeks", "month",
    "months", "hours"
}  # fmt: skip
_MONTH_NAMES = frozenset(m for m in calendar.month_name if m)
# What `name_same_day` and `name_this_years` say by its day
RESOLVED = frozenset({"this year", "the same day", "that day"})
YEAR_BEFORE = "year before the one on"  # "last year" of an undated article's occasion
LEAD_SENTENCES = 3
_AT = frozenset(
    {"at", "in", "during"}
)  # a news story's lead: its first sentences say what the story is about


def said_day(sentence: Span, last: str | None) -> str | None:
    """Return the day a later "the same day" means after this sentence: the last day the
    sentence states whole, else `last`; None once the sentence names another time in a way
    only the article resolves ("On the 25th of last month", "in June 2017"), which "the same
    day" may mean just as well."""
    for ent in ents_of(sentence):
        if ent.label_ not in ("DATE", "TIME"):
            continue
        stated = STATED_DAY.findall(ent.text)  # "the day of the summit on September 17"
        if stated:
            last = stated[-1]
        elif _names_a_time(ent) and not _same_day(ent):
            last = None
    return last


def _names_a_time(ent: Span) -> bool:
    """Tell whether a date names a point in time (a year, a month, a weekday, a day), not a
    stretch ("the past 20 years", "at present") or a title ("the 20th Anniversary of …")
    that leaves "the same day" where it was."""
    if any(t.lower_ in ("past", "present") for t in ent):
        return False  # "the next day", "two days later" name another day: they count
    return any(t.shape_ == "dddd" or t.text in _MONTH_NAMES or t.lower_ in _DAY_WORDS for t in ent)


def _same_day(ent: Span) -> bool:
    """Tell whether a date is "the same day" or "that day" (which points back, naming none)."""
    words = [t.lower_ for t in ent if t.lower_ != "the"]
    return words in (["same", "day"], ["that", "day"])


def name_same_day(sentence: Span, day: str | None, replace: dict[int, str]) -> None:
    """Say the day for "on the same day" and "that day" ("In his speech on the same day" ->
    "… on September 17"), when the sentences before state it; "the same day of the summit"
    names its day itself and is left."""
    for ent in ents_of(sentence):
        if ent.label_ != "DATE" or not _same_day(ent):
            continue
        # "approved it on September 20, and announced on the same day": this sentence's day
        here = said_day(sentence.doc[sentence.start : ent.start], day)
        if here is None:
            continue
        noun = ent.root
        if any(c.dep_ == "prep" for c in noun.children) or any(t.i in replace for t in ent):
            continue  # "the same day of the summit", "the same day as …": named right there
        prep = noun.head if noun.dep_ == "pobj" else None
        if prep is not None and prep.lower_ == "on":
            words = list(ent)
            said = here
        elif noun.dep_ == "npadvmod":  # "in his speech that day"
            words, said = list(ent), f"on {here}"
        else:
            continue
        if words[0].i == sentence.start:
            said = said[:1].upper() + said[1:]
        for n, token in enumerate(words):
            replace[token.i] = said if n == 0 else ""


def lead_occasion(sentences: list[Span]) -> tuple[str | None, frozenset[str]]:
    """Return the day the article's first sentence opens with ("On September 17, …": the day
    of the story's event) and the nouns its lead says (the "meeting", "summit", "speech" the
    story is about), for an article with no date of its own."""
    sentences = sentences[:LEAD_SENTENCES]
    if not sentences or sentences[0][0].lower_ != "on":
        return None, frozenset()
    first = sentences[0]
    opening = [e for e in ents_of(first) if e.label_ == "DATE" and e.start == first.start + 1]
    if not opening or STATED_DAY.fullmatch(opening[0].text) is None:
        return None, frozenset()
    # What the lead's people did and where: "delivered a speech at the meeting", not the
    # "outbreak of the epidemic" it mentions
    nouns = {t.lemma_.lower() for s in sentences for t in s if t.pos_ == "NOUN" and (
        t.dep_ == "dobj" or (t.dep_ == "pobj" and t.head.lower_ in _AT))}  # fmt: skip
    return opening[0].text, frozenset(nouns)


def name_this_years(
    sentence: Span, day: str | None, nouns: frozenset[str], replace: dict[int, str]
) -> None:
    """Say "the speech on September 17" for "this year's speech" in an article with no date
    whose lead is about that day's speech: the story's own occasion, not any of the year."""
    if day is None:
        return
    for token in sentence:
        year = token.head
        if token.lower_ != "this" or year.lower_ != "year" or year.dep_ != "poss":
            continue
        noun = year.head
        case = [c for c in year.children if c.tag_ == "POS"]
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in nouns or not case:
            continue
        if any(t.ent_type_ == "DATE" and t.head != year for t in noun.subtree if t != year):
            continue  # "this year's speech on June 5": dated by its own words
        replace[token.i] = "The" if token.i == sentence.start else "the"
        replace[year.i] = replace[case[0].i] = ""
        replace[noun.i] = f"{noun.text} on {day}"
        if noun.dep_ == "pobj" and replace.get(noun.head.i) == "":
            del replace[noun.head.i]  # "In": dropped with the vague phrase, now said again


def name_dated_topic(
    sentence: Span, day: str | None, these: dict[str, str], replace: dict[int, str]
) -> None:
    """Say the article's own summit for "the summit" in a phrase that states the lead's day
    ("On the day of the summit on September 17" -> "… of the Shanghai Cooperation Summit on
    September 17"): in an article with no date, that day's summit is the one its lead is
    about, and the one name it gives most to that kind of thing is that summit's."""
    if day is None:
        return
    for token in sentence:
        if token.tag_ != "NN" or token.lower_ not in these or token.i in replace:
            continue
        det = [c for c in token.children if c.dep_ == "det"]
        if not det or det[0].lower_ != "the" or any(c.dep_ in ("amod", "compound")
                                                    for c in token.children):  # fmt: skip
            continue  # "the joint summit": another one
        # the phrase that dates it: its own, or the one it is "of" ("the day of the summit …")
        holder = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else token
        dates = [c for c in holder.children if c.dep_ == "prep" and c.lower_ == "on"]
        if any(sentence.doc[d.i + 1 : d.right_edge.i + 1].text == day for d in dates):
            replace[token.i] = these[token.lower_]


def name_last_years(
    sentence: Span, day: str | None, nouns: frozenset[str], replace: dict[int, str]
) -> None:
    """Say "the summit the year before the one on September 17" for "the summit last year"
    in an article with no date whose lead is about that day's summit: last year's is the one
    before the story's own, which the question can name without guessing a year."""
    if day is None:
        return
    for ent in ents_of(sentence):
        words = [t.lower_ for t in ent]
        if ent.label_ != "DATE" or words != ["last", "year"] or ent.start == sentence.start:
            continue
        before = sentence.doc[ent.start - 1]  # "At the Shanghai Cooperation Summit [last year]"
        if before.lower_ not in nouns or before.pos_ not in ("NOUN", "PROPN"):
            continue
        replace[ent.start] = "the"
        replace[ent.start + 1] = f"{YEAR_BEFORE} {day}"
