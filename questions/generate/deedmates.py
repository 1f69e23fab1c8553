"""People the article gives a person key's deed in other words: none is a wrong option.

"Who has declared his support for Jo Vale?" is answered by Ann Roe too when "Roe joined other
leaders in saying they would back Vale": the same deed to the same person, said with a verb
WordNet files under the same sense ("back", "support"), or with the verb a noun of the deed
comes from ("declared his support": support; "faces charges": charge). "Also charged are …",
"also" opening its sentence, adds people to the deed told just before ("Rex Hale has been
targeted for prosecution. … Also charged are …"); a deed to no one named ("was charged") is
that one only told close by and marked so ("Also …", "Lee, too, …", "on the same basis"):
"X was elected", "Y was elected" may be two elections. "Both" or "they" stands for the named
people the sentence gives ("… was Ida Lund; both have been charged").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from questions.generate.articlememo import per_article
from questions.generate.clauses import SUBJECT
from questions.generate.derived import deriving_verbs
from questions.generate.entcache import ents_of
from questions.generate.facts import Fact
from questions.generate.otherslist import (
    alike_verbs,
    deed_verbs,
    listed_with,
    named_person_word,
    others_names,
)
from questions.generate.quoteddeeds import quoted_deed, told_apart
from questions.generate.samedeed import counted_by
from questions.generate.verbfiles import speech_verb
from questions.generate.wordnet import PERSON_FILE, first_sense
from questions.schema import normalise

if TYPE_CHECKING:
    from questions.generate.options import OptionContext

Token = Any
# a deed to no one named ("both have been charged") is the one told just before only nearby
_NEAR = 2
# the clauses a pronoun's deed hangs in under its speaker's verb ("joined … in saying they")
_EMBEDDED = frozenset({"ccomp", "xcomp", "pcomp", "prep", "advcl"})
_UP = 3  # "back" <- "saying" <- "in" <- "joined": no longer climb


@dataclass(frozen=True, eq=False)  # one a verb: a deed is itself only, asked by identity
class _Told:
    """One deed the article tells: its verbs, what it is done to, whom it is given, where."""

    verb: Token
    verbs: frozenset[str]
    things: frozenset[str]  # the names of what it is done to
    counted: frozenset[str]  # the ordinals or numbers its object is told by ("a third goal")
    unnamed: bool  # done to a thing it does not name: perhaps not the one another deed is
    people: tuple[Token, ...]
    at: int
    said: frozenset[str] = frozenset()  # a person quoted: the words of what they said
    # whether it adds people to the deed before ("Also charged are …"), and whether it is
    # told "on the same basis": read once a deed, as every grouping of the article asks
    adds: bool = False
    same_grounds: bool = False


def _deed_noun(obj: Token) -> frozenset[str]:
    """Return the verbs an object noun names the act of ("support"), none for a person noun."""
    sense = first_sense(obj.lemma_.lower())
    if obj.pos_ != "NOUN" or sense is None or sense.lexfile == PERSON_FILE:
        return frozenset()
    return deriving_verbs(obj.lemma_.lower())


def _deed(verb: Token) -> tuple[frozenset[str], frozenset[str], frozenset[str], bool]:
    """Return a verb's deed: its verbs, the names of what it is done to, the ordinals its
    object is told by, and whether it is done to a thing it does not name ("defeated his
    opponents": maybe not the others'). A verb of saying tells no deed of its own but the
    one its object noun names ("declared his support for Vale": support, done to Vale)."""
    said = speech_verb(verb.lemma_.lower())
    verbs = set() if said else deed_verbs(verb)
    things: set[str] = set()
    counted: set[str] = set()
    unnamed = False
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        counted.update(counted_by(obj))
        acts = _deed_noun(obj) if said else frozenset()
        verbs |= acts
        names = {t.lower_ for t in obj.subtree if t.pos_ == "PROPN"}
        things |= names
        unnamed = unnamed or not (names or acts)
    return frozenset(verbs), frozenset(things), frozenset(counted), unnamed


def _persons_pronoun(pronoun: Token) -> str:
    """Return the number ("Sing", "Plur") of a pronoun that may stand for named people, by
    spaCy's morphology: "he", "she" (a person's gender, not "it"), "they", "we" (not "you",
    whose number English does not show); else ""."""
    morph = pronoun.morph
    number = "".join(morph.get("Number"))
    person = morph.get("Person")
    if number == "Sing" and person == ["3"] and set(morph.get("Gender")) & {"Masc", "Fem"}:
        return number
    return number if number == "Plur" and person in (["1"], ["3"]) else ""


def _bound(verb: Token, pronoun: Token) -> list[Token]:
    """Return the named person a subject pronoun stands for: the subject of the verb its
    clause hangs in, "he" one person, "they" one joined to others ("X joined other
    leaders in saying they would …") or people joined by "and"."""
    head = verb
    for _ in range(_UP):
        if head.dep_ not in _EMBEDDED or head.head is head:
            return []
        head = head.head
        subjects = [c for c in head.children if c.dep_ in SUBJECT]
        if head.pos_ == "VERB" and subjects:
            people = [t for s in subjects for t in listed_with(s) if named_person_word(t)]
            others = any(a.lower_ == "other" for c in head.subtree if c.tag_ == "NNS"
                         for a in c.children if a.dep_ == "amod")  # fmt: skip
            if _persons_pronoun(pronoun) == "Sing" and len(people) == 1:
                return people
            if _persons_pronoun(pronoun) == "Plur" and people and (others or len(people) > 1):
                return people
            return []
    return []


def _doers(verb: Token) -> tuple[Token, ...]:
    """Return the named people a verb gives its deed: its subject's names, joined ones
    and appositions; for "both", the two people its sentence names before it."""
    found: list[Token] = []
    for subject in (c for c in verb.children if c.dep_ in SUBJECT):
        if subject.lower_ == "both":
            before = [t for t in subject.sent if t.i < subject.i and named_person_word(t)
                      and t.dep_ != "compound"]  # fmt: skip
            found += before if len(before) == 2 else []
        elif subject.tag_ == "PRP":
            found += _bound(verb, subject)
        else:
            found += [t for t in listed_with(subject) if named_person_word(t)]
    return tuple(found)


def _adding(verb: Token) -> bool:
    """Tell whether a deed adds its people to the deed told before: "Also charged are …"
    ("also" opens the sentence, the verb after it, no comma: not "Also, X spoke") or "Lee, too,
    was charged" ("too" just after the subject); not "X also spoke" (another deed of X's)."""
    for word in (c for c in verb.children if c.dep_ == "advmod"):
        after = word.nbor(1) if word.i + 1 < len(word.doc) else word
        if word.lower_ == "also" and word.i == verb.sent.start and after.dep_ != "punct":
            return True
        if word.lower_ == "too" and any(
            word.i - 2 <= max(t.i for t in c.subtree) < word.i
            for c in verb.children
            if c.dep_ in SUBJECT
        ):
            return True
    return False


def _same_grounds(verb: Token) -> bool:
    """Tell whether a deed is told "on the same basis" (grounds, terms): the alike deed told
    before, given more people ("Quist is facing charges on the same basis")."""
    held = [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(a.dep_ == "amod" and a.lower_ == "same" for g in held for a in g.children)


def _told(every: Sequence[Any]) -> list[_Told]:
    """Return every deed the article tells, in order."""
    found = []
    for at, sentence in enumerate(every):
        for token in sentence:
            if token.pos_ != "VERB":
                continue
            quoted = quoted_deed(token)
            if quoted is None:
                verbs, things, counted, unnamed = _deed(token)
                said: frozenset[str] = frozenset()
            else:  # a deed done to the person quoted, by whoever quotes: no saying's own
                verbs, things, said = frozenset(deed_verbs(token)), quoted[0], quoted[1]
                counted, unnamed = frozenset(), False
            if verbs:
                found.append(_Told(token, verbs, things, counted, unnamed, _doers(token), at,
                                   said, _adding(token), _same_grounds(token)))  # fmt: skip
    return found


def _before(told: _Told, deeds: Sequence[_Told]) -> list[_Told]:
    """Return the deed told just before an adding one: the main deed of the nearest of the
    sentences before it that gives one to named people."""
    for at in range(told.at - 1, max(-1, told.at - 1 - _NEAR), -1):
        main = [d for d in deeds if d.at == at and d.people and d.verb.dep_ == "ROOT"]
        if main:
            return main
    return []


def _same_deed(a: _Told, b: _Told) -> bool:
    """Tell whether deed `a` does deed `b`: alike verbs done to the same named thing, or, done
    to nothing, told close together, one adding people to the other; `b` told by an ordinal
    ("scored a third goal") only by `a` told by the same ("scored a goal" is not it, though
    a third goal is a goal)."""
    if not alike_verbs(a.verbs, b.verbs) or (b.counted and a.counted != b.counted):
        return False
    if a.things or b.things:
        return bool(a.things & b.things)
    if a.unnamed or b.unnamed:
        return False  # "X defeated his opponents", "Y defeated his opponents": not the same
    # done to no one named, two tellings are one deed only when one adds people to the other
    # ("Also charged are two … ; both have been charged"): "X was elected", "Y was elected"
    # may be two elections, told apart by the question's own words
    return abs(a.at - b.at) <= _NEAR and any(d.adds or d.same_grounds for d in (a, b))


def _people(every: Sequence[Any]) -> frozenset[str]:
    """Return the folded names of the people the article names."""
    return frozenset(normalise(e.text) for s in every for e in ents_of(s) if e.label_ == "PERSON")


def subject_key(sentence: Any, fact: Fact) -> Token | None:
    """Return the subject a key is, or is joined to, of a verb ("Taylor … and his boss
    Stanley Ford": the subject they are); None for a key that is no verb's doer."""
    key = sentence.doc[fact.start : fact.end].root
    while key.dep_ in ("conj", "appos") and key.head is not key:
        key = key.head
    return key if key.dep_ in SUBJECT and key.head.pos_ == "VERB" else None


def deed_mates(sentence: Any, fact: Fact, every: Sequence[Any],
               context: OptionContext | None = None) -> frozenset[str]:  # fmt: skip
    """Return the folded names (whole, and surnames) the article gives a person key's deed
    too, in its words or others; none when the key is no named doer of a deed."""
    key = subject_key(sentence, fact) if fact.kind == "person" else None
    if key is None:
        return frozenset()
    # the article's deeds, read once an article (every person key of it asks)
    deeds = per_article(context, "deedmates.told", lambda: _told(every))
    verb = key.head  # and a deed its clause gives the key by a pronoun ("… saying they would")
    clause = {t.i for t in verb.subtree}
    group = [d for d in deeds if d.verb.doc is key.doc and (d.verb.i == verb.i or (
        d.verb.i in clause and any(t.i == key.i for t in d.people)))]  # fmt: skip
    # "Who was quoted as saying "…"?" shows what the key said: no other person quoted said it
    group = [d for d in group if context is None or not told_apart(d.said, context.stem)]
    if not group:
        return frozenset()
    people = (t for d in _grown(group, deeds) for t in d.people)
    return _named(others_names(people, fact.text), every, context)


def _grown(group: list[_Told], deeds: Sequence[_Told]) -> list[_Told]:
    """Return a group of deeds with every deed the article tells as the same one."""
    rest = [d for d in deeds if d not in group]
    while grown := [d for d in rest if any(_same_deed(d, g) for g in group)
                    or (d.adds and any(g in group for g in _before(d, deeds)))
                    or any(g.adds and d in _before(g, deeds) for g in group)]:  # fmt: skip
        group = group + grown
        rest = [d for d in rest if d not in grown]
    return group


def _named(shared: frozenset[str], every: Sequence[Any], context: OptionContext | None
           ) -> frozenset[str]:  # fmt: skip
    """Return folded whole names with their surnames and the fuller names the article gives
    those surnames ("Admiral Ramaroson": "Hyppolite Ramaroson", as it names him first)."""
    surnames = {n.split()[-1] for n in shared}
    fuller = per_article(context, "deedmates.people", lambda: _people(every))
    return frozenset(shared | surnames | {n for n in fuller if n and n.split()[-1] in surnames})


def _done_to(verb: Token, surnames: frozenset[str]) -> set[str]:
    """Return the surnames of the article's people a deed is done to, in its object ("back
    Dana Pell", "declared his support for Pell"), however the model tags them there."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return {t.lower_ for o in objects for t in o.subtree if t.pos_ == "PROPN"} & surnames


def deed_ties(every: Sequence[Any], context: OptionContext | None = None
              ) -> tuple[frozenset[str], ...]:  # fmt: skip
    """Return each group of people one deed ties together, read once an article: the named
    people it is given to (the charged; the backers of one man) and those it is done to (the
    man they back), as folded whole names and surnames; only groups of two people or more."""

    def read() -> tuple[frozenset[str], ...]:
        # the deeds and people `deed_mates` reads too: kept once an article for both
        deeds = per_article(context, "deedmates.told", lambda: _told(every))
        people = per_article(context, "deedmates.people", lambda: _people(every))
        surnames = frozenset(n.split()[-1] for n in people if n)
        found: set[frozenset[str]] = set()
        for deed in (d for d in deeds if d.people):
            group = _grown([deed], deeds)
            whole = others_names((t for d in group for t in d.people), "")
            done = {n for d in group for n in _done_to(d.verb, surnames)}
            if len(whole | done) > 1:
                found.add(_named(whole | done, every, context))
        return tuple(sorted(found, key=sorted))

    return per_article(context, "deedmates.ties", read)
