"""Stage 5: wrong options of the same kind and form as the key, from the article first."""

from __future__ import annotations

import re
from collections.abc import Sequence

from questions.generate import givennames
from questions.generate.ages import AGE, age_variants
from questions.generate.articlepeople import article_people
from questions.generate.bodyforms import named_otherwise
from questions.generate.bounds import beyond_bound, bound_steps
from questions.generate.characters import is_character
from questions.generate.closest import LENGTH_STEP, WANTED, closest, unpossessed
from questions.generate.common import NOUN
from questions.generate.compiled import pattern
from questions.generate.cycles import year_cycle
from questions.generate.dates import in_range_order
from questions.generate.defined import DEFINED, defined_options
from questions.generate.facts import Fact
from questions.generate.famous import FAMOUS, famous_rivals
from questions.generate.figures import change_in_order
from questions.generate.fit import only_places, unfit
from questions.generate.indefinite import takes_article
from questions.generate.keyplace import LOW_FORCED, ranked
from questions.generate.kin import city_named_kin, framed_kin, named_kin
from questions.generate.kindcompounds import noun_rivals
from questions.generate.landmarks import place_options
from questions.generate.library import NAMED_RIVALS, named_rivals, pooled, seeded_random
from questions.generate.located import asks_where
from questions.generate.models import MODEL, ordinal_giveaway, said_otherwise, series_options
from questions.generate.nationality import NATIONALITY, nationality_options
from questions.generate.nationnames import stated_nations
from questions.generate.nearby import farther_countries
from questions.generate.officeholders import holds_office
from questions.generate.optionkinds import wrong_kind
from questions.generate.options import OptionContext, option_problem
from questions.generate.partwhole import on_stated_side
from questions.generate.people import named_person, person_options
from questions.generate.placekinds import is_continent, other_continents
from questions.generate.placeunits import place_unit, unit_places
from questions.generate.pools import (
    first_name_gender,
    is_any_first_name,
    is_first_name,
    looks_like_name,
    place_kind,
)
from questions.generate.ranges import RANGE, range_variants
from questions.generate.refusals import key_refused
from questions.generate.reportingbodies import REPORTERS, reporter_options
from questions.generate.rolefit import titled_person
from questions.generate.rolenoun import role_peers
from questions.generate.samekind import same_country, same_kind
from questions.generate.samescale import same_scale
from questions.generate.scorelines import SCORE, score_variants
from questions.generate.series import same_series, series
from questions.generate.sidemix import mixed_sides
from questions.generate.surnamed import mononym, named_people, reads_as_name, words_of_other_names
from questions.generate.tallies import tally_counts
from questions.generate.terms import TERM, term_choice
from questions.generate.textsearch import says
from questions.generate.three import famous_fit, two_people_suffice
from questions.generate.unpersons import written_unlike_person
from questions.generate.variantkinds import DRAWN, FIGURES, VARIANTS
from questions.generate.variants import after_article, numeric_variants, year_variants
from questions.generate.venues import venue_cities
from questions.generate.votetally import VOTE, vote_variants
from questions.generate.works import WORK, work_options
from questions.generate.worldwhole import below_world
from questions.schema import normalise

__all__ = ["choose_distractors", "named_person", "pooled", "same_country", "seeded_random"]
COUNTRY_STEP = 12  # "Japan" for "South Korea": the nearer country, not the likelier length


def choose_distractors(
    fact: Fact,
    key: str,
    article: Sequence[Fact],
    source: str,
    seed: str,
    context: OptionContext | None = None,
    avoid: frozenset[str] = frozenset(),
    answers: frozenset[str] | None = None,
) -> tuple[list[str], str]:
    """Return up to three wrong options for the key, and where they came from; none of the
    folded names in `avoid`, nor a body's other name for one of `answers` (the names right
    too, `avoid` unless told: an option dropped as another's twin is no answer)."""
    folded_source = normalise(source)
    taken = {normalise(key), unpossessed(key), *avoid}
    right = {normalise(key), unpossessed(key), *(avoid if answers is None else answers)}

    if fact.kind == NOUN:  # eczema: WordNet's other skin diseases, none the article says
        return noun_rivals(fact, context.text if context else source, context), "library"
    not_names = words_of_other_names(article) if fact.kind == "person" else frozenset()
    people, surnames, in_full = article_people(article)  # once an article, not an option
    first_name = fact.kind == "person" and " " not in key and is_first_name(key)
    # "receiving _____" keyed "Grammy", a thing the model took for a person: no surnames
    bare = fact.kind == "person" and " " not in key and not reads_as_name(key, article, context)
    key_gender = first_name_gender(key) if first_name else ""  # a first name alone: its kind
    alone = fact.kind == "person" and mononym(key, article, context)  # "Beyoncé": no bare surnames
    # "George W. Bush": WordNet's presidents of his era are people, whatever Faker's lists say
    # (one the article names is judged as the article's people are: its sides, its deeds)
    real = (
        frozenset(map(normalise, famous_rivals(key))) - people
        if fact.kind == "person"
        else frozenset()
    )
    forms = fact.kind == "person" and not (alone or first_name)  # those have rules of their own
    singles = givennames.single_names(article, context) if forms else frozenset()
    royal = forms and givennames.titled_single(key, singles, article, context)  # "Princess Mako"
    invented = fact.kind == "person" and not royal  # a list's names for "Mako" are surnames
    held = fact.kind == "person" and holds_office(key, context)  # never among made-up names

    key_place = (fact.subtype or place_kind(key)) if fact.kind == "place" else ""
    # "Space Shuttle Columbia": a thing of a named series, no person; its options are the
    # series' others the article names, whatever label the model gave them.
    serial = fact.kind == "name" and bool(series(key))
    named = ("person", "name") if not serial else ("person",)
    whole = context.text if context is not None else source
    if key_refused(fact, key, context, whole, (article, seed)):
        return [], "refused"  # "in _____ D.C.", "the … district", "Halston": no options
    only = only_places(fact, key, context) if context is not None else None
    unit = place_unit(key, source, fact.subtype) if fact.kind == "place" else None
    if unit is not None and only is None:  # "the Kreuzberg district": districts, no cities
        only = unit_places(key, context.text if context is not None else source, unit)
        key_place = ""  # the gazetteer's kind for the name is not the unit it is named by

    def ok(option: str) -> bool:
        folded = normalise(option)
        if unpossessed(option) in taken:
            return False  # "New People Party" is "New People's Party" misspelt
        if wrong_kind(fact, key_place, option):
            return False  # a country for a city, a person for an organisation
        if context is not None and named_otherwise(option, context.bodies, right, folded_source):
            return False  # "Acme Institute of Technology", listed as "Acme Tech": right too
        problem = context is not None and not (royal and option in singles)  # no one's surname
        if context is not None and (
            (problem and folded not in real and option_problem(option, context))
            or unfit(option, key, fact, context)
        ):
            return False  # a fragment of a name, another team's player, a journal for a study
        if context is not None and not takes_article(option, context.stem):
            return False  # "when an _____ quake": not "6.0-magnitude", which takes "a"
        if serial and context is not None and says(context.stem, option.split()[-1]):
            return False  # "… take the place of Enterprise": not Space Shuttle Enterprise
        if fact.kind in FIGURES and not beyond_bound(option, key, source):
            return False  # "more than 200,000": not 100,000, which is true as well
        if context is not None and not on_stated_side(option, fact.kind, context.stem):
            return False  # "20 of the _____ employees": not 18, fewer than the 20 it names
        if fact.kind in FIGURES and context is not None and not below_world(option, key, context):
            return False  # "two billion people around the world" in 2006: not six billion
        in_order = change_in_order if fact.kind in FIGURES else None
        in_order = in_range_order if fact.kind == "date" else in_order
        if in_order is not None and not in_order(option, key, source):
            return False  # "from January 23 through _____": not "January 6"; "from 9 to": not 5
        if fact.kind == "date" and after_article(option, key, context.day if context else None):
            return False  # a past event's day: not one after the article's own
        if fact.kind == "person" and written_unlike_person(option, whole, article):
            return False  # a district or a company the model took for a person
        if bare and option in surnames:
            return False  # "Mars", "Corden" beside a key no one is named by
        if alone and " " not in option and not mononym(option, article, context):
            return False  # "Beyoncé": "Bruno Mars" or "Rihanna", not "Mars"
        if forms and givennames.form_clash(key, option, singles, surnames, royal):
            return False  # "Princess Mako": "Naruhito", not "Ruoff" of Kenneth Ruoff
        if first_name and not is_any_first_name(option):
            return False  # "Gloria", named alone: "Thomas", not the prosecutor's "Tedeschi"
        if key_gender and first_name_gender(option) not in ("", key_gender):
            return False  # the baby "Gloria": "Tami", not her father "Thomas" (sweep)
        roles = context.characters if context is not None else frozenset()
        if fact.kind == "person" and is_character(folded, roles, people):
            return False  # "Bruce Wayne" of a game is no guest of a convention
        titled = context is not None and titled_person(folded, context)  # "singer Bruno Mars"
        if fact.kind in named and not (
            titled or folded in real or looks_like_name(option, not_names)
        ):
            return False  # "Super District Council" or "Tunisia" is no one's name
        cast = context is not None and folded in context.scene  # "Eden Hazard" played in it
        known = cast or folded in in_full or folded in real  # "Alireza Mehraban": no Faker's
        known = known or (royal and option in singles)  # "Akishino": in no Faker list
        if fact.kind in named and not (known or named_person(option, surnames)):
            return False  # "Polaroid", "Art Gallery": words spaCy took for a person
        if fact.kind == "organization" and (folded in people or place_kind(option) != "place"):
            return False  # a person or a country is not an organisation
        return (
            bool(folded)
            and folded not in taken
            and folded not in folded_source
            and (folded not in normalise(key) and normalise(key) not in folded)
        )

    if fact.kind == MODEL:  # "IE6": the series' other numbers, none of the question's own
        if said_otherwise(key, seed):
            return [], "refused"
        text = context.text if context is not None else source
        # Not one the sentence names, in either spelling: "time for IE6 users to move away"
        # rules out "Internet Explorer 6" as the browser still being built (review 9).
        others = [o for o in series_options(key, text)
                  if not says(source, o) and not said_otherwise(o, source)]  # fmt: skip
        chosen = closest(others, key, lambda o: True, taken)
        if context is not None and ordinal_giveaway(key, chosen, context.stem):
            return [], "refused"  # "the first mission": STS-1, the lowest, guessed unread
        return chosen, "article"
    if context is not None and (told := reporter_options(fact, context, article)) is not None:
        return closest(told, key, ok, taken), REPORTERS  # "reported by _____": reporters only
    if fact.kind == NATIONALITY:  # "Burmese": its neighbours' and continent's adjectives
        rivals = nationality_options(key, source)
        return closest(rivals, key, ok, taken, step=COUNTRY_STEP), "library"
    if fact.kind == WORK:  # "her song Hello": the article's other songs, none of its deed
        return work_options(fact, key, article, taken), "article"
    if fact.kind == DEFINED:  # "Keeping the roads open": the article's other such phrases
        return defined_options(fact, key, article, source, taken), "article"
    if fact.kind == TERM:  # "four communities": the article's other coined terms
        return term_choice(fact, key, article, source, ok, taken), "article"
    if only is not None:  # "Sydney, _____": countries with a Sydney, or none
        # "the slot's": the article's own places elsewhere cannot fill "_____, California"
        return closest(only, key, ok, taken), "the slot's library"
    if serial:
        same = [f.text for f in article if same_series(f.text, key)]
    else:
        # the key's head noun first, whatever the model's label: a center for a center
        where = context is not None and asks_where(context.stem)
        framed = framed_kin(fact, key, context.text if context is not None else source)
        same = named_kin(fact, key, article, where) + framed
        text = context.text if context is not None else source
        same += city_named_kin(fact, key, article, text)  # "Astana Summit" for Qingdao's
        same += [f.text for f in article if same_kind(f, fact, key)]
    same = same_scale(same, fact.kind, key, context)  # a margin for a margin, of the key's size
    if fact.kind == "person" and " " not in key and not is_first_name(key):  # "Lukaku"
        same += named_people(key, article, context, alone)  # "Beyoncé": "Bruno Mars"
    own = {f.text for f in article if f.subtype == fact.subtype}  # a state for a state
    same.sort(key=lambda text: text not in own)
    origin = "article"
    # "In which city did Belgium face Panama?": the other matches' cities before any other
    venues = venue_cities(fact, key, article, context.text if context is not None else source)
    spelt = fact.kind == "person"  # no second spelling of the key's or an option's name
    chosen = closest(venues, key, ok, taken, names=spelt)
    peers = role_peers(same, key, context.stem, context.duties[0]) if context else []  # guides
    chosen += closest(peers, key, ok, taken, WANTED - len(chosen), names=spelt)
    chosen += closest(same, key, ok, taken, WANTED - len(chosen), names=spelt)
    if len(chosen) < WANTED:
        extra: list[str] = []
        if fact.kind == "year":  # a recurring event's years keep its cycle (World Cup)
            text = context.text if context is not None else source
            events = context.events if context is not None else frozenset()
            step = year_cycle(key, seed, text, events)
            extra = ranked(year_variants(key, step), key, chosen, seed)
        elif fact.subtype == RANGE:  # "between July 2003 and December 2004": moved as one
            extra = range_variants(key)
        elif fact.kind in VARIANTS:  # nearby numbers, dates … written like the key
            extra = VARIANTS[fact.kind](key)
            if fact.kind in DRAWN:  # "sixth, seventh, eighth" beside "ninth" every time
                extra = ranked(extra, key, chosen, seed, DRAWN[fact.kind])
        elif (
            fact.kind == "quantity"
            and key.split()[0].isdigit()  # "five years" is moved by its word: six, seven …
            and pattern(rf"\bage of {re.escape(key)}\b").search(source)
        ):
            number, _, unit = key.partition(" ")  # "at the age of 51 years": 44, 56 … years
            extra = ranked([f"{a} {unit}" for a in age_variants(number)], key, chosen, seed)
        elif fact.kind in FIGURES:
            # "74 yeas and _____ nays" in the 100-seat Senate: 24, 26, 23, none above 26
            variants = tally_counts(key, seed, context) or numeric_variants(key, seed)
            variants += bound_steps(key, source)  # "above 95%": 96%
            extra = ranked(variants, key, chosen, seed, LOW_FORCED)  # the key's place drawn
        elif fact.kind == AGE:  # near ages: a doubled one reads as absurd
            extra = ranked(age_variants(key), key, chosen, seed)
        elif fact.kind == SCORE:  # the article's other results, then near ones, in order
            extra = score_variants(key, context.text if context is not None else source)
        elif fact.kind == VOTE:  # the article's other tallies of its total, then near ones
            extra = vote_variants(key, context.text if context is not None else source, seed)
        elif fact.kind == "place" and (fact.subtype != "place" or not is_continent(key)):
            extra = place_options(fact, key, article, seed)  # a county's: its state's counties
        elif fact.kind == "place":  # "most popular in North America"
            extra = other_continents(key)
        elif fact.kind in NAMED_RIVALS:  # "Home Office": WordNet's other ministries
            names = [f.text for f in article if f.kind == fact.kind]
            chosen, extra = named_rivals(fact, key, chosen, names, context, seed, article)
        elif (
            invented
            and not (context and context.teams.get(normalise(key)))  # "Russian President
            # Putin": his nation's made-up names, not WordNet's statesmen of every nation
            and famous_fit(key, chosen, ok, taken)
        ):
            # a famous key's real rivals, never made-up names beside a real president
            extra, origin = list(famous_rivals(key)), FAMOUS
        # "China's Premier Wen Jiabao": the article's people only, or no question
        elif invented and not two_people_suffice(fact, key, chosen) and not held:
            said = context.teams.get(normalise(key), frozenset()) if context else frozenset()
            # "Russian President Putin": Russian; "Cres Eastman", of whom it says "he": a man's
            placed = stated_nations(key, context)  # "Brazilian President …": Brazil's names
            extra = person_options(key, article, said, context.genders if context else {}, placed)
            seeded_random(seed).shuffle(extra)
            # "Wu Chi-wai" among "Feng Weigang"s: a name not written as the key's stands out
            extra = [name for name in extra[:40] if ("-" in name) == ("-" in key)]
        if extra and origin != FAMOUS:
            origin = "article+library" if chosen else "library"
        # Countries come nearest first: nearness weighs more than a few letters' length.
        step = COUNTRY_STEP if fact.subtype == "country" else LENGTH_STEP
        chosen += closest(extra, key, ok, taken, WANTED - len(chosen), step, spelt)
        if fact.subtype == "country" and extra and len(chosen) < WANTED:  # "the _____": the UK
            chosen += closest(farther_countries(key), key, ok, taken, WANTED - len(chosen), step)
    if fact.kind == "person":  # a Tunisian key among Englishmen: a Tunisian beside it
        chosen = mixed_sides(chosen, same, key, ok, context)
    return chosen, origin
