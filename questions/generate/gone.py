"""Members of a named series the article says were lost or retired ("Columbia was lost … in
2003", "Discovery has been retired"): no options for what is done after ("Which space
shuttle will be sent to a museum?" is no question of the lost Columbia), as the dead are no
doers of a living key's deed (`deceased`). A retired member still exists (it can be moved
or shown), so its retirement only rules it out as what travels: "Which shuttle lifted off?"."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from questions.generate.dates import YEAR
from questions.generate.entcache import ents_of
from questions.generate.nlp import load_nlp
from questions.generate.series import series
from questions.generate.verbfiles import sense_kinds, verb_file

if TYPE_CHECKING:
    from questions.generate.options import OptionContext

Token = Any
LOST, RETIRED = "lost", "retired"
Gone = Mapping[str, tuple[str, int | None]]  # a member's own word -> how, and the year said
# WordNet's verb synsets of a thing's end. Done to it (its object or passive subject):
# "destroy, destruct" and "destroy, ruin", whose kinds are "burn", "wreck", "explode" (a
# bridge). Befalling it (its subject, with no object): "change integrity" ("disintegrate",
# "break up", "explode", "crash": smash), "go under" ("the raft sank") and "undergo
# destruction on impact" ("the plane crashed"). "Lose: cease to have", of what was lost.
_DONE = frozenset({"01619929", "01564144"})
_BEFELL = frozenset({"00140123", "01989873", "01561819"})
_LOSE = frozenset({"02287789"})
# "retire: withdraw from active participation", "retire: dispose of (no longer useful)",
# "decommission: withdraw from active service"
_RETIRE = frozenset({"02380009", "02225342", "02312742"})
_UP = 3  # "break up" -> "break" -> "change integrity": two levels above the sense
MOTION = "38"  # verb.motion: "lift off", "fly", "land", "dock"
_BLANK_OR_WH = re.compile(r"^(?:_+|[Ww]hich|[Ww]hat)$")
_NOW = 10_000  # a year later than any the article states: the article's own time, unknown


def gone_members(sentences: Sequence[Any]) -> dict[str, tuple[str, int | None]]:
    """Return the members (folded, by their own last word) the article says were lost
    ("Columbia was lost", "the ship sank", "X was destroyed") or retired, with the latest
    year the telling clause states (None: by the article's own time)."""
    found: dict[str, tuple[str, int | None]] = {}
    for sentence in sentences:
        for verb in sentence:
            how, role = _end(verb)
            if not how:
                continue
            years = [int(y) for ent in ents_of(sentence) if ent.label_ == "DATE"
                     and verb.left_edge.i <= ent.start and ent.end <= verb.right_edge.i + 1
                     for y in YEAR.findall(ent.text)]  # fmt: skip
            for name in _ended(verb, role):
                # lost outranks retired: a member both was lost for good
                if found.get(name, ("",))[0] != LOST:
                    found[name] = (how, max(years) if years else None)
    return found


def gone_option(option: str, key: str, ctx: OptionContext) -> bool:
    """Tell whether an option is a member of the key's series the article says was lost (or,
    for a question of travelling, retired) by the time the question asks of, while the key
    was not (a question of a loss takes the other lost members: "Which shuttle was lost …?")."""
    if not ctx.gone or not series(option):
        return False
    how, year = ctx.gone.get(option.split()[-1].lower(), ("", None))
    if not how or ctx.gone.get(key.split()[-1].lower(), ("",))[0] == how:
        return False
    if how == RETIRED and not _travels(question_line(ctx.stem)):
        return False  # a retired shuttle is still sent to a museum, still has a hangar
    stated = [int(y) for y in YEAR.findall(question_line(ctx.stem))]
    asked = max(stated) if stated else ctx.year or _NOW  # "in 1981": before Columbia's loss
    return (year or ctx.year or _NOW) <= asked


def question_line(stem: str) -> str:
    """Return a stem without its headline line ("📰 … (April 2011)"), whose date is the
    article's, not the deed's."""
    return stem.split("\n", 1)[1] if stem.startswith("📰") and "\n" in stem else stem


@lru_cache(maxsize=256)
def _travels(asked: str) -> bool:
    """Tell whether the question asks what went somewhere ("Which shuttle lifted off …?",
    "_____ landed at …"): an active verb of motion whose subject is the blank or the wh-word."""
    for verb in load_nlp()(asked):
        if verb.pos_ != "VERB" or any(c.dep_ == "auxpass" for c in verb.children):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not any(_BLANK_OR_WH.match(t.text) for s in subjects for t in s.subtree):
            continue
        particle = " ".join(c.lower_ for c in verb.children if c.dep_ == "prt")
        lemma = f"{verb.lemma_} {particle}".strip()  # "lift off": its own verb
        if verb_file(lemma) == MOTION or verb_file(verb.lemma_) == MOTION:
            return True
    return False


def _end(verb: Token) -> tuple[str, tuple[str, ...]]:
    """Return how a verb tells its thing ended (LOST, RETIRED) and the deps the thing has
    ("nsubjpass" of "was lost", "dobj" of "NASA retired X"), or ("", ()): not "was not
    lost", nor "will be retired", whose end is still to come."""
    if verb.pos_ != "VERB" or any(c.dep_ == "neg" or c.tag_ == "MD" for c in verb.children):
        return "", ()
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    has_object = any(c.dep_ == "dobj" for c in verb.children)
    kinds = sense_kinds(verb.lemma_, _UP)
    done = ("nsubjpass",) if passive else ("dobj",)  # "X was lost", "NASA lost X"
    if kinds & _RETIRE:
        return RETIRED, done if passive or has_object else ("nsubj",)  # "X retired"
    if kinds & (_DONE | _LOSE) and (passive or has_object):
        return LOST, done
    if not passive and not has_object and kinds & _BEFELL:
        return LOST, ("nsubj",)  # "X disintegrated", "the ship sank"
    return "", ()


def _ended(verb: Token, deps: tuple[str, ...]) -> list[str]:
    """Return the proper names (their last words, folded) a verb's thing of `deps` is,
    through "and"."""
    names = []
    for subject in (c for c in verb.children if c.dep_ in deps):
        for token in (subject, *(c for c in subject.children if c.dep_ == "conj")):
            if token.pos_ == "PROPN":
                names.append(token.lower_)
    return names
