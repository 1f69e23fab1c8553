"""Whom "he", "she", "his" and "her" mean, or nobody when the article leaves it unsure.

A question that names the wrong person states something false, so a pronoun is named only
where English leaves one reading: a person who is a subject before it in its sentence, else
the one person named before it there, else the person the sentences before were about (the
last person of the pronoun's gender who was a main subject, with no other person of that
gender named since). A word inside a quotation is the speaker's ("'She's tougher on me,'
Sofia said"): never named. A name after the pronoun never is its person.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from questions.generate.boundsubject import subject_named, unknown_binder
from questions.generate.entcache import ents_of
from questions.generate.namedgender import described_genders
from questions.generate.particles import name_cased
from questions.generate.pools import first_name_gender
from questions.generate.titleholders import bare_title, title_holders
from questions.generate.wordnet import PERSON_FILE, senses, synset

Span = Any
_SUBJECTS = ("nsubj", "nsubjpass")
_PERSONAL = frozenset({"he", "she", "his", "her"})
_TITLES = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}  # an honorific before a name
HONORIFICS = frozenset(_TITLES)  # said of no one but a person: "Mr. Saakashvili"


@dataclass
class Cast:
    """The article's people: the full name each name stands for, and each one's gender."""

    names: dict[str, str] = field(default_factory=dict)  # "Vasquez" -> "Elena Vasquez"
    genders: dict[str, str] = field(default_factory=dict)  # what the article's pronouns say
    titled: dict[str, str] = field(default_factory=dict)  # "President": President Barack Obama

    def gender(self, full: str) -> str:
        """Return "m" or "f" when the first name or the article's own pronouns tell."""
        return first_name_gender(full) or self.genders.get(full, "")

    def gender_of(self, name: str) -> str:
        """Return the gender of the person a name as written stands for ("Lee": Ann Lee's)."""
        words = " ".join(_words(name))
        return self.gender(self.names.get(words, words))


def _gender_of(pronoun: Span) -> str:
    """Return the gender a personal pronoun says."""
    return "m" if pronoun.lower_ in ("he", "his") else "f"


def article_cast(docs: Iterable[Any], quoted: Any) -> Cast:
    """Find the article's people: each full name, and each surname for the article's first
    person of that name (news names a person in full once, then by surname alone, and gives a
    relative who shares it a first name: "Vasquez" is Elena, introduced before her daughter
    Sofia); and the gender a pronoun bound to a subject before it says ("when President Xi
    Jinping held a meeting …, he reached …"), when the first name does not tell."""
    cast = Cast()
    sentences = [s for doc in docs for s in doc.sents]
    fulls = [words for s in sentences for ent in ents_of(s)
             if ent.label_ == "PERSON" and len(words := _words(ent.text)) >= 2
             and name_cased(words)]  # fmt: skip
    surnames = {words[-1] for words in fulls}
    fulls = [words for words in fulls if words[0] not in surnames]  # "Warhol Polaroid": a thing
    for words in fulls:
        cast.names.setdefault(" ".join(words), " ".join(words))
        cast.names.setdefault(words[-1], " ".join(words))
    for words in fulls:  # "President Xi" for Xi Jinping, whose family name comes first
        cast.names.setdefault(words[0], " ".join(words))
    said: dict[str, set[str]] = {}
    for sentence in sentences:
        for ent in ents_of(sentence):  # "spokeswoman Sujata Raisinghani", "Mrs. Ellison"
            title = sentence.doc[ent.start - 1].lower_.rstrip(".") if ent.start > 0 else ""
            full = cast.names.get(" ".join(_words(ent.text)))
            gender = _TITLES.get(title, _titled(sentence.doc[ent.start - 1]) if title else "")
            if ent.label_ == "PERSON" and full is not None and gender:
                said.setdefault(full, set()).add(gender)
        for name, gender in described_genders(sentence):  # "Suci, a female born in 2004"
            spelled = " ".join(_words(_name(name)))
            said.setdefault(cast.names.get(spelled, spelled), set()).add(gender)
        inside = quoted(sentence)
        for pronoun in sentence:
            if pronoun.lower_ not in _PERSONAL or pronoun.i in inside:
                continue
            subject = _subject_before(sentence, pronoun, cast, inside)
            full = _person(subject, cast) if subject is not None else None
            named = {p for t in sentence if t.i < pronoun.i and _named(t, cast)
                     and (p := _person(t, cast)) is not None}  # fmt: skip
            if full is not None and named == {full}:  # no other person it might mean
                said.setdefault(full, set()).add(_gender_of(pronoun))
    cast.genders = {full: next(iter(g)) for full, g in said.items() if len(g) == 1}
    cast.titled = title_holders(sentences)
    return cast


def _titled(word: Span) -> str:
    """Return the gender a title noun before a name says ("spokeswoman", "spokesman")."""
    if word.pos_ != "NOUN" or word.lower_ == "human" or not word.is_lower:
        return ""
    return "f" if word.lower_.endswith("woman") else "m" if word.lower_.endswith("man") else ""


def _words(name: str) -> list[str]:
    """Return a name's words, less a possessive ending."""
    return name.removesuffix("'s").removesuffix("’s").split()


def _subject_before(sentence: Span, pronoun: Span, cast: Cast, quoted: set[int]) -> Span | None:
    """Return the first name before a pronoun that is a subject, outside quotations."""
    return next((t for t in sentence if t.i < pronoun.i and t.i not in quoted
                 and t.dep_ in _SUBJECTS and _named(t, cast)), None)  # fmt: skip


def _name(token: Span) -> str:
    """Return the name a token is part of (its entity, else its own word)."""
    for ent in ents_of(token.doc):
        if ent.start <= token.i < ent.end:
            return str(ent.text).removesuffix("'s").removesuffix("’s")
    return str(token.text)


def _named(token: Span, cast: Cast) -> bool:
    """Tell whether a token is part of a name: a proper noun, or a word the article names a
    person by ("Ruiz said …", which the model may tag a common noun)."""
    return token.pos_ == "PROPN" or (token.text[:1].isupper() and token.text in cast.names)


def _person(token: Span, cast: Cast) -> str | None:
    """Return the article's full name for the person a name token stands for, if it is one."""
    if (holder := bare_title(token, cast.titled)) is not None:
        return cast.names.get(holder, holder)  # "the President": the article's one
    name = _name(token)
    if name in cast.names:
        return cast.names[name]  # "Hale died": Dexter Hale, whatever label the model gave
    return name if token.ent_type_ == "PERSON" else None


def _fronted_subject(pronoun: Span, cast: Cast) -> Span | None:
    """Return the named person who is the subject after a phrase put before it that holds the
    pronoun ("In his speech, President Xi said …", "Every time he attended, Xi talked …"):
    such a phrase points ahead to its clause's subject. A pronoun that is itself a subject, or
    sits anywhere else, never means a name after it ("He is the youngest since Nadal")."""
    node = pronoun
    while node.head.i != node.i:
        head = node.head
        subject = next((c for c in head.children if c.dep_ in _SUBJECTS and c.i != node.i), None)
        if subject is not None:  # the first clause up that has a subject other than the pronoun
            fronted = node.dep_ in ("prep", "advcl", "npadvmod", "advmod")
            ahead = fronted and subject.i > node.right_edge.i and _named(subject, cast)
            return subject if ahead else None
        node = head
    return None


def _owned_aside(token: Span, wanted: str) -> bool:
    """Tell whether a name is an aside on a noun a pronoun of the `wanted` gender owns ("His
    coach, Ole Lund, …"): that pronoun's person is another, and a later pronoun of its gender
    may mean either ("her brother Harapan … he": not her)."""
    node = token
    while node.dep_ in ("compound", "flat") and node.head.i != node.i:
        node = node.head
    return node.dep_ == "appos" and any(
        c.dep_ == "poss" and c.lower_ in _PERSONAL and _gender_of(c) == wanted
        for c in node.head.children
    )


def antecedent_person(
    sentence: Span, pronoun: Span, last: dict[str, str], cast: Cast, quoted: set[int]
) -> str | None:
    """Name the person "he" or "his" means, or None when unsure: a person before it in its
    sentence whose gender may be the pronoun's (the first that is a subject, else the only
    one), else the subject a phrase holding it points ahead to, else the narrative's person;
    never one the pronoun's gender rules out, nor a name after it (in its own clause or in an
    aside on the noun it owns: "He is the youngest since Rafael Nadal")."""
    if pronoun.i in quoted:
        return None  # the speaker's "she", or someone the quotation alone knows
    wanted = _gender_of(pronoun)
    names = [t for t in sentence if t.i < pronoun.i and t.i not in quoted and _named(t, cast)]
    first = next((t for t in names if t.dep_ in _SUBJECTS), None)
    titled = first is not None and any(c.dep_ == "appos" for c in first.children)
    if first is not None and first.ent_type_ == "" and _person(first, cast) is None and not titled:
        return None  # "Mohamed brought the clock he made": a person the article never names
    if (binder := unknown_binder(pronoun, lambda t: _person(t, cast))) is not None:
        return _name(binder)  # "Sun Mengran led her team", Sun the model's place: hers
    if any(_person(t, cast) is None and t.text in cast.names for t in names):
        return None  # "the Warhol Factory, or the studio where he worked": Warhol's, or not
    aside = next((t for t in names if t.dep_ == "appos" and t.head.dep_ in _SUBJECTS), None)
    if aside is not None and _person(aside, cast) is None:  # "A candidate, Badri P., … his own"
        return _name(aside) if person_noun(aside.head.lemma_.lower()) else None
    people: dict[str, list[Span]] = {}
    for token in names:
        if (full := _person(token, cast)) is not None:
            people.setdefault(full, []).append(token)
    if any(_owned_aside(t, wanted) for ts in people.values() for t in ts):
        return None  # "Her daughter, Sofia Vasquez, plays in her trio": whose trio?
    fitting = {full: ts for full, ts in people.items() if cast.gender(full) in ("", wanted)}
    if len(fitting) > 1 and pronoun.dep_ not in _SUBJECTS:
        return None  # "Laura King thanked Maria Ortiz for her support": whose? ("she": King)
    subject = subject_named(fitting, pronoun)  # of two, whose clause holds it ("…, S. Ellis, …")
    if subject is not None:  # the sentence's own name for its subject ("the President": his)
        holder = bare_title(subject, cast.titled)
        return f"{subject.text} {holder}" if holder else _name(subject)
    if len(fitting) > 1 or _unnamed_person(sentence, pronoun, quoted):
        return None
    ahead = _fronted_subject(pronoun, cast) if not fitting else None
    full = _person(ahead, cast) if ahead is not None else None
    if ahead is not None and full is not None and cast.gender(full) in ("", wanted):
        return _name(ahead)  # "In his speech, President Xi said …"
    found = next(iter(fitting), None) or last.get(wanted)
    if found is None or cast.gender(found) != wanted:
        return None  # "Dexter Hale" might be a woman's name: not safely "she"
    return _name(fitting[found][0]) if found in fitting else found  # the sentence's own name


def _unnamed_person(sentence: Span, pronoun: Span, quoted: set[int]) -> bool:
    """Tell whether the sentence says one person it does not name before the pronoun ("the
    driver of a truck was killed when he hit a train", "a storm killed a fisherman when he
    fell"): "he" is more likely that person's than the one a name or the story before
    points to (review 18: "Sumwalt" hit no train)."""
    return any(t.i < pronoun.i and t.i not in quoted and t.tag_ == "NN"
               and t.pos_ == "NOUN" and person_noun(t.lemma_.lower()) and not _names(t)
               for t in sentence)  # fmt: skip


def _names(noun: Span) -> bool:
    """Tell whether a person noun is said of a name beside it ("Naoto Kan, the prime
    minister", "the chairman, Robert Sumwalt") or is a title with no article before one
    ("Psychology major … Amneh Jafari"): a named person, not another one."""
    if noun.dep_ == "appos" or any(c.dep_ == "appos" for c in noun.children):
        return True
    return not any(c.dep_ in ("det", "poss") for c in noun.children)


def person_noun(lemma: str) -> bool:
    """Tell whether a common noun may name a person ("driver", "head") in any sense."""
    return any(
        (entry := synset(o)) is not None and entry.lexfile == PERSON_FILE for o in senses(lemma)
    )


def _genders(full: str, cast: Cast) -> tuple[str, ...]:
    """Return the pronoun genders a name may take: its own, or both when unknown."""
    gender = cast.gender(full)
    return (gender,) if gender else ("m", "f")


def narrative(
    sentence: Span, replace: dict[int, str], cast: Cast, last: dict[str, str], quoted: set[int]
) -> dict[str, str]:
    """Return whom a later sentence's "he" and "she" mean after this one (by gender): its main
    subject when that is a person (by name, by an aside on it — "Her son, Peter Ellison,
    said" — or by a pronoun named); any other person it names of that gender makes the
    pronoun unsure ("Smith met Jane Doe. She …"), as does a subject pronoun left unnamed."""
    after = dict(last)
    subject = _main_subject(sentence, replace, cast, quoted)
    for token in sentence:
        if token.i in quoted or not _named(token, cast):
            continue
        # a subject the model left unlabelled ("Mohamed brought …") may be a person too
        unsure = token.dep_ in _SUBJECTS and not token.ent_type_
        full = (
            _person(token, cast) or cast.names.get(token.text) or (_name(token) if unsure else None)
        )
        if full is not None and full != subject:
            for gender in _genders(full, cast):
                after.pop(gender, None)
    said = next((c for c in sentence.root.children if c.dep_ in _SUBJECTS), None)
    if said is not None and said.i not in quoted and said.lower_ in ("he", "she"):
        after.pop(_gender_of(said), None)  # named again below, if it was
    if subject is not None:
        for gender in _genders(subject, cast):
            after.pop(gender, None)
        if cast.gender(subject):
            after[cast.gender(subject)] = subject
    return after


def _main_subject(
    sentence: Span, replace: dict[int, str], cast: Cast, quoted: set[int]
) -> str | None:
    """Return the person a sentence's main clause is about, if its subject is one."""
    root = sentence.root
    subject = next((c for c in root.children if c.dep_ in _SUBJECTS), None)
    if subject is None:  # "Writing to …, Naoto Kan, …, expressed": a parse with no subject
        before = {p for t in sentence if t.i < root.i and t.i not in quoted
                  and _named(t, cast) and (p := _person(t, cast)) is not None}  # fmt: skip
        return before.pop() if len(before) == 1 else None
    if subject.i in quoted:
        return None  # a quotation's own subject is the speaker's world, not the narrative
    if subject.lower_ in ("he", "she"):
        said = replace.get(subject.i)
        return cast.names.get(said, said) if said else None
    if _named(subject, cast):
        return _person(subject, cast)
    aside = next((c for c in subject.children if c.dep_ == "appos"), None)
    return _person(aside, cast) if aside is not None else None
