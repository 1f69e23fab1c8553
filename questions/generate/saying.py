"""A verb of saying asked with nothing said: "On whose page did Ro Fernandez say?".

"'… drift away from Chile!,' Ro Fernandez said on Pichilemu's page": the quotation before the
speaker is cut from a question (it is another clause), and what is left asks where someone
"said" nothing. A verb of speaking that WordNet gives no sense without an object ("say",
"tell", "state") must keep what was said, or be asked for it; "wrote", "reported", "argued"
stand alone ("To how many newspapers did Naoto Kan write?").
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from questions.generate.bodynames import verb_senses
from questions.generate.verbfiles import COMMUNICATION, speech_verb, verb_files

Token = Any
# WordNet's sentence frames with no object: "Something ----s" (1), "Somebody ----s" (2), "It
# is ----ing" (3), "Something is ----ing PP" (4), "Something ----s to somebody" (12),
# "Somebody ----s on something" (13), "Somebody ----s PP" (22), "Somebody's (body part)
# ----s" (23), "Somebody ----s to somebody" (27)
_NO_OBJECT = frozenset({1, 2, 3, 4, 12, 13, 22, 23, 27})
# what a verb of saying says: its object, the person told, the clause or quotation
_SAID = frozenset({"dobj", "dative", "ccomp", "xcomp", "attr", "oprd", "parataxis"})


@lru_cache(maxsize=1024)  # asked per clause, read from WordNet once a verb
def needs_said(lemma: str) -> bool:
    """Tell whether a verb is one of speaking that no WordNet sense of speaking lets stand
    without an object ("say", "tell", "announce"; not "write", "report", "comment"). Other
    senses do not count: "tell" apart ("I can't tell") is no saying."""
    files = verb_files(lemma)
    speaking = [f for (_, f), file in zip(verb_senses(lemma), files, strict=False)
                if file == COMMUNICATION]  # fmt: skip
    return bool(speaking) and speech_verb(lemma) and not any(f & _NO_OBJECT for f in speaking)


def as_saying(verb: Token) -> list[Token]:
    """Return the verbs of saying a verb tells its person said, "as saying" ("X was quoted
    as saying …", "Y was cited as saying …"): the "as" clause's verb, or its xcomp."""
    under = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
             for g in c.children if g.dep_ in ("pcomp", "pobj")]  # fmt: skip
    under += [c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG"]
    return [g for g in under if g.pos_ == "VERB" and needs_said(g.lemma_)]


def said_nothing(clause: list[Token], verb: Token, arg: Token) -> bool:
    """Tell whether a question's clause keeps a verb of saying but nothing it said, and does
    not ask for it either (the answer `arg` is no object of the verb): the clause's verb, or
    the "as saying" under it, whose said words (a quotation fronted before the speaker) hang
    on either verb ('"…," X was quoted as saying by the paper')."""
    kept = {t.i for t in clause}
    if verb.i not in kept or verb.pos_ != "VERB":
        return False
    saying = [s for s in as_saying(verb) if s.i in kept]
    if not saying and not needs_said(verb.lemma_):
        return False
    if not saying and any(c.dep_ == "auxpass" for c in verb.children):
        return False  # "it was said on Monday": the subject is what was said
    # what was said: the verbs' objects, clauses, quotations; not the "as saying" itself
    said = [c for v in (verb, *saying) for c in v.children
            if c.dep_ in _SAID and c not in saying]  # fmt: skip
    if arg.head.i in {verb.i, *(s.i for s in saying)} and arg.dep_ in _SAID:
        return False  # "What did she say?": the answer is what was said
    return not any(c.i in kept for c in said)


def says_more(clause: list[Token], verb: Token, arg: Token, role: str) -> bool:
    """Tell whether a clause's verb, when one of saying, keeps something it said besides the
    answer `arg` ("urged nations to increase …"; not "told The Huffington Post" alone), and
    its speaker is not the answer: "Who said …?" shows all they said, or is not asked."""
    if not needs_said(verb.lemma_):
        return True
    if role == "subject" and speech_verb(verb.lemma_):
        return False
    kept = {t.i for t in clause}
    return any(c.dep_ in _SAID and c.i in kept and c.i != arg.i for c in verb.children)
