"""The article's setting: its event, date, people, titles and acronyms, worked out once and
used to make each question stand alone (`event.situate`)."""

from __future__ import annotations

import calendar
import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from questions.generate.aboutphrase import headline_subjects
from questions.generate.acronyms import (
    acronym_descriptions,
    acronym_names,
)
from questions.generate.cutshort import cut_first_name
from questions.generate.dates import ArticleDate
from questions.generate.describedplaces import described_places
from questions.generate.entcache import ents_of
from questions.generate.eventrole import event_year, is_later, is_setting
from questions.generate.fullnames import lone_persons, thing_names
from questions.generate.groups import headline_nation
from questions.generate.headlinesport import headline_activity
from questions.generate.headlinethings import headline_things
from questions.generate.headlinetopic import (
    headline_cuts,
    headline_label,
    headline_topic,
    is_event,
    placed_topic,
)
from questions.generate.keylesshead import unmodified_headlines
from questions.generate.particles import name_cased
from questions.generate.pools import is_any_first_name, is_surname, zipf
from questions.generate.sides import headline_sides
from questions.generate.titledpeople import untitled
from questions.schema import normalise

Span = Any
# A name whose first word is this common a word ("Art", "Ms"), or whose last word is ("Aid"),
# may be no person's name ("Art Gallery", "Kool Aid"): said only after a known first name.
COMMON_FIRST, COMMON_LAST = 3.5, 4.5
TITLE_ZIPF = 3.0  # a word before names this common in English is a title ("Professor")


@dataclass(frozen=True)
class Setting:
    """What a reader weeks later needs: the article's event, date, people and acronyms."""

    event: str | None = None  # "the 2018 FIFA World Cup"
    day: dt.date | None = None
    month: str | None = None  # "April 2011": the article's month, for its present tense
    people: dict[str, str] = field(default_factory=dict)  # surname -> full name
    titles: frozenset[str] = frozenset()  # words before a full name: "Professor", "President"
    acronyms: dict[str, str] = field(default_factory=dict)  # "USI" -> "the University of …"
    titled: dict[str, str] = field(default_factory=dict)  # "Bishop Hale" -> "Ann Hale"
    headline: str | None = None  # the article's own headline, which names its story
    wider: str | None = None  # the article's event when `event` is one match of it
    sides: tuple[str, ...] = ()  # the match's two sides when `event` is one match
    contest: tuple[str, ...] = ()  # the two sides the headline puts against each other
    nation: str | None = None  # the headline's one nation: "UK" of "UK asylum process"
    described: dict[str, str] = field(default_factory=dict)  # "NISA" -> "the Japanese …"
    topic: str | None = None  # the headline's described noun: "UK asylum process"
    label: str | None = None  # the headline's event before its colon: "2007 Rugby World Cup"
    cuts: tuple[str, ...] = ()  # the headline less a phrase of its verb: "Japan beats Spirit"
    objects: tuple[str, ...] = ()  # the headline's named things: "World Bank's gender report"
    # the headline's places that place its topic, and the topic's words: ("New Zealand",),
    # "flag design"
    placed: tuple[tuple[str, ...], str] | None = None
    unmodified: tuple[str, ...] = ()  # the headline less a name word: "Capitals beat …"
    lone: frozenset[str] = frozenset()  # one-word names said of a person more than a place
    things: frozenset[str] = frozenset()  # names it gives a thing: "known as Zanon", a factory
    told: frozenset[str] = frozenset()  # lines (folded) a question's context may not show
    about: tuple[str, ...] = ()  # the headline's named things as said: "the Canberra Capitals"
    activity: str | None = None  # the headline's sport beside its event: "wheelchair curling"

    @property
    def dated(self) -> bool:
        """Tell whether the article's date or headline can tell a reader when a question's
        event happened."""
        return bool(self.month or self.headline)

    def spelled(self, person: bool = True) -> dict[str, str]:
        """Map each short name an option may be to the name the article spells out ("USI" ->
        "the University of Southern Indiana", "Wilkins" -> "Kristen Wilkins"); where the
        question asks no person, a name the article gives a place or thing stays bare
        ("Jackson" the city, not the article's Peter Jackson)."""
        people = {short: full for short, full in self.people.items()
                  if person or short not in self.things}  # fmt: skip
        return {**people, **self.titled, **self.acronyms}


def _event(title: Any | None, docs: Sequence[Any], anchor: ArticleDate | None) -> str | None:
    """Name the article's event: a named event (spaCy's EVENT) of the headline, or of the
    lead that the article names again, in its longest form ("FIFA World Cup" for "World
    Cup"), with the year ("the 2018 FIFA World Cup")."""
    said = Counter(normalise(_bare(e.text)) for d in docs for e in ents_of(d))
    lead = [*(ents_of(title) if title is not None else ()), *(ents_of(docs[0]) if docs else ())]
    in_title = {e.text for e in ents_of(title)} if title is not None else set()
    year_now = anchor.year if anchor else None
    # "Spielberg quits 2008 Beijing Olympics": the Games are what the story does something
    # to, not where it happens; the lead's "2008 Summer Olympics" is the same event
    named = [e for e in (ents_of(title) if title is not None else ()) if e.label_ == "EVENT"]
    outside = {e.text.split()[-1] for e in named if not is_setting(e)}
    # "2007 Rugby World Cup: Georgia claim first World Cup victory": the victory's "World
    # Cup" is the label's, where the story happens: the event named so is no outside one
    outside -= {e.text.split()[-1] for e in named if is_setting(e)}
    for ent in lead:
        name = _bare(ent.text)  # "The Taipei City Lantern Festival" opening a sentence
        if ent.label_ != "EVENT" or len(ent) < 2 or not name[:1].isupper():
            continue
        if name.split()[-1] in outside or is_later(ent, year_now):
            continue
        if not any(t.endswith(name) for t in in_title) and said[normalise(name)] < 2:
            continue
        longer = [_bare(e.text) for e in lead if e.text != ent.text and e.text.endswith(name)]
        name = min(longer, key=len) if longer else name
        held = event_year(ent)  # "2010 Winter Olympics" told in 2009 is not "the 2009 …"
        year = str(held) if held else (str(anchor.year) if anchor and anchor.year else None)
        return _dated(name, year)
    return _dated_title_phrase(title, docs, anchor)


def _bare(name: str) -> str:
    """Return a name without the article it opens with, capitalised or not ("The …")."""
    return name[4:] if name[:4] in ("the ", "The ") else name


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
        if chunk.root.tag_ == "NN"
        and any(t.pos_ == "PROPN" or t.ent_type_ for t in chunk)
        and is_event(chunk.root)  # "Norway's parliament" passed a law on a date: no event
        and is_setting(chunk)  # "Party boycotts Hong Kong election": not where it happens
    }
    for doc in docs:
        for chunk in doc.noun_chunks:
            name = " ".join(t.text for t in chunk if t.pos_ != "DET")
            if name.lower() not in phrases or chunk.root.dep_ not in ("nsubj", "nsubjpass"):
                continue
            verb = chunk.root.head
            if any(
                e.label_ == "DATE" and verb in (e.root.head, e.root.head.head) for e in ents_of(doc)
            ):
                return _dated(name, str(anchor.year))
    return None


def _people(docs: Sequence[Any]) -> dict[str, str]:
    """Map each surname to the one full name the article gives it ("Eastman" -> "Cres
    Eastman"); a surname two people share maps to nobody."""
    found: dict[str, set[str]] = {}
    for doc in docs:
        for ent in ents_of(doc):
            words = untitled(ent.text.removesuffix("'s").split())  # "Bishop Ann Hale"
            if ent.label_ == "PERSON" and len(words) >= 2 and name_cased(words):
                found.setdefault(words[-1], set()).add(" ".join(words))
            first = cut_first_name(ent)  # "Bronco [Darian] Stewart": a second Stewart
            if first is not None:
                found.setdefault(ent.text, set()).add(f"{first} {ent.text}")
    people = {last: next(iter(full)) for last, full in found.items() if len(full) == 1}
    # "Stan Lee" … "Lee was making his …": a surname said alone of a person (news names
    # people so) makes the full name a person's, whatever the lists make of "Stan"
    alone = {e.text for d in docs for e in ents_of(d) if e.label_ == "PERSON" and " " not in e.text}
    said = {last: full for last, full in people.items()
            if _person_name(full, people) or (last in alone and is_surname(last))}  # fmt: skip
    return {**_said_first(docs, found), **said}


def _titled_forms(docs: Sequence[Any], people: dict[str, str]) -> dict[str, str]:
    """Map a title and surname the model took as one name ("Bishop Hale") to the one full
    name the article gives the surname ("Ann Hale"): shown beside the others' full names,
    the title alone would set the answer apart."""
    forms = {}
    for ent in (e for d in docs for e in ents_of(d) if e.label_ == "PERSON"):
        words = ent.text.removesuffix("'s").split()
        bare = untitled(words)
        if len(words) == 2 and len(bare) == 1 and bare[0] in people:
            forms[" ".join(words)] = people[bare[0]]
    return forms


def _said_first(docs: Sequence[Any], found: dict[str, set[str]]) -> dict[str, str]:
    """Map a name said alone to the one full name it opens ("Justice Minister Kim Kyung Han"
    … "Kim warned"): news names people by surname, so a lone word that opens one full name
    and ends none is that person's surname, written first."""
    alone = {e.text for d in docs for e in ents_of(d) if e.label_ == "PERSON" and " " not in e.text}
    opened: dict[str, set[str]] = {}
    for names in found.values():
        for full in names:
            opened.setdefault(full.split()[0], set()).add(full)
    return {
        word: next(iter(names))
        for word, names in opened.items()
        if word in alone and len(names) == 1 and word not in found and is_surname(word)
    }


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
        for ent in ents_of(doc)
        if ent.label_ == "PERSON" and ent.start > 0
        for before in (doc[ent.start - 1],)
        if before.is_title and before.is_alpha and zipf(before.lower_) >= TITLE_ZIPF
    )  # "Professor", "President": common words; not "Junius" of "Junius Ho" taken apart
    headline = " ".join(title.text.split()) if title is not None else None
    people = _people(docs)
    body = " ".join(d.text for d in docs)
    event = _event(title, docs, anchor)
    return Setting(event, day, month, people, titles,
                   acronym_names(docs), _titled_forms(docs, people), headline or None,
                   lone=lone_persons(docs),
                   nation=headline_nation(title, docs),
                   things=thing_names(docs) | described_places(docs),  # "Marlow, a town"
                   described=acronym_descriptions(docs),
                   topic=headline_topic(title), placed=placed_topic(title),
                   label=headline_label(title), cuts=headline_cuts(title),
                   objects=headline_things(title), unmodified=unmodified_headlines(title),
                   contest=headline_sides(title),
                   about=headline_subjects(title, body),
                   activity=headline_activity(title, body, event))  # fmt: skip
