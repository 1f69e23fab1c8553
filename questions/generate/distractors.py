"""Stage 5: wrong options of the same kind and form as the key, from the article first."""

from __future__ import annotations

import re
from collections.abc import Sequence

from questions.generate.ages import AGE, age_variants
from questions.generate.billnumbers import BILL, bill_variants
from questions.generate.bounds import bound_steps
from questions.generate.calledkinds import CALLED, called_rivals
from questions.generate.closest import LENGTH_STEP, WANTED, closest
from questions.generate.common import NOUN
from questions.generate.compiled import pattern
from questions.generate.cycles import year_cycle
from questions.generate.defined import DEFINED, defined_options
from questions.generate.facts import Fact
from questions.generate.famous import FAMOUS, famous_rivals
from questions.generate.famoustitles import famous_name
from questions.generate.fusedunits import fused_options
from questions.generate.keyplace import LOW_FORCED, ranked
from questions.generate.kin import city_named_kin, framed_kin, named_kin
from questions.generate.kindcompounds import noun_rivals
from questions.generate.landmarks import place_options
from questions.generate.library import NAMED_RIVALS, named_rivals, pooled, seeded_random
from questions.generate.listedcapitals import listed_rivals
from questions.generate.located import asks_where
from questions.generate.modeloptions import model_options
from questions.generate.models import MODEL
from questions.generate.nationality import NATIONALITY, nationality_options
from questions.generate.nationnames import stated_nations
from questions.generate.nearby import farther_countries
from questions.generate.optionjudge import OptionJudge, option_judge
from questions.generate.options import OptionContext
from questions.generate.partscores import PART, part_score_variants
from questions.generate.people import named_person, person_options
from questions.generate.placekinds import is_continent, other_continents
from questions.generate.pools import is_first_name
from questions.generate.ranges import RANGE, range_variants
from questions.generate.reported import asks_saying
from questions.generate.reportingbodies import REPORTERS, reporter_options
from questions.generate.rolenoun import (
    asked_role,
    beside_holders,
    role_mates,
    role_peers,
    speaker_peers,
)
from questions.generate.samekind import same_country, same_kind
from questions.generate.samescale import same_scale
from questions.generate.samething import distinct_things
from questions.generate.scorelines import SCORE, score_variants
from questions.generate.scorers import asks_play, play_rivals
from questions.generate.series import same_series
from questions.generate.sidemix import mixed_sides
from questions.generate.standing import of_standing
from questions.generate.surnamed import named_people
from questions.generate.tallies import tally_counts
from questions.generate.terms import TERM, term_choice
from questions.generate.theslot import places_read, the_slot_barred
from questions.generate.thingkinds import thing_kin
from questions.generate.three import famous_fit, two_people_suffice
from questions.generate.tiedrivals import untied_rivals
from questions.generate.variantkinds import DRAWN, FIGURES, VARIANTS
from questions.generate.variants import numeric_variants, year_variants
from questions.generate.venues import venue_cities
from questions.generate.votetally import VOTE, vote_variants
from questions.generate.works import WORK, work_options
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
    if fact.kind == NOUN:  # eczema: WordNet's other skin diseases, none the article says
        return noun_rivals(fact, context.text if context else source, context), "library"
    judge = option_judge(fact, key, article, source, seed, context, avoid, answers)
    if judge is None:
        return [], "refused"  # "in _____ D.C.", "the … district", "Halston": no options
    own = _own_kind_options(judge, seed)
    if own is not None:
        return own
    same = _same_kind(judge)
    chosen = _article_picks(judge, same)
    origin = "article"
    if len(chosen) < WANTED:
        chosen, origin = _with_library(judge, seed, chosen)
    if fact.kind == "person":  # a Tunisian key among Englishmen: a Tunisian beside it
        chosen = mixed_sides(chosen, same, key, judge.ok, context)
        # a witness among the charged: not every wrong option of one deed the key has no part in
        chosen = untied_rivals(chosen, same, key, judge.ok, context)
    return distinct_things(chosen, judge.whole), origin


def _own_kind_options(judge: OptionJudge, seed: str) -> tuple[list[str], str] | None:
    """Return the options of a kind with a source of its own, and their origin; else None."""
    fact, key, article, source, context = (
        judge.fact, judge.key, judge.article, judge.source, judge.context
    )  # fmt: skip
    ok, taken = judge.ok, judge.taken
    if fact.kind == MODEL:  # "IE6": the series' other numbers, none of the question's own
        return model_options(key, source, seed, context, taken)
    if fact.kind == BILL:  # "H.R.1424": bills numbered near it, none the article says
        rivals = bill_variants(key, context.text if context is not None else source, seed)
        return closest(ranked(rivals, key, [], seed), key, ok, taken), "library"
    # "a _____ shot" keyed "3-point" beside "2 point range": the article's kinds, none made up
    if fact.kind == "quantity" and (fused := fused_options(key, judge.whole, ok, taken)):
        return fused
    if context is not None and (told := reporter_options(fact, context, article)) is not None:
        return closest(told, key, ok, taken), REPORTERS  # "reported by _____": reporters only
    if fact.kind == CALLED:  # "Jupiter", a planet: other planets; "Twitter": other media
        rivals = called_rivals(fact, article, context.text if context is not None else source)
        chosen = closest(rivals[:WANTED], key, ok, taken)  # the nearest kin, not Pluto by length
        return (chosen, "library") if len(chosen) >= WANTED else ([], "refused")
    if fact.kind == NATIONALITY:  # "Burmese": its neighbours' and continent's adjectives
        rivals = nationality_options(key, source)
        return closest(rivals, key, ok, taken, step=COUNTRY_STEP), "library"
    if fact.kind == WORK:  # "her song Hello": the article's other songs, none of its deed
        return work_options(fact, key, article, taken), "article"
    if fact.kind == DEFINED:  # "Keeping the roads open": the article's other such phrases
        return defined_options(fact, key, article, source, taken), "article"
    if fact.kind == TERM:  # "four communities": the article's other coined terms
        return term_choice(fact, key, article, source, ok, taken), "article"
    if judge.only is not None:  # "Sydney, _____": countries with a Sydney, or none
        # "the slot's": the article's own places elsewhere cannot fill "_____, California"
        return closest(judge.only, key, ok, taken), "the slot's library"
    # "from Beirut and Baghdad to _____": other capitals, nearest first, no Syrian town
    if fact.kind == "place" and (peers := listed_rivals(key, context)) is not None:
        return closest(peers, key, ok, taken, step=COUNTRY_STEP), "library"
    return None


def _same_kind(judge: OptionJudge) -> list[str]:
    """Return the article's names of the key's kind and scale, its own subtype's first."""
    fact, key, article, context = judge.fact, judge.key, judge.article, judge.context
    if judge.serial:
        same = [f.text for f in article if same_series(f.text, key)]
    else:
        # the key's head noun first, whatever the model's label: a center for a center
        where = context is not None and asks_where(context.stem)
        framed = framed_kin(fact, key, judge.whole)
        same = thing_kin(fact, key, article, context.things if context else {})
        same += named_kin(fact, key, article, where) + framed
        same += city_named_kin(fact, key, article, judge.whole)  # "Astana Summit" for Qingdao's
        same += [f.text for f in article if same_kind(f, fact, key)]
    same = same_scale(same, fact.kind, key, context)  # a margin for a margin, of the key's size
    if fact.kind == "person" and " " not in key and not is_first_name(key):  # "Lukaku"
        same += named_people(key, article, context, judge.alone)  # "Beyoncé": "Bruno Mars"
    own = {f.text for f in article if f.subtype == fact.subtype}  # a state for a state
    same.sort(key=lambda text: text not in own)
    return same


def _article_picks(judge: OptionJudge, same: list[str]) -> list[str]:
    """Pick the article's options: the other matches' venues, the key's peers, its kind."""
    fact, key, context, ok, taken = judge.fact, judge.key, judge.context, judge.ok, judge.taken
    # "In which city did Belgium face Panama?": the other matches' cities before any other
    venues = venue_cities(fact, key, judge.article, judge.whole)
    spelt = fact.kind == "person"  # no second spelling of the key's or an option's name
    chosen = closest(venues, key, ok, taken, names=spelt)
    peers = role_peers(same, key, context.stem, context.duties[0]) if context else []  # guides
    if context is not None:  # "as Real Madrid's manager": Paisley, named beside the managers
        asked = asked_role(key, context.stem, context.duties[0])
        held, said_in = context.duties[0], context.said_in
        peers += beside_holders(same, asked, held, said_in, context.by_sentence)
        if spelt and asks_saying(context.stem):  # "Who said …?": another spokesperson first
            peers += speaker_peers(same, key, held)
        elif spelt:  # Judge Robart's rival: the article's other judge, Ann Donnelly
            peers += role_mates(same, key, held)
    if spelt and context is not None and asks_play(key, context.stem, context.players):
        # "Who scored …?": the players of the key's match, then the article's other players
        mates, others = play_rivals(same, fact, judge.article, context.sentences, context.players)
        chosen += closest(mates, key, ok, taken, WANTED - len(chosen), names=spelt)
        chosen += closest(others, key, ok, taken, WANTED - len(chosen), names=spelt)
    chosen += closest(peers, key, ok, taken, WANTED - len(chosen), names=spelt)
    chosen += closest(same, key, ok, taken, WANTED - len(chosen), names=spelt)
    return chosen


def _with_library(judge: OptionJudge, seed: str, chosen: list[str]) -> tuple[list[str], str]:
    """Fill the options up from the library's for the key's kind; return them and their origin."""
    fact, key = judge.fact, judge.key
    stem = judge.context.stem if judge.context is not None else ""
    places = places_read(judge.article, judge.context)  # read only where "the _____" asks
    if fact.kind == "place" and the_slot_barred(key, stem, places):
        return chosen, "article"  # "the _____" among many countries: no Dominican Republic
    extra = _number_options(judge, seed, chosen)
    origin = "article"
    if extra is None:
        chosen, extra, origin = _name_options(judge, seed, chosen)
    if extra and origin != FAMOUS:
        origin = "article+library" if chosen else "library"
    # Countries come nearest first: nearness weighs more than a few letters' length.
    step = COUNTRY_STEP if fact.subtype == "country" else LENGTH_STEP
    spelt = fact.kind == "person"  # no second spelling of the key's or an option's name
    drawn = bool(extra)  # a place's library drawn: countries farther away may fill it up
    if fact.subtype == "country":  # no Gambia among the listed USA, Japan … Finland
        extra = of_standing(extra, key, stem)
    chosen += closest(extra, key, judge.ok, judge.taken, WANTED - len(chosen), step, spelt)
    if fact.subtype == "country" and drawn and len(chosen) < WANTED:  # "the _____": the UK
        wanted, farther = WANTED - len(chosen), of_standing(farther_countries(key), key, stem)
        chosen += closest(farther, key, judge.ok, judge.taken, wanted, step)
    return chosen, origin


def _number_options(judge: OptionJudge, seed: str, chosen: list[str]) -> list[str] | None:
    """Return near numbers, dates or scores written like the key; None for another kind."""
    fact, key, source, context = judge.fact, judge.key, judge.source, judge.context
    if fact.kind == "year":  # a recurring event's years keep its cycle (World Cup)
        events = context.events if context is not None else frozenset()
        step = year_cycle(key, seed, judge.whole, events)
        return ranked(year_variants(key, step), key, chosen, seed)
    if fact.subtype == RANGE:  # "between July 2003 and December 2004": moved as one
        return range_variants(key)
    if fact.kind in VARIANTS:  # nearby numbers, dates … written like the key
        extra = VARIANTS[fact.kind](key)
        if fact.kind in DRAWN:  # "sixth, seventh, eighth" beside "ninth" every time
            extra = ranked(extra, key, chosen, seed, DRAWN[fact.kind])
        return extra
    if (
        fact.kind == "quantity"
        and key.split()[0].isdigit()  # "five years" is moved by its word: six, seven …
        and pattern(rf"\bage of {re.escape(key)}\b").search(source)
    ):
        number, _, unit = key.partition(" ")  # "at the age of 51 years": 44, 56 … years
        return ranked([f"{a} {unit}" for a in age_variants(number)], key, chosen, seed)
    if fact.kind in FIGURES:
        # "74 yeas and _____ nays" in the 100-seat Senate: 24, 26, 23, none above 26
        variants = tally_counts(key, seed, context) or numeric_variants(key, seed)
        variants += bound_steps(key, source)  # "above 95%": 96%
        return ranked(variants, key, chosen, seed, LOW_FORCED)  # the key's place drawn
    if fact.kind == AGE:  # near ages: a doubled one reads as absurd
        return ranked(age_variants(key), key, chosen, seed)
    if fact.kind == SCORE and fact.subtype == PART:  # "the first set 25–12": 25–13, 25–11
        return part_score_variants(key)
    if fact.kind == SCORE:  # the article's other results, then near ones, in order
        return score_variants(key, judge.whole)
    if fact.kind == VOTE:  # the article's other tallies of its total, then near ones
        return vote_variants(key, judge.whole, seed)
    return None


def _name_options(judge: OptionJudge, seed: str, chosen: list[str]
                  ) -> tuple[list[str], list[str], str]:  # fmt: skip
    """Return the options kept, the library's names for a place, body or person, and origin."""
    fact, key, article, context = judge.fact, judge.key, judge.article, judge.context
    if fact.kind == "place" and is_continent(key):  # "most popular in North America", and
        return chosen, other_continents(key), "article"  # "Asia", a city's name somewhere too
    if fact.kind == "place":
        extra = place_options(fact, key, article, seed, judge.whole)  # a county's: its state's
        return chosen, extra, "article"
    if fact.kind in NAMED_RIVALS:  # "Home Office": WordNet's other ministries
        names = [f.text for f in article if f.kind == fact.kind]
        chosen, extra = named_rivals(fact, key, chosen, names, context, seed, article)
        return chosen, extra, "article"
    if (
        judge.invented
        and not (context and context.teams.get(normalise(key)))  # "Russian President
        # Putin": his nation's made-up names, not WordNet's statesmen of every nation
        and famous_fit(key, chosen, judge.ok, judge.taken)
    ):
        # a famous key's real rivals, never made-up names beside a real president
        return chosen, list(famous_rivals(key)), FAMOUS
    if judge.invented and " " in key and famous_name(key):
        # a famous full name beside made-up ones is the one real person (review 75: "actor
        # _____", Dennis Hopper, beside Albert Hale): the article's people of its role, or no
        # question; a surname alone ("Putin") keeps its nation's surnames, as before
        return chosen, [], "article"
    # "China's Premier Wen Jiabao": the article's people only, or no question
    if judge.invented and not two_people_suffice(fact, key, chosen) and not judge.held:
        said = context.teams.get(normalise(key), frozenset()) if context else frozenset()
        # "Russian President Putin": Russian; "Cres Eastman", of whom it says "he": a man's
        placed = stated_nations(key, context)  # "Brazilian President …": Brazil's names
        extra = person_options(key, article, said, context.genders if context else {}, placed)
        seeded_random(seed).shuffle(extra)
        # "Wu Chi-wai" among "Feng Weigang"s: a name not written as the key's stands out
        return chosen, [name for name in extra[:40] if ("-" in name) == ("-" in key)], "article"
    return chosen, [], "article"
