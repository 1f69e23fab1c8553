"""Stage 6: choose wrong options of the same kind as the answer.

Names come from the article first (a city for a city, a person for a person), then from the
small built-in lists; numbers, dates and ordinals are perturbed in the answer's own format.
Every candidate is checked against the article: one that also appears in the source
sentence, or stands in the same place in another sentence, could make the statement true.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from questions.generate import gazetteer
from questions.generate.dates import DateValue, format_date
from questions.generate.facts import (
    NUMBER_WORD_RE,
    VERB_FORMS,
    Fact,
    head_word,
    number_value,
)
from questions.generate.lexicon import (
    DETERMINERS,
    DOC_HEADS,
    EVENT_HEADS,
    NUMBER_WORD_BY_VALUE,
    ORDINAL_WORD_BY_VALUE,
    ORG_HEADS,
    STOPWORDS,
    VENUE_HEADS,
)
from questions.generate.phrases import contains_phrase, fold, phrase_positions
from questions.schema import OPTION_MAX, normalise

WANTED = 3
_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")


def seeded_random(*parts: str) -> random.Random:
    """Return a random generator seeded from text: same input, same choices, every run."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return random.Random(int(digest[:16], 16))


@dataclass
class Pools:
    """What the whole article offers as distractors, and where each thing is mentioned."""

    facts: list[Fact] = field(default_factory=list)
    sentences: dict[int, str] = field(default_factory=dict)  # resolved text by index
    acronyms: dict[str, str] = field(default_factory=dict)
    _kinds: dict[tuple[str, str | None], list[str]] = field(default_factory=dict)
    _folded: dict[int, str] = field(default_factory=dict)
    _mentions: dict[str, list[int]] = field(default_factory=dict)
    _index: dict[str, list[int]] | None = None
    _items: list[tuple[int, str]] | None = None
    _pairs: list[str] | None = None
    _aliases: set[frozenset[str]] | None = None
    _contexts: dict[str, list[tuple[int, str, str]]] = field(default_factory=dict)

    def of_kind(self, kind: str, subtype: str | None = None) -> list[str]:
        """Return distinct article answers of a kind (and subtype), in article order."""
        key = (kind, subtype)
        if key not in self._kinds:
            seen: dict[str, str] = {}
            for fact in self.facts:
                if fact.kind == kind and (subtype is None or fact.subtype == subtype):
                    seen.setdefault(normalise(fact.text), fact.text)
            self._kinds[key] = list(seen.values())
        return self._kinds[key]

    def folded(self, index: int) -> str:
        """Return a sentence normalised for matching, computed once."""
        if index not in self._folded:
            self._folded[index] = normalise(self.sentences.get(index, ""))
        return self._folded[index]

    def mentions(self, phrase: str) -> list[int]:
        """Return the sentences that contain a phrase, computed once per phrase."""
        folded = normalise(phrase)
        if folded not in self._mentions:
            if self._index is None:
                # A word index keeps this linear in the article's length, not quadratic.
                self._index = {}
                for number in sorted(self.sentences):
                    for word in dict.fromkeys(_WORDS.findall(self.folded(number))):
                        self._index.setdefault(word, []).append(number)
            words = _WORDS.findall(folded)
            pools = [self._index.get(w, []) for w in words] or [[]]
            rarest = min(pools, key=len)
            self._mentions[folded] = [i for i in rarest if folded in self.folded(i)]
        return self._mentions[folded]

    def contexts(self, phrase: str, exclude: int) -> tuple[set[str], set[str]]:
        """Return the words before and after each mention of a phrase outside one sentence."""
        key = fold(phrase)
        if key not in self._contexts:
            self._contexts[key] = []
            for index in self.mentions(phrase):
                lowered = self.folded(index)
                for position in phrase_positions(lowered, key):
                    left, right = _context(lowered, position, position + len(key))
                    self._contexts[key].append((index, left, right))
        found = [(left, right) for index, left, right in self._contexts[key] if index != exclude]
        return {left for left, _ in found}, {right for _, right in found}

    def list_items(self) -> list[tuple[int, str]]:
        """Return every list item in the article with the sentence it is in."""
        if self._items is None:
            self._items = []
            for fact in self.facts:
                if fact.kind == "list":
                    prefix = fact.unit + " " if fact.unit else ""
                    self._items.extend((fact.sentence, i.removeprefix(prefix)) for i in fact.items)
        return self._items

    def noun_pairs(self) -> list[str]:
        """Return every "peace and stability" pair in the article, in order."""
        if self._pairs is None:
            self._pairs = []
            for index in sorted(self.sentences):
                self._pairs.extend(_noun_pairs(self.sentences[index]))
        return self._pairs

    def aliases(self) -> set[frozenset[str]]:
        """Return the pairs of names that mean the same thing ("SCO", its full name)."""
        if self._aliases is None:
            self._aliases = {
                frozenset((normalise(short), normalise(full)))
                for short, full in self.acronyms.items()
            }
        return self._aliases


_WORDS = re.compile(r"[\w']+")


def numbers_in(text: str) -> set[float]:
    """Return the values of every number written in a text, digits or words."""
    values = {float(m.group(0).replace(",", "")) for m in _DIGITS.finditer(text)
              if m.group(0).replace(",", "").replace(".", "", 1).isdigit()}  # fmt: skip
    for match in NUMBER_WORD_RE.finditer(text):
        value = number_value(match.group("num"))
        if value is not None:
            values.add(value)
    return values


def _context(text: str, start: int, end: int) -> tuple[str, str]:
    """Return the three words before and after a span, lower-cased."""
    before = _CONTEXT_WORD.findall(text[max(0, start - 80) : start].lower())[-3:]
    after = _CONTEXT_WORD.findall(text[end : end + 80].lower())[:3]
    return " ".join(before), " ".join(after)


_CONTEXT_WORD = re.compile(r"[\w'-]+")


def _meaningful(context: str) -> bool:
    """Tell whether a context has a content word (not only "of the")."""
    return any(word not in STOPWORDS for word in context.split())


def stands_in_same_place(candidate: str, fact: Fact, pools: Pools) -> bool:
    """Tell whether a candidate stands elsewhere in the article where the answer stands here.

    "the SCO and the Ji'an Treaty Organization are close neighbours" against "the SCO and the
    Collective Security Treaty Organization": the second could make the first true.
    """
    source = pools.sentences.get(fact.sentence, "")
    left, right = _context(source, fact.start, fact.end)
    lefts, rights = pools.contexts(candidate, exclude=fact.sentence)
    return (left in lefts and _meaningful(left)) or (right in rights and _meaningful(right))


def is_alias(candidate: str, answer: str, pools: Pools) -> bool:
    """Tell whether two names can mean the same thing (acronym, surname, "the …")."""
    a, b = fold(candidate), fold(answer)
    if a == b or a.removeprefix("the ") == b.removeprefix("the "):
        return True
    if frozenset((a, b)) in pools.aliases():
        return True
    # "Xi" and "Xi Jinping" are one person.
    words_a, words_b = a.split(), b.split()
    return bool(words_a and words_b) and (
        (len(words_a) == 1 and words_a[0] in words_b)
        or (len(words_b) == 1 and words_b[0] in words_a)
    )


# --- numbers -------------------------------------------------------------------------


def _format_number(value: float, template: str) -> str:
    """Write a number the way the template writes its own: words, commas, decimals."""
    if template.isalpha() or "-" in template:
        word = NUMBER_WORD_BY_VALUE.get(int(value)) if value == int(value) else None
        if word:
            return word.capitalize() if template[:1].isupper() else word
        if template.isalpha():
            return ""
    decimals = len(template.split(".", 1)[1]) if "." in template else 0
    text = f"{value:,.{decimals}f}" if "," in template else f"{value:.{decimals}f}"
    return text


def _nearby_values(value: float, rng: random.Random, *, integer: bool) -> list[float]:
    """Return plausible wrong values near a number, of the same magnitude."""
    if integer and value <= 12:
        steps = [-1, 1, 2, -2, 3, 4]
        values = [value + s for s in steps if value + s >= 1]
    elif integer and value <= 100:
        steps = [-5, 5, -10, 10, 15] if value % 5 == 0 else [-2, 2, -3, 3, 5, -5]
        values = [value + s for s in steps if value + s >= 1]
    elif not integer:
        # "US$2.3 trillion": steps in the last decimal keep the magnitude and the form.
        values = [round(value + step / 10, 1) for step in (3, -3, 6, -5, 9, -7)]
        values = [v for v in values if v >= 1 or value < 1]
    else:
        values = []
        for factor in (0.5, 0.7, 1.3, 1.5, 2.0, 0.8):
            magnitude = 10 ** max(len(str(int(value))) - 2, 0)
            values.append(round(value * factor / magnitude) * magnitude)
    unique = [v for v in dict.fromkeys(values) if v != value and v > 0]
    # Keep one just below and one just above first: the answer should not sit at an end.
    head, tail = unique[:2], unique[2:]
    rng.shuffle(tail)
    return head + tail


def _replace_number(template: str, old: str, new: str) -> str:
    """Swap the number inside a template ("US$2.3 trillion") for another one."""
    return template.replace(old, new, 1)


def number_candidates(fact: Fact, rng: random.Random) -> list[str]:
    """Return same-format wrong numbers: counts, money, percentages, quantities, ordinals."""
    text = fact.text
    if fact.kind == "ordinal":
        value = fact.value or 1
        integer_steps = [-5, 5, -10, 10] if value >= 10 and value % 5 == 0 else [-1, 1, 2, -2, 3]
        out: list[str] = []
        for step in integer_steps:
            number = int(value + step)
            if number < 1:
                continue
            if text[:1].isdigit():
                suffix = (
                    "th"
                    if 10 <= number % 100 <= 20
                    else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
                )
                out.append(f"{number}{suffix}")
            elif number in ORDINAL_WORD_BY_VALUE:
                word = ORDINAL_WORD_BY_VALUE[number]
                out.append(word.capitalize() if text[:1].isupper() else word)
        return out
    match = _DIGITS.search(text) or NUMBER_WORD_RE.search(text)
    if match is None:
        return []
    written = match.group(0).split(" ")[0]
    amount = number_value(written)
    if amount is None:
        return []
    integer = "." not in written
    out = []
    for value in _nearby_values(amount, rng, integer=integer):
        formatted = _format_number(value, written)
        if formatted:
            out.append(_replace_number(text, written, formatted))
    return out


def date_candidates(fact: Fact, rng: random.Random) -> list[str]:
    """Return wrong dates in the answer's format: nearby days, months and years."""
    value = fact.date
    if value is None:
        return []
    day_first = fact.subtype == "day-first"
    short = "." in fact.text.split(" ")[1 if day_first else 0]
    out: list[str] = []
    if fact.kind == "year" and value.year:
        steps = [-1, 1, -2, 2, -3, 3, 4, -5]
        return [str(value.year + s) for s in steps]
    if fact.kind == "month" and value.year and value.month:
        shifts = [(-1, 0), (1, 0), (0, -1), (0, 1), (2, 0), (-2, 1)]
        for months, years in shifts:
            month = (value.month - 1 + months) % 12 + 1
            out.append(format_date(DateValue(value.year + years, month, None)))
        return out
    if value.month and value.day:
        has_year = value.year is not None and str(value.year) in fact.text
        shifts = [(0, 3), (0, -4), (1, 0), (-1, 0), (0, 10), (0, -10), (1, 5), (-1, -6)]
        rng.shuffle(shifts)
        for months, days in shifts:
            month = (value.month - 1 + months) % 12 + 1
            day = value.day + days
            if not 1 <= day <= 28:
                continue
            year = value.year if has_year else None
            out.append(format_date(DateValue(year, month, day), day_first=day_first, short=short))
        if has_year and value.year:
            previous = DateValue(value.year - 1, value.month, value.day)
            out.append(format_date(previous, day_first=day_first, short=short))
    return out


# --- names ---------------------------------------------------------------------------


# Head words a name can plausibly have instead of its own ("Liaison Group" -> "… Committee").
HEAD_SWAPS: dict[str, tuple[str, ...]] = {
    "Organization": ("Council", "Union", "Alliance"),
    "Organisation": ("Council", "Union", "Alliance"),
    "Council": ("Committee", "Commission", "Assembly"),
    "Committee": ("Council", "Commission", "Board"),
    "Commission": ("Committee", "Council", "Agency"),
    "Group": ("Committee", "Council", "Commission"),
    "Movement": ("Front", "Party", "Alliance"),
    "Agency": ("Authority", "Commission", "Office"),
    "Authority": ("Agency", "Commission", "Board"),
    "Union": ("Alliance", "Association", "Federation"),
    "Association": ("Union", "Federation", "Society"),
    "Federation": ("Union", "Association", "League"),
    "League": ("Federation", "Association", "Union"),
    "Party": ("Movement", "Front", "Alliance"),
    "Department": ("Ministry", "Office", "Bureau"),
    "Ministry": ("Department", "Office", "Bureau"),
    "Institute": ("Academy", "Centre", "Foundation"),
    "University": ("College", "Institute", "Academy"),
    "Board": ("Council", "Committee", "Commission"),
    "Office": ("Bureau", "Agency", "Department"),
    "Bureau": ("Office", "Agency", "Department"),
    "Bank": ("Fund", "Agency", "Corporation"),
    "Fund": ("Bank", "Foundation", "Trust"),
    "Declaration": ("Charter", "Treaty", "Statement"),
    "Charter": ("Declaration", "Treaty", "Convention"),
    "Treaty": ("Agreement", "Convention", "Charter"),
    "Agreement": ("Treaty", "Accord", "Memorandum"),
    "Convention": ("Treaty", "Charter", "Protocol"),
    "Accord": ("Agreement", "Treaty", "Pact"),
    "Plan": ("Strategy", "Programme", "Framework"),
    "Strategy": ("Plan", "Framework", "Agenda"),
    "Report": ("Review", "Assessment", "Study"),
    "Act": ("Bill", "Law", "Code"),
    "Bill": ("Act", "Law", "Code"),
    "Law": ("Act", "Code", "Bill"),
    "Statement": ("Declaration", "Communique", "Memorandum"),
    "Resolution": ("Declaration", "Decision", "Statement"),
    "Summit": ("Forum", "Conference", "Meeting"),
    "Conference": ("Summit", "Forum", "Congress"),
    "Forum": ("Summit", "Conference", "Dialogue"),
    "Meeting": ("Summit", "Conference", "Forum"),
    "Games": ("Championships", "Cup", "Olympiad"),
    "Cup": ("Trophy", "Championship", "Shield"),
    "Championship": ("Cup", "Trophy", "Series"),
    "Festival": ("Fair", "Expo", "Carnival"),
    "Expo": ("Fair", "Festival", "Exhibition"),
    "Mission": ("Programme", "Project", "Expedition"),
    "Line": ("Route", "Corridor", "Link"),
}


def _swap_head(name: str) -> list[str]:
    """Vary a name's head word ("Dushanbe Declaration" -> "Dushanbe Charter")."""
    words = name.split()
    head = head_word(words)
    index = words.index(head)
    return [
        " ".join([*words[:index], swap, *words[index + 1 :]]) for swap in HEAD_SWAPS.get(head, ())
    ]


_CITY_RE = re.compile(
    r"\b("
    + "|".join(re.escape(c) for c in sorted(gazetteer.CITIES, key=len, reverse=True))
    + r")\b"
)
_ANY_HEAD = ORG_HEADS | DOC_HEADS | EVENT_HEADS | VENUE_HEADS


def _swap_place(name: str, places: Iterable[str]) -> list[str]:
    """Vary the place a name is named after ("SCO Qingdao Summit" -> "SCO Astana Summit").

    Only a place followed by the name's head word counts: "Shanghai" in "… of the Shanghai
    Cooperation Organization" is part of another name, and swapping it makes nonsense.
    """
    for match in _CITY_RE.finditer(name):
        following = name[match.end() :].split(" ", 2)[1:2]
        if following and following[0] not in _ANY_HEAD:
            continue
        place = match.group(1)
        return [
            name[: match.start()] + other + name[match.end() :]
            for other in places
            if other != place
        ]
    return []


def _swap_ordinal(name: str, rng: random.Random) -> list[str]:
    """Vary an ordinal inside a name ("75th Anniversary" -> "70th Anniversary")."""
    match = re.search(r"\b(\d+)(st|nd|rd|th)\b", name)
    if not match:
        return []
    fake = Fact("ordinal", match.group(0), 0, 0, -1, value=float(match.group(1)))
    return [name.replace(match.group(0), other, 1) for other in number_candidates(fake, rng)]


Tiers = list[list[str]]


def _shuffled(items: Iterable[str], rng: random.Random) -> list[str]:
    """Return built-in list items in a seeded order: no alphabetical tell among options."""
    out = list(items)
    rng.shuffle(out)
    return out


def _persons(fact: Fact, pools: Pools, rng: random.Random) -> Tiers:
    """Return people of the answer's standing, in the answer's form (surname or full name)."""
    single = len(fact.text.split()) == 1
    article = [
        f.text
        for f in pools.facts
        if f.kind == "person" and f.subtype == fact.subtype and (len(f.text.split()) == 1) == single
    ]
    if fact.subtype == "leader":
        builtin = [surname if single else full for full, surname in gazetteer.LEADERS]
    else:
        builtin = [n.split()[-1] if single else n for n in gazetteer.PERSON_NAMES]
    return [list(dict.fromkeys(article)), _shuffled(builtin, rng)]


def _places(fact: Fact, pools: Pools, rng: random.Random) -> Tiers:
    """Return places of the answer's kind: the article's first, then the built-in lists."""
    article = pools.of_kind("place", fact.subtype)
    if fact.subtype == "country":
        return [article, _shuffled(gazetteer.COUNTRIES, rng)]
    if fact.subtype == "region":
        return [article, _shuffled(gazetteer.REGIONS, rng)]
    if fact.subtype == "city":
        country = gazetteer.CITIES.get(fact.text)
        mentioned = set(pools.of_kind("place", "country"))
        near = [c for c, k in gazetteer.CITIES.items() if k == country]
        regional = [c for c, k in gazetteer.CITIES.items() if k in mentioned]
        return [article, _shuffled(near, rng), _shuffled(regional, rng),
                _shuffled(gazetteer.CITIES, rng)]  # fmt: skip
    if fact.subtype == "place":
        return [article, pools.of_kind("place", "city")]
    return [article]


def _by_head(names: list[str], answer: str) -> tuple[list[str], list[str]]:
    """Split names into those with the answer's head word ("… Summit") and the others."""
    head = head_word(answer.split())
    same = [n for n in names if head_word(n.split()) == head]
    return same, [n for n in names if n not in same]


def name_candidates(fact: Fact, pools: Pools, rng: random.Random) -> Tiers:
    """Return names of the answer's kind: article names first, then variants and lists."""
    kind = fact.kind
    if kind == "person":
        return _persons(fact, pools, rng)
    if kind == "place":
        return _places(fact, pools, rng)
    cities = pools.of_kind("place", "city") + _shuffled(gazetteer.CITIES, rng)
    if kind == "organization":
        if fact.subtype == "acronym":
            return [pools.of_kind("organization", "acronym")]
        article = pools.of_kind("organization", "")
        return [article, _swap_head(fact.text), _shuffled(gazetteer.ORGANIZATIONS, rng)]
    same, other = _by_head(pools.of_kind(kind), fact.text)
    swapped = _swap_place(fact.text, cities)
    if kind == "event":
        # An event named after its place ("SCO Qingdao Summit") is best confused with the
        # same event elsewhere; the article's other summits may be the same kind of event.
        return [swapped, _swap_ordinal(fact.text, rng), same, _swap_head(fact.text), other]
    return [same, swapped + _swap_head(fact.text), other]


# --- quotations and lists ------------------------------------------------------------


def _shape(text: str) -> tuple[bool, int, bool]:
    """Describe a phrase's form: capitalised?, word count, gerund or determiner start?"""
    words = text.split()
    first = words[0].lower() if words else ""
    return (text[:1].isupper(), len(words), first.endswith("ing") or first in DETERMINERS)


_PAIR = re.compile(r"\b([a-z]{4,}) and ([a-z]{4,})\b")


def _noun_pairs(text: str) -> list[str]:
    """Find pairs of nouns joined by "and" ("peace and stability")."""
    pairs: list[str] = []
    for first, second in _PAIR.findall(text):
        words = (first, second)
        if any(w in STOPWORDS or w.endswith(("ly", "est")) or w in VERB_FORMS for w in words):
            continue
        pairs.append(f"{first} and {second}")
    return pairs


def phrase_candidates(fact: Fact, pools: Pools, rng: random.Random) -> Tiers:
    """Return sayings, quoted terms or list items of the answer's form."""
    if fact.kind == "saying":
        article = [f.text for f in pools.facts if f.kind == "saying" and f.unit]
        return [article, _shuffled(gazetteer.SAYINGS, rng)]
    capitalised, words, gerund = _shape(fact.text)
    if fact.kind == "term":
        article = [t for t in pools.of_kind("term") if _shape(t)[:2] == (capitalised, words)]
        cities = pools.of_kind("place", "city") + _shuffled(gazetteer.CITIES, rng)
        return [article, _swap_place(fact.text, cities)]
    # A list item: other lists' items of the same form, then (for one word) common nouns.
    same_list = {normalise(i) for i in fact.items}
    items: list[str] = []
    for sentence, item in pools.list_items():
        if sentence == fact.sentence or normalise(item) in same_list:
            continue
        shape = _shape(item)
        if shape[0] == capitalised and shape[2] == gerund and abs(shape[1] - words) <= 1:
            items.append(item)
    pairs: list[str] = []
    if words == 3 and " and " in fact.text:
        pairs = list(pools.noun_pairs())
    nouns = _shuffled(gazetteer.ABSTRACT_NOUNS, rng) if words == 1 and not capitalised else []
    return [items, pairs, nouns]


# --- choosing ------------------------------------------------------------------------

NUMERIC_KINDS = frozenset({"date", "year", "month", "count", "quantity", "money", "percent",
                           "ordinal"})  # fmt: skip


def candidates_for(fact: Fact, pools: Pools, rng: random.Random) -> Tiers:
    """Return candidate distractors for a fact in tiers: better sources first."""
    if fact.kind == "year":
        years = [f.text for f in pools.facts if f.kind == "year" and f.text != fact.text]
        near = [y for y in years if fact.value and abs(float(y) - fact.value) <= 12]
        return [near[:1] + date_candidates(fact, rng)]
    if fact.kind in ("date", "month"):
        return [date_candidates(fact, rng)]
    if fact.kind in NUMERIC_KINDS:
        return [number_candidates(fact, rng)]
    if fact.kind in ("person", "place", "organization", "document", "event"):
        return name_candidates(fact, pools, rng)
    return phrase_candidates(fact, pools, rng)


def acceptable(candidate: str, fact: Fact, pools: Pools, chosen: list[str]) -> bool:
    """Tell whether a candidate may stand as a wrong option for this fact."""
    source = pools.sentences.get(fact.sentence, "")
    if not candidate.strip() or len(candidate) > OPTION_MAX:
        return False
    if is_alias(candidate, fact.text, pools):
        return False
    if any(fold(candidate) == fold(c) for c in chosen):
        return False
    if fact.kind in ("count", "quantity", "money", "percent", "ordinal", "year"):
        values = numbers_in(candidate)
        if values & numbers_in(source.replace(fact.text, " ")):
            return False
    elif contains_phrase(pools.folded(fact.sentence), candidate):
        return False
    return not stands_in_same_place(candidate, fact, pools)


def _ordered(tiers: Tiers, answer: str, numeric: bool) -> list[str]:
    """Flatten tiers; inside a tier, names closer in length and word count come first."""
    if numeric:
        return list(dict.fromkeys(c for tier in tiers for c in tier))
    length, words = len(answer), len(answer.split())

    def distance(item: tuple[int, str]) -> tuple[float, int]:
        position, text = item
        score = abs(len(text) - length) / max(length, 1) + 0.3 * abs(len(text.split()) - words)
        return (round(score * 4) / 4, position)

    close: list[str] = []
    far: list[str] = []
    for tier in tiers:
        for _, text in sorted(enumerate(dict.fromkeys(tier)), key=distance):
            # Options far apart in length are not parallel: use them only as a last resort.
            (close if 0.4 <= len(text) / max(length, 1) <= 2.5 else far).append(text)
    return list(dict.fromkeys(close + far))


def choose_distractors(fact: Fact, pools: Pools, seed: str) -> list[str]:
    """Choose up to three wrong options of the answer's kind, close to it in form."""
    rng = seeded_random(seed, fact.text)
    ordered = _ordered(candidates_for(fact, pools, rng), fact.text, fact.kind in NUMERIC_KINDS)
    chosen: list[str] = []
    for candidate in ordered:
        if len(chosen) == WANTED:
            break
        if acceptable(candidate, fact, pools, chosen):
            chosen.append(candidate)
    # The longest option must not give the answer away: if the answer is the longest, swap
    # the shortest distractor for a longer acceptable one when there is one.
    if chosen and all(len(c) < len(fact.text) for c in chosen):
        for candidate in ordered:
            if candidate in chosen or not len(fact.text) <= len(candidate) <= 1.6 * len(fact.text):
                continue
            if acceptable(candidate, fact, pools, chosen):
                shortest = min(chosen, key=len)
                chosen[chosen.index(shortest)] = candidate
                break
    return chosen
