"""Stage 5: wrong options of the same kind and form as the key, from the article first."""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Iterable, Sequence

from questions.generate.facts import Fact
from questions.generate.fit import only_places, refusal, unfit
from questions.generate.measures import (
    FRACTION,
    MAGNITUDE,
    fraction_variants,
    magnitude_variants,
)
from questions.generate.options import OptionContext, option_problem, wrong_kind
from questions.generate.people import family_first, family_names, person_options
from questions.generate.pools import (
    cities,
    city_names,
    continent,
    country_code,
    country_names,
    is_any_first_name,
    is_first_name,
    is_surname,
    looks_like_name,
    neighbours,
    place_kind,
    state_names,
    states,
)
from questions.generate.variants import (
    date_variants,
    numeric_variants,
    ordinal_variants,
    year_variants,
)
from questions.schema import normalise

WANTED = 3


def seeded_random(*parts: str) -> random.Random:
    """Return a random generator seeded from text, the same in every process."""
    digest = hashlib.sha256("\x1f".join(parts).encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def _form(text: str) -> str:
    """Describe a text's surface form: digits become 9, letters a/A, so forms compare."""
    return re.sub(r"[a-z]+", "a", re.sub(r"[A-Z][a-z]*", "A", re.sub(r"\d", "9", text)))


def _swapped(key: str, article: Sequence[Fact]) -> list[str]:
    """Vary a name by swapping a place or ordinal inside it ("Dushanbe Declaration" ->
    "Astana Declaration", "20th Anniversary" -> "15th Anniversary")."""
    out: list[str] = []
    places = [f for f in article if f.kind == "place" and f.subtype in ("country", "state", "city")]
    words = re.findall(r"[A-Z][\w']*(?: [A-Z][\w']*){0,2}", key)
    for run in words:
        parts = run.split()
        for n in range(len(parts), 0, -1):
            for start in range(len(parts) - n + 1):
                name = " ".join(parts[start : start + n])
                kind = place_kind(name)
                if kind not in ("country", "state", "city"):
                    continue  # "University of Arkansas": University of Kansas, of Iowa
                found = re.search(rf"(?<![\w]){re.escape(name)}(?![\w])", key)
                if found is None:
                    continue
                probe = Fact(0, 0, 0, name, "GPE", "place", kind)
                others = [
                    p.text
                    for p in places
                    if p.subtype == kind
                    and p.text != name
                    and not re.fullmatch(r"(?:[A-Z]\.?){2,3}", p.text)
                ]  # "Team U.S."
                for other in [*others, *_library(probe, name)[:6]]:
                    if other.startswith("United ") or other.endswith("s"):
                        continue  # "Journal of United States" wants "the": not said in place
                    out.append(key[: found.start()] + other + key[found.end() :])
                break
            if out:
                break
        if out:
            break
    ordinal = re.search(r"\b(\d+)(st|nd|rd|th)\b", key)
    if ordinal:
        for variant in ordinal_variants(ordinal.group(0)):
            out.append(key[: ordinal.start()] + variant + key[ordinal.end() :])
    return out


def _library(fact: Fact, key: str, seed: str = "") -> list[str]:
    """Return same-kind candidates from the library pools (countries, cities), in an order
    drawn from the seed (the country's neighbours first: North Korea for South Korea)."""
    if fact.subtype == "country":  # not "United Kingdom" for "England", nor England for it
        own = country_code(key)
        names = [n for n in country_names().get(continent(key), ())
                 if not own or country_code(n) != own]  # fmt: skip
        around = neighbours().get(own, ())  # then theirs: Turkmenistan for Kyrgyzstan
        second = {n for m in around for n in neighbours().get(country_code(m), ())}
        near = [n for n in names if n in around] + [
            n for n in names if n in second and n not in around and country_code(n) != own
        ]
        known = [n for n in names[:20] if n not in near]  # the populous: names one has heard
        if seed:
            seeded_random(seed).shuffle(known)
        return near + known
    found = _library_places(fact, key)
    if seed:
        seeded_random(seed).shuffle(found)
    return found


def _library_places(fact: Fact, key: str) -> list[str]:
    """Return the cities of a city's country, or the states of a state's."""
    if fact.subtype == "city":
        country = cities().get(normalise(key))
        return list(city_names().get(country or "", ()))[:30]
    if fact.subtype == "state":  # "Queensland": the other Australian states
        return list(state_names().get(states().get(normalise(key), ""), ()))[:40]
    return []


def choose_distractors(
    fact: Fact,
    key: str,
    article: Sequence[Fact],
    source: str,
    seed: str,
    context: OptionContext | None = None,
    avoid: frozenset[str] = frozenset(),
) -> tuple[list[str], str]:
    """Return up to three wrong options for the key, and where they came from; none of the
    folded names in `avoid`."""
    folded_source = normalise(source)
    taken = {normalise(key), *avoid}

    not_names = _words_of_other_names(article) if fact.kind == "person" else frozenset()
    people = {normalise(f.text) for f in article if f.kind == "person"}
    surnames = {  # of full names that open with a first name: not "Warhol Polaroid"
        words[-1]
        for f in article
        if f.kind == "person" and len(words := f.text.split()) > 1
        and (is_first_name(words[0]) or is_any_first_name(words[0]))
    }  # fmt: skip
    surnames.update(surname for _, surname in family_names(article))

    key_place = (fact.subtype or place_kind(key)) if fact.kind == "place" else ""
    if context is not None and refusal(fact, key, context):
        return [], "refused"
    only = only_places(fact, key, context) if context is not None else None

    def ok(option: str) -> bool:
        folded = normalise(option)
        if wrong_kind(fact, key_place, option):
            return False  # a country for a city, a person for an organisation
        if context is not None and (
            option_problem(option, context) or unfit(option, key, fact, context)
        ):
            return False  # a fragment of a name, another team's player, a journal for a study
        if fact.kind in ("person", "name") and not looks_like_name(option, not_names):
            return False  # "Super District Council" or "Tunisia" is no one's name
        if fact.kind in ("person", "name") and not named_person(option, surnames):
            return False  # "Polaroid", "Art Gallery": words spaCy took for a person
        if fact.kind == "organization" and (folded in people or place_kind(option) != "place"):
            return False  # a person or a country is not an organisation
        return (
            bool(folded)
            and folded not in taken
            and folded not in folded_source
            and (folded not in normalise(key) and normalise(key) not in folded)
        )

    if only is not None:  # "Sydney, _____": countries with a Sydney, or none
        return _closest(only, key, ok, taken), "library"
    same = [f.text for f in article if _same_kind(f, fact, key)]
    if fact.kind == "person" and " " not in key and not is_first_name(key):  # "Lukaku"
        same += _surnames_by_role(key, article, context)
    same.sort(key=lambda text: not _same_subtype(text, fact, article))
    origin = "article"
    chosen = _closest(same, key, ok, taken)
    if len(chosen) < WANTED:
        extra: list[str] = []
        if fact.kind == "year":
            extra = year_variants(key)
        elif fact.kind == "date":
            extra = date_variants(key)
        elif fact.kind == "ordinal":
            extra = ordinal_variants(key)
        elif fact.kind in ("count", "money", "percent", "quantity", "number"):
            extra = numeric_variants(key)
        elif fact.kind == MAGNITUDE:
            extra = magnitude_variants(key)
        elif fact.kind == FRACTION:
            extra = fraction_variants(key)
        elif fact.kind == "place" and fact.subtype != "place":
            extra = _library(fact, key, seed)
        elif fact.kind == "person":
            extra = person_options(key, article)
            seeded_random(seed).shuffle(extra)
            extra = extra[:40]
        elif fact.kind in ("document", "event", "organization", "title"):
            extra = _swapped(key, article)
        if extra:
            origin = "article+library" if chosen else "library"
        chosen += _closest(extra, key, ok, taken, WANTED - len(chosen))
    return chosen, origin


def pooled(fact: Fact) -> bool:
    """Tell whether a library pool gives a key options of its own kind: a country, state or
    city. (A person's made-up options depend on the article's setting: not asked so.)"""
    return fact.kind == "place" and fact.subtype in ("country", "state", "city")


def _surnames_by_role(
    key: str, article: Sequence[Fact], context: OptionContext | None
) -> list[str]:
    """Return the surnames of the article's people named in full, those the article gives
    the key's role first ("Mertens" for "Lukaku" before the referee's)."""
    named = family_names(article)
    roles = context.roles if context is not None else {}
    own = next((roles.get(normalise(full), "") for full, last in named if last == key), "")
    ranked = sorted(named, key=lambda pair: bool(own) and roles.get(normalise(pair[0])) != own)
    return [last for _, last in ranked]


def _words_of_other_names(article: Sequence[Fact]) -> frozenset[str]:
    """Return the words of the article's organisation and place names that no person has."""
    people = {w for f in article if f.kind == "person" for w in normalise(f.text).split()}
    others = {
        w for f in article if f.kind in ("organization", "place", "document", "event")
        for w in normalise(f.text).split()
    }  # fmt: skip
    return frozenset(others - people)


def _same_kind(other: Fact, fact: Fact, key: str) -> bool:
    """Tell whether another fact of the article is of the same kind and form as the key."""
    if other.kind != fact.kind or fact.kind == MAGNITUDE:
        return False  # the article's other magnitude rates another quake: not this one's
    if fact.kind == "place":
        # A country for a country; a city, state or region for one of those, same label
        # (a stadium for a stadium).
        if "country" in (fact.subtype, other.subtype):
            return other.subtype == fact.subtype
        if fact.subtype == "city" == other.subtype:  # Kandahar for Kabul, not Mexico City
            return same_country(other.text, key)
        return other.label == fact.label
    if fact.kind == "person":
        return (len(other.text.split()) > 1) == (len(key.split()) > 1)
    if fact.kind in ("year", "date", "ordinal"):
        return _form(other.text) == _form(key)
    if fact.kind == "count":
        return other.unit == fact.unit  # residents for residents, not cables
    if fact.kind in ("money", "percent", "quantity"):
        return _form(other.text) == _form(key) or _units(other.text) == _units(key)
    return True


def same_country(city: str, key: str) -> bool:
    """Tell whether two cities are of the same country, by the gazetteer."""
    found = cities()
    return found.get(normalise(city), "?") == found.get(normalise(key), "!")


def _same_subtype(text: str, fact: Fact, article: Sequence[Fact]) -> bool:
    """Tell whether an option is of the key's own place type (a state for a state)."""
    return any(f.text == text and f.subtype == fact.subtype for f in article)


def _units(text: str) -> str:
    """Return the words of a quantity that are not its number ("billion doses")."""
    return " ".join(w for w in text.split() if not re.search(r"\d", w)).lower()


def _closest(
    pool: Iterable[str], key: str, ok: object, taken: set[str], wanted: int = WANTED
) -> list[str]:
    """Pick options from a pool, preferring lengths like the key's; remember what was taken."""
    seen: list[str] = []
    folded: set[str] = set()
    for option in pool:
        key_ = normalise(option)
        if key_ not in folded and ok(option):  # type: ignore[operator]
            seen.append(option)
            folded.add(key_)
    seen.sort(key=lambda o: abs(len(o) - len(key)) // 6)
    picked = seen[:wanted]
    taken.update(normalise(p) for p in picked)
    return picked


def named_person(option: str, surnames: set[str]) -> bool:
    """Tell whether an option is someone the names say it can be: a full name that opens with
    a first name or ends with a surname Faker knows, or a surname the article gives a person
    in full ("Wilkins" of "Kristen Wilkins"), or one Faker knows."""
    words = option.split()
    if len(words) == 1:
        return option in surnames or is_surname(option) or is_any_first_name(option)
    if (is_surname(words[0]) or words[0] in surnames) and family_first(option):
        return True  # "Wang Lijun", "Kim Min-Woo": the surname first
    return is_any_first_name(words[0]) or is_first_name(words[0]) or is_surname(words[-1])
