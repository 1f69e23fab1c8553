"""Who may stand in a match story's slot: the side a player faces, and a match's officials.

"Who missed a one-on-one opportunity with the Korean goalkeeper?" asks for someone the
Korean goalkeeper faced: a player the article puts on Korea's side is struck out unread.
"Who awarded … a penalty kick?" keyed the referee asks for an official, "Whose head did a
cross find?" for a player: a referee is no rival of a striker, nor a captain of a referee,
whichever of the story's matches each is named in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.lang.en.stop_words import STOP_WORDS

from questions.generate.benchroles import OFFICIALS, plays_role
from questions.generate.gone import question_line
from questions.generate.nationcodes import nation_codes
from questions.generate.nationwords import adjective_nation
from questions.generate.options import OptionContext
from questions.generate.rolenoun import held_by, one_name, role_class
from questions.generate.sides import alike
from questions.schema import normalise

# A side's player set against the asked one by a preposition of contest: "against the
# Korean goalkeeper", "past Korea's goalkeeper"; not "… through ball to English striker
# Kane" (a teammate) nor the asked one's own title
_AGAINST = r"(?:against|past|beyond)"
# "with", "by", "over" set a rival only after a word of a duel between two players ("a
# one-on-one with", "fouled by", "a tackle by"): "a cross by the Korean winger" names a
# teammate; a few words may come between ("fouled inside the box by")
_DUEL = r"(?:one-on-one|foul\w*|tackl\w*|duel\w*|challeng\w*)(?: [\w-]+){0,3}"
_SIDE = r"(?:the |a |an )?([A-Z][\w.-]*(?: [A-Z][\w.-]*)?)(?:['’]s)? ([a-z]+)\b"
_SIDE_NOUN = re.compile(rf"\b(?:{_AGAINST}|{_DUEL} (?:with|by|over)) {_SIDE}")


def faced_sides(line: str) -> frozenset[str]:
    """Return the sides (folded words) whose player a question line sets against the person
    it asks ("… with the Korean goalkeeper": korean)."""
    found: set[str] = set()
    for side, noun in _SIDE_NOUN.findall(line):
        if side.lower() not in STOP_WORDS and plays_role([noun]):
            found.add(normalise(side))
    return frozenset(found)


def _on_side(folded: str, sides: frozenset[str], ctx: OptionContext) -> bool:
    """Tell whether the article puts a person on one of the sides, by team or country."""
    if any(alike(team, side) for team in ctx.teams.get(folded, ()) for side in sides):
        return True
    codes = nation_codes(sides) | {c for s in sides if (c := adjective_nation(s.title()))}
    return bool(codes & ctx.placed.get(folded, frozenset()))


def faces_own_side(option: str, key: str, ctx: OptionContext) -> bool:
    """Tell whether the question names a side's player the asked person faces and the
    article puts the option on that side and the key on none of it."""
    line = re.sub(r'"[^"]*"', " ", question_line(ctx.stem))  # a quotation names no one faced
    faced = faced_sides(line)
    if not faced or _on_side(normalise(key), faced, ctx):
        return False  # "… back to the Korean goalkeeper" of a Korean key: his own side
    return _on_side(normalise(option), faced, ctx)


def _alike(ours: Iterable[str], theirs: Iterable[str]) -> bool:
    """Tell whether two sets of role words share one role ("coach", "manager")."""
    wanted = set(theirs)
    return any(role_class(word) & wanted or word in wanted for word in ours)


def official_apart(option: str, key: str, ctx: OptionContext) -> bool:
    """Tell whether, in a story of play, an option is a match official or a side's bench
    (`OFFICIALS`: referee, coach, manager) and the key none, or the key such and the option
    a player or one of another role: a referee heads no cross, a captain awards no penalty
    (a made-up or untitled name may be anyone)."""
    # the duties hold person nouns WordNet knows; a title it lacks ("midfielder") counts too,
    # beside them: a referee given a duty is still a referee
    held = {n: frozenset({r}) for n, r in ctx.roles.items()}
    for name, duties in ctx.duties[0].items():
        held[name] = held.get(name, frozenset()) | duties
    ours, theirs = held_by(key, held), held_by(option, held)
    if not any(plays_role([role]) for role in ctx.roles.values()) and not ctx.players:
        return False  # no one plays: a firm's manager is no match official
    if _alike(ours, theirs):
        return False  # another referee is the likeliest wrong answer
    if theirs & OFFICIALS:
        return True  # a referee for a striker; a coach, who runs a side, for a referee
    if ours & OFFICIALS:
        folded = normalise(option)
        return bool(theirs) or any(one_name(folded, name) for name in ctx.players)
    return False
