"""A subject said "also" to do a deed the article gives others: they are right answers too.

"The presidents of each country agreed to end the conflict. … Nicaragua's president, Daniel
Ortega, also agreed to reinstate ties" asked "Who agreed to reinstate ties …?" has Chávez and
Correa right as well (review 82). "Also", "too", "as well", "likewise", "similarly" (the
adverbs WordNet files under the senses of "also" and "similarly": in addition, in like
manner) set on the subject's verb say someone else did the same. The key is refused when the
article gives the same deed (a shared verb, or one WordNet files under the same commonest
sense, done to the same thing when both name one; of "agreed to step down" the deed is the
stepping down, not the agreeing) to another subject that is an option, or
to an unnamed group ("the presidents of each country", "they"), any option of which may be
one; a deed said of no other ("President Xi also attended another summit": his own earlier
summit) leaves the key the only answer.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

from questions.generate.clauses import SUBJECT, reports
from questions.generate.facts import Fact
from questions.generate.otherslist import alike_verbs, deed_verbs
from questions.generate.wordnet import find_line

if TYPE_CHECKING:
    from questions.generate.options import OptionContext

Token = Any
_NAMED_KINDS = frozenset({"person", "organization", "place", "name"})
# the words that name a noun phrase's holder: "Nicaragua's president, Daniel Ortega", "the
# president of Peru", "Peru and Chile"; never its relative clause's people
_NAMING = frozenset({"poss", "appos", "compound", "conj", "flat", "nmod"})


@cache
def _adverb_senses(word: str) -> tuple[str, ...]:
    """Return an adverb's WordNet synset offsets, most frequent first ("as_well")."""
    line = find_line("index.adv", word)
    if not line:
        return ()
    fields = line.split()
    return tuple(fields[-int(fields[2]) :])


@cache
def _adding_senses() -> frozenset[str]:
    """Return WordNet's senses of "also" (in addition) and "similarly" (in like manner)."""
    return frozenset(s for word in ("also", "similarly") for s in _adverb_senses(word)[:1])


def adds(token: Token) -> bool:
    """Tell whether a verb's modifier says "in addition" or "in like manner": "also", "too",
    "likewise", "similarly", "as well" (parsed "well" with its "as")."""
    if token.dep_ != "advmod":
        return False
    word = token.lower_
    if word == "well" and any(c.lower_ == "as" and c.i < token.i for c in token.children):
        word = "as_well"
    return bool(_adding_senses().intersection(_adverb_senses(word)))


def _subject_of(key: Token) -> Token | None:
    """Return the subject a key names or is part of ("Nicaragua('s president)", "(the
    president of) Peru", "(president,) Daniel Ortega"), or None."""
    token = key
    for _ in range(4):
        if token.dep_ in SUBJECT:
            return token
        of = token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.dep_ == "prep"
        if of:
            token = token.head.head
        elif token.dep_ in _NAMING:
            token = token.head
        else:
            return None
    return None


def _naming(subject: Token) -> list[Token]:
    """Return the words that name a subject: itself and its naming words, in order."""
    found, todo = [], [subject]
    while todo:
        token = todo.pop()
        found.append(token)
        todo += [c for c in token.children if c.dep_ in _NAMING or c.dep_ == "pobj"]
        todo += [c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"]
    return sorted(found, key=lambda t: t.i)


def _objects(verb: Token) -> frozenset[str]:
    """Return the nouns a verb's own object names ("had a couple of shots": couple, shot)."""
    found = [c for c in verb.children if c.dep_ == "dobj"]
    found += [p for o in found for c in o.children if c.lower_ == "of" for p in c.children]
    return frozenset(t.lemma_.lower() for t in found if t.dep_ in ("dobj", "pobj"))


def _taken(verb: Token) -> list[Token]:
    """Return the verbs a verb takes ("agreed to step down": step)."""
    return [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]


def _deed(verb: Token) -> Token:
    """Return the verb that tells a deed: the one a verb takes, if any ("agreed to hire a
    firm": hire; "plans to try to sell": sell), since "agreed", "plans", "wants" say only
    how the doer stands to it."""
    for _ in range(4):
        taken = _taken(verb)
        if not taken:
            break
        verb = taken[0]
    return verb


def _same_deed(verb: Token, other: Token) -> bool:
    """Tell whether two verbs tell one deed: alike verbs (`alike_verbs`) of the deed each
    takes ("agreed to hire" is not "agreed to step down"), done to the same thing when both
    name one ("had a shot" is not "had no team")."""
    if other.pos_ not in ("VERB", "AUX"):
        return False
    ours, theirs = _deed(verb), _deed(other)
    if not alike_verbs(deed_verbs(ours), deed_verbs(theirs)):
        return False
    done, done_too = _objects(ours), _objects(theirs)
    return not (done and done_too) or bool(done & done_too)


def _unnamed_group(subject: Token) -> bool:
    """Tell whether a subject is a group it names no one of: "the presidents of each
    country", "several municipalities", "they"."""
    if subject.pos_ == "PRON":
        return bool(subject.lower_ == "they")
    return bool(subject.tag_ == "NNS") and not any(t.pos_ == "PROPN" for t in _naming(subject))


def also_doers(
    sentence: Any, fact: Fact, options: Sequence[str], context: OptionContext
) -> str | None:
    """Refuse a named key that is the subject of a verb said "also" of when the article (the
    `context`'s sentences) gives the same deed to another subject that is an option or an
    unnamed group (see above)."""
    if fact.kind not in _NAMED_KINDS:
        return None
    subject = _subject_of(sentence.doc[fact.start : fact.end].root)
    if subject is None:
        return None
    verb = subject.head
    if verb.lemma_ == "be":  # a copula's deed is its predicate: `unique.also_so` reads it
        return None
    # a saying's "also" adds what was said: "Uribe said …; Correa also said …" is his own
    if verb.pos_ not in ("VERB", "AUX") or reports(verb):
        return None
    # "agreed to reinstate ties as well": the adverb may hang on the verb taken
    if not any(adds(c) for v in (verb, *_taken(verb)) for c in v.children):
        return None
    # every other subject of the article: its other paragraphs', then the key's own one's
    elsewhere = [t for s in context.sentences if s.doc is not sentence.doc for t in s]
    for other in (*elsewhere, *(t for t in sentence.doc if t.i != subject.i)):
        if other.dep_ not in SUBJECT:
            continue
        if not _same_deed(verb, other.head):
            continue
        if _unnamed_group(other):
            return f"'also': '{other.text}' did the same, any option may be one of them"
        named = " ".join(t.text for t in _naming(other))
        if any(option in named for option in options):
            return "'also': an option did the same"
    return None
