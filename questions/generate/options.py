"""Stage 6c: the checks on options, by the whole article: kind, fragments, sides.

Split from `quality` (the checks on the question's sentence); `distractors` uses them to
choose options and `quality` to refuse a question whose options cannot be right.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from questions.generate.acting import acting_names
from questions.generate.ahead import first_year_ahead, last_year_past
from questions.generate.benchroles import players
from questions.generate.bodyforms import Bodies, body_forms
from questions.generate.camps import name_camps
from questions.generate.characters import characters
from questions.generate.compiled import pattern
from questions.generate.continentword import off_continent, person_off_continent
from questions.generate.deceased import dead_people, harmed_people
from questions.generate.entcache import ents_of
from questions.generate.facts import Fact, fact_words
from questions.generate.fragments import fragment
from questions.generate.fromnation import elsewhere, other_nation, person_nations, placed_people
from questions.generate.generic import generic_body
from questions.generate.gone import gone_members, question_line
from questions.generate.governing import owned_noun
from questions.generate.indexes import pointing_sentences, said_in
from questions.generate.kinds import name_kinds, person_roles
from questions.generate.lifeplaces import asked_place, own_country_rival
from questions.generate.lineups import one_match
from questions.generate.locales import family_first
from questions.generate.officeform import office_clash
from questions.generate.optionkinds import person_like
from questions.generate.partyrivals import Rivals, foreign_officer, party_rivals
from questions.generate.partysides import beside_other_party, on_side, question_parties
from questions.generate.people import family_names, said_genders
from questions.generate.placekinds import place_kinds
from questions.generate.pools import is_any_first_name, is_first_name, is_surname
from questions.generate.rolenoun import stated_duties
from questions.generate.samedeed import Deed, named_deeds
from questions.generate.sameperson import alias_pairs, names_person, one_person, person_forms
from questions.generate.scenes import person_teams
from questions.generate.sides import bygone_people, person_eras, same_team
from questions.generate.tallies import over_total
from questions.generate.textsearch import says
from questions.generate.thingkinds import thing_kinds
from questions.generate.works import WORK
from questions.schema import normalise

_CODE = re.compile(r"^[A-Z.]{1,4}-?\d+$")  # "RI-1", "H.R.1424"
_ROLE_KINDS = frozenset({"place", "organization", "event"})


@dataclass(frozen=True)
class OptionContext:
    """What an option is judged against: the key, the question and the whole article."""

    fact: Fact
    stem: str
    text: str  # the article's kept sentences
    surnames: frozenset[str]  # last words of the people the article names in full
    alone: frozenset[str]  # people the article names by one word ("Warhol")
    sides: frozenset[str]  # teams, parties, places the question names (the article's: all)
    by_sentence: tuple[frozenset[str], ...]  # the names each sentence states
    sentences: Sequence[Any] = ()  # the article's parsed sentences
    kinds: Mapping[str, str] = field(default_factory=dict)  # name -> "party", "journal"
    roles: Mapping[str, str] = field(default_factory=dict)  # person -> "senator"
    year: int | None = None  # the article's year, when its date is known
    camps: Mapping[str, frozenset[str]] = field(default_factory=dict)  # name -> "pro-beiji"
    family: frozenset[str] = frozenset()  # surnames written first ("Kim" of "Kim Min-Woo")
    scene: frozenset[str] = frozenset()  # people of the question's match (none: no match)
    teams: Mapping[str, frozenset[str]] = field(default_factory=dict)  # person -> "korea"
    match: bool = False  # the whole article reports one match between two sides
    nations: Mapping[str, frozenset[str]] = field(default_factory=dict)  # "of Spain": ES
    # which of `by_sentence` say a name, its word-edge head or its tail ("mertens", "kim")
    said_in: Mapping[str, tuple[int, ...]] = field(default_factory=dict)
    acting: frozenset[str] = frozenset()  # names the article has act: "nasa" of "NASA held"
    eras: Mapping[str, int] = field(default_factory=dict)  # person -> year an anniversary dates
    bygone: Mapping[str, int] = field(default_factory=dict)  # person -> past era: rivals only
    genders: Mapping[str, str] = field(default_factory=dict)  # person -> "m" by the article's "he"
    pointing: tuple[tuple[str, frozenset[str]], ...] = ()  # "That exhibit …": its sentences
    events: frozenset[str] = frozenset()  # the model's EVENT names: "the World Cup"
    ahead: int | None = None  # the first year the article says something "will" happen in
    past: int | None = None  # the last year the article says something happened in
    places: Mapping[str, str] = field(default_factory=dict)  # "lisbon" -> "city" (its words)
    characters: frozenset[str] = frozenset()  # "batman": roles of a work, no real people
    day: dt.date | None = None  # the article's day, when its dateline says it
    dead: frozenset[str] = frozenset()  # people it says died: no doers of a living key's deed
    harmed: frozenset[str] = frozenset()  # people it says were stabbed, shot or died: no speakers
    gone: Mapping[str, tuple[str, int | None]] = field(default_factory=dict)  # "columbia": lost
    deeds: Mapping[Deed, frozenset[str]] = field(default_factory=dict)  # "lead off" -> doers
    place: Any = None  # a place key's head word in its parsed sentence (`lifeplaces`)
    owned: Any = None  # the noun a person key owns in its sentence: "policies" (`governing`)
    words: Any = None  # the key's words in its own parsed sentence (`reported`), or None
    # person -> roles held ("guide" of "guided by …") and done for them ("Kiprop's guide")
    duties: tuple[Mapping[str, frozenset[str]], Mapping[str, frozenset[str]]] = ({}, {})
    players: frozenset[str] = frozenset()  # people it has do a player's deed ("Bale scored")
    officers: Rivals = ({}, {})  # party people, officeholders: their countries (`partyrivals`)
    persons: Mapping[str, frozenset[str]] = field(default_factory=dict)  # "lula": its person
    placed: Mapping[str, frozenset[str]] = field(default_factory=dict)  # "uribe": CO, by title
    bodies: Bodies = field(default_factory=dict)  # "acme tech": "acme institute of technology"
    things: Mapping[str, str] = field(default_factory=dict)  # "liverpool": "team" (`thingkinds`)
    # results worked out once an article (`articlememo`): each question's copy shares it
    memo: dict[Any, Any] = field(default_factory=dict, compare=False, repr=False)


def article_context(
    text: str,
    article: Sequence[Fact],
    sentences: Sequence[Any] = (),
    year: int | None = None,
    day: dt.date | None = None,
    home: str | None = None,
) -> OptionContext:
    """Gather once per article what `option_problem` needs (a question adds its own part);
    `home` is the headline's one nation, whose head the article may title bare."""
    surnames = frozenset(
        f.text.split()[-1] for f in article if f.kind == "person" and " " in f.text
    )
    alone = frozenset(f.text for f in article if f.kind == "person" and " " not in f.text)
    by_sentence: dict[int, set[str]] = {}
    for f in article:
        by_sentence.setdefault(f.sentence, set()).add(normalise(f.text))
    roles = frozenset(f.text for f in article if f.kind in _ROLE_KINDS)
    said = tuple(frozenset(v) for v in by_sentence.values())
    placeholder = Fact(0, 0, 0, "", "", "", "", "")
    titles = person_roles(sentences)
    teams = person_teams(sentences)
    nations = person_nations(sentences, home)
    kinds = name_kinds(sentences)
    return OptionContext(placeholder, "", text, surnames, alone, roles, said, sentences,
                         kinds, titles, year,
                         name_camps(sentences),
                         frozenset(last for _, last in family_names(article)),
                         teams=teams, match=one_match(sentences, teams),
                         nations=nations, placed=placed_people(sentences, nations, teams),
                         said_in=said_in(said), acting=acting_names(sentences),
                         eras=person_eras(sentences, year), bygone=bygone_people(sentences, year),
                         genders=said_genders(sentences),
                         pointing=pointing_sentences(sentences),
                         events=frozenset(e.text for s in sentences for e in ents_of(s)
                                          if e.label_ == "EVENT"),
                         ahead=first_year_ahead(sentences), past=last_year_past(sentences),
                         places=place_kinds(sentences),
                         characters=characters(sentences), day=day,
                         dead=dead_people(sentences), harmed=harmed_people(sentences),
                         deeds=named_deeds(sentences), gone=gone_members(sentences),
                         duties=stated_duties(sentences, titles), players=players(sentences),
                         persons=person_forms(article, alias_pairs(sentences)),
                         bodies=body_forms(sentences),
                         things=thing_kinds(sentences, kinds),
                         officers=party_rivals(sentences, home))  # fmt: skip


def option_context(
    base: OptionContext,
    fact: Fact,
    stem: str,
    told: str | None = None,
    scene: frozenset[str] = frozenset(),
    sentence: Any = None,
) -> OptionContext:
    """Return the article's context for one question: its key and the sides it names.

    The sides are those of the sentence as `told`: the event the stem is set in ("In the
    2016 Hong Kong legislative election") is where everyone of the article was, no side.
    """
    said = stem if told is None else told
    said = re.sub(r'"[^"]*"', "", said)  # "America's obsession …", quoted: no side of the asked
    sides = frozenset(normalise(name) for name in base.sides if says(said, name))
    place = asked_place(fact, sentence)  # the key's words in the sentence the question asks
    owned = owned_noun(fact, sentence)  # "Trump's policies": a government's (`governing`)
    words = fact_words(fact, sentence)
    return replace(base, fact=fact, stem=stem, sides=sides, scene=scene, place=place,
                   owned=owned, words=words)  # fmt: skip


def option_problem(option: str, ctx: OptionContext, lone: bool = False) -> str | None:
    """Say why an option cannot be right in place, or None; `lone`: a person key's option is
    one of the article's single-named people ("Hatshepsut"), a name of no list's form.

    A fragment of a longer name of the article ("Visual Arts") is no option. A person must
    be named as one ("Warhol Polaroid" is not), and where the question names a side (a
    team, a party, a state) must appear in the article beside it somewhere, so Korea's
    players are not offered as Sweden's scorer.
    """
    fact = ctx.fact
    if fact.text[:1].isupper() and not option[:1].isupper() and fact.kind != WORK:
        return f"{option!r} is not a name"  # a work's title may be a number: "album 25"
    surnames = fact.text in ctx.surnames and option in ctx.surnames  # "Obama": "Bush", a rival
    if (
        fact.kind not in ("place", "person")
        and not surnames
        and fragment(option, ctx.text, ctx.surnames)
    ):
        return f"{option!r} is a fragment of a longer name"
    if fact.kind == "organization" and option in ctx.surnames:  # "Warfa" of "Maulid Warfa"
        return f"{option!r} is the surname of a person the article names"
    if fact.kind == "place" and from_elsewhere(option, ctx):
        return f"the article says someone is from {option!r}: it may be right too"
    if ctx.place is not None and own_country_rival(option, ctx.place, ctx.stem, ctx.placed):
        return f"{option!r} is the own country of the person whose life the question places"
    if ctx.place is not None and office_clash(option, ctx.place):  # "President … of _____"
        return f"{option!r} has no office of the kind the question names"
    if fact.kind == "place" and off_continent(option, fact.text, ctx.stem):
        return f"{option!r} lies off the continent the question names"  # "a European record"
    if over_total(option, fact.text, ctx.stem, ctx.text):  # "74 yeas and _____ nays": not 37
        return f"{option!r} makes the vote's total more than its body holds"
    if fact.kind != "person":
        return None
    first = option.split()[0]  # "Thomas Sam", named "Thomas" alone too, is a person
    # "Hussein Rashid Mohammed" beside Saddam Hussein: "Hussein" is a given name too, in a
    # name list of any of Faker's locales, not only the English one
    named_first = family_first(option) or is_any_first_name(first)
    if " " in option and first in ctx.surnames | ctx.alone and not (named_first or lone):
        return f"{option!r} is not a person's name"
    first_names = is_first_name(fact.text) and is_first_name(option)  # "Gloria": "Emma"
    made_up = is_surname(option) and not said_as_word(option, ctx.text)  # "Wang" for "Xi"
    known = option in ctx.surnames or option in ctx.family or made_up
    if " " not in option and not known and not first_names and not lone:
        return f"{option!r} is no surname of a person the article names in full"
    if elsewhere(option, ctx.stem, ctx.nations, ctx.teams):  # "Who from Spain …?": a Kenyan
        return f"the article places {option!r} in no country the question names"
    if person_off_continent(option, fact.text, ctx.stem, ctx.nations, ctx.teams):
        return f"the article places {option!r} off the continent the question names"
    if other_nation(option, fact.text, ctx.stem, ctx.placed):  # "Colombian President _____"
        return f"the article places {option!r} in no country the question names for its key"
    if foreign_officer(option, fact.text, ctx.officers):  # "Palestinian President": no Democrat
        return f"{option!r} holds another country's office, the key speaks for a party"
    if one_person(option, fact.text, ctx.persons):  # "Granda, also known as Ricardo Gonzalez"
        return f"{option!r} is another name of the key's person"
    if names_person(question_line(ctx.stem), option, ctx.persons):  # "Who did Lula call?"
        return f"the question names {option!r} already"
    folded = normalise(option)
    # A surname is said wherever its full name is: "Mertens", "Kim" (of "Kim Min-Woo").
    said = [ctx.by_sentence[n] for n in ctx.said_in.get(folded, ())]
    sides = ctx.sides if ctx.scene else question_parties(ctx)  # a match's sides: its teams
    beside = sum(bool(found & sides) for found in said)
    keys_side = same_team(folded, normalise(fact.text), ctx.teams)  # "awarded Sweden": Korea's
    seldom = bool(sides and said) and beside * 2 < len(said)  # Kane: once beside Belgium, four not
    # a party's stem rules out only one the article ties to another party: of one it ties
    # to none it says no party at all (a defendant's lawyer beside the party's officials)
    known = bool(ctx.scene) or beside_other_party(said, sides, ctx)
    if seldom and known and not (on_side(folded, ctx) or keys_side):
        return f"{option!r} is seldom beside {sorted(sides)[0]!r}"
    return None


def from_elsewhere(option: str, ctx: OptionContext) -> bool:
    """Tell whether a "from which …?" question's option is a place the article says people
    are from ("Thomas Sam and his wife, from Sydney, Australia" when the question is where
    they came from before: "Australia" is right too)."""
    if not re.search(r"\bfrom which\b", ctx.stem, re.IGNORECASE):
        return False
    return bool(pattern(rf"\bfrom (?:[A-Z][\w.-]*,? )*{re.escape(option)}\b").search(ctx.text))


@lru_cache(maxsize=4096)
def said_as_word(word: str, text: str) -> bool:
    """Tell whether the article writes a name as a plain lower-case word ("the bill")."""
    return pattern(rf"\b{re.escape(word)}\b").search(text) is not None


def implausible_options(
    fact: Fact, distractors: Sequence[str], ctx: OptionContext, lone: bool = False
) -> str | None:
    """Refuse a question whose key is of the wrong kind or whose options cannot be right
    (`lone`: the options are the article's single-named people, as `option_problem` says)."""
    if fact.kind == "organization" and person_like(fact.text):
        return f"{fact.text!r} looks like a person, not an organisation"
    if fact.kind == "organization" and fact.text in ctx.surnames:
        return f"{fact.text!r} is the surname of a person the article names"
    as_word = said_as_word(fact.text.lower(), ctx.text)
    if fact.kind in ("organization", "person") and as_word:  # "homeopathy", "bill"
        return f"{fact.text!r} is a word of the article, not a name"
    if fact.kind == "organization" and _CODE.match(fact.text):
        return f"{fact.text!r} is a code (a district, a bill), not an organisation"
    if fact.kind == "organization" and generic_body(fact.text, ctx.text):
        return f"'the {fact.text}' is a common noun capitalised, not a name"
    return next((p for p in (option_problem(o, ctx, lone) for o in distractors) if p), None)
