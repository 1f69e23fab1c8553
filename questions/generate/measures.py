"""Numbers that measure something: a duration ("within 48 hours"), a magnitude ("a magnitude
9.0 earthquake"); the wh-phrase that asks for them and the options that stand beside them.

A number is worth asking when the article says what it measures. spaCy gives "48 hours" as
TIME and "9.0" as a bare CARDINAL; the parse says what they measure: the plural noun the
number counts ("hours"), the word "magnitude" beside the noun it rates ("earthquake").
"""

from __future__ import annotations

import re
from typing import Any

from num2words import num2words

from questions.generate.levels import LEVEL, rates_level
from questions.generate.levels import whole_number as _value
from questions.generate.oneunit import counted_plural

Span = Any
MAGNITUDE = "magnitude"
FRACTION = "fraction"
# A share of a group, as news writes it; the options are the others, hedged like the key.
_FRACTIONS = ("half", "a third", "a quarter", "two thirds", "three quarters")
# A duration after these prepositions asks "within how many hours"; "every ten years" says
# how often (a frequency, asked so), "for the past two years" leans on the article's date:
# neither is a duration.
DURATION_PREPS = frozenset({"within", "for", "after", "in"})
_MEASURE_PREPS = DURATION_PREPS | frozenset({"by", "over", "under"})
_LEAD_WORDS = frozenset({"before", "after", "earlier", "later"})  # "two weeks before the launch"
_NOT_DURATION = frozenset({"every", "each", "past", "last", "next", "first", "few", "several"})
# Magnitudes of earthquakes: nearby values an editor would print, never past the largest ever.
_MAGNITUDE_STEPS = (-0.5, 0.4, -0.3, 0.6, -0.7, 0.3, -0.2, 0.5)
_LARGEST = 9.5
_SMALL = {num2words(n): n for n in range(1, 21)}
FREQUENCY = "frequency"
NUMBER_KINDS = frozenset({"count", "money", "percent", "quantity", MAGNITUDE, FRACTION, LEVEL})
# How often: "every ten years", "every 3 months": a number of units between two times.
_EVERY = re.compile(r"^every (?P<num>\d+|[a-z]+) (?P<unit>[a-z]+s)$")
# Other periods are the key's scaled: "every five years", "every twenty years" for "ten".
_PERIOD_FACTORS = (0.5, 2.0, 3.0, 1.5, 4.0)
_RANGE_HEAD = re.compile(r"^\S+ to (?=\S+ )")


def measure_kind(span: Span) -> str | None:
    """Return "magnitude", "fraction", "level", "quantity" or "frequency" for a number that measures
    something, else None."""
    if span.label_ == "CARDINAL" and _rates_magnitude(span):
        return MAGNITUDE
    if span.label_ == "CARDINAL" and _share(span):
        return FRACTION
    if span.label_ == "CARDINAL" and rates_level(span):
        return LEVEL  # "a level seven": no count of levels
    if span.label_ in ("TIME", "DATE") and _duration(span):
        return "quantity"
    if span.label_ in ("TIME", "DATE") and _period(span.text) is not None:
        return FREQUENCY  # "every ten years": asked "how often", not "how many years"
    return None


def _period(text: str) -> tuple[int, str, str] | None:
    """Read "every ten years" as its number, the number as written, and its unit, or None."""
    match = _EVERY.match(text)
    if match is None:
        return None
    value = _value(match["num"])
    return (value, match["num"], match["unit"]) if value is not None and value > 1 else None


def frequency_variants(key: str) -> list[str]:
    """Return other periods of the key's unit, its number scaled and written like it
    ("every ten years" -> "every five years", "every twenty years", …)."""
    found = _period(key)
    if found is None:
        return []
    value, said, unit = found
    out = []
    for factor in _PERIOD_FACTORS:
        new = value * factor
        if new == int(new) and new > 1 and new != value:
            number = str(int(new)) if said.isdigit() else num2words(int(new))
            out.append(f"every {number} {unit}")
    return out


# A bare number after these prepositions is a level a plural noun reaches: "drove claims over
# 150,000", "seats … increased from 9 to 10". "to" and "from" chain: "from 9 to 10".
_LEVEL_PREPS = frozenset({"over", "above", "below", "under", "beyond", "past", "to", "from"})


def level_noun(span: Span) -> Any:
    """Return the plural noun a bare number is the level of ("claims" of "drove outstanding
    asylum claims over 150,000" and of "asylum claims passed 150,000", "seats" of "seats …
    increased from 9 to 10"): the verb's object, else its subject, reached from the number
    through level prepositions only; the subject of a verb the number is the object of; or
    None."""
    number = span[-1]  # "over 150,000": the model's span holds the preposition too
    if any(t.lower_ not in _LEVEL_PREPS and t.dep_ != "advmod" for t in span[:-1]):
        return None
    if not number.like_num or number.dep_ not in ("pobj", "dobj"):
        return None
    if any(c.dep_ not in ("punct", "appos", "advmod") for c in number.children):
        return None  # "over 150,000 of them": not bare; "150,000, also a record" is
    head = number.head
    while head.dep_ == "prep" and head.lower_ in _LEVEL_PREPS and head.head.lower_ in _LEVEL_PREPS:
        head = head.head  # "to 10" hangs off "from 9"
    roles: tuple[tuple[str, ...], ...]
    if number.dep_ == "dobj":  # "claims passed 150,000": the number is what was passed
        verb, roles = head, (("nsubj", "nsubjpass"),)
    elif number.head.lower_ == "from" or head.lower_ not in _LEVEL_PREPS:
        return None  # "from 9": where a change began, not the level it reached
    else:
        verb, roles = head.head, (("dobj",), ("nsubj", "nsubjpass"))
    if verb.pos_ != "VERB":
        return None
    for deps in roles:
        nouns = [c for c in verb.children if c.dep_ in deps]
        if nouns:  # the object, when there is one, is what the number measures
            noun = nouns[0]
            counted = any(c.dep_ == "nummod" for c in noun.children)
            return noun if noun.tag_ == "NNS" and not counted else None
    return None


def _rates_magnitude(span: Span) -> bool:
    """Tell whether a figure is a magnitude: "magnitude 9.0 earthquake", "9.0 magnitude …"."""
    root = span.root
    if len(span) != 1 or not re.fullmatch(r"\d{1,2}\.\d", span.text):
        return False
    doc = span.doc
    near = [doc[i] for i in (span.start - 1, span.end) if 0 <= i < len(doc)]
    return root.dep_ == "nummod" and any(t.lower_ == MAGNITUDE for t in near)


def _share(span: Span) -> bool:
    """Tell whether a span is a share of a group that opens a clause: "Almost half of all
    Australian primary school children are …"."""
    root = span.root
    of = [c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"]
    said = span.text.lower().removeprefix("almost ").removeprefix("about ")
    return bool(said in _FRACTIONS and root.dep_ in ("nsubj", "nsubjpass") and of)


def fraction_variants(key: str) -> list[str]:
    """Return other shares hedged like the key ("Almost half" -> "Almost a third")."""
    low = key.lower()
    found = next((f for f in _FRACTIONS if low.endswith(f)), None)
    if found is None:
        return []
    hedge = key[: len(key) - len(found)]
    out = [hedge + f for f in _FRACTIONS if f != found]
    return [o[:1].upper() + o[1:] for o in out] if key[:1].isupper() else out


def _duration(span: Span) -> bool:
    """Tell whether a time span is a number of units after "within/for/after/in" ("within 48
    hours", "within twenty working days") or before a word that makes it a lead ("roughly
    four months in advance of the competition")."""
    root = span.root
    counted = [t for t in span if t.dep_ == "nummod" and t.head.i == root.i]
    doc = span.doc
    after = doc[span.end : span.end + 2]
    lead = root.dep_ == "npadvmod" and (
        (len(after) > 0 and after[0].lower_ in _LEAD_WORDS)
        or [t.lower_ for t in after] == ["in", "advance"]
    )
    placed = (root.dep_ == "pobj" and root.head.lower_ in DURATION_PREPS) or lead
    placed = placed or aged_at(root) is not None  # "at the age of four months"
    return bool(
        root.tag_ == "NNS"
        and placed
        and counted
        and (counted[0].i == span.start or (lead and doc[span.start].dep_ == "advmod"))
        and not any(t.lower_ in _NOT_DURATION or t.pos_ == "DET" for t in span)
    )


def aged_at(root: Any) -> Any:
    """Return the "at" of "at the age of four months" for the age's unit, else None."""
    of, age, at = root.head, root.head.head, root.head.head.head
    said = (root.dep_, of.lower_, age.lower_, age.dep_, at.lower_)
    return at if said == ("pobj", "of", "age", "pobj", "at") else None


def measure_wh(key: str, prep: str | None) -> str | None:
    """Return "how many hours" (after a preposition: "within how many hours") for a key of a
    number and its plural unit ("48 hours"), or None."""
    key = counted_plural(key) or key  # "one hour": "how many hours"
    words = _RANGE_HEAD.sub("", key).split()  # "11 to 85 days": a range of days
    unit = words[1:]
    if not unit or not all(w.isalpha() for w in unit) or not unit[-1].endswith("s"):
        return None
    if unit[-1].lower() in ("percent", "cents"):
        return None
    if prep is not None and prep not in _MEASURE_PREPS:
        return None  # "a distance of how many miles" reads as a riddle
    wh = f"how many {' '.join(unit)}"
    return f"{prep} {wh}" if prep else wh


def magnitude_variants(key: str) -> list[str]:
    """Return magnitudes near the key, with one decimal like it ("9.0" -> "8.5", "9.4")."""
    value = float(key)
    out = []
    for step in _MAGNITUDE_STEPS:
        new = round(value + step, 1)
        if 1.0 <= new <= _LARGEST and new != value:
            out.append(f"{new:.1f}")
    return out


def enumerated(noun: Any) -> set[int]:
    """Return the words of a list that names the counted things ("of China, Russia, …" of
    "the six heads of state"): a question keeping it would count them for the reader."""
    out: set[int] = set()
    for prep in (t for t in noun.subtree if t.dep_ == "prep" and t.i > noun.i):
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if any(c.dep_ == "conj" for o in objects for c in o.children):
            out |= {t.i for t in prep.subtree}
    return out


_NAME = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*"
_LIST = re.compile(rf"{_NAME}(?:, {_NAME})+,? and {_NAME}")


def counted_in_stem(stem: str, key: str, kind: str = "count") -> str | None:
    """Refuse a count whose question lists what it counts: "… two teams, one national and one
    made up of refugees" or "five nationalities: Afghanistan, Eritrea, Libya, Syria and
    Yemen" leave one option that fits the question's own words."""
    value = _value(key) if kind == "count" else None
    if value is None:
        return None
    small = [_SMALL[w] for w in re.findall(r"\b[a-z]+\b", stem.lower()) if w in _SMALL]
    if len(small) >= 2 and sum(small) == value:
        return f"the question's own {' and '.join(map(num2words, small))} add up to the answer"
    for listed in _LIST.finditer(stem):
        items = re.split(r",? and |, ", listed.group(0))
        if len(items) == value:
            return f"the question lists the {value} things it counts"
    return None


def story_named(kind: str, stem: str) -> bool:
    """Tell whether a question names its story above or before it: the headline line
    ("📰 Warhol's photo legacy spread by university exhibits (January 2014)") or, for a
    number, the event ("In the 2016 Hong Kong legislative election, …"): "How many
    universities have accepted one or more donations?" and "Who decided to treat his
    daughter himself?" under "Parents prosecuted after … daughter's death" are then no
    riddles (the latter says the headline's word as it is said); a month alone ("According
    to an April 2011 article") names no story."""
    from questions.generate.event import CONTEXT_PHRASE, HEADLINE_LINE
    from questions.generate.headlinenamed import kind_singular

    opening = CONTEXT_PHRASE.match(stem)
    if opening and not opening[0].startswith("According") and kind in NUMBER_KINDS:
        return True  # "In the 2018 FIFA World Cup, who …": which of its matches?
    line = HEADLINE_LINE.match(stem)
    if line is None:
        return False
    # The headline is its story only when the question says one of its words ("universities"
    # of "university exhibits"): "How many people had already been rescued?" under "Crisis at
    # … nuclear plant …; six killed in aftershock" does not say rescued from what.
    if kind in NUMBER_KINDS:
        return bool(_stems(line[0]) & _stems(stem[line.end() :]))
    # Who or what must be the one the headline is about: its word as the headline says it
    # ("his daughter" under "… daughter's death"); "Who curated the exhibit?" under
    # "… university exhibits" picks one of many.
    said, asked = _words(line[0]), _words(stem[line.end() :])
    # a headline's singular noun names a kind ("… parasite mutated"): the question's plural
    # of it ("the parasites") is that kind, not one of many
    return bool(said & asked) or any(kind_singular(w) in said - asked for w in asked)


def _words(text: str) -> set[str]:
    """Return a text's content words as said, without a possessive "'s"."""
    from spacy.lang.en.stop_words import STOP_WORDS

    words = re.findall(r"[a-z]{4,}", re.sub(r"['’]s\b", "", text.lower()))
    return {w for w in words if w not in STOP_WORDS}


def _stems(text: str) -> set[str]:
    """Return the first five letters of a text's content words, so "university" meets
    "universities"."""
    from spacy.lang.en.stop_words import STOP_WORDS

    words = re.findall(r"[a-z]{4,}", text.lower())
    return {w[:5] for w in words if w not in STOP_WORDS}
