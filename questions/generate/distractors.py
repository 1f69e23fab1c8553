"""Stage 5: wrong options of the same kind and form as the key, from the article first."""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import random
import re
from collections.abc import Iterable, Sequence
from functools import cache

from num2words import num2words
from word2number import w2n

from questions.generate.facts import Fact
from questions.generate.options import OptionContext, option_problem, wrong_kind
from questions.generate.pools import (
    cities,
    city_names,
    countries,
    country_names,
    looks_like_name,
    person_names,
    place_kind,
    state_names,
    states,
)
from questions.schema import normalise

WANTED = 3
_NUMBER = re.compile(r"^(?P<pre>\D*?)(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?P<dec>\.\d+)?(?P<post>.*)$")
_FULL_DATE = re.compile(r"^(?P<month>[A-Z][a-z]+) (?P<day>\d{1,2}),? (?P<year>\d{4})$")
_MONTH_DAY = re.compile(r"^(?P<month>[A-Z][a-z]+) (?P<day>\d{1,2})$")
_DAY_MONTH_YEAR = re.compile(r"^(?P<day>\d{1,2}) (?P<month>[A-Z][a-z]+),? (?P<year>\d{4})$")
_MONTH_YEAR = re.compile(r"^(?P<month>[A-Z][a-z]+),? (?P<year>\d{4})$")
_SCALES = frozenset({"thousand", "million", "billion", "trillion"})
_STEPS = (-3, -2, -1, 1, 2, 3, 4, -4, 5, 6)
_FACTORS = (0.5, 2.0, 1.5, 3.0, 0.75, 4.0, 0.25, 1.25)


def seeded_random(*parts: str) -> random.Random:
    """Return a random generator seeded from text, the same in every process."""
    digest = hashlib.sha256("\x1f".join(parts).encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def _form(text: str) -> str:
    """Describe a text's surface form: digits become 9, letters a/A, so forms compare."""
    return re.sub(r"[a-z]+", "a", re.sub(r"[A-Z][a-z]*", "A", re.sub(r"\d", "9", text)))


def _numeric_variants(key: str) -> list[str]:
    """Return numbers near the key's value written the same way ("US$2.3 trillion")."""
    match = _NUMBER.match(key)
    scale = key.split()[-1].lower() if " " in key else ""
    if match is None and scale in _SCALES:
        head = key[: -len(scale)].strip()
        return [f"{v} {key.split()[-1]}" for v in _numeric_variants(head)]
    if match is None:
        words = key.split()
        number, unit = words[:1], " ".join(words[1:])  # "one percent": "one", "percent"
        try:
            value = w2n.word_to_num(" ".join(number))
        except ValueError:
            return []
        if not 0 < value < 1000 or any(w[0].isdigit() for w in words):
            return []
        spelled = [num2words(value + step) for step in _STEPS if value + step > 1]
        spelled = [f"{o} {unit}".strip() for o in spelled]
        return [o.capitalize() for o in spelled] if key[:1].isupper() else spelled
    digits = match["num"].replace(",", "")
    decimals = len(match["dec"] or "") - 1 if match["dec"] else 0
    value = float(digits + (match["dec"] or ""))
    out: list[str] = []
    for factor in _FACTORS:
        new = round(value * factor, decimals)
        if new <= 0 or new == value:
            continue
        if decimals:
            text = f"{new:.{decimals}f}"
        else:
            text = f"{int(new):,}" if "," in match["num"] else str(int(new))
        out.append(f"{match['pre']}{text}{match['post']}")
    if "%" in key or "percent" in key.lower() or "per cent" in key.lower():
        out = [o for o in out if float(re.sub(r"[^\d.]", "", o) or 0) <= 100]  # no 140 percent
    return out


@cache
def _ordinal_words() -> dict[str, int]:
    """Map ordinal words to numbers ("ninth" -> 9), read back from num2words."""
    return {num2words(n, to="ordinal"): n for n in range(1, 200)}


def _ordinal_variants(key: str) -> list[str]:
    """Return ordinals near the key, as digits ("21st") or words ("ninth") like the key."""
    digits = re.match(r"^(\d+)(?:st|nd|rd|th)$", key)
    value = int(digits.group(1)) if digits else _ordinal_words().get(key.lower(), 0)
    if not value:
        return []
    steps = [value + s for s in _STEPS if value + s > 0]
    if digits:
        return [num2words(v, to="ordinal_num") for v in steps]
    return [num2words(v, to="ordinal") for v in steps]


def _year_variants(key: str) -> list[str]:
    """Return years close to the key."""
    year = int(re.sub(r"\D", "", key)[:4])
    return [key.replace(str(year), str(year + step)) for step in _STEPS]


def _date_variants(key: str) -> list[str]:
    """Return dates close to the key, written in the same form."""
    month_names = list(calendar.month_name)
    for pattern in (_FULL_DATE, _DAY_MONTH_YEAR, _MONTH_DAY, _MONTH_YEAR):
        match = pattern.match(key)
        if match is None or match["month"] not in month_names:
            continue
        groups = match.groupdict()
        base = dt.date(int(groups.get("year") or 2001), month_names.index(match["month"]),
                       int(groups.get("day") or 1))  # fmt: skip
        out = []
        for days in (-7, 31, -62, 10, 92, -30, 14):
            day = base + dt.timedelta(days=days)
            text = f"{calendar.month_name[day.month]}"
            if pattern is _DAY_MONTH_YEAR:
                out.append(f"{day.day} {text} {day.year}")
                continue
            if "day" in groups:
                text += f" {day.day}"
            if "year" in groups:
                text += ("," if "," in key else "") + f" {day.year}"
            out.append(text)
        return out
    return []


def _swapped(key: str, article: Sequence[Fact]) -> list[str]:
    """Vary a name by swapping a place or ordinal inside it ("Dushanbe Declaration" ->
    "Astana Declaration", "20th Anniversary" -> "15th Anniversary")."""
    out: list[str] = []
    places = [f for f in article if f.kind == "place" and f.subtype in ("country", "city")]
    words = re.findall(r"[A-Z][\w']*(?: [A-Z][\w']*){0,2}", key)
    for run in words:
        parts = run.split()
        for n in range(len(parts), 0, -1):
            for start in range(len(parts) - n + 1):
                name = " ".join(parts[start : start + n])
                kind = place_kind(name)
                if kind not in ("country", "city"):
                    continue
                found = re.search(rf"(?<![\w]){re.escape(name)}(?![\w])", key)
                if found is None:
                    continue
                probe = Fact(0, 0, 0, name, "GPE", "place", kind)
                others = [p.text for p in places if p.subtype == kind and p.text != name]
                for other in [*others, *_library(probe, name)[:6]]:
                    out.append(key[: found.start()] + other + key[found.end() :])
                break
            if out:
                break
        if out:
            break
    ordinal = re.search(r"\b(\d+)(st|nd|rd|th)\b", key)
    if ordinal:
        for variant in _ordinal_variants(ordinal.group(0)):
            out.append(key[: ordinal.start()] + variant + key[ordinal.end() :])
    return out


def _library(fact: Fact, key: str) -> list[str]:
    """Return same-kind candidates from the library pools (countries, cities)."""
    if fact.subtype == "country":
        continent = countries().get(normalise(key))
        return list(country_names().get(continent or "", ()))[:40]
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
) -> tuple[list[str], str]:
    """Return up to three wrong options for the key, and where they came from."""
    folded_source = normalise(source)
    taken = {normalise(key)}

    not_names = _words_of_other_names(article) if fact.kind == "person" else frozenset()
    people = {normalise(f.text) for f in article if f.kind == "person"}

    key_place = place_kind(key) if fact.kind == "place" else ""

    def ok(option: str) -> bool:
        folded = normalise(option)
        if wrong_kind(fact, key_place, option):
            return False  # a country for a city, a person for an organisation
        if context is not None and option_problem(option, context):
            return False  # a fragment of a name, another team's player
        if fact.kind == "person" and not looks_like_name(option, not_names):
            return False  # "Super District Council" or "Tunisia" is no one's name
        if fact.kind == "organization" and (folded in people or place_kind(option) != "place"):
            return False  # a person or a country is not an organisation
        return (
            bool(folded)
            and folded not in taken
            and folded not in folded_source
            and (folded not in normalise(key) and normalise(key) not in folded)
        )

    same = [f.text for f in article if _same_kind(f, fact, key)]
    same.sort(key=lambda text: not _same_subtype(text, fact, article))
    origin = "article"
    chosen = _closest(same, key, ok, taken)
    if len(chosen) < WANTED:
        extra: list[str] = []
        if fact.kind == "year":
            extra = _year_variants(key)
        elif fact.kind == "date":
            extra = _date_variants(key)
        elif fact.kind == "ordinal":
            extra = _ordinal_variants(key)
        elif fact.kind in ("count", "money", "percent", "quantity", "number"):
            extra = _numeric_variants(key)
        elif fact.kind == "place" and fact.subtype != "place":
            extra = _library(fact, key)
            seeded_random(seed).shuffle(extra)
        elif fact.kind == "person":
            extra = person_names(key)
            seeded_random(seed).shuffle(extra)
            extra = extra[:40]
        elif fact.kind in ("document", "event", "organization", "title"):
            extra = _swapped(key, article)
        if extra:
            origin = "article+library" if chosen else "library"
        chosen += _closest(extra, key, ok, taken, WANTED - len(chosen))
    return chosen, origin


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
    if other.kind != fact.kind:
        return False
    if fact.kind == "place":
        # A country for a country; a city, state or region for one of those, same label
        # (a stadium for a stadium).
        if "country" in (fact.subtype, other.subtype):
            return other.subtype == fact.subtype
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
