"""Questions no option can be offered for at all: the blank is part of a longer name, the
article says the same of another person, the stem works the key out, the rules fix it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from questions.generate.acting import acts_as_body
from questions.generate.articlememo import per_article
from questions.generate.compiled import pattern
from questions.generate.dates import YEAR
from questions.generate.entcache import ents_of
from questions.generate.facts import Fact
from questions.generate.kinds import kind_of, kind_word
from questions.generate.landmarks import unknown_place
from questions.generate.modifieronly import modifier_only
from questions.generate.options import OptionContext
from questions.generate.placekinds import continent_given, is_continent
from questions.generate.pools import (
    is_surname,
    zipf,
)
from questions.generate.stemruled import stem_refusal
from questions.generate.unpersons import HEAD_OF, body_head, written_unlike_person
from questions.generate.variants import ordinal_words
from questions.generate.yearspan import counted_year
from questions.schema import normalise

BLANK = "_____"
PEERS_NEEDED = 3  # a title before the blank: this many others hold it, or no question
NAMED_KINDS = frozenset({"organization", "document", "event", "title"})
NAME_ZIPF = 3.0  # a word after the blank this rare continues the name ("Greensboro")
_NAME_WITH_NUMBER = re.compile(r"\b[A-Z][\w'-]* \d+ $")  # "Movement 5 _____", "Channel 4 _____"
_WHO = re.compile(r"\b[Ww]ho ((?:\w+ ){3,}\w+)\?$")  # "who won the … award?"
# "winning _____ points" in a match: a win is worth what the rules say, so it is no question.
_POINTS_FOR_A_WIN = re.compile(
    r"\b(?:win|wins|won|winning|collect(?:s|ed|ing)?|earn(?:s|ed|ing)?) " + BLANK + r" points\b"
)


def key_refused(
    fact: Fact, key: str, ctx: OptionContext | None, whole: str, found: tuple[Sequence[Fact], str]
) -> bool:
    """Tell whether no option can be offered for a key (`found`: the article's names of its
    kind and the options' seed): the question's `refusal`, a person's key written as no
    one's name ("the … district", "PT …"), a "country or city" no gazetteer knows."""
    article, seed = found
    if ctx is not None and refusal(fact, key, ctx):
        return True
    if fact.kind == "person" and written_unlike_person(key, whole, article):
        return True
    return fact.kind == "place" and unknown_place(fact, key, article, seed)


def refusal(fact: Fact, key: str, ctx: OptionContext) -> str | None:
    """Say why no option can be offered for this question at all, or None."""
    stem = ctx.stem
    after = stem.split(BLANK, 1)[1] if BLANK in stem else ""
    follower = re.match(r" ([A-Z][\w.&-]*)", after)
    if fact.kind in ("place", "person", *NAMED_KINDS) and follower and _name_word(follower[1]):
        # "in _____ D.C.": the key is the first part of a longer name; any other is absurd
        return "the blank is part of a longer name"
    before = stem.split(BLANK, 1)[0] if BLANK in stem else ""
    if fact.kind in ("place", "person", *NAMED_KINDS) and _NAME_WITH_NUMBER.search(before):
        return "the blank ends a longer name"  # "the Party of 5 _____": no one's name
    head = pattern(HEAD_OF + "$").search(before)
    if fact.kind in ("person", "name", *NAMED_KINDS) and head and body_head(*head.groups()):
        # "Chile's National System of _____": the tail of a body's name, no thing of its own
        return "the blank ends a body's longer name"
    if fact.kind == "person" and _titled_alone(key, ctx):
        return "the title before the blank fits nobody else the article names"
    if fact.kind == "person" and normalise(key) in ctx.characters:
        return "the key is a character of a work, and the options real people"
    if fact.kind == "person" and _another_did_it(key, ctx):
        return "the article says the same of another person"  # three men of the match
    bare = fact.kind == "organization" and " " not in key and not kind_of(key, ctx.kinds)
    if bare and is_surname(key):
        return "the key is a surname, not an organisation"  # "Campbell's Soup"
    if bare and not acts_as_body(key, ctx):
        return "the article never has the key act as a body"  # "the EAS version of the bill"
    if fact.kind == "organization" and modifier_only(key, ctx.sentences):
        return "the article says the key only as a modifier"  # "the Africa-EU summit"
    if fact.kind == "place" and is_continent(key) and continent_given(key, stem):
        return "the question names a place on the key's continent"  # Toronto: North America
    if fact.kind == "year" and counted_year(key, stem, ctx.year):
        return "the question's own numbers give the year"  # "in _____, 200 years ago"
    if fact.kind in ("ordinal", "count", "number") and _span_worked_out(key, stem):
        return "the question's own years give the span"
    if fact.kind in ("count", "number") and ctx.scene and _POINTS_FOR_A_WIN.search(stem):
        return "the rules of the game fix the points a win earns"
    return stem_refusal(fact, key, ctx)  # "all _____ members …, including A, B, C"


def _titled_alone(key: str, ctx: OptionContext) -> bool:
    """Tell whether the blank follows a title ("U.S. President _____") that fewer than three
    other people of the article hold: an ambassador, a founder and a coach offered as the
    president are absurd (review 9)."""
    before = pattern(r"([A-Z][a-z]+) " + BLANK).search(ctx.stem)
    title = kind_word(before.group(1)) if before else ""
    if not title:
        return False
    others = [n for n, role in ctx.roles.items() if role == title and n != normalise(key)]
    return len(others) < PEERS_NEEDED


def _another_did_it(key: str, ctx: OptionContext) -> bool:
    """Tell whether the article says what a "Who …?" stem asks of someone else too ("Harry
    Kane won the Budweiser Man of the Match award" beside the key Andreas Granqvist); where
    the question names its match, only someone of that match counts (Sassi's penalty in
    another game does not answer who scored from the spot in Sweden's)."""
    asked = _WHO.search(ctx.stem)
    if asked is None:
        return False
    said = normalise(asked.group(1))
    for text, named in per_article(ctx, "sentence_people", lambda: _sentence_people(ctx)):
        if said not in text:
            continue
        people = [(p, f) for p, f in named if f in ctx.scene] if ctx.scene else named
        if any(p not in key and key not in p and f"{f} {said}" in text for p, f in people):
            return True  # the other is the one who did it, not one it was done with
    return False


def _sentence_people(ctx: OptionContext) -> list[tuple[str, list[tuple[str, str]]]]:
    """Return each of the article's sentences folded, with the people it names (as written
    and folded): worked out once an article, not once a "Who …?" question."""
    return [
        (
            normalise(s.text),
            [(e.text, normalise(e.text)) for e in ents_of(s) if e.label_ == "PERSON"],
        )
        for s in ctx.sentences
    ]


def _span_worked_out(key: str, stem: str) -> bool:
    """Tell whether the blank is a span ("the _____ anniversary", "_____ years") that two
    years of the stem give (2007 and 1987: the 20th)."""
    if not pattern(BLANK + r" (?:anniversary|years?)\b").search(stem):
        return False
    digits = re.match(r"^(\d+)(?:st|nd|rd|th)?$", key)
    wanted = int(digits.group(1)) if digits else ordinal_words().get(key.lower(), 0)
    years = [int(y) for y in YEAR.findall(stem)]
    return bool(wanted) and any(abs(a - b) == wanted for a in years for b in years)


def _name_word(word: str) -> bool:
    """Tell whether a word goes on a name rather than follows it ("D.C.", "Facility-1";
    not "Senator", "Member")."""
    return bool(re.search(r"[.\d]", word)) or word.isupper() or zipf(word.lower()) < NAME_ZIPF
