"""The people an article says died or were killed: no plausible doers of a living key's deed
("Who gave a count of the injured?" is not answered by the crewmen the crash killed); and
those it says were stabbed, shot, wounded or attacked: no plausible speakers of the story's
aftermath ("Who said a press badge was used by the assailant?" not of the stabbed mayor)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from questions.generate.entcache import ents_of
from questions.generate.harmnouns import noun_befell
from questions.generate.verbfiles import speech_verb, verb_kinds
from questions.schema import normalise

Token = Any
Befalls = Callable[[Token, tuple[str, ...]], bool]  # a verb told of its argument of these deps
# The two verbs English reports a death by; "killed" only of whom it befell (passive or
# object), never of the killer.
_DIE, _KILL = "die", "kill"
_SUBJECTS = ("nsubj", "nsubjpass")
_SPARED = frozenset({"nearly", "almost"})  # "nearly killed": alive
# WordNet's verb synsets of bodily harm, whose kinds ("stab", "shoot", "murder", "gun down")
# befall their object: injure/wound, kill; and "die", of its subject
_HARMS = frozenset({"00069879", "01323958"})
_UP = 3  # "gun down" -> "shoot" -> "injure": two levels up
# "attack" (launch an attack on) and "assail, set on" and their own kinds ("assault",
# "savage"), no further: below them lie an army's ("storm", "bombard") and a rush's, whose
# "charge" is a court's too ("X was charged with fraud" harmed no one)
_ASSAILS = frozenset({"01119169", "01120069"})
_DIES = frozenset({"00358431"})
_KILLS = frozenset({"01323958"})  # "kill" and its kinds: "murder", "execute", "strangle"
_LATE = "late"  # "the late Nelson Mandela": dead by the article's date


def dead_people(sentences: Sequence[Any]) -> frozenset[str]:
    """Return the people (folded, in full and by surname) the article says died or were
    killed: "X died", "X was killed", "gunmen killed X", "The two killed were X and Y",
    "X, who died in 2009", "a dentist, X, died", "X was stabbed and died", "the late X"."""
    return _befallen(sentences, _death) | late_people(sentences)


def perished_people(sentences: Sequence[Any]) -> frozenset[str]:
    """Return the people (folded, in full and by surname) the article says died or were
    killed in any way WordNet counts as killing ("accused of murdering X", "X was executed"),
    or calls "the late X": no one's age on the article's date."""
    return _befallen(sentences, _fatal) | late_people(sentences)


def late_people(sentences: Sequence[Any]) -> frozenset[str]:
    """Return the people (folded, in full and by surname) the article calls "the late X"."""
    late = {
        normalise(ent.text.removesuffix("'s"))
        for sentence in sentences
        for ent in ents_of(sentence)
        if ent.label_ == "PERSON" and ent.start > 0 and ent.doc[ent.start - 1].lower_ == _LATE
    }
    return frozenset(late | {name.split()[-1] for name in late if name})


def harmed_people(sentences: Sequence[Any]) -> frozenset[str]:
    """Return the people (folded, in full and by surname) the article says were harmed or
    died ("X was stabbed", "gunmen shot X", "X died") and never has say anything: a victim
    the article quotes ("X told police …") may have said what another did."""
    speakers = {
        normalise(ent.text.removesuffix("'s"))
        for sentence in sentences
        for ent in ents_of(sentence)
        if ent.root.dep_ == "nsubj" and speech_verb(ent.root.head.lemma_)
    }
    speakers |= {name.split()[-1] for name in speakers if name}
    # "caused fatal injuries to X", "the death of X": a harm told by its noun too
    harmed = _befallen(sentences, _harm, noun_befell)
    return frozenset(name for name in harmed if not {name, *name.split()[-1:]} & speakers)


def _befallen(
    sentences: Sequence[Any],
    befalls: Befalls,
    by_noun: Callable[[Token, Befalls], bool] | None = None,
) -> frozenset[str]:
    """Return the people (folded, in full and by surname) a verb `befalls` tells of befell,
    or, given `by_noun`, a noun of its deed does ("fatal injuries to X")."""
    out: set[str] = set()
    for sentence in sentences:
        for ent in ents_of(sentence):
            if ent.label_ != "PERSON":
                continue
            if _befell(ent.root, befalls) or (by_noun is not None and by_noun(ent.root, befalls)):
                name = normalise(ent.text.removesuffix("'s"))
                out.update({name, name.split()[-1]} if name else set())
    return frozenset(out)


def _befell(token: Token, befalls: Befalls) -> bool:
    """Tell whether a name's token is whom a verb `befalls` tells of befell, through the
    list or apposition it stands in."""
    while token.dep_ == "conj" and token.head.i != token.i:  # "X and Y": as X
        token = token.head
    if token.dep_ == "appos":  # "a dentist of Indian origin, X, died": as the dentist
        token = token.head
        while token.dep_ in ("pobj", "prep") and token.head.i != token.i:
            token = token.head
    for clause in (c for c in token.children if c.dep_ == "relcl"):  # "X, who died in 2009"
        if befalls(clause, tuple(k.dep_ for k in clause.children if k.tag_ == "WP")):
            return True
    head = token.head
    if token.dep_ in _SUBJECTS and any(befalls(v, (_role(v),)) for v in _joined(head)):
        return True  # "X was stabbed on stage and died the next day": X died
    stranded = _stranded(token)
    if stranded is not None and befalls(stranded, (_role(stranded),)):
        return True  # "after X, mayor of …, was stabbed", parsed with no subject: X's
    if token.dep_ in _SUBJECTS or token.dep_ == "dobj":
        return befalls(head, (token.dep_,))
    if token.dep_ == "attr" and head.lemma_ == "be":  # "The two killed were X and Y"
        subjects = [c for c in head.children if c.dep_ in _SUBJECTS]
        return any(befalls(c, _SUBJECTS) and c.dep_ in ("acl", "amod")
                   for s in subjects for c in s.children)  # fmt: skip
    return False


def _joined(verb: Token) -> list[Token]:
    """Return the verbs joined to a verb ("stabbed … and died") or completing it ("was
    announced to have died") that have no subject of their own: the verb's is theirs."""
    joined = [c for c in verb.children if c.dep_ in ("conj", "xcomp") and c.pos_ == "VERB"]
    return [v for v in joined if not _has_subject(v)]


def _stranded(token: Token) -> Token | None:
    """Return the subjectless verb whose auxiliary follows a name and its asides right
    away ("after X, mayor of Y, was stabbed", the name parsed as the preposition's
    object): the name is its subject; else None."""
    after = token.right_edge.i + 1
    doc = token.doc
    if after >= len(doc) or doc[after].dep_ not in ("aux", "auxpass"):
        return None
    verb = doc[after].head
    return None if _has_subject(verb) or verb.pos_ != "VERB" else verb


def _has_subject(verb: Token) -> bool:
    """Tell whether a verb has a subject of its own in the parse."""
    return any(c.dep_ in _SUBJECTS for c in verb.children)


def _role(verb: Token) -> str:
    """Return the role a shared subject has in a joined verb: passive ("was killed") or not."""
    return "nsubjpass" if any(c.dep_ == "auxpass" for c in verb.children) else "nsubj"


def _death(verb: Token, deps: tuple[str, ...]) -> bool:
    """Tell whether a verb reports the death of its argument of `deps`: "died" of its
    subject, "killed" of its object or passive subject; not "was not killed", "nearly died"."""
    if any(c.dep_ == "neg" or c.lower_ in _SPARED for c in verb.children):
        return False
    if verb.lemma_ == _DIE:
        return "nsubj" in deps
    return verb.lemma_ == _KILL and bool({"nsubjpass", "dobj"} & set(deps))


def _fatal(verb: Token, deps: tuple[str, ...]) -> bool:
    """Tell whether a verb reports the death of its argument of `deps`: a kind of dying of
    its subject, of killing of its object or passive subject; not "tried to kill" (an aim
    only), "was not killed", "nearly died"."""
    if _death(verb, deps):
        return True
    if (
        verb.pos_ != "VERB"
        or verb.dep_ == "xcomp"
        or any(c.dep_ == "neg" or c.lower_ in _SPARED for c in verb.children)
    ):
        return False
    kinds = verb_kinds(verb.lemma_, _UP)
    dying = "nsubj" in deps and bool(kinds & _DIES)
    return dying or (bool({"nsubjpass", "dobj"} & set(deps)) and bool(kinds & _KILLS))


def _harm(verb: Token, deps: tuple[str, ...]) -> bool:
    """Tell whether a verb reports a bodily harm or death of its argument of `deps`: a kind
    of injuring, killing or attacking of its object or passive subject ("was stabbed",
    "shot X"), a death of its subject; not "was not hurt", "nearly killed"."""
    if _death(verb, deps):
        return True
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" or c.lower_ in _SPARED
                                               for c in verb.children):  # fmt: skip
        return False
    kinds = verb_kinds(verb.lemma_, _UP)
    if "nsubj" in deps and kinds & _DIES:
        return True
    harms = kinds & _HARMS or verb_kinds(verb.lemma_, 2) & _ASSAILS
    return bool({"nsubjpass", "dobj"} & set(deps)) and bool(harms)
