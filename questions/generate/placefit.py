"""Whether a place option fits its slot: placed where the stem places the blank, of the key's
kind, not named by the stem's own words, taking the stem's "the"."""

from __future__ import annotations

import re
from functools import lru_cache

from questions.generate.compiled import pattern
from questions.generate.countrythe import says_the
from questions.generate.demonyms import people_nations
from questions.generate.located import city_named
from questions.generate.options import OptionContext
from questions.generate.pools import country_code, is_demonym, place_kind, zipf
from questions.generate.refusals import BLANK
from questions.generate.wnnations import renamed_nations
from questions.schema import normalise

NAME_WORD = 5.0  # Zipf: a word of a place's name rarer than this names it ("Korea", not "South")

_IN_PLACE = r"(?: \([A-Z]{2,6}\))? (?:in|at) ([A-Z][\w.'-]*(?:,? [A-Z][\w.'-]*){0,3})"


def placed_elsewhere(option: str, ctx: OptionContext) -> bool:
    """Tell whether the stem places the blank ("_____ in Houston, Texas") and the article
    places the option only elsewhere ("Kennedy Space Center (KSC) in Cape Canaveral, Florida"):
    the stem's place alone would then give the key away."""
    wanted = pattern(BLANK + _IN_PLACE).search(ctx.stem)
    if wanted is None:
        return False
    # "in Cape Canaveral, Florida": the state places it, though no list has the cape a city
    parts = [p for part in wanted.group(1).split(", ") for p in (part, part.rstrip("."))]
    if not any(place_kind(part) in ("city", "state") for part in parts):
        return False
    ours = _place_words(wanted.group(1))
    theirs = _places_of(option, ctx.text)
    # One the article places nowhere may be anywhere: "the summit of the _____ in Dushanbe"
    # rules out no organisation the article never places.
    return bool(theirs) and not any(ours & _place_words(place) for place in theirs)


@lru_cache(maxsize=4096)
def _places_of(option: str, text: str) -> tuple[str, ...]:
    """Return the places the article puts a name in: "… Center in Houston, Texas", "…
    Museum at Wright-Patterson Air Force Base" or, a city or state, "… Museum of
    McMinnville, Oregon" (so in the name itself too, or a city opening it: "Volgograd
    Arena")."""
    # "Johnson Space Center (JSC) in Houston": the bracketed acronym is placed there too
    found = pattern(rf"(?<!\w){re.escape(option)}\)?{_IN_PLACE}").findall(text)
    named = pattern(rf"(?<!\w){re.escape(option)}(?: of|,) ([A-Z][\w'-]*)").findall(text)
    own = re.search(r" of ([A-Z][\w'-]*)$", option)
    named += [own.group(1)] if own else [city_named(option)]  # "Volgograd Arena": Volgograd
    return (*found, *(place for place in named if place_kind(place) in ("city", "state")))


def _place_words(place: str) -> set[str]:
    """Return the capitalised words of a place, without a sentence's full stop."""
    return {w.rstrip(".") for w in re.findall(r"[A-Z][\w.'-]*", place)}


def wrong_place(option: str, key: str, stem: str, subtype: str = "") -> bool:
    """Tell whether a place cannot be the answer: a country where the key's kind is unknown
    (a stadium), or a place the stem already names by its people ("Afghanistan" where the
    stem says the "Afghan team", "United States" where it "beat the Americans") or by a word
    of its name ("South Korea" for "Korea")."""
    known = place_kind(option) != "place" or bool(country_code(option))
    if country_code(key) and country_code(option) == country_code(key):
        return True  # "United States" for "U.S.", "United Kingdom" for "England": the same
    if country_code(option) and country_code(option) in renamed_nations(stem):
        return True  # "United Kingdom" where the stem says "Great Britain" won a gold
    if country_code(option) and country_code(option) in people_nations(stem):
        return True  # "United States" where the winner "beat the Americans": its own people
    kind = subtype or place_kind(key)
    if kind == "place" and country_code(key):  # "UK" said as a region: only countries
        return place_kind(option) != "country" and not country_code(option)
    if kind == "place" and known:
        return True
    words = re.findall(r"[A-Z][a-z]{3,}", stem)
    if any(w in words and zipf(w.lower()) < NAME_WORD for w in set(option.split()) - set(
        key.split())):  # fmt: skip
        return True  # "South Korea" where the stem says "the match against Korea Republic"
    # a state the stem names is no people: "Indiana" does not rule out "Indianapolis"
    return any(is_demonym(word, option) for word in words
               if normalise(word) != normalise(key) and place_kind(word) != "state")  # fmt: skip


def no_article(option: str, key: str, ctx: OptionContext) -> bool:
    """Tell whether a country cannot take the stem's article before the blank: "to the
    _____" wants "U.S.", not "Canada"; "in _____" wants no "U.K."."""
    if not (country_code(key) and country_code(option)) or BLANK not in ctx.stem:
        return False  # "Which country …?": an option stands alone, with no "the" to fit
    if pattern(BLANK + r" [A-Z]").search(ctx.stem):  # "_____ President Donald Trump": "U.K.",
        # not "Canada President"; "the" of "the _____ Tourism Board" is the board's
        return _initials(option) != _initials(key)
    the = bool(pattern(r"\bthe " + BLANK, re.IGNORECASE).search(ctx.stem))
    takes = _takes_the(option, ctx.text)
    return takes is None or the != takes  # "Ivory Coast", said both ways: never safe


def _initials(name: str) -> bool:
    """Tell whether a name is written as initials ("U.S.", "UK")."""
    return re.fullmatch(r"(?:[A-Z]\.?){2,3}", name) is not None


@lru_cache(maxsize=4096)
def _takes_the(country: str, text: str) -> bool | None:
    """Tell whether a country's name is said with "the": its initials ("the U.S."), as the
    article writes it ("the Ukraine"), or as its name says ("the Solomon Islands"); None
    where nothing decides."""
    if _initials(country) or pattern(rf"\b[Tt]he {re.escape(country)}\b").search(text):
        return True
    return says_the(country)
