"""Options from the library pools: countries nearest first, a city's own country's cities, a
state's fellow states, and names varied by swapping the place or ordinal inside them."""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from questions.generate.acronyms import KNOWN_ZIPF
from questions.generate.bodyeras import asked_years, of_their_time
from questions.generate.closest import WANTED
from questions.generate.compiled import pattern
from questions.generate.divisionkinds import division_noun
from questions.generate.facts import Fact
from questions.generate.fields import of_field
from questions.generate.gazetteer import subdivision_country
from questions.generate.headnamed import headed_names, of_era
from questions.generate.kinds import folded_name, initials_of, kind_of, kind_word, own_kind
from questions.generate.locales import setting
from questions.generate.nearby import by_distance
from questions.generate.pools import (
    cities,
    city_names,
    continent,
    country_code,
    country_codes,
    country_names,
    is_demonym,
    neighbours,
    place_kind,
    state_names,
    states,
    zipf,
)
from questions.generate.textsearch import says
from questions.generate.thingkinds import school_kind
from questions.generate.universities import home_universities, is_university, placed
from questions.generate.wnnations import foreign_body
from questions.generate.wordnet import rivals, senses, spelled_out
from questions.schema import normalise

if TYPE_CHECKING:
    from questions.generate.options import OptionContext

NAMED_RIVALS = frozenset({"organization", "document"})  # kinds WordNet names rivals for
WORLD_BODY = "world organization"  # WordNet's bodies of states: the UN, NATO, the Arab League


def seeded_random(*parts: str) -> random.Random:
    """Return a random generator seeded from text, the same in every process."""
    digest = hashlib.sha256("\x1f".join(parts).encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def library_options(fact: Fact, key: str, seed: str = "", text: str = "") -> list[str]:
    """Return same-kind candidates from the library pools: countries nearest first (North
    Korea, China, Japan for South Korea), cities and states in an order drawn from the seed
    (`text`: the article's words, whose places are no rivals)."""
    if fact.subtype == "country":  # not "United Kingdom" for "England", nor England for it
        own = country_code(key)
        names = [n for n in country_names().get(continent(key), ())
                 if not own or country_code(n) != own]  # fmt: skip
        around = set(neighbours().get(own, ()))
        # Its land neighbours, then the continent's countries nearest first: Japan and China
        # for South Korea, not the populous far away (Pakistan, Vietnam).
        bordering = [n for n in names if n in around]
        rest = {n: country_code(n) for n in names if n not in around}
        return bordering + by_distance(own, rest) if own else bordering + list(rest)
    found = _library_places(fact, key, text)
    if seed:
        seeded_random(seed).shuffle(found)
    return found


def _library_places(fact: Fact, key: str, text: str = "") -> list[str]:
    """Return the cities of a city's country, or the states of a state's (`text`: the
    article's words)."""
    if fact.subtype == "city":
        country = cities().get(normalise(key))
        return list(city_names().get(country or "", ()))[:30]
    if fact.subtype == "state":  # "Queensland": the other Australian states
        country = states().get(normalise(key)) or subdivision_country(key)  # "Victoria"
        found = state_names().get(country or "", ())
        # "which province": no territory beside Manitoba, where enough provinces are left
        alike = [n for n in found if division_noun(n) == division_noun(key)]
        # counted without those the article names: "New South Wales, _____, South Australia,
        # Western Australia and Queensland" leaves one state, and the territories fill up
        left = [n for n in alike if n != key and not says(text, n)]
        return (alike if len(left) >= WANTED else list(found))[:40]
    return []


def named_rivals(
    fact: Fact,
    key: str,
    chosen: list[str],
    names: Sequence[str],
    context: OptionContext | None,
    seed: str,
    article: Sequence[Fact] = (),
) -> tuple[list[str], list[str]]:
    """Return the article's options to keep and WordNet's rivals of an organisation or
    document to add, in an order drawn from the seed: the members of its own category
    ("Home Office": the ministries), else of the kind the article gives it. WordNet's come
    only where the article's other `names` of the key's kind are WordNet's too (Hong Kong's
    parties beside the Whig Party would give them away), and then replace the article's
    options of other kinds (a centre among universities); a key that names its country
    ("U.S. House of Representatives") or its people ("Korean People's Army": no Union
    Army) gets only rivals that name it too, an acronym only
    those of the body the article spells it out as, or, unspelled, of the one body a
    well-known acronym names ("NASA": the "EPA", the "FCC"). A rival WordNet ties to one
    nation ("Census Bureau") serves only a story set there or a key of that nation."""
    kinds = context.kinds if context is not None else {}
    text = context.text if context is not None else ""
    kind = kinds.get(folded_name(key), "") or own_kind(key)
    kind = kind or school_kind(key, context.things if context is not None else {})
    # no War Department beside the White House of a 2010 briefing: gone since 1947
    years = asked_years(context.stem, context.year) if context is not None else []
    found = of_their_time(rivals(key, kind, own_kind(key), fact.kind == "organization"), key, years)
    if not found and fact.kind == "document":  # "Clean Air Act": WordNet's other named acts
        # "a law passed in 1963": no Stamp Act of 1756 beside it (the question's year, else
        # the article's)
        said = re.findall(r"\b(?:1[5-9]|20)\d\d\b", context.stem) if context is not None else []
        year = int(said[0]) if said else context.year if context is not None else None
        found = [n for n in headed_names(key, own_kind(key)) if of_era(n, year)]
    # An organisation WordNet lacks ("Shanghai Cooperation Organization") that the article
    # gives member states is one of states: WordNet's world bodies (NATO, the Arab League)
    # are its rivals, beside the article's own (other bodies the article names may be true
    # of it as well: "the member states of the UN" live next to Afghanistan too).
    # "SCO": rivals as the article spells it out, the form its options are shown in
    full = next((n for n in names if key.isupper() and initials_of(key, n)), key)
    of_states = not found and kind == "organization" and _has_member_states(full, text)
    # joined by "and" to such a body it is one as well: "the SCO and the CSTO" (like with like)
    of_states = of_states or (
        not found and kind == "organization" and _paired_with_states(full, text)
    )
    if of_states and context is not None and member_named(context.stem):
        return chosen, []  # "Which organization did Estonia join?": it may be in NATO too
    if of_states:
        found = [n for n in of_their_time(rivals(full, WORLD_BODY, "", True), key, years)
                 if not _said(n, text)]  # fmt: skip
        if found and len(found) >= WANTED - len(chosen):  # else as before: too few
            seeded_random("wordnet", seed).shuffle(found)
            found = _echoing_first(found, key, context)
            return [o for o in chosen if kind_of(o, kinds) == kind_of(key, kinds)], found
    unspelled = key.isupper() and not any(says(text, n) for n in spelled_out(key))
    if unspelled and not _known(key):
        return chosen, []  # "Tom Molomby, SC": no Security Council unless the article says it
    if unspelled:  # "NASA", known unspelled: rivals as known ("EPA"), not the "OIG"
        found = [n for n in found if _known(n)]
    ours = kind_of(key, kinds)
    # the key's own acronym or spelling ("WHO" of "World Health Organisation") is no other
    same = [n for n in names if ours and n != key and kind_of(n, kinds) == ours
            and not initials_of(n, key)]  # fmt: skip
    # A university's rivals are WordNet's of its own country, whatever the article's other
    # universities are: Ohio State beside Florida State gives nothing away, Oxford would.
    stem = context.stem if context is not None else ""
    uni = found and is_university(key, kind) and not placed(stem)
    home = home_universities(found, key, text) if uni else None
    if home is not None and len(home) + sum(kind_of(o, kinds) == ours for o in chosen) < WANTED:
        home = None  # too few to fill: the article's bodies of other kinds stay, as before
    if home is None and (not found or any(n not in found for n in same)):
        return chosen, []
    nations, peoples = _nations(key), _peoples(key)
    # of the key's nation and people, no parent of it, and of the article's field: no EPA
    # beside NASA in a story of a Mars lander (`fields`)
    found = [n for n in (found if home is None else home)
             if nations <= _nations(n) and not _overlaps(n, key)
             and (not peoples or peoples & (_nations(n) | _peoples(n)))
             and (home is not None or not foreign_body(n, key, setting(article)[:1]))
             and of_field(n, key, text)]  # fmt: skip
    seeded_random("wordnet", seed).shuffle(found)
    return [o for o in chosen if kind_of(o, kinds) == ours], _echoing_first(found, key, context)


_NAME_WORD = re.compile(r"[A-Z][\w'’-]+")


def _echoing_first(found: list[str], key: str, context: OptionContext | None) -> list[str]:
    """Put first the rivals that share a name word of the key the question shows ("World" of
    "World Health Organization" in "On the 2008 World No Tobacco Day, which organization …"):
    drawn without one, the key alone would echo the question (`giveaways.echoed_option`)."""
    stem = context.stem if context is not None else ""
    shown = [w for w in _NAME_WORD.findall(key) if len(w) > 2 and _has_word(stem, w)]
    if not shown:
        return found
    return sorted(found, key=lambda name: not any(_has_word(name, w) for w in shown))


def _has_word(text: str, word: str) -> bool:
    """Tell whether a text holds a word whole."""
    return pattern(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])").search(text) is not None


# The words a question states membership by: "did Estonia join", "as a member state"
_MEMBERSHIP = re.compile(r"\b(?:join(?:s|ed|ing)?|members?(?:hip)?|admit(?:s|ted)?)\b", re.I)
_NAMED = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)*")


def member_named(stem: str) -> bool:
    """Tell whether a question states a named country's membership ("Which organization did
    Estonia join as a member state?"): a body of states the article does not name may count
    that country among its members too, another right answer (a code review found NATO and
    the European Union offered for the body Estonia joined in 2004)."""
    asked = stem.splitlines()[-1] if stem else ""
    if not _MEMBERSHIP.search(asked):
        return False
    return any(place_kind(name) == "country" for name in _NAMED.findall(asked))


def _has_member_states(key: str, text: str) -> bool:
    """Tell whether a line of the article names the body and says "member states" (or
    countries): "India and Pakistan joined the SCO as member states"."""
    return any(
        says(line, key) and re.search(r"\bmember (?:states|countries|nations)\b", line)
        for line in text.splitlines()
    )


def _paired_with_states(key: str, text: str) -> bool:
    """Tell whether the article joins the body by "and" to another it gives member states:
    "the rotating chairmanship of the SCO and the CSTO" (coordination joins like with like)."""
    b = re.escape(key)
    name = r"((?:[A-Z][\w'-]*\s)*[A-Z][\w'-]*)"  # "Shanghai Cooperation Organization"
    pairs = pattern(rf"\b{name} and (?:the )?{b}\b").findall(text)
    pairs += pattern(rf"\b{b} and (?:the )?{name}").findall(text)
    return any(other != key and _has_member_states(other, text) for other in pairs)


def _said(name: str, text: str) -> bool:
    """Tell whether the article says a body by its name or another of WordNet's ("UN")."""
    return any(says(text, n) for n in (name, *spelled_out(name)))


def _known(acronym: str) -> bool:
    """Tell whether an acronym means its WordNet body unspelled: common in English ("NASA",
    "WHO") and WordNet's only sense of it ("SC" is also scandium and South Carolina; "EAS",
    rare, may be the article's own "Engrossed Amendment as Agreed")."""
    return zipf(acronym.lower()) >= KNOWN_ZIPF and len(senses(acronym)) == 1


def _overlaps(rival: str, key: str) -> bool:
    """Tell whether a rival is the key or its parent by its words: "University of Wisconsin"
    for "University of Wisconsin-Madison", "University of California at Berkeley" for
    "University of California, Berkeley" — a second right answer."""

    def words(name: str) -> set[str]:
        return set(re.findall(r"[a-z0-9]+", name.casefold())) - {"at", "in", "the"}

    mine, theirs = words(key), words(rival)
    return theirs <= mine or mine <= theirs


def _nations(name: str) -> frozenset[str]:
    """Return the codes of the countries a name says, in one word or several ("U.S.",
    "United Kingdom")."""
    words = name.split()
    spans = (" ".join(words[i : i + n]) for n in (1, 2, 3) for i in range(len(words) - n + 1))
    return frozenset(code for span in spans if (code := country_code(span)))


PEOPLE_WORD = 5.0  # Zipf: words before a country's name this common say no people ("North")


def _peoples(name: str) -> frozenset[str]:
    """Return the codes of the countries whose people a word of a name names ("Korean": both
    Koreas; "Japanese": Japan)."""
    return frozenset(code for word in name.split() for code in _people_codes(word))


@cache
def _people_codes(word: str) -> frozenset[str]:
    """Return the countries a capitalised word names the people of, by the last word of the
    country's name, no common noun, when the words before it are common ("North Korea":
    "Korean"; not the "Democratic" of the Democratic Republic of the Congo)."""
    if not word[:1].isupper() or country_code(word):
        return frozenset()  # a country itself is `_nations`'
    found = set()
    for code, country in country_codes().items():
        *before, last = country.split()
        if len(code) != 2 or not code.isupper() or kind_word(last):
            continue  # "States", "Kingdom": common nouns, no people's name
        if all(zipf(w.lower()) >= PEOPLE_WORD for w in before) and is_demonym(word, last):
            found.add(code)
    return frozenset(found)


def pooled(fact: Fact) -> bool:
    """Tell whether a library pool gives a key options of its own kind: a country, state,
    city or organisation (WordNet's rivals, or else none), or a common noun whose sense its
    list picked (WordNet's sisters, none the article says). (A person's made-up options
    depend on the article's setting: not asked so.)"""
    return (
        bool(fact.sense)
        or fact.kind == "organization"
        or (fact.kind == "place" and fact.subtype in ("country", "state", "city"))
    )
