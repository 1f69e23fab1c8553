"""Stage 5: write the question stem for one fact.

A real question ("In which city did … ?") where the sentence has a shape the clause reader
understands and the fact's kind has a natural question word; otherwise the sentence itself
with one blank. Either way the stem keeps the sentence's own context (who, what, when).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from questions.generate.clause import Clause, parse_clause, question_verb
from questions.generate.dates import DateValue
from questions.generate.facts import COUNTRY_SET, Fact, head_word
from questions.generate.gazetteer import CITIES
from questions.generate.lexicon import (
    BASE_VERBS,
    DETERMINERS,
    EVENT_HEADS,
    MONTH_NAMES,
    NUMBER_WORDS,
    PAST_TO_BASE,
    REPORTING_VERBS,
    THIRD_TO_BASE,
)

BLANK = "_____"
_TIME_PREPOSITIONS = {"date": ("On",), "year": ("In", "Since", "By"), "month": ("In",)}
_PLACE_WORDS = {"city": "In which city", "country": "In which country", "region": "Where"}
_NUMBER = r"(?:\d[\d,.]*|" + "|".join(NUMBER_WORDS) + r")"
VERB_BASES = BASE_VERBS | frozenset(PAST_TO_BASE) | frozenset(THIRD_TO_BASE)


@dataclass(frozen=True)
class Stem:
    """A question's text, and whether it is a real question or a gap-fill."""

    text: str
    form: str  # "wh" or "gap"


def _lower_first(text: str, proper: frozenset[str] = frozenset()) -> str:
    """Lower-case a first word capitalised only for starting the sentence ("The leaders")."""
    first, _, rest = text.partition(" ")
    if first.lower() in DETERMINERS or first in ("In", "On", "Which", "How", "Since", "Where"):
        return first.lower() + text[len(first) :]
    # "Supporters pointed to…" but not "China will…" or "President Xi…".
    if (
        first.isalpha()
        and first[1:].islower()
        and rest[:1].islower()
        and first not in proper
        and first not in COUNTRY_SET
        and first not in CITIES
    ):
        return first.lower() + text[len(first) :]
    return text


def _tidy(text: str) -> str:
    """Collapse spaces and stray spaces before punctuation."""
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"\s+([,?.;:])", r"\1", text)


def _kept_fronted(clause: Clause, dropped: str | None = None) -> list[str]:
    """Return the fronted adverbials a question keeps: not the asked one, not "Looking…"."""
    return [f for f in clause.fronted if f != dropped and not _decorative(f)]


def _decorative(adverbial: str) -> bool:
    """Tell whether an adverbial is a participial opener ("Looking forward to …")."""
    first = adverbial.split(" ", 1)[0]
    return first.endswith("ing") and first not in ("According", "During", "Following")


def _assemble(clause: Clause, wh: str, rest: str, front: list[str], *, on_subject: bool) -> str:
    """Put a question together: fronted adverbials, question word, verb group, rest."""
    if on_subject:
        verb = " ".join(p for p in (clause.aux, clause.adverbs, clause.verb) if p)
        core = f"{wh} {verb} {rest}"
    else:
        aux, verb = question_verb(clause)
        core = f"{wh} {aux} {_lower_first(clause.subject)} {verb} {rest}"
    if front:
        core = ", ".join(front) + ", " + _lower_first(core)
    core = _tidy(core).rstrip(",;:. ")
    return core[:1].upper() + core[1:] + "?"


def _cut_colon(rest: str) -> str:
    """Drop a quotation or list introduced by a colon: the question asks about what precedes."""
    return rest.split(":", 1)[0] if ":" in rest else rest


def _after_prefix(text: str, prefixes: tuple[str, ...], target: str) -> str | None:
    """Return what follows `target` at the start of `text`, after an optional prefix."""
    for prefix in ("", *prefixes):
        if text.startswith(prefix + target):
            return text[len(prefix) + len(target) :]
    return None


_REPORTED = re.compile(r",\s+(?:the\s+)?[A-Z][\w' -]*\s(?:said|announced|reported|added)$")
_SIBLING_COUNTS = re.compile(rf"(?:,? (?:and )?{_NUMBER} [a-z ]+)+")


def wh_question(fact: Fact, clause: Clause) -> str | None:
    """Write a real question about the fact, or None when no pattern fits."""
    # Answer-specific matching uses string operations, not a pattern per answer: see
    # `phrases` on why the `re` cache matters.
    answer = fact.text
    # "…, the European Space Agency announced" reports the statement; the question drops it.
    rest = _REPORTED.sub("", clause.rest)
    if rest.count('"') % 2:
        return None
    kind = fact.kind
    front = _kept_fronted(clause)
    if kind in _TIME_PREPOSITIONS:
        words = {
            "date": "On what date",
            "year": "In which year",
            "month": "In which month and year",
        }
        for adverbial in clause.fronted:
            preposition, _, rest_of = adverbial.partition(" ")
            if rest_of == answer and preposition in _TIME_PREPOSITIONS[kind]:
                wh = words[kind] if preposition in ("On", "In") else f"{preposition} which year"
                kept = _kept_fronted(clause, adverbial)
                return _assemble(clause, wh, _cut_colon(rest), kept, on_subject=False)
        # A date at the end ("… after the summit on September 17") may belong to a noun,
        # not to the verb: asking "On what date did they agree…?" could be false.
        return None
    if kind == "place" and fact.subtype in _PLACE_WORDS:
        for preposition in (" in ", " at "):
            if rest.endswith(preposition + answer):
                before = rest[: -len(preposition + answer)]
                last = before.rsplit(" ", 1)[-1]
                # Only where the place plainly goes with the verb: after a quoted or named
                # object ("passed the "Declaration …" in Shanghai").
                if last.endswith('"') or last[:1].isupper():
                    wh = _PLACE_WORDS[fact.subtype]
                    return _assemble(clause, wh, before, front, on_subject=False)
    subject = clause.subject.removeprefix("the ").removeprefix("The ")
    if subject == answer and kind in ("place", "organization") and fact.subtype != "acronym":
        word = {"country": "Which country", "city": "Which city"}.get(fact.subtype)
        wh = word or ("Which organization" if kind == "organization" else "")
        if wh:
            return _assemble(clause, wh, _cut_colon(rest), front, on_subject=True)
    if kind == "count":
        counted = f'{answer} "{fact.unit}"' if fact.quoted else f"{answer} {fact.unit}"
        if subject == counted:
            wh = f"How many {fact.unit}"
            return _assemble(clause, wh, _cut_colon(rest), front, on_subject=True)
        particle = ""
        first, _, remainder = rest.partition(" ")
        if first in ("forward", "out", "up"):
            particle, rest = f" {first}", remainder
        after = _after_prefix(rest, ("the ",), counted)
        if after is None:
            return None
        # Sibling counts ("…, 4 observer states, and 6 dialogue partners") go too.
        if _SIBLING_COUNTS.fullmatch(after):
            after = ""
        wh = f"How many {fact.unit}"
        return _assemble(clause, wh, particle + " " + _cut_colon(after), front, on_subject=False)
    if kind in ("document", "organization", "event") and fact.subtype != "acronym":
        after = _after_prefix(rest, ("the ", 'the "', '"'), answer)
        if after is not None:
            after = after.removeprefix('"')
            head = head_word(answer.split())
            noun = {"document": "document", "organization": "organization"}.get(kind)
            if kind == "event":
                noun = head.lower() if head in EVENT_HEADS else "event"
            return _assemble(clause, f"Which {noun}", _cut_colon(after), front, on_subject=False)
    if kind == "saying" and fact.unit:
        for article in ("a ", "an ", "the "):
            after = _after_prefix(rest, (), f'{article}{fact.unit}: "{answer}"')
            if after is not None:
                return _assemble(clause, f"Which {fact.unit}", after, front, on_subject=False)
    return None


def _inside_quotes(text: str, position: int) -> bool:
    """Tell whether a position lies inside a double-quoted passage."""
    return text.count('"', 0, position) % 2 == 1


def gap_question(fact: Fact, text: str) -> str:
    """Write the sentence with the fact blanked out, trimmed to the clause that matters."""
    stem = text[: fact.start] + BLANK + text[fact.end :]
    after = fact.start + len(BLANK)
    # A list or quotation after a colon that follows the blank would make the question
    # long, and a listed count would give itself away.
    colon = stem.find(":", after)
    if colon > 0 and not _inside_quotes(stem, colon):
        stem = stem[:colon].rstrip() + "."
    if fact.kind == "count" and fact.items:
        first = stem.find(fact.items[0], after)
        if first > 0:
            stem = re.sub(r"\s*(?:of|:|,)?\s*$", "", stem[:first]) + "."
    if len(stem) > 210:
        stem = _cut_after(stem, after)
    # "… an important time node — 2021 happens to be the _____ anniversary …": the clause
    # after the dash says it all.
    dash = stem.rfind(" — ", 0, fact.start)
    if dash > 0 and re.match(r"[A-Z0-9]|the |this |it ", stem[dash + 3 :]):
        stem = stem[dash + 3 :]
    # A participial opener ("Looking forward to the new journey in the future,") is
    # decoration; without it the sentence still says who did what.
    opener = re.match(r"^([A-Z][a-z]+ing)\b[^,\"]{0,80}, (?=[A-Z])", stem)
    if opener and _decorative(opener.group(1)) and stem.find(BLANK) >= opener.end():
        stem = stem[opener.end() :]
    stem = stem.strip()
    stem = stem[:1].upper() + stem[1:]
    if stem[-1:] not in '.!?"':
        stem += "."
    return stem


_SETTING = re.compile(
    r"(?:In|At|During) (?:his|her|their|its|the) (?:speech|remarks|address|statement|"
    r"interview|joint summit|summit|meeting|talks|press conference|news conference)"
)
_CLAUSE_STARTS = frozenset(
    [
        "the",
        "it",
        "they",
        "we",
        "he",
        "she",
        "this",
        "these",
        "there",
        "his",
        "her",
        "its",
        "their",
        "china",
    ]
)


def _cut_after(stem: str, after: int) -> str:
    """Cut a long stem at the first clause boundary after the blank, keeping lists whole."""
    for separator in ("; ", ", and ", ", which ", ", while ", ", but ", " — ", ", especially "):
        index = stem.find(separator, after)
        while index > 0:
            following = stem[index + len(separator) :].split(" ", 1)[0].lower()
            clause_follows = separator != ", and " or (
                following in VERB_BASES or following in _CLAUSE_STARTS
            )
            if clause_follows and not _inside_quotes(stem, index):
                return stem[:index].rstrip(",") + "."
            index = stem.find(separator, index + 1)
    return stem


def time_prefix(
    stem: str,
    clause: Clause | None,
    anchor: DateValue | None,
    proper: frozenset[str] = frozenset(),
) -> str:
    """Date a reported statement ("President Xi said…") that the sentence leaves undated."""
    if anchor is None or anchor.year is None or clause is None:
        return stem
    if clause.tense != "past" or clause.verb not in REPORTING_VERBS:
        return stem
    if re.search(r"\b(?:1[5-9]|20)\d\d\b", stem):
        return stem
    when = f"{MONTH_NAMES[anchor.month - 1]} {anchor.year}" if anchor.month else str(anchor.year)
    fronted = [f for f in clause.fronted if not _decorative(f)]
    if fronted:
        # "In his speech," -> "In his speech in September 2021,": the setting gets a date.
        first = fronted[0]
        if _SETTING.fullmatch(first) and stem.startswith(first + ","):
            return f"{first} in {when}{stem[len(first) :]}"
        return stem
    return f"In {when}, {_lower_first(stem, proper)}"


def write_stems(
    fact: Fact, text: str, anchor: DateValue | None, proper: frozenset[str] = frozenset()
) -> list[Stem]:
    """Return the stems worth trying for a fact: a real question first, then a gap-fill.

    `proper` holds words the article capitalises mid-sentence (names), so that a time
    prefix does not lower-case them.
    """
    clause = parse_clause(text)
    stems: list[Stem] = []
    if clause is not None:
        question = wh_question(fact, clause)
        if question is not None:
            stems.append(Stem(time_prefix(question, clause, anchor, proper), "wh"))
    if fact.kind == "saying":
        # A whole quotation as a blank reads badly and has no parallel wrong options.
        return stems
    gap = gap_question(fact, text)
    if clause is not None and gap.startswith(text.split(" ", 1)[0]):
        gap = time_prefix(gap, clause, anchor, proper)
    stems.append(Stem(gap, "gap"))
    return stems
