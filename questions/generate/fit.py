"""Whether an option fits its question: same kind as the key, possible in place, not also true.

A blind review found options a teacher would strike out: a journal offered as an
organisation, "Arizona" before "D.C.", "Sydney, India", "2050" as the year a 2014 article's
study was published, a year the stem's own arithmetic rules out, the team's own country
where the stem calls the team "Afghan", "U.S." beside the key "Washington D.C.". These
checks judge an option (or refuse the question) against the key, the stem and the article.
"""

from __future__ import annotations

import re
from functools import lru_cache

from questions.generate.acronyms import initials
from questions.generate.acting import acts_as_body
from questions.generate.ahead import after_since, past_bound
from questions.generate.camps import other_camp
from questions.generate.centuries import before_asked_year
from questions.generate.compiled import pattern
from questions.generate.cycles import off_cycle
from questions.generate.dates import YEAR
from questions.generate.deedrivals import described_in_stem
from questions.generate.divisions import other_division
from questions.generate.facilities import off_facility
from questions.generate.facts import Fact
from questions.generate.gazetteer import city_populations
from questions.generate.gone import gone_option
from questions.generate.kinds import BODIES, kind_of, other_kind_asked, same_kind
from questions.generate.landmarks import off_kind
from questions.generate.modifieronly import modifier_only
from questions.generate.options import OptionContext
from questions.generate.people import named_in_stem
from questions.generate.placednames import too_large
from questions.generate.placefit import no_article, placed_elsewhere, wrong_place
from questions.generate.placekinds import other_place_kind
from questions.generate.pools import (
    city_countries,
    country_code,
    country_codes,
    is_any_first_name,
    place_kind,
)
from questions.generate.refusals import BLANK, NAMED_KINDS
from questions.generate.reported import harmed_speaker, shown_only
from questions.generate.reportingbodies import reported_rival
from questions.generate.reviewed import other_gender, tied_back, without_the
from questions.generate.rolefit import other_role
from questions.generate.sides import bygone_rival, other_era, wrong_side
from questions.generate.slotrivals import slot_clash
from questions.generate.statecities import named_state_cities, region_cities, state_cities
from questions.generate.stemkind import other_kind_said
from questions.generate.stemruled import stem_clash
from questions.generate.textsearch import says
from questions.generate.thingkinds import other_thing, same_thing
from questions.generate.wordnet import names_body
from questions.schema import normalise

BIG_CITY = 500_000  # people: a city this big is known with its state ("Seattle, Washington")
NEAR_YEARS = 12  # an article's year further than this from the key is no plausible option
_CODE = re.compile(r"^[A-Z.]{1,4}-?\d+$")  # "RI-1": a district, not an organisation


def only_places(fact: Fact, key: str, ctx: OptionContext) -> list[str] | None:
    """Return the only options that fit "Sydney, _____" (countries with a city so named) or
    "_____, California" (the state's cities; "_____, England": England's, no Cardiff), or
    None when the slot names neither. A city
    the question places in its state, after the blank or inside a name ("University of
    Southern Indiana"), takes that state's cities, blank or not."""
    if fact.kind != "place":
        return None
    if fact.subtype == "city" or place_kind(key) == "city":
        named = named_state_cities(ctx.stem, key)
        if named is not None:
            return list(named)
    if BLANK not in ctx.stem:
        return None
    after = pattern(BLANK + r", ([A-Z][\w'-]*(?: [A-Z][\w'-]*)?)\b").search(ctx.stem)
    listed = after is not None and re.match(r"(?:,? and |,? or |, [A-Z])", ctx.stem[after.end() :])
    if after is not None and not listed and fact.subtype == "city":  # "_____, California"
        within = state_cities(after.group(1)) or region_cities(after.group(1))  # "England"
        if within:
            return [c for c in within if normalise(c) != normalise(key)]
    before = pattern(r"([A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2}), " + BLANK).search(ctx.stem)
    if before is None or place_kind(before.group(1)) != "city":
        return None
    codes = city_countries().get(normalise(before.group(1)), ())
    if place_kind(key) != "country":
        # "Seattle, _____": a big city's state is what every reader knows, the blank no
        # question (sweep: "Seattle, California" absurd); a small town's states read alike
        big = city_populations().get(normalise(before.group(1)), 0) >= BIG_CITY
        state = fact.subtype == "state" or place_kind(key) == "state"  # "Seattle, Washington"
        return [] if big and state else None
    names = country_codes()
    return [names[c] for c in codes if c != country_code(key) and c in names]


def unfit(option: str, key: str, fact: Fact, ctx: OptionContext) -> bool:
    """Tell whether an option cannot stand beside this key in this question."""
    if slot_clash(option, key, fact, ctx):
        return True  # "a vote in the _____": no court; "Republican president _____": no Democrat
    if stem_clash(option, key, fact, ctx):
        return True  # "Palmer, the _____,": no "sixth"; "the election of _____": no singer
    if gone_option(option, key, ctx):
        return True  # "Which shuttle will be sent to a museum?": not Columbia, lost in 2003
    if fact.kind in ("person", "organization") and other_camp(option, ctx.stem, ctx.camps):
        return True  # the stem's "pro-Beijing" rules out the article's pan-democrats
    if fact.kind in NAMED_KINDS:
        if fact.kind == "organization" and other_thing(option, key, ctx.things):
            return True  # "Which team's goalkeeper …": no player, no competition
        if _CODE.match(option) or _borrows_place(option, key, ctx.stem):
            return True  # "RI-1"; "Astana Cooperation Organization" at "Astana summit"
        if _named_like_a_person(option, ctx) or without_the(option, ctx.stem, ctx.text):
            return True  # "Annie Oakley", a print taken for a body; "the Skidmore College"
        if _body_of(option, key, ctx.text) or tied_back(option, ctx.stem, ctx.pointing):
            return True  # part of the SCO; "That exhibit … from Duke University": also right
        if placed_elsewhere(option, ctx):
            return True  # "_____ in Houston, Texas": not the Kennedy Space Center in Florida
        if other_kind_asked(option, key, ctx.stem, ctx.kinds):
            return True  # "which summit": summits only, not any body
        if other_kind_said(option, key, ctx.stem, ctx.kinds):
            return True  # "… with the company announcing": no agency beside the company
        if fact.kind == "organization" and modifier_only(option, ctx.sentences):
            return True  # "Africa-European Union" of "the Africa-European Union summit"
        if _site_of_body(option, key, fact, ctx):
            return True  # "Kennedy Space Center (KSC) in Cape Canaveral" for NASA: its own?
        if (reporting := reported_rival(option, fact, ctx)) is not None:
            return not reporting  # "reported by _____": another reporter, whatever its kind
        if _acting_body(option, key, fact, ctx):
            return False  # "Food Standards Australia New Zealand says": a body, as the WHO
        # "Borussia Dortmund" for Liverpool: a club the article calls one, its name says none
        thing = fact.kind == "organization" and same_thing(option, key, ctx.things)
        bare = fact.kind == "organization" and not kind_of(option, ctx.kinds) and not thing
        listed = _in_article(option, ctx) or not names_body(option)  # WordNet's "EPA": a body
        if bare and not acts_as_body(option, ctx) and listed:
            return True  # "EAS" of "the EAS version": no body
        return not (thing or same_kind(option, key, ctx.kinds))
    if fact.kind == "person":
        return (
            named_in_stem(option, ctx.stem)
            or described_in_stem(option, key, ctx)  # "invited the Ghanaian president": no Kufuor
            or other_role(option, key, ctx)
            or shown_only(option, ctx)  # "Who said he …": no one shown only in a picture
            or harmed_speaker(option, key, ctx)  # "Who said …": not the stabbed mayor
            or _out_of_scene(option, ctx)
            or wrong_side(option, key, ctx)
            or other_gender(option, ctx.stem, ctx.genders)  # "Who said he …": men only
            or (_in_article(option, ctx) and other_era(option, key, ctx.eras, ctx.year))
            or bygone_rival(option, key, ctx.eras, ctx.bygone, ctx.year)  # not the key's era
            or before_asked_year(option, ctx.stem, ctx.sentences)  # "since 2002": no Champollion
        )  # a made-up name has no era: it is of whenever the key is
    if fact.kind == "place":
        # "the _____ in Cape Canaveral": no centre the article places in Houston (looked up
        # last: it reads the article, the cheaper checks often decide first)
        return (
            wrong_place(option, key, ctx.stem, fact.subtype)
            or (fact.subtype == "place" and off_kind(option, key))  # a river for a river
            or no_article(option, key, ctx)
            or (fact.subtype == "place" and placed_elsewhere(option, ctx))
            or other_place_kind(option, key, ctx.places)  # "Lisbon" for one of its districts
            or other_division(option, key, ctx)  # a women's match: no team of the men's only
            or too_large(option, key, ctx.stem)  # "through _____, in Sikkim": no country
            or off_facility(option, key, ctx)  # "the _____ nuclear plant": no town without one
        )
    if fact.kind == "year":  # "Since which year …?": none the article still awaits
        bound = past_bound(ctx.stem, ctx.year, ctx.past)  # "did … open": none still to come
        return (
            _unlikely_year(option, key, bound)
            or after_since(option, key, ctx.text, ctx.ahead)
            or off_cycle(option, key, ctx.stem, ctx.text, ctx.events)  # no 2009 Paralympics
        )
    return False


def _in_article(option: str, ctx: OptionContext) -> bool:
    """Tell whether the article names an option (not a library name made up for it)."""
    return normalise(option) in ctx.said_in


# "Which organization recommends …?": the key does something, as any body may; not "which
# organization's members", where a party's members may be the other right answer.
_ASKS_ACTOR = re.compile(r"\bWhich organization (?!['’]s)")


def _acting_body(option: str, key: str, fact: Fact, ctx: OptionContext) -> bool:
    """Tell whether the stem asks which body did something and the option is one the article
    has act ("… Australia New Zealand says"): whatever its name's own words, it does what
    bodies do. The key must be a body by name: "Olympics" takes no council."""
    if fact.kind != "organization" or not _ASKS_ACTOR.search(ctx.stem):
        return False
    return kind_of(key, ctx.kinds) in BODIES and acts_as_body(option, ctx)


def _site_of_body(option: str, key: str, fact: Fact, ctx: OptionContext) -> bool:
    """Tell whether the stem asks which body did something, the article never places the
    key ("NASA") and places the option in a town ("Kennedy Space Center (KSC) in Cape
    Canaveral"): a body's site may be its own, and what it did there also the site's."""
    # the question's subject: not "The exhibit at which organization …", a place asked
    asks = re.search(r"(?:^|, )which organization (?!['’]s)", ctx.stem, re.IGNORECASE)
    if fact.kind != "organization" or asks is None:
        return False
    return _sited(option, ctx.text) and not _sited(key, ctx.text)


@lru_cache(maxsize=4096)
def _sited(name: str, text: str) -> bool:
    """Tell whether the article places a name in or at a town ("… Center (JSC) in Houston")."""
    said = re.escape(name)  # or its acronym after the name: "… Center (KSC) in Cape …"
    found = pattern(rf"(?:(?<!\w){said}(?: \([A-Z]{{2,6}}\))?|\({said}\)) (?:in|at) [A-Z]").search(
        text
    )
    return found is not None


@lru_cache(maxsize=4096)
def _body_of(option: str, key: str, text: str) -> bool:
    """Tell whether the article names an option as a body of the key ("the Council of Heads
    of State of the Shanghai Cooperation Organization …" for "SCO"): no rival of it."""
    ends = _before_of(text).get(option.rsplit(" ", 1)[-1], ())
    if not any(text.startswith(option, end - len(option)) for end in ends):
        return False  # most options: no regular expression run over the article
    owner = r"([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)"
    for found in pattern(rf"(?<!\w){re.escape(option)} of (?:the )?{owner}").finditer(text):
        words = found.group(1).split()
        said = [" ".join(words[:n]) for n in range(1, len(words) + 1)]
        if any(name == key or initials(name) == key for name in said):
            return True
    return False


@lru_cache(maxsize=8)
def _before_of(text: str) -> dict[str, tuple[int, ...]]:
    """Index an article by the word before each " of ": where each such word ends."""
    found: dict[str, list[int]] = {}
    for match in re.finditer(r"(\S+) of ", text):
        found.setdefault(match.group(1), []).append(match.end(1))
    return {word: tuple(ends) for word, ends in found.items()}


def _named_like_a_person(option: str, ctx: OptionContext) -> bool:
    """Tell whether a bare two-word name starts with a first name of any language."""
    words = option.split()
    bare = not kind_of(option, ctx.kinds)
    return bare and len(words) == 2 and is_any_first_name(words[0])


def _borrows_place(option: str, key: str, stem: str) -> bool:
    """Tell whether a name option carries a place the stem names and the key does not."""
    own = set(key.split())
    return any(
        w not in own and place_kind(w) != "place" and says(stem, w)
        for w in re.findall(r"[A-Z][a-z]{3,}", option)
    )


def _out_of_scene(option: str, ctx: OptionContext) -> bool:
    """Tell whether the article names an option only outside the question's match: Harry
    Kane (England–Tunisia) cannot have missed Sweden's chance against Korea."""
    folded = normalise(option)
    if not ctx.scene or folded in ctx.scene:
        return False
    return any(
        folded in said or any(n.endswith(f" {folded}") or n.startswith(f"{folded} ") for n in said)
        for said in ctx.by_sentence
    )


def _unlikely_year(option: str, key: str, year: int | None) -> bool:
    """Tell whether a year is no plausible wrong answer: after the article's year for a
    past event, or far from the key ("2050" for a 1989 paper)."""
    found, wanted = YEAR.search(option), YEAR.search(key)
    if found is None or wanted is None:
        return False
    value, target = int(found.group(1)), int(wanted.group(1))
    if year is not None and target <= year < value:
        return True
    return abs(value - target) > NEAR_YEARS
