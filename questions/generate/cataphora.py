"""A pronoun said before the name it stands for: "With which organization would he raise the
concerns, according to Chief Minister Pervez Khattak?" makes a reader carry "he" unresolved to
the end. "X said he would …" reports X's own plan: the question names him in his pronoun's
place and needs no "according to X" ("With which organization would Chief Minister Pervez
Khattak raise the concerns?"); a pronoun that is someone else keeps the speaker's credit.
"""

from __future__ import annotations

import re
from typing import Any

from questions.generate.clauses import SUBJECT, children_of, reporter, reports
from questions.generate.compiled import pattern
from questions.generate.render import join, lower_first
from questions.generate.verbfiles import speech_verb

Token = Any
Span = Any


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


def said_of_self(tokens: list[Token], cut: set[int], replace: dict[int, str]) -> frozenset[int]:
    """Return the subject pronouns of reported clauses a sentence keeps as written: those of
    the speaker its reporting clause names ("Roe, a filmmaker, said he spoke …"), which said
    by name would name him twice ("Roe … said Jane Roe spoke")."""
    kept = {t.i for t in tokens if t.i not in cut and replace.get(t.i) != ""}
    return frozenset(
        t.i for t in tokens
        if t.i in kept and (speaker := own_speaker(t, replace)) is not None and speaker.i in kept
    )  # fmt: skip


def speaker_bound(sentence: Span, stem: str, replace: dict[int, str]) -> frozenset[str]:
    """Return the pronoun words a question binds to the speaker it names before them ("Roe
    said he …", "How much did Jane Roe say he paid?"): every one of that word the sentence
    leaves unnamed is such a speaker's, and the question says the speaker."""
    own = {
        t.i for t in sentence
        if (speaker := own_speaker(t, replace)) is not None
        and pattern(rf"\b{re.escape(replace.get(speaker.i) or speaker.text)}\b.*\b{t.text}\b")
        .search(stem)
    }  # fmt: skip
    words = {sentence.doc[i].lower_ for i in own}
    others = {t.lower_ for t in sentence if t.i not in own and t.i not in replace}
    return frozenset(words - others)


def own_speaker(pronoun: Token, replace: dict[int, str]) -> Token | None:
    """Return the named speaker a reported clause's subject pronoun stands for ("Roe" of "Roe
    said he spoke", the pronoun named "Jane Roe"); None for any other pronoun."""
    verb = pronoun.head
    if pronoun.tag_ != "PRP" or pronoun.dep_ not in SUBJECT or verb.dep_ != "ccomp":
        return None
    speakers = children_of(verb.head, ("nsubj",)) if speaks(verb.head) else []
    name = replace.get(pronoun.i, "").removesuffix("'s")
    if len(speakers) != 1 or not name:
        return None
    said = replace.get(speakers[0].i, "").removesuffix("'s")  # "He said he …", both named
    same = said == name if said else speakers[0].pos_ == "PROPN"
    # written as the name or its last word ("Nesenoff" of "David Nesenoff")
    return speakers[0] if same and (said or name.split()[-1] == speakers[0].text) else None


def speaks(verb: Token) -> bool:
    """Tell whether a verb reports what its clause says: a reporting verb, or one whose
    commonest sense is speaking ("testified he paid", "alleged she had seen")."""
    return reports(verb) or speech_verb(verb.lemma_)
