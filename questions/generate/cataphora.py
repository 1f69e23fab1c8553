"""A pronoun said before the name it stands for: "With which organization would he raise the
concerns, according to Chief Minister Pervez Khattak?" makes a reader carry "he" unresolved to
the end. "X said he would …" reports X's own plan: the question names him in his pronoun's
place and needs no "according to X" ("With which organization would Chief Minister Pervez
Khattak raise the concerns?"); a pronoun that is someone else keeps the speaker's credit.
"""

from __future__ import annotations

import re
from typing import Any

from questions.generate.clauses import SUBJECT, children_of, reporter
from questions.generate.compiled import pattern
from questions.generate.render import join, lower_first

Token = Any


# a question's own clause opens on its wh-phrase ("With which organization would he …,"),
# which a pronoun in it cannot point past
_WH_OPENING = re.compile(r"^(?:\w+ ){0,2}(?:who|whom|whose|what|which|when|where|why|how)\b",
                         re.IGNORECASE)  # fmt: skip


def unnamed_before(stem: str, pronoun: str, name: str) -> bool:
    """Tell whether a stem says a pronoun without the name it stands for, or before it where
    English does not let it point forward: a pronoun may come first only in a phrase that
    opens the sentence ahead of the clause naming him ("In his speech, President Xi said …"),
    not in the question's own clause ("Where would he go, according to Roe?")."""
    said = pattern(rf"\b{re.escape(pronoun)}\b", re.IGNORECASE).search(stem)
    if said is None:
        return False
    named = pattern(rf"(?<!\w){re.escape(name)}(?!\w)").search(stem) if name else None
    if named is None:
        return True
    opening = "," in stem[said.end() : named.start()]  # a phrase set off ahead of the name
    return said.start() < named.start() and not (opening and not _WH_OPENING.match(stem))


def speaker_named(verb: Token, arg: Token, replace: dict[int, str]) -> dict[int, str]:
    """Return the speaker's name for the subject pronoun of what he reports of himself ("Roe
    said he would …": {he: "Minister Jane Roe"}), so the question says who without crediting
    him again; {} when the pronoun is the answer, someone else's, or left unresolved."""
    subjects = children_of(verb, SUBJECT)
    if len(subjects) != 1 or subjects[0].tag_ != "PRP" or subjects[0].i == arg.i:
        return {}
    stands_for = replace.get(subjects[0].i, "")
    said_by = reporter(verb, replace) if stands_for else []
    if not said_by:
        return {}
    speaker = join(said_by, replace)
    if not (speaker == stands_for or speaker.endswith(" " + stands_for)):
        return {}  # "Roe said he [Tom Briggs] would …": Roe's word on another man
    if said_by[0].i not in replace:  # "the party's leader Jane Roe", mid-question
        speaker = lower_first(speaker, said_by[0])
    return {subjects[0].i: speaker}
