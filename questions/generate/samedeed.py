"""Whether another named person does the very deed a "Who …?" question asks about.

"Who led off in Australia's half?" has one answer only if nobody else in the article "led
off": in a match report several players do; "Who was arrested?" only if nobody else "was
arrested". The deed is the verb with its particle and its object's head word; verbs of
saying are left out (a quotation tells its speakers apart).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from questions.generate.entcache import ents_of
from questions.generate.facts import Fact
from questions.generate.verbfiles import speech_verb
from questions.schema import normalise

# verb lemma, its particles, its object's lemma with the ordinals that tell it ("third goal")
Deed = tuple[str, tuple[str, ...], str]


# The subjects a deed is told of: its doer, or the one it befell ("Bahari was arrested").
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


_COUNTS = frozenset({"ORDINAL", "CARDINAL"})


def counted_by(obj: Any) -> list[str]:
    """Return the ordinals and numbers an object is told by ("a third goal": third): one of
    a series, not any of its kind."""
    return [
        c.lower_ for c in obj.children
        if c.dep_ in ("amod", "nummod") and (c.like_num or c.ent_type_ in _COUNTS)
    ]  # fmt: skip


def _deed(verb: Any) -> Deed:
    """Return a verb's deed: its lemma, its particles, and its direct object's lemma with
    the ordinals it is told by; a passive's lemma is marked, so "X was arrested" is not "X
    arrested the mayor"."""
    particles = tuple(sorted(c.lemma_.lower() for c in verb.children if c.dep_ == "prt"))
    objects = [
        " ".join([*counted_by(c), c.lemma_.lower()]) for c in verb.children if c.dep_ == "dobj"
    ]
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    lemma = f"{verb.lemma_.lower()} (passive)" if passive else verb.lemma_.lower()
    return lemma, particles, objects[0] if objects else ""


def _name(subject: Any) -> str:
    """Return the name a subject token ends, as written ("Yau Wai-ching", not split; not its
    appositive "…, a spokesman for Lexington County")."""
    doc, start = subject.doc, subject.i
    while start > 0 and (doc[start - 1].pos_ == "PROPN" or doc[start - 1].text == "-"):
        start -= 1
    return str(doc[start : subject.i + 1].text)


def named_deeds(sentences: Sequence[Any]) -> dict[Deed, frozenset[str]]:
    """Return, once an article, each deed with the named people the article has do it."""
    found: dict[Deed, set[str]] = {}
    for sentence in sentences:
        for token in sentence:
            if token.dep_ in _SUBJECTS and token.pos_ == "PROPN" and token.head.pos_ == "VERB":
                found.setdefault(_deed(token.head), set()).add(_name(token))
    return {deed: frozenset(names) for deed, names in found.items()}


def _does(theirs: Deed, ours: Deed) -> bool:
    """Tell whether one deed does another: the same, or ours told by no ordinal and theirs by
    one ("scored a third goal" scored a goal; "scored a goal" is not the third)."""
    if theirs == ours:
        return True
    verb, particles, done = ours
    return bool(done) and theirs[:2] == (verb, particles) and theirs[2].endswith(f" {done}")


def _same_person(one: str, other: str) -> bool:
    """Tell whether two mentions may name one person ("Porter" of "Stacey Porter")."""
    a, b = set(one.replace("-", " ").split()), set(other.replace("-", " ").split())
    return a <= b or b <= a


def repeated_deed(
    sentence: Any,
    fact: Fact,
    deeds: Mapping[Deed, frozenset[str]],
    scene: frozenset[str],
    asked: tuple[str, Sequence[Any]] = ("", ()),
) -> str | None:
    """Refuse a person key whose deed the article gives another named person too; in a
    question about one match (`scene`, its people), only another of that match counts:
    "In Sweden's win over Korea Republic, who scored from the penalty spot?" is one man.
    One a passive deed befell counts unless the stem (`asked`, with the article's sentences)
    names what the key's clause says and the other's does not ("Who from Newsweek was
    arrested on June 21?")."""
    stem, sentences = asked
    if fact.kind != "person":
        return None
    root = sentence.doc[fact.start : fact.end].root
    verb = root.head
    if root.dep_ not in _SUBJECTS or verb.pos_ != "VERB" or speech_verb(verb.lemma_.lower()):
        return None
    deed = _deed(verb)
    told = _told_apart(verb, stem) if root.dep_ == "nsubjpass" else None
    others = [
        name
        for done, names in deeds.items()
        if _does(done, deed)
        for name in names
        if not _same_person(name, fact.text)
        and (not scene or normalise(name) in scene)
        and (told is None or _clause_of(name, deed, sentences, told))
        and not _set_apart(name, deed, sentences, _asked_slots(verb, stem))
    ]
    return f"{min(others)} also did it" if others else None


def _clause(verb: Any) -> list[Any]:
    """Return a verb's own clause: its subtree without the clauses joined to it."""
    joined = {t.i for c in verb.children if c.dep_ in ("conj", "cc") for t in c.subtree}
    return [t for t in verb.subtree if t.i not in joined]


def _told_apart(verb: Any, stem: str) -> frozenset[str]:
    """Return the names and dates of the key's clause that the stem repeats: what tells
    the key apart from another the same deed befell."""
    words = {t.i for t in _clause(verb)}
    ents = ents_of(verb.doc)
    said = {e.text for e in ents if e.start in words and e.label_ != "PERSON" and e.text in stem}
    return frozenset(said)


def _clause_of(name: str, deed: Deed, sentences: Sequence[Any], told: frozenset[str]) -> bool:
    """Tell whether a clause gives the deed to the name and says all that `told` holds."""
    for token in (t for sentence in sentences for t in sentence):
        if token.dep_ in _SUBJECTS and _name(token) == name and _does(_deed(token.head), deed):
            text = " ".join(t.text for t in _clause(token.head))
            if all(part in text for part in told):
                return True
    return False


_NUMBERED = frozenset({"ORDINAL", "CARDINAL", "TIME", "DATE", "QUANTITY"})
_CLAUSES = frozenset({"prep", "relcl", "acl", "advcl", "punct", "cc", "conj", "appos"})


def _phrase(noun: Any) -> str:
    """Return a noun's own phrase without its article, clauses and prepositional phrases
    ("109th minute" of "the 109th minute when …")."""
    cut = {t.i for c in noun.children if c.dep_ in _CLAUSES for t in c.subtree}
    words = [t for t in noun.subtree if t.i not in cut]
    words = words[1:] if words and words[0].pos_ == "DET" else words
    return "".join(t.text_with_ws for t in words).strip()


def _named(noun: Any) -> bool:
    """Tell whether a noun's phrase names one thing by a name or a number ("Walker", "the
    14th minute", "a time of 2:26:56"): "the singer" or "him" may be the key's very one."""
    of = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]  # "a time of …"
    cut = {t.i for c in noun.children if c.dep_ in _CLAUSES and c not in of for t in c.subtree}
    words = [t for t in noun.subtree if t.i not in cut]
    return any(t.pos_ == "PROPN" or t.like_num or t.ent_type_ in _NUMBERED for t in words)


def _slots(verb: Any) -> dict[str, set[str]]:
    """Return a verb's prepositional phrases, preposition to objects ("in" -> {"109th minute"},
    "for" -> {"Sterling"}), nested ones ("came to Croatia's rescue in the 109th minute") and
    its main clause's when it is a "when"/"as" clause of it ("England made a substitution
    in the 74th minute when Rashford came on": Rashford came on in the 74th minute)."""
    slots: dict[str, set[str]] = {}
    heads = [verb, verb.head] if verb.dep_ == "advcl" else [verb]
    if verb.dep_ == "relcl" and verb.head.dep_ == "pobj" and _named(verb.head):
        slots.setdefault(verb.head.head.lower_, set()).add(_phrase(verb.head))  # a minute
    while heads:
        head = heads.pop()
        for prep in (c for c in head.children if c.dep_ == "prep"):
            for pobj in (g for g in prep.children if g.dep_ == "pobj" and _named(g)):
                slots.setdefault(prep.lower_, set()).add(_phrase(pobj))
                heads += [pobj] if head.pos_ == "VERB" else []
    return slots


def _asked_slots(verb: Any, stem: str) -> dict[str, set[str]]:
    """Return the key's phrases the question repeats ("… in the 109th minute?")."""
    return {
        prep: kept
        for prep, said in _slots(verb).items()
        if (kept := {s for s in said if s in stem})
    }


def _set_apart(name: str, deed: Deed, sentences: Sequence[Any], asked: Mapping[str, set[str]]
               ) -> bool:  # fmt: skip
    """Tell whether every clause giving the deed to the name says another thing where the
    question says the key's ("came on for Walker" beside "Who came on for Sterling?", "in the
    14th minute" beside "… in the 109th minute?"): a goal with its minute is one goal."""
    if not asked or not sentences:
        return False
    found = False
    for token in (t for sentence in sentences for t in sentence):
        if token.dep_ in _SUBJECTS and _name(token) == name and _does(_deed(token.head), deed):
            theirs = _slots(token.head)
            if not any(p in theirs and not theirs[p] & said for p, said in asked.items()):
                return False
            found = True
    return found
