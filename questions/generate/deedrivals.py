"""Rivals who cannot have done the question's deed (blind review 92).

- "Who invited the Ghanaian president …?": the stem names someone by the description the
  article gives them (its role for them and the country it places them in: "Ghana's
  President John Kufuor"). That person is the object of the deed, not its doer, so is no
  rival of the key (unless the key fits the description too: "Who was Ghana's President?").
- "Who called off protests?" keyed the opposition leader with only a reporter and another
  country's minister left, "Who awarded a penalty?" keyed the referee with only players
  left: where a three-option question's two rivals both hold a role other than the key's
  and one of them a role that keeps them out of the story's deeds (a journalist tells the
  story; a player awards no penalty), the key is one of two at most, so the question is
  refused. Sayings and states ("Who said …?", "Who is …?") are no such deeds: anyone may
  say or be something, whatever their role.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from questions.generate.benchroles import OFFICIALS, plays_role
from questions.generate.facts import Fact
from questions.generate.gone import question_line
from questions.generate.hypernyms import is_kind_of
from questions.generate.nationcodes import nation_codes
from questions.generate.offices import role_of
from questions.generate.options import OptionContext
from questions.generate.rolenoun import held_by
from questions.generate.stems import BLANK
from questions.generate.verbfiles import COMMUNICATION, verb_file
from questions.generate.wordnet import senses
from questions.schema import normalise

FEWEST = 2  # rivals a person question has at the least (three options); fewer: refused
_MODIFIERS = 2  # lower-case words between a country and its role: "Ghana's foreign minister"
# a saying (verb.communication), a state (verb.stative: "is a member"): no deed of a role
_NO_DEED = frozenset({COMMUNICATION, "42"})
_TELLER_KINDS = ("newsman", "journalist")  # WordNet's kinds of a reporter, a correspondent
_LEVELS = 4  # "anchorman" > "newsman": a few kinds up
_ARTICLES = frozenset({"the", "a", "an"})
# "Ghana's", "the Ghanaian", "the US": the country word(s) right before a role
_NATION = re.compile(r"((?:[A-Z][\w.'’-]*\s){1,3})$")


def described_in_stem(option: str, key: str, ctx: OptionContext) -> bool:
    """Tell whether the question names a person option by the role and country the article
    gives them ("the Ghanaian president" for Kufuor): the one the deed was done to, unless
    the key is so described too."""
    folded = normalise(option)
    role, codes = role_of(folded, ctx), held_by(option, ctx.placed)
    if not role or not codes or not _describes(question_line(ctx.stem), role, codes):
        return False
    own = normalise(key)
    return not (role_of(own, ctx) == role and held_by(key, ctx.placed) & codes)


def _describes(line: str, role: str, codes: frozenset[str]) -> bool:
    """Tell whether a question line says a role after one of the countries ("Ghana's foreign
    minister", "the Ghanaian president") as a description, not as a title before a name or
    the blank ("Ghanaian President John Kufuor", "President _____": the named one's)."""
    for found in re.finditer(rf"\b{re.escape(role)}\b", line, re.IGNORECASE):
        after = line[found.end() :].lstrip()
        if after.startswith(BLANK) or after[:1].isupper():
            continue
        words = line[: found.start()].split()
        for _ in range(_MODIFIERS):  # "foreign" of "Ghana's foreign minister"
            if words and words[-1].islower() and words[-1] not in _ARTICLES:
                words = words[:-1]
        before = " ".join(words) + " "
        nation = _NATION.search(before)
        if nation is None:
            continue
        said = [w.removesuffix("'s").removesuffix("’s") for w in nation.group(1).split()]
        if nation_codes(said) & codes:
            return True
    return False


def rivals_apart(
    fact: Fact, key: str, distractors: Sequence[str], ctx: OptionContext
) -> str | None:
    """Say why a person question left with two rivals is refused: the article gives each a
    role other than the key's, and one of them a role that keeps them out of any deed of
    the story (a reporter, who tells it; a player beside a referee key, who awards no
    penalty), so the key is one of two at most; else None."""
    if fact.kind != "person" or len(distractors) != FEWEST or not _deed_done(ctx.words):
        return None
    roles = _roles(normalise(key), ctx)
    if not roles:
        return None
    official = bool(roles & OFFICIALS)  # a referee awards the penalty: no player named
    out = False
    for option in distractors:
        theirs = _roles(normalise(option), ctx)
        if theirs & roles or not (theirs or official):
            return None  # a rival of the key's role, or of none: it may have done it
        out = out or (official and (not theirs or plays_role(theirs))) or _teller(theirs)
    return "a rival's role keeps them out of the deed, the other's is another" if out else None


def _teller(roles: frozenset[str]) -> bool:
    """Tell whether a role is a journalist's ("VOA reporter Peter Clottey"): the one the
    story is told to or through, who does none of its deeds."""
    return any(is_kind_of(senses(role), _teller_senses(), _LEVELS) for role in roles)


@lru_cache(maxsize=1)
def _teller_senses() -> frozenset[str]:
    """Return WordNet's senses of a newsman and a journalist."""
    return frozenset(senses(word)[0] for word in _TELLER_KINDS if senses(word))


def _deed_done(words: Any) -> bool:
    """Tell whether the key's words are the doer of a deed in their sentence: the subject
    (or the "by" agent) of a verb that is no saying nor a state ("Odigna has decided",
    "referee Shield awarded"); what anyone may say or be ("Who said …?", "Who welcomed
    …?" of an opposition MP) is no deed one role excludes."""
    if words is None:
        return False
    root = words.root
    if root.dep_ == "pobj" and root.head.dep_ == "agent":
        root = root.head
    if root.dep_ not in ("nsubj", "agent") or root.head.pos_ not in ("VERB", "AUX"):
        return False
    return verb_file(root.head.lemma_) not in _NO_DEED


def _roles(folded: str, ctx: OptionContext) -> frozenset[str]:
    """Return the roles the article gives a person: its title, and the duties it says they
    hold ("Akwasi Osei-Adjei is Ghana's foreign minister")."""
    title = role_of(folded, ctx)
    return ctx.duties[0].get(folded, frozenset()) | ({title} if title else set())
