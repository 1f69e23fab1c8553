"""What a wrong option is judged by: the key, its kind and form, and the article's names."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from questions.generate import givennames
from questions.generate.articlepeople import article_people
from questions.generate.bodyforms import named_otherwise
from questions.generate.bounds import beyond_bound
from questions.generate.changeside import change_side
from questions.generate.characters import is_character
from questions.generate.closest import unpossessed
from questions.generate.dates import in_range_order
from questions.generate.facts import Fact
from questions.generate.famous import famous_rivals
from questions.generate.figures import change_in_order
from questions.generate.fit import only_places, unfit
from questions.generate.indefinite import takes_article
from questions.generate.officeholders import beneath_office, high_office, holds_office
from questions.generate.optionkinds import wrong_kind
from questions.generate.options import OptionContext, option_problem
from questions.generate.partwhole import on_stated_side
from questions.generate.people import named_person
from questions.generate.placeunits import place_unit, unit_places
from questions.generate.pools import (
    first_name_gender,
    is_any_first_name,
    is_first_name,
    looks_like_name,
    place_kind,
)
from questions.generate.refusals import key_refused
from questions.generate.rolefit import titled_person
from questions.generate.samething import one_named_thing, tied_year
from questions.generate.scalelimits import range_unlike
from questions.generate.scoresides import on_score_side
from questions.generate.series import series
from questions.generate.shares import share_fits
from questions.generate.stems import BLANK
from questions.generate.surnamed import mononym, reads_as_name, words_of_other_names
from questions.generate.textsearch import says
from questions.generate.unpersons import written_unlike_person
from questions.generate.variantkinds import FIGURES
from questions.generate.variants import after_article
from questions.generate.worldwhole import below_world
from questions.schema import normalise


@dataclass(frozen=True, eq=False)
class OptionJudge:
    """A key's options' judge: what the key is, and what the article says of its names."""

    fact: Fact
    key: str
    article: Sequence[Fact]
    source: str
    context: OptionContext | None
    whole: str  # the article's kept sentences, or the source without a context
    taken: set[str]  # folded options taken (and the key's): `closest` adds its picks
    right: set[str]  # the names right too: a body's other name for one is no option
    folded_source: str
    not_names: frozenset[str]  # words of other names: no person's name alone
    people: frozenset[str]  # the article's people, folded
    surnames: frozenset[str]  # surnames of its full names
    in_full: frozenset[str]  # the people it names in full
    first_name: bool  # a person keyed by a first name alone
    bare: bool  # a one-word "person" that reads as no name: no surnames
    key_gender: str  # a first name's gender, or ""
    alone: bool  # "Beyoncé": a person named by one word
    real: frozenset[str]  # WordNet's famous rivals of a famous key, folded
    forms: bool  # a person whose name's form is judged (no mononym, no first name)
    singles: frozenset[str]  # the article's one-word names of persons
    royal: bool  # "Princess Mako": a title and a single name
    invented: bool  # a person whose options may be made-up names
    held: bool  # a person holding an office: never among made-up names
    high: bool  # a person of a high public office: never among its lowly people
    key_place: str  # the gazetteer's kind of a place key, or ""
    serial: bool  # "Space Shuttle Columbia": a thing of a named series
    named: tuple[str, ...]  # the kinds whose options must read as a name
    only: list[str] | None  # the only places the slot takes ("Sydney, _____"), or None

    def ok(self, option: str) -> bool:
        """Return whether an option may stand beside the key as a wrong one."""
        folded = normalise(option)
        if self._clashes(option, folded) or self._out_of_range(option):
            return False
        if self.fact.kind == "person" and self._unlike_person(option, folded):
            return False
        if self._unlike_name(option, folded):
            return False
        key = normalise(self.key)
        return (
            bool(folded)
            and folded not in self.taken
            and folded not in self.folded_source
            and (folded not in key and key not in folded)
        )

    @cached_property
    def folded_whole(self) -> str:
        """Return the article's kept sentences folded, once for all the key's options."""
        return normalise(self.whole)

    def _clashes(self, option: str, folded: str) -> bool:
        """Return whether an option is taken, of the wrong kind or misfits the question."""
        fact, context = self.fact, self.context
        if unpossessed(option) in self.taken:
            return True  # "New People Party" is "New People's Party" misspelt
        if wrong_kind(fact, self.key_place, option):
            return True  # a country for a city, a person for an organisation
        if context is not None and named_otherwise(
            option, context.bodies, self.right, self.folded_source
        ):
            return True  # "Acme Institute of Technology", listed as "Acme Tech": right too
        problem = context is not None and not (self.royal and option in self.singles)  # a surname
        if context is not None and (
            (problem and folded not in self.real and option_problem(option, context))
            or unfit(option, self.key, fact, context)
        ):
            return True  # a fragment of a name, another team's player, a journal for a study
        if context is not None and not takes_article(option, context.stem):
            return True  # "when an _____ quake": not "6.0-magnitude", which takes "a"
        if one_named_thing(folded, normalise(self.key), self.folded_whole):
            return True  # "Vancouver Games" for "2010 Games": "the 2010 Games in Vancouver"
        if fact.kind == "year" and context is not None and tied_year(option, context):
            return True  # 2013: "their 2013 … winning team, including … Armstrong": right too
        # "… take the place of Enterprise": not Space Shuttle Enterprise
        return self.serial and context is not None and says(context.stem, option.split()[-1])

    def _out_of_range(self, option: str) -> bool:
        """Return whether a number or date option is true too, or out of the stated order."""
        fact, key, source, context = self.fact, self.key, self.source, self.context
        if fact.kind in FIGURES and not beyond_bound(option, key, source):
            return True  # "more than 200,000": not 100,000, which is true as well
        if fact.kind in FIGURES and range_unlike(option, key):
            return True  # "a rise from just _____" keyed 8%: not "15–20%"
        if context is not None and not on_stated_side(option, fact.kind, context.stem):
            return True  # "20 of the _____ employees": not 18, fewer than the 20 it names
        if (
            fact.kind in FIGURES
            and context is not None
            and not on_score_side(option, key, context.stem)
        ):
            return True  # "defeated Slovenia 3 sets to _____" keyed 0: not 4, above the winner's
        if fact.kind in FIGURES and context is not None and not below_world(option, key, context):
            return True  # "two billion people around the world" in 2006: not six billion
        shown = _read_with_key(key, source, context)  # what the player reads, filled in
        if fact.kind in FIGURES and shown and not change_side(option, key, shown):
            return True  # "a decrease from _____" to 206,884: not 151,524, below it
        if fact.kind in FIGURES and shown and not share_fits(option, key, shown):
            return True  # "only _____ supported it, with 50% against": not 55%
        in_order = change_in_order if fact.kind in FIGURES else None
        in_order = in_range_order if fact.kind == "date" else in_order
        if in_order is not None and not in_order(option, key, source):
            return True  # "from January 23 through _____": not "January 6"; "from 9 to": not 5
        # a past event's day: not one after the article's own
        return fact.kind == "date" and after_article(option, key, context.day if context else None)

    def _unlike_person(self, option: str, folded: str) -> bool:
        """Return whether a person key's option is no person or not named as the key is."""
        if written_unlike_person(option, self.whole, self.article):
            return True  # a district or a company the model took for a person
        if self.bare and option in self.surnames:
            return True  # "Mars", "Corden" beside a key no one is named by
        if self.alone and " " not in option and not mononym(option, self.article, self.context):
            return True  # "Beyoncé": "Bruno Mars" or "Rihanna", not "Mars"
        if self.forms and givennames.form_clash(
            self.key, option, self.singles, self.surnames, self.royal
        ):
            return True  # "Princess Mako": "Naruhito", not "Ruoff" of Kenneth Ruoff
        if self.first_name and not is_any_first_name(option):
            return True  # "Gloria", named alone: "Thomas", not the prosecutor's "Tedeschi"
        if self.key_gender and first_name_gender(option) not in ("", self.key_gender):
            return True  # the baby "Gloria": "Tami", not her father "Thomas" (sweep)
        high = self.high and self.context is not None and folded not in self.real
        if high and self.context is not None and beneath_office(option, self.context):
            return True  # "President Barack Obama": no Planned Parenthood intern
        roles = self.context.characters if self.context is not None else frozenset()
        return is_character(folded, roles, self.people)  # "Bruce Wayne" of a game: no guest

    def _unlike_name(self, option: str, folded: str) -> bool:
        """Return whether a name's option reads as no name, or an organisation's as none."""
        context, kind = self.context, self.fact.kind
        titled = context is not None and titled_person(folded, context)  # "singer Bruno Mars"
        # "Paisley" of "Bob Paisley": the article's person, though a town bears the name too
        titled = titled or (kind == "person" and self._surname_alone(option))
        if kind in self.named and not (
            titled or folded in self.real or looks_like_name(option, self.not_names)
        ):
            return True  # "Super District Council" or "Tunisia" is no one's name
        cast = context is not None and folded in context.scene  # "Eden Hazard" played in it
        known = cast or folded in self.in_full or folded in self.real  # no Faker's names
        known = known or (self.royal and option in self.singles)  # "Akishino": in no Faker list
        if kind in self.named and not (known or named_person(option, self.surnames)):
            return True  # "Polaroid", "Art Gallery": words spaCy took for a person
        # a person or a country is not an organisation
        return kind == "organization" and (folded in self.people or place_kind(option) != "place")

    def _surname_alone(self, option: str) -> bool:
        """Tell whether a one-word option is the surname of a person the article names in
        full and never a place of its own ("Paisley" of "Bob Paisley", no town it visits)."""
        places = {normalise(f.text) for f in self.article if f.kind == "place"}
        return option in self.surnames and normalise(option) not in places


def _read_with_key(key: str, source: str, context: OptionContext | None) -> str:
    """Return the sentence the player reads with the key in its blank (the source without a
    question), or "" for a question with no blank: "down from 3%" in the article is no
    word of "What share … was unable …?", and rules out no rival of it."""
    if context is None:
        return source
    return context.stem.replace(BLANK, key, 1) if BLANK in context.stem else ""


def option_judge(fact: Fact, key: str, article: Sequence[Fact], source: str, seed: str,
                 context: OptionContext | None, avoid: frozenset[str],
                 answers: frozenset[str] | None) -> OptionJudge | None:  # fmt: skip
    """Return the judge of the key's options, or None when the key takes no options."""
    taken = {normalise(key), unpossessed(key), *avoid}
    right = {normalise(key), unpossessed(key), *(avoid if answers is None else answers)}
    person = fact.kind == "person"
    not_names = words_of_other_names(article) if person else frozenset()
    people, surnames, in_full = article_people(article)  # once an article, not an option
    first_name = person and " " not in key and is_first_name(key)
    # "receiving _____" keyed "Grammy", a thing the model took for a person: no surnames
    bare = person and " " not in key and not reads_as_name(key, article, context)
    key_gender = first_name_gender(key) if first_name else ""  # a first name alone: its kind
    alone = person and mononym(key, article, context)  # "Beyoncé": no bare surnames
    # "George W. Bush": WordNet's presidents of his era are people, whatever Faker's lists say
    # (one the article names is judged as the article's people are: its sides, its deeds)
    real = frozenset(map(normalise, famous_rivals(key))) - people if person else frozenset()
    forms = person and not (alone or first_name)  # those have rules of their own
    singles = givennames.single_names(article, context) if forms else frozenset()
    royal = forms and givennames.titled_single(key, singles, article, context)  # "Princess Mako"
    held = person and holds_office(key, context)  # never among made-up names
    key_place = (fact.subtype or place_kind(key)) if fact.kind == "place" else ""
    # "Space Shuttle Columbia": a thing of a named series, no person; its options are the
    # series' others the article names, whatever label the model gave them.
    serial = fact.kind == "name" and bool(series(key))
    whole = context.text if context is not None else source
    if key_refused(fact, key, context, whole, (article, seed)):
        return None  # "in _____ D.C.", "the … district", "Halston": no options
    only = only_places(fact, key, context) if context is not None else None
    unit = place_unit(key, source, fact.subtype) if fact.kind == "place" else None
    if unit is not None and only is None:  # "the Kreuzberg district": districts, no cities
        only = unit_places(key, whole, unit)
        key_place = ""  # the gazetteer's kind for the name is not the unit it is named by
    return OptionJudge(
        fact, key, article, source, context, whole, taken, right, normalise(source),
        not_names, people, surnames, in_full, first_name, bare, key_gender, alone, real,
        forms, singles, royal, person and not royal,  # a list's names for "Mako": surnames
        held, person and high_office(key, context), key_place, serial,
        ("person", "name") if not serial else ("person",), only,
    )  # fmt: skip
