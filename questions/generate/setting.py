"""The article's setting: its event, date, people, titles and acronyms, worked out once and
used to make each question stand alone (`event.situate`)."""

from __future__ import annotations

import calendar
import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from questions.generate.acronyms import (
    acronym_descriptions,
    acronym_names,
)
from questions.generate.cutshort import cut_first_name
from questions.generate.dates import ArticleDate
from questions.generate.eventrole import event_year, is_later, is_setting
from questions.generate.fullnames import lone_persons, thing_names
from questions.generate.groups import headline_nation
from questions.generate.pairedquotes import paired_words
from questions.generate.particles import name_cased
from questions.generate.pools import is_any_first_name, is_surname, zipf
from questions.generate.sides import headline_sides
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
    headline: str | None = None  # the article's own headline, which names its story
    wider: str | None = None  # the article's event when `event` is one match of it
    sides: tuple[str, ...] = ()  # the match's two sides when `event` is one match
    contest: tuple[str, ...] = ()  # the two sides the headline puts against each other
    nation: str | None = None  # the headline's one nation: "UK" of "UK asylum process"
    described: dict[str, str] = field(default_factory=dict)  # "NISA" -> "the Japanese …"
    topic: str | None = None  # the headline's described noun: "UK asylum process"
    # the headline's places that place its topic, and the topic's words: ("New Zealand",),
    # "flag design"
    placed: tuple[tuple[str, ...], str] | None = None
    lone: frozenset[str] = frozenset()  # one-word names said of a person more than a place
    things: frozenset[str] = frozenset()  # names it gives a thing: "known as Zanon", a factory

    @property
    def dated(self) -> bool:
        """Tell whether the article's date or headline can tell a reader when a question's
        event happened."""
        return bool(self.month or self.headline)

    def spelled(self) -> dict[str, str]:
        """Map each short name an option may be to the name the article spells out ("USI" ->
        "the University of Southern Indiana", "Wilkins" -> "Kristen Wilkins")."""
        return {**self.people, **self.acronyms}


def _event(title: Any | None, docs: Sequence[Any], anchor: ArticleDate | None) -> str | None:
    """Name the article's event: a named event (spaCy's EVENT) of the headline, or of the
    lead that the article names again, in its longest form ("FIFA World Cup" for "World
    Cup"), with the year ("the 2018 FIFA World Cup")."""
    said = Counter(normalise(_bare(e.text)) for d in docs for e in d.ents)
    lead = [*(title.ents if title is not None else ()), *(docs[0].ents if docs else ())]
    in_title = {e.text for e in title.ents} if title is not None else set()
    year_now = anchor.year if anchor else None
    # "Spielberg quits 2008 Beijing Olympics": the Games are what the story does something
    # to, not where it happens; the lead's "2008 Summer Olympics" is the same event
    outside = {e.text.split()[-1] for e in lead if e.label_ == "EVENT" and title is not None
               and e.doc is title and not is_setting(e)}  # fmt: skip
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
        and _is_event(chunk.root)  # "Norway's parliament" passed a law on a date: no event
        and is_setting(chunk)  # "Party boycotts Hong Kong election": not where it happens
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
            if ent.label_ == "PERSON" and len(words) >= 2 and name_cased(words):
                found.setdefault(words[-1], set()).add(" ".join(words))
            first = cut_first_name(ent)  # "Bronco [Darian] Stewart": a second Stewart
            if first is not None:
                found.setdefault(ent.text, set()).add(f"{first} {ent.text}")
    people = {last: next(iter(full)) for last, full in found.items() if len(full) == 1}
    # "Stan Lee" … "Lee was making his …": a surname said alone of a person (news names
    # people so) makes the full name a person's, whatever the lists make of "Stan"
    alone = {e.text for d in docs for e in d.ents if e.label_ == "PERSON" and " " not in e.text}
    said = {last: full for last, full in people.items()
            if _person_name(full, people) or (last in alone and is_surname(last))}  # fmt: skip
    return {**_said_first(docs, found), **said}


def _said_first(docs: Sequence[Any], found: dict[str, set[str]]) -> dict[str, str]:
    """Map a name said alone to the one full name it opens ("Justice Minister Kim Kyung Han"
    … "Kim warned"): news names people by surname, so a lone word that opens one full name
    and ends none is that person's surname, written first."""
    alone = {e.text for d in docs for e in d.ents if e.label_ == "PERSON" and " " not in e.text}
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


_SUBJECT = ("ROOT", "nsubj", "nsubjpass", "appos")  # what a headline is about
_NOUN_MODIFIERS = ("compound", "amod", "nmod", "poss")


def _headline_topic(title: Any | None) -> str | None:
    """Name what the headline is about by its described common noun, for a question the
    whole headline would give away: its subject ("UK asylum process" of "Reports: …"), else
    a noun-noun phrase of it ("Japan nuclear plant"), never a pronoun's ("your enemy"). A
    phrase with a number ("five nationalities") may be the key: none."""
    span = _topic_span(title)
    if span is None:
        return None
    words = paired_words(span)
    return words[:1].upper() + words[1:]


def _topic_span(title: Any | None) -> Any | None:
    """Return the headline's words `_headline_topic` names its topic by, or None."""
    if title is None:
        return None
    for subject in (True, False):
        for chunk in title.noun_chunks:
            root = chunk.root
            if root.pos_ != "NOUN" or (root.dep_ in _SUBJECT) != subject:
                continue
            if any(t.like_num or t.ent_type_ in ("ORDINAL", "CARDINAL") for t in chunk):
                continue
            said = [t for t in chunk if t.i < root.i and t.dep_ in _NOUN_MODIFIERS]
            named = [t for t in said if t.dep_ in ("compound", "nmod", "poss") and t.pos_ != "PRON"]
            first = named[0] if named else (said[0] if said and subject else None)
            if first is not None:  # "UK asylum process", not its 'streamlined'
                return title[first.i : root.i + 1]
    return None


_PLACING = frozenset({"GPE", "LOC", "FAC", "ORG", "EVENT"})  # what names a story's where


def _placed_topic(title: Any | None) -> tuple[tuple[str, ...], str] | None:
    """Return the headline's places and bodies that place its topic, with the topic's words
    (("New Zealand",), "flag design") of "New Zealand begins process to consider changing
    national flag design": "Flag design" alone leaves a question unplaced (review 17). None
    when the topic holds them all or none is the topic's."""
    span = _topic_span(title)
    if span is None or title is None:
        return None
    names = [e.text for e in title.ents if e.label_ in _PLACING
             and (e.end <= span.start or e.start >= span.end)
             and _places_topic(e.root, span.root)]  # fmt: skip
    if not names:
        return None
    words = str(span.text).strip("'\"‘’“”")
    first = span[0]
    if first.pos_ != "PROPN" and not first.ent_type_:  # "flag design", "UK asylum process"
        words = words[:1].lower() + words[1:]
    return tuple(dict.fromkeys(names)), words


_CLAUSES = ("advcl", "relcl", "ccomp", "csubj", "parataxis")  # a clause of its own
_SETTING = ("in", "at")  # "… in Hong Kong legislative election": where the story happens


def _places_topic(place: Any, topic: Any) -> bool:
    """Tell whether a headline's place belongs with its topic: in the topic's own clause and
    not where another verb's deed happened ("Strike by Air France pilots strands travellers
    in Spain": not Spain's pilots), or naming the event the story happens in ("as veteran
    politicians step down in Hong Kong legislative election"); not a place of an
    "after"/"as"/"when" clause ("… replaced after Rwanda deal collapses")."""
    if _clause_of(place) == _clause_of(topic):
        prep = next((a for a in place.ancestors if a.dep_ == "prep"), None)
        verb = prep.head if prep is not None and place.dep_ == "pobj" else None
        # "Protests in Paris over pension reform": a noun's "in" places its topic still
        return verb is None or verb.pos_ not in ("VERB", "AUX") or topic.head == verb
    event = place.head  # "Hong Kong" of "Hong Kong legislative election"
    return (
        place.dep_ in ("compound", "nmod", "poss")
        and event.dep_ == "pobj"
        and event.head.lower_ in _SETTING
        and _is_event(event)
    )


def _clause_of(token: Any) -> Any:
    """Return the verb heading the clause a token is in (its own clause's, not the main)."""
    while token.head.i != token.i and not (
        token.dep_ in _CLAUSES or (token.dep_ == "conj" and token.pos_ in ("VERB", "AUX"))
    ):
        token = token.head
    return token


def _is_event(noun: Any) -> bool:
    """Tell whether a noun's commonest sense is an event ("election", "war") (WordNet)."""
    from questions.generate.hypernyms import is_kind_of
    from questions.generate.wordnet import senses

    return is_kind_of(senses(noun.lemma_)[:1], set(senses("event")[:1]), 10)


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
                   acronym_names(docs), headline or None, lone=lone_persons(docs),
                   nation=headline_nation(title, docs), things=thing_names(docs),
                   described=acronym_descriptions(docs),
                   topic=_headline_topic(title), placed=_placed_topic(title),
                   contest=headline_sides(title))  # fmt: skip
