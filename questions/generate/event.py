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
import re
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from questions.generate.aboutphrase import ABOUT, names_nothing, story_of
from questions.generate.acronyms import (
    expand_acronyms,
    unexplained_acronym,
)
from questions.generate.compiled import pattern
from questions.generate.datedperfect import relative_date_on_perfect
from questions.generate.dates import YEAR
from questions.generate.eventframe import PREPOSITIONS, event_frame
from questions.generate.fullnames import full_names, sentence_places
from questions.generate.groups import owned_group
from questions.generate.headerline import headline_line, topic_line
from questions.generate.headlinesport import activity_frame
from questions.generate.indefinite import indefinite
from questions.generate.othertime import of_other_time
from questions.generate.pools import zipf
from questions.generate.render import FIGURES, WHEN
from questions.generate.setting import Setting
from questions.generate.sides import (
    names_sides,
    other_side,
    side_asked,
    side_without_match,
)
from questions.generate.tense import event_past, past_tense, perfect_in_past, reporting_past
from questions.generate.worldscope import WORLD_OPENING, carried_world
from questions.schema import QUESTION_MAX, normalise

Span = Any
# A name whose first word is this common a word ("Art", "Ms"), or whose last word is ("Aid"),
# may be no person's name ("Art Gallery", "Kool Aid"): said only after a known first name.
COMMON_FIRST, COMMON_LAST = 3.5, 4.5
QUESTION_CHARS = 220  # a context phrase is not added when the question would grow past this
_MONTHS = "|".join(m for m in calendar.month_name if m)
# The phrase `with_context` opens a question with, as said in any article.
CONTEXT_PHRASE = re.compile(
    rf"^(?:(?:{'|'.join(PREPOSITIONS)}) the (?:\d{{4}} )?[A-Z][^,]*"
    r"|In [a-z][\w'’ -]* at the (?:\d{4} )?[A-Z][^,]*"  # "In wheelchair curling at the …"
    r"|According to an? [A-Z][a-z]+ \d{4} article(?: on [^,]+)?), "
)
# the month's framing with no story named: "According to a September 2012 article, …"
_MONTH_ONLY = re.compile(r"^According to an? [A-Z][a-z]+ \d{4} article, ")
# The headline line `with_context` puts above a question.
HEADLINE_LINE = re.compile(r"^📰 [^\n]*\n")
# A question that says who said it: "According to an article" would attribute it twice.
ATTRIBUTED = re.compile(r"\b(?:said|says|according to|told)\b", re.IGNORECASE)
_SAID_BY = re.compile(r", according to [^,?]+\?$")  # who reports a question's statement
_SPOKEN = re.compile(r'^[^"]+ (?:said|says): "')  # 'KCNA said: "… _____ …"', quoted whole
_DATED = re.compile(rf"\b(?:1[5-9]\d\d|20\d\d|{_MONTHS})\b")
# "In August 2015, ", "In the 2016 …, ", "On the 2008 World No Tobacco Day, "
_DATED_IN = re.compile(rf"^(?:{'|'.join(PREPOSITIONS)}) [^,]*\b\d{{4}}\b[^,]*, ")


def unframed(stem: str) -> str:
    """Return a question without the headline line or context phrase `with_context` put
    around it: what the question itself says."""
    return CONTEXT_PHRASE.sub("", HEADLINE_LINE.sub("", stem))


COMMON_PART = 3.0  # Zipf: each part of "Pan-democrat" is an English word


def _common_compound(word: str) -> bool:
    """Tell whether a hyphenated word is made of common words and ends in a lower-case one
    ("Pan-democrat", "Anti-government"), as no name does ("Cheuk-ting" is rare)."""
    parts = word.split("-")
    last = parts[-1]
    common = all(zipf(p.lower()) >= COMMON_PART for p in parts)
    return len(parts) > 1 and last.isalpha() and last.islower() and common


def _opening(stem: str, ordinary: frozenset[str]) -> str:
    """Lower-case the question's first word when it is an ordinary one: a function word
    ("Which", "The") or a word of the sentence that is no name ("Institutional"), not a
    name put in for a pronoun ("Microsoft's"); `ordinary`: the sentence's other words."""
    first = stem.split(" ", 1)[0]
    # "Applying", capitalised where a dropped "Even" opened the sentence: the article's word
    lowered = first[:1].lower() + first[1:]
    if (
        first.lower() in STOP_WORDS
        or first in ordinary
        or (lowered != first and lowered in ordinary)
    ):
        return stem[:1].lower() + stem[1:]
    return stem


def _article(month: str) -> str:
    """Return "an" before a month that starts with a vowel sound ("an April 2011 article")."""
    return indefinite(month)


_SINCE = re.compile(r"\bsince\b", re.IGNORECASE)  # "since 1958": every edition of the event


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
    framed: bool = True,
) -> str:
    """Give a question that does not name the article's event its context: the event ("In
    the 2018 FIFA World Cup, which team …?"), else the headline and month on a line above it
    ("📰 Warhol's photo legacy spread by university exhibits (January 2014)"), else, for a
    question with no date, the article's month ("According to an April 2011 article, how
    many people remain displaced?"). `now`: the sentence said "now", which was dropped and
    must be dated. `framed`: False when the sentence's fact is of another time than the
    event's (`othertime`): no event opens it, its year goes into no name."""
    event = setting.event if framed else None
    dated = bool(_DATED.search(stem))
    if not now and event and _names_event(stem, event):
        yeared = with_event_year(stem, event)
        year = re.search(r"\b\d{4}\b", event)
        if yeared != stem or year is None or year.group() in stem:
            return yeared
        if _SINCE.search(stem):
            # "the opening match of the World Cup since 1958" is every World Cup's: the year
            # cannot go in, so the tournament is named in front (review 10)
            phrase = event_frame(setting.wider or event)
            fits = len(phrase) + len(stem) <= QUESTION_CHARS
            return phrase + _opening(stem, ordinary) if fits else stem
        if dated:
            return stem
        event = None  # named, its year nowhere to go: dated by the headline or month below
    if (
        event
        and setting.wider
        and (normalise(key) in normalise(event) or names_sides(stem, setting.sides))
    ):  # "Belgium's win …" would give Belgium away; "did Sweden face South Korea" after
        event = setting.wider  # "In Sweden's win over Korea Republic" names it twice
        other = other_side(stem, key, setting.sides)
        if other:  # "In the 2018 FIFA World Cup match against Korea Republic, which country …"
            event = f"{event} match against {other}"
    if event and not now and not dated and normalise(key) not in normalise(event):
        # not when the event's name would give the answer away; the headline's sport with
        # the article's own event ("In wheelchair curling at the 2014 …"), not with a match
        own = event == setting.event and not setting.wider
        sport = activity_frame(event, setting.activity, stem, key) if own else None
        phrase = sport or event_frame(event)
        if len(phrase) + len(stem) <= QUESTION_CHARS:
            return phrase + _opening(stem, ordinary)
    # The headline's month unless the question says a year of the story's past ("by 2050":
    # which year? review 9); the topic only for a question the month would frame, or one
    # whose headline gave its key away (`Setting.told`): its story is still to be named
    topical = stem if now or not dated or setting.told else None
    line = headline_line(setting, key, now or not _year_said(stem, setting.month), topical)
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
    about = story_of(stem, setting, key) if phrase.startswith("According") else None
    if about and len(phrase) + len(ABOUT + about) + len(stem) <= QUESTION_CHARS:
        phrase = f"{phrase[:-2]}{ABOUT}{about}, "  # "… article on the Bicentennial, …"
    if len(phrase) + len(stem) > QUESTION_CHARS:  # a speaker's words: the story dates them
        line = headline_line(setting, key, False) if _SPOKEN.match(stem) else None
        return line + stem if line and len(line + stem) <= QUESTION_MAX else stem
    return phrase + _opening(stem, ordinary)


def _year_said(stem: str, month: str | None) -> bool:
    """Tell whether a question names a year up to the article's own (its month's year)."""
    said = [int(y) for y in YEAR.findall(stem)]
    year = int(month.split()[-1]) if month and month.split()[-1].isdigit() else None
    return any(year is None or y <= year for y in said)


def with_event_year(stem: str, event: str) -> str:
    """Say the year of the event a question names without it ("the Hong Kong legislative
    election" -> "the 2016 Hong Kong legislative election"): the answer depends on the year."""
    dated = re.fullmatch(r"the (\d{4}) (.+)", event)
    if dated is None or dated.group(1) in stem:
        return stem
    year, name = dated.groups()
    # "the FIFA Under-17 World Cup" is the "2007 World Cup" the headline named: its own
    # capitalised words may come between "the" and the name (review 58)
    found = pattern(
        rf"\b([Tt]he) ((?:[A-Z0-9][\w'’-]* )*){re.escape(name)}\b",
        re.IGNORECASE if name[:1].islower() else 0,
    ).search(stem)
    if found is None or YEAR.search(found.group(2)):
        return stem  # "the 2006 Winter Paralympics" is another edition: not "the 2014 2006 …"
    said = f"{found.group(1)} {year} {found.group(2)}{name}"
    return f"{stem[: found.start()]}{said}{stem[found.end() :]}"


def situate(stem: str, key: str, setting: Setting, sentence: Span, now: bool = False,
            topic: bool = False) -> tuple[str, tuple[str, str] | None]:  # fmt: skip
    """Return the question made to stand alone, and why it cannot be when it cannot, as
    (reason, detail): an acronym the article never spells out, or no room for the context
    an undated question needs. `topic`: where the headline leaves no room, its topic."""
    determiners = frozenset(t.lower_ for t in sentence if t.tag_ in ("DT", "PRP$", "WDT"))
    ordinary = {t.text for t in sentence if t.pos_ != "PROPN" and not t.ent_type_}
    opening = sentence.text.split()[0]
    # "Pan-democrat": one word, three tokens, which the model may call a name's first part;
    # a compound ending in a lower-case word is no name (names are "Lam Cheuk-ting")
    # a number's entity type is no name's: "Thirty states, …" is "thirty states" mid-question;
    # nor a date's common word: "Days after …"
    common = FIGURES | WHEN
    if (sentence[0].pos_ != "PROPN" and sentence[0].ent_type_ in common) or _common_compound(
        opening
    ):
        ordinary.add(opening)
    places = sentence_places(sentence, setting.lone)  # "Lukaku scored": no place, whatever
    places |= setting.things  # "the workers of Zanon": the factory "known as Zanon"
    text = past_tense(full_names(stem, setting.people, key, setting.titles, places), sentence)
    text = owned_group(text, sentence, setting.nation)  # "UK officials will scrap …"
    text = carried_world(text, sentence)  # "Globally, female representation has risen …"
    named = {**setting.described, **setting.acronyms}  # "NISA": what it is, if not its name
    text = expand_acronyms(text, named, key, determiners | {"which", "whose"})
    unexplained = unexplained_acronym(text, named, key)
    problem = ("unexplained acronym", unexplained) if unexplained else None
    framed = not of_other_time(sentence, setting.wider or setting.event, key)
    said = with_context(text, setting, key, now, frozenset(ordinary), framed)
    if said != text and text.startswith(WORLD_OPENING):  # "According to …, globally, …"
        said = said.replace(f", {WORLD_OPENING}", f", {WORLD_OPENING.lower()}", 1)
    if said != text and _DATED_IN.match(said) and not _DATED_IN.match(text):
        said = perfect_in_past(said, sentence)  # "In August 2015, … was placed": not "has been"
        said = reporting_past(said, sentence)  # "In March 2008, the mayor said …": not "says"
    elif relative_date_on_perfect(said, sentence):  # "have occurred on November 28, 2010"
        said = perfect_in_past(said, sentence)
    sided = side_without_match(said, key, setting.sides)  # a side named, its match not
    problem = problem or sided or side_asked(text, key, setting.sides or setting.contest)
    bare = said == text and setting.dated and _needs_context(text, setting)
    # no room for the headline: its topic ("📰 UK asylum process"), shorter, says the story
    line = topic_line(setting, key, now or not _year_said(text, setting.month), text)
    if bare and topic and line is not None and len(line) + len(text) <= QUESTION_MAX:
        said, bare = line + text, False
    if bare:
        problem = problem or ("no context", "no room to name the article's date or story")
    if _MONTH_ONLY.match(said) and names_nothing(text, sentence, key):  # "… which country
        problem = problem or ("no context", "the month names no story")  # kept trying …?"
    return event_past(said, sentence, setting.event), problem


def _needs_context(stem: str, setting: Setting) -> bool:
    """Tell whether a question says neither a date nor the article's event: left so, it
    reads as if true at any time ("are undergoing trial" — in which year?)."""
    return not _DATED.search(stem) and not (setting.event and _names_event(stem, setting.event))
