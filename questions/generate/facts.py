"""Stage 4: find the facts a question can ask about in one (resolved) sentence.

Rule-based: regular expressions for dates, numbers and quotations; capitalised-phrase
chunking with head words and small gazetteers for names; punctuation patterns for lists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from questions.generate import gazetteer
from questions.generate.dates import (
    DAY_MONTH_RE,
    MONTH_DAY_RE,
    MONTH_YEAR_RE,
    YEAR_CUES,
    YEAR_RE,
    DateValue,
    month_number,
)
from questions.generate.lexicon import (
    AUXILIARIES,
    DETERMINERS,
    DOC_HEADS,
    EVENT_HEADS,
    LEADER_TITLES,
    MONTHS,
    NAME_CONNECTORS,
    NATIONALITIES,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    ORG_HEADS,
    PARTICIPLE_TO_BASE,
    PAST_TO_BASE,
    SCALES,
    SPEECH_VERBS,
    STOPWORDS,
    THIRD_TO_BASE,
    TITLES,
    VENUE_HEADS,
    WEEKDAYS,
)

DATE_KINDS = frozenset({"date", "year", "month"})
NUMBER_KINDS = frozenset({"count", "quantity", "money", "percent", "ordinal"})
NAME_KINDS = frozenset({"person", "place", "organization", "document", "event"})
QUOTE_KINDS = frozenset({"saying", "term"})

COUNTRY_SET = frozenset(gazetteer.COUNTRIES)
REGION_SET = frozenset(gazetteer.REGIONS)
TOKEN_RE = re.compile(
    r"US\$|HK\$|[A-Za-z][A-Za-z'\-]*[A-Za-z]|[A-Za-z]|\d+(?:[.,]\d+)*(?:st|nd|rd|th)?|\S"
)
MONEY_RE = re.compile(
    r"(?P<cur>US\$|HK\$|A\$|C\$|NZ\$|S\$|R\$|\$|€|£|¥|₹|RMB ?)(?P<num>\d[\d,]*(?:\.\d+)?)"
    r"(?:\s?(?P<scale>thousand|million|billion|trillion|bn)\b)?"
)
MONEY_WORDS_RE = re.compile(
    r"\b(?P<num>\d[\d,]*(?:\.\d+)?)(?:\s(?P<scale>thousand|million|billion|trillion))?"
    r"\s(?P<cur>dollars|euros|yuan|pounds|yen|rupees|francs|rubles|pesos)\b"
)
PERCENT_RE = re.compile(r"\b(?P<num>\d+(?:\.\d+)?)(?P<sign>%| percent| per cent)")
ORDINAL_RE = re.compile(r"\b(?P<num>\d+)(?:st|nd|rd|th)\b")
_TENS = r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
ORDINAL_WORD_RE = re.compile(rf"\b(?:(?:{_TENS})-)?(?:{'|'.join(ORDINAL_WORDS)})\b", re.IGNORECASE)
NUMBER_RE = re.compile(
    r"(?<![\w$€£¥.,\-])(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w%]|\.\d|,\d)"
    r"(?:\s(?P<scale>thousand|million|billion|trillion)\b)?"
)
NUMBER_WORD_RE = re.compile(
    rf"\b(?P<num>(?:(?:{_TENS})-(?:one|two|three|four|five|six|seven|eight|nine))|"
    rf"{'|'.join(w for w in NUMBER_WORDS if w not in ('one', 'dozen'))}|dozen)\b"
    r"(?:\s(?P<scale>thousand|million|billion|trillion)\b)?",
    re.IGNORECASE,
)
QUOTE_RE = re.compile(r'"([^"]{1,400})"')
SAYING_NOUNS = (
    "proverb|saying|slogan|motto|statement|quote|quotation|line|phrase|message|remark|idiom|"
    "poem|verse|adage|maxim|words|promise|pledge|warning"
)
INTRO_RE = re.compile(
    r"\b(?:a|an|the|his|her|their|its)\s+((?:[\w'-]+\s+){0,3}?(?:"
    + SAYING_NOUNS
    + r")(?:\s+from\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)?)\s*:\s*$"
)
# Nouns counted in the form "heads of state": the "of" phrase belongs to the unit.
UNIT_COMPOUNDS = ("heads of state", "heads of government", "members of parliament")
VERB_FORMS = frozenset(PAST_TO_BASE) | frozenset(PARTICIPLE_TO_BASE) | frozenset(THIRD_TO_BASE)


@dataclass(frozen=True)
class Fact:
    """One thing a sentence states that a question can ask about."""

    kind: str
    text: str  # the answer, exactly as the (resolved) sentence writes it
    start: int
    end: int  # the span of the answer in the resolved sentence
    sentence: int
    subtype: str = ""  # place: city/country/region/venue/place; person: leader/person
    unit: str = ""  # what a number counts; a saying's introducing phrase; a title
    value: float | None = None
    items: tuple[str, ...] = ()  # a list's items; the items a count counts, when listed
    quoted: bool = False
    date: DateValue | None = None

    @property
    def tags(self) -> tuple[str, ...]:
        """Return the question tags for this kind of fact."""
        if self.kind in DATE_KINDS:
            return ("date",)
        if self.kind in NUMBER_KINDS:
            return ("number", "money") if self.kind == "money" else ("number",)
        if self.kind in NAME_KINDS:
            return ("name", self.kind)
        if self.kind in QUOTE_KINDS:
            return ("quote",)
        return ("list",)


@dataclass(frozen=True)
class Token:
    """A word, number or punctuation mark with its position in the sentence."""

    text: str
    start: int
    end: int


@dataclass
class Registry:
    """Names seen so far in the article: how later mentions are recognised and resolved."""

    lower_words: frozenset[str] = frozenset()  # words the article writes in lower case
    surnames: dict[str, str] = field(default_factory=dict)  # "Putin" -> "President Putin"
    acronyms: dict[str, str] = field(default_factory=dict)  # "SCO" -> full name
    places: dict[str, str] = field(default_factory=dict)  # name -> subtype


def tokenize(text: str) -> list[Token]:
    """Split a sentence into word, number and punctuation tokens with offsets."""
    return [Token(m.group(0), m.start(), m.end()) for m in TOKEN_RE.finditer(text)]


def number_value(text: str) -> float | None:
    """Read "2.3", "1,200", "five" or "twenty-one" as a number."""
    cleaned = text.replace(",", "").lower()
    try:
        return float(cleaned)
    except ValueError:
        pass
    if "-" in cleaned:
        tens, _, ones = cleaned.partition("-")
        if tens in NUMBER_WORDS and ones in NUMBER_WORDS:
            return float(NUMBER_WORDS[tens] + NUMBER_WORDS[ones])
    return float(NUMBER_WORDS[cleaned]) if cleaned in NUMBER_WORDS else None


def ordinal_value(text: str) -> int | None:
    """Read "21st", "ninth" or "twenty-first" as a number."""
    lowered = text.lower()
    if lowered[:-2].isdigit():
        return int(lowered[:-2])
    if "-" in lowered:
        tens, _, ones = lowered.partition("-")
        if tens in NUMBER_WORDS and ones in ORDINAL_WORDS:
            return NUMBER_WORDS[tens] + ORDINAL_WORDS[ones]
    return ORDINAL_WORDS.get(lowered)


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Tell whether a span overlaps any of the taken spans."""
    return any(start < e and s < end for s, e in spans)


def _following_unit(text: str, position: int) -> tuple[str, bool, int]:
    """Read the noun phrase a number counts, starting at `position`: (unit, quoted, end)."""
    rest = text[position:]
    quoted = rest.startswith(' "')
    rest = rest[2:] if quoted else rest.removeprefix(" ")
    offset = len(text) - len(rest)
    for compound in UNIT_COMPOUNDS:
        if rest.startswith(compound):
            return compound, quoted, offset + len(compound)
    words: list[str] = []
    end = offset
    for match in re.finditer(r"[A-Za-z][a-z\-]*|\S", rest):
        word = match.group(0)
        if (
            not word[0].isalpha()
            or word.lower() in STOPWORDS
            or (word in VERB_FORMS and not word.endswith("s"))
            or word[0].isupper()
            or len(words) == 3
        ):
            break
        if match.start() > 0 and rest[match.start() - 1] not in " ":
            break
        words.append(word)
        end = offset + match.end()
        if word.endswith("s") and len(word) > 3 and word not in ("less", "across"):
            break
    if quoted and rest[end - offset : end - offset + 1] != '"':
        return "", False, position
    return " ".join(words), quoted, end + (1 if quoted else 0)


PLURAL_NOUNS = frozenset(
    ["people", "children", "men", "women", "staff", "police", "personnel", "media"]
)
# A list ends where its sentence's verb starts.
LIST_STOPS = AUXILIARIES | {"not"}


def _is_plural(word: str) -> bool:
    """Tell whether a noun looks plural ("states", "people")."""
    return word in PLURAL_NOUNS or (word.endswith("s") and not word.endswith("ss"))


def _list_after(text: str, position: int) -> tuple[str, ...]:
    """Read the items of a list introduced at `position` by ':' or 'of' ("a, b, and c")."""
    rest = text[position:]
    match = re.match(r'["\s]*(:|\bof\b|\bin\b|\bon\b|\bto\b)\s+', rest)
    if not match:
        return ()
    colon = match.group(1) == ":"
    body = re.split(r"[.;!?]|, (?:which|who|where|while|but)\b", rest[match.end() :])[0]
    parts = [p.strip() for p in body.split(", ")]
    if len(parts) < 2:
        return ()
    last = parts[-1]
    if last.startswith(("and ", "or ")):
        parts[-1] = last.split(" ", 1)[1]
    elif " and " in last:
        parts[-1:] = last.rsplit(" and ", 1)
    else:
        return ()
    longest = 9 if colon else 5
    if len(parts) < 3 or any(not p or len(p.split()) > longest for p in parts):
        return ()
    if any('"' in p or re.search(r"\d", p) for p in parts):
        return ()
    if not colon and any(LIST_STOPS & set(p.lower().split()) for p in parts):
        return ()
    return tuple(parts)


def find_dates(text: str, sentence: int) -> list[Fact]:
    """Find dates ("June 15, 2001", "17 June"), months ("June 2017") and years."""
    facts: list[Fact] = []
    spans: list[tuple[int, int]] = []
    for pattern in (MONTH_DAY_RE, DAY_MONTH_RE):
        for match in pattern.finditer(text):
            start = min(match.start("month"), match.start("day"))
            if _overlaps(start, match.end(), spans):
                continue
            year = int(match.group("year")) if match.group("year") else None
            value = DateValue(year, month_number(match.group("month")), int(match.group("day")))
            spans.append((start, match.end()))
            facts.append(Fact("date", text[start : match.end()], start, match.end(), sentence,
                              subtype="day-first" if pattern is DAY_MONTH_RE else "",
                              date=value))  # fmt: skip
    for match in MONTH_YEAR_RE.finditer(text):
        if _overlaps(match.start(), match.end(), spans):
            continue
        value = DateValue(int(match.group("year")), month_number(match.group("month")), None)
        spans.append((match.start(), match.end()))
        facts.append(
            Fact("month", match.group(0), match.start(), match.end(), sentence, date=value)
        )
    for match in YEAR_RE.finditer(text):
        if _overlaps(match.start(), match.end(), spans):
            continue
        before = text[: match.start()].split()
        after = text[match.end() :].split()
        cue = bool(before) and before[-1].lower().strip("(") in YEAR_CUES
        leading = not before and text[match.end() : match.end() + 1] == ","
        counted = bool(after) and after[0].islower() and after[0].rstrip(",.").endswith("s")
        if (cue or leading) and not counted:
            spans.append((match.start(), match.end()))
            year = int(match.group("year"))
            facts.append(Fact("year", match.group("year"), match.start(), match.end(), sentence,
                              value=float(year), date=DateValue(year, None, None)))  # fmt: skip
    return facts


def find_numbers(text: str, sentence: int, taken: list[tuple[int, int]]) -> list[Fact]:
    """Find money, percentages, ordinals and counted quantities ("8 member states")."""
    facts: list[Fact] = []
    spans = list(taken)

    def add(fact: Fact) -> None:
        spans.append((fact.start, fact.end))
        facts.append(fact)

    for pattern in (MONEY_RE, MONEY_WORDS_RE):
        for match in pattern.finditer(text):
            if _overlaps(match.start(), match.end(), spans):
                continue
            amount = float(match.group("num").replace(",", ""))
            scale = match.group("scale") or ""
            value = amount * SCALES.get(scale, 1)
            add(Fact("money", match.group(0).strip(), match.start(), match.end(), sentence,
                     unit=match.group("cur").strip(), value=value))  # fmt: skip
    for match in PERCENT_RE.finditer(text):
        if not _overlaps(match.start(), match.end(), spans):
            add(Fact("percent", match.group(0), match.start(), match.end(), sentence,
                     value=float(match.group("num"))))  # fmt: skip
    for pattern in (ORDINAL_RE, ORDINAL_WORD_RE):
        for match in pattern.finditer(text):
            if _overlaps(match.start(), match.end(), spans):
                continue
            word = match.group(0)
            before = text[: match.start()].split()[-1:]
            if pattern is ORDINAL_WORD_RE and not (
                before and before[0].lower() in DETERMINERS | {"its", "the"}
            ):
                continue
            rank = ordinal_value(word)
            if rank is None:
                continue
            unit, _, _ = _following_unit(text, match.end())
            if not unit:
                name = re.match(r" ([A-Z][a-z]+)", text[match.end() :])
                unit = name.group(1).lower() if name else ""
            add(Fact("ordinal", word, match.start(), match.end(), sentence, unit=unit,
                     value=float(rank)))  # fmt: skip
    for pattern in (NUMBER_RE, NUMBER_WORD_RE):
        for match in pattern.finditer(text):
            if _overlaps(match.start(), match.end(), spans):
                continue
            count = number_value(match.group("num"))
            if count is None:
                continue
            scale = (match.group("scale") or "").lower()
            unit, quoted, unit_end = _following_unit(text, match.end())
            if not unit or not (scale or _is_plural(unit.split()[-1]) or count == 1):
                continue
            if (
                1500 <= count <= 2099
                and "," not in match.group("num")
                and (unit.split()[0] in THIRD_TO_BASE or not _is_plural(unit.split()[-1]))
            ):
                continue  # "2021 happens to be…" is a year, not a count
            if scale:
                count *= SCALES[scale]
                first_unit = unit.split()[0]
                end = match.end() + 1 + len(first_unit)
                add(Fact("quantity", text[match.start() : end], match.start(), end, sentence,
                         unit=unit, value=count))  # fmt: skip
                continue
            items = _list_after(text, unit_end)
            if items and len(items) != int(count):
                items = ()
            add(Fact("count", match.group("num"), match.start(), match.end(), sentence,
                     unit=unit, value=count, items=items, quoted=quoted))  # fmt: skip
    return facts


def find_quotes(text: str, sentence: int) -> list[Fact]:
    """Find quoted sayings ("Where there is unity, happiness will follow.") and terms."""
    facts: list[Fact] = []
    for match in QUOTE_RE.finditer(text):
        inner = match.group(1).strip()
        start = match.start(1) + (len(match.group(1)) - len(match.group(1).lstrip()))
        words = inner.split()
        if re.search(r"[.!?]$", inner) and len(words) >= 4:
            intro = INTRO_RE.search(text[: match.start()])
            facts.append(Fact("saying", inner, start, start + len(inner), sentence,
                              unit=intro.group(1) if intro else "", quoted=True))  # fmt: skip
        elif len(words) <= 6 and not re.search(r"[.!?,;:]", inner):
            facts.append(Fact("term", inner, start, start + len(inner), sentence, quoted=True))
    return facts


def _is_capitalised(token: str) -> bool:
    """Tell whether a token starts with a capital letter."""
    return token[:1].isupper()


def head_word(words: list[str]) -> str:
    """Return the word that says what a name names: the last before "of"/"on", or the last."""
    for index, word in enumerate(words):
        if word in ("of", "on", "for") and index > 0:
            return words[index - 1]
    return words[-1]


def _title_length(words: list[str]) -> int:
    """Return how many leading words of a chunk are a title ("Prime Minister" -> 2)."""
    for title in TITLES:
        parts = title.split()
        if words[: len(parts)] == parts:
            return len(parts)
    return 0


def _classify(
    words: list[str], before: str, after: str, registry: Registry
) -> tuple[str, str, int, str]:
    """Classify a capitalised chunk: (kind, subtype, words to skip at the start, title)."""
    skip = 0
    while skip < len(words) - 1 and words[skip] in NATIONALITIES:
        skip += 1
    title_length = _title_length(words[skip:])
    if title_length and len(words) - skip - title_length in (1, 2, 3):
        title = " ".join(words[skip : skip + title_length])
        rest = words[skip + title_length :]
        if not any(w in ORG_HEADS | DOC_HEADS | EVENT_HEADS for w in rest):
            subtype = "leader" if title.split()[0] in LEADER_TITLES else "person"
            return "person", subtype, skip + title_length, title
    skip = 0
    name = " ".join(words)
    if name in COUNTRY_SET:
        return "place", "country", 0, ""
    if name in gazetteer.CITIES:
        return "place", "city", 0, ""
    if name in REGION_SET:
        return "place", "region", 0, ""
    if name in registry.places:
        return "place", registry.places[name], 0, ""
    if name in registry.surnames or words[-1] in registry.surnames:
        return "person", "person", 0, ""
    if len(words) == 1 and re.fullmatch(r"[A-Z]{2,6}", name):
        return "organization", "acronym", 0, ""
    head = head_word(words)
    if head in DOC_HEADS and len(words) > 1:
        return "document", "", 0, ""
    if head in EVENT_HEADS and len(words) > 1:
        return "event", "", 0, ""
    if head in ORG_HEADS and len(words) > 1:
        return "organization", "", 0, ""
    if head in VENUE_HEADS and len(words) > 1:
        return "place", "venue", 0, ""
    plain = all(w.isalpha() and w not in NATIONALITIES for w in words)
    if (
        plain
        and 2 <= len(words) <= 3
        and (
            after.split(" ", 1)[0] in SPEECH_VERBS
            or re.match(r", (?:the|a|an|who) ", after)
            or before.rstrip().split(" ")[-1:] == ["said"]
        )
    ):
        return "person", "person", 0, ""
    previous = before.rstrip().split(" ")[-1:]
    if (
        plain
        and len(words) <= 2
        and previous
        and previous[0] in ("in", "at", "from", "to", "near", "across", "outside", "into")
    ):
        return "place", "place", 0, ""
    return "", "", 0, ""


def find_names(
    text: str, sentence: int, taken: list[tuple[int, int]], registry: Registry
) -> list[Fact]:
    """Find names of people, places, organisations, documents and events."""
    tokens = tokenize(text)
    facts: list[Fact] = []
    quote_spans = [(m.start(1), m.end(1)) for m in QUOTE_RE.finditer(text)]
    index = 0
    while index < len(tokens):
        token = tokens[index]
        word = token.text
        usable = (
            _is_capitalised(word)
            and word.isascii()
            and word.lower() not in MONTHS
            and word.lower() not in WEEKDAYS
            and not _overlaps(token.start, token.end, taken)
        )
        weak_start = False
        if usable and (index == 0 or tokens[index - 1].text == '"'):
            # A capital at the start of a sentence or quotation proves nothing: a common
            # word there can only begin a longer name ("Declaration on the Establishment…").
            lowered = word.lower()
            usable = lowered not in STOPWORDS and lowered not in DETERMINERS
            weak_start = (
                lowered in registry.lower_words and word not in COUNTRY_SET
            ) or lowered.endswith(("ing", "ly"))
        if not usable:
            index += 1
            continue
        end = index
        probe = index + 1
        while probe < len(tokens):
            nxt = tokens[probe]
            if nxt.start != tokens[probe - 1].end + 1:
                break
            if _is_capitalised(nxt.text) and nxt.text.lower() not in MONTHS:
                end = probe
                probe += 1
                continue
            if nxt.text.lower() == "and" and (
                not any(t.text == "of" for t in tokens[index:probe])
                or (probe + 1 < len(tokens) and tokens[probe + 1].text == "the")
            ):
                break  # "India and Pakistan", "University of X and the University of Y"
            look = probe
            while (
                look < min(len(tokens), probe + 3)
                and (tokens[look].text.lower() in NAME_CONNECTORS
                     or ORDINAL_RE.fullmatch(tokens[look].text))
                and tokens[look].start == tokens[look - 1].end + 1
            ):  # fmt: skip
                look += 1
            if (
                look > probe
                and look < len(tokens)
                and tokens[look].start == tokens[look - 1].end + 1
                and _is_capitalised(tokens[look].text)
                and tokens[look].text.lower() not in MONTHS
            ):
                probe = look
                continue
            break
        chunk = tokens[index : end + 1]
        words = [t.text for t in chunk]
        start, stop = chunk[0].start, chunk[-1].end
        if words[-1].endswith("'s"):
            words[-1] = words[-1][:-2]
            stop -= 2
        kind, subtype, skip, title = _classify(words, text[:start], text[stop:], registry)
        if weak_start and (
            kind not in ("organization", "document", "event")
            or sum(w[:1].isupper() for w in words) < 2
            or subtype == "acronym"
        ):
            kind = ""
        if kind:
            name_start = chunk[skip].start
            name = text[name_start:stop]
            if kind == "person":
                surname = name.split()[-1]
                display = f"{title} {name}".strip() if title else name
                registry.surnames.setdefault(surname, display)
            if kind == "place":
                registry.places.setdefault(name, subtype)
            quoted = _overlaps(name_start, stop, quote_spans)
            facts.append(Fact(kind, name, name_start, stop, sentence, subtype=subtype,
                              unit=title, quoted=quoted))  # fmt: skip
        index = end + 1
    return facts


def find_lists(text: str, sentence: int) -> list[Fact]:
    """Find enumerations ("a, b, c, and d"); the last item is what a question can blank."""
    found: dict[int, Fact] = {}
    for match in re.finditer(r"(?::|\bof|\bin|\bon|\bto)\s", text):
        items = _list_after(text, match.start())
        if not items or all(_is_capitalised(item) for item in items):
            continue
        last = items[-1]
        end_search = text.find(last, match.end())
        if end_search < 0:
            continue
        shared = _shared_prefix(items)
        start = end_search + len(shared)
        answer = text[start : end_search + len(last)]
        if answer:
            # A later "of" gives a tighter first item: 'the "four communities" of health'.
            found[start] = Fact("list", answer, start, start + len(answer), sentence,
                                unit=shared.strip(), items=items)  # fmt: skip
    return list(found.values())


def _shared_prefix(items: tuple[str, ...]) -> str:
    """Return the words every item starts with ("take the road of "), or ""."""
    first = items[0].split(" ")
    length = 0
    while length < len(first) - 1 and all(
        item.split(" ")[: length + 1] == first[: length + 1] for item in items
    ):
        length += 1
    return " ".join(first[:length]) + " " if length >= 2 else ""


def extract_facts(text: str, sentence: int, registry: Registry) -> list[Fact]:
    """Find every fact in one resolved sentence, in order of position."""
    dates = find_dates(text, sentence)
    taken = [(f.start, f.end) for f in dates]
    numbers = find_numbers(text, sentence, taken)
    quotes = find_quotes(text, sentence)
    names = find_names(text, sentence, taken + [(f.start, f.end) for f in numbers], registry)
    for fact in names:
        if fact.kind == "organization" and fact.subtype != "acronym":
            initials = "".join(w[0] for w in fact.text.split() if w[:1].isupper())
            registry.acronyms.setdefault(initials, fact.text)
    # A quoted term that is also a name is asked about as the name; one holding a count
    # ("three forces") is asked about as the count.
    name_spans = [(f.start, f.end) for f in names]
    count_spans = [(f.start, f.end) for f in numbers]
    quotes = [
        q
        for q in quotes
        if q.kind == "saying"
        or ((q.start, q.end) not in name_spans and not _overlaps(q.start, q.end, count_spans))
    ]
    lists = find_lists(text, sentence)
    facts = dates + numbers + quotes + names + lists
    return sorted(facts, key=lambda f: (f.start, f.end, f.kind))
