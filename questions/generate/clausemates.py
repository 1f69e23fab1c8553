"""An "its" of a coordinated clause that can only mean the first clause's subject.

"Pork is a major food staple in Ruritania, and its price rose 65%" asked of its second
clause alone reads "By how much did its price rise?", the "its" pointing nowhere. With no
coreference model, the parse still settles it when the sentence leaves one choice: two clauses
joined by "and"/"but" read in parallel, the first clause's subject is what the second's "its"
takes up, so long as no other singular thing before the pronoun could be meant. What the
subject is said to be ("a major food staple", after "is") is that same thing, and a place the
first clause sets it in ("in Ruritania") is where it is, not what owns the price.
"""

from __future__ import annotations

from typing import Any

from questions.generate.heads import verb_above
from questions.generate.namedthings import TIMES
from questions.generate.persons import person_noun
from questions.generate.quotemarks import quoted_words
from questions.generate.wordnet import PERSON_FILE, first_sense, senses

Token = Any
Span = Any
_SUBJECTS = ("nsubj", "nsubjpass")
_SINGULAR = ("NN", "NNP")
_PLACES = frozenset({"GPE", "LOC"})
_BODIES = frozenset({"ORG", "GPE", "LOC", "FAC", "PRODUCT"})  # names "its" may stand for
_MAX_WORDS = 5  # a longer subject said again in the pronoun's place reads clumsily


def clause_subject(pronoun: Token) -> list[Token] | None:
    """Return the words of the first clause's subject an "its" of the clause coordinated with
    it stands for ("Pork is a staple in Ruritania, and its price rose …": "Pork"), or None
    when the sentence leaves another choice or the subject is not a short thing's name."""
    if pronoun.lower_ != "its" or pronoun.tag_ != "PRP$":
        return None
    clause = verb_above(pronoun.head)
    first = clause.head
    if clause.dep_ != "conj" or first.pos_ not in ("VERB", "AUX"):
        return None
    if not any(c.dep_ == "cc" and first.i < c.i < pronoun.i for c in first.children):
        return None  # joined by "and"/"but", not a comma splice or a list
    subjects = [c for c in first.children if c.dep_ in _SUBJECTS]
    if len(subjects) != 1 or subjects[0].i > first.i or not _thing(subjects[0]):
        return None
    subject = subjects[0]
    words = sorted(subject.subtree, key=lambda t: t.i)
    if words[-1].i != subject.i or len(words) > _MAX_WORDS:
        return None  # "the price of oil": which of the two "its" means, no rule says
    if any(t.tag_ in ("PRP", "PRP$", "WDT", "WP") or t.like_num for t in words):
        return None
    if words[0].dep_ == "det" and words[0].lower_ != "the":
        return None  # "a dog … and its owner": "a dog's owner" names no one dog
    own = {t.i for t in words}
    before = pronoun.doc[pronoun.sent.start : pronoun.i]
    if any(t.i not in own and _agrees(t) and not _same_or_setting(t, first) for t in before):
        return None  # "Acme sued Globex, and its shares fell": either's shares
    return words


def _thing(noun: Token) -> bool:
    """Tell whether a subject is a singular thing "its" may stand for: a named body or place,
    or a common noun no sense of which is a person ("pork", "the company")."""
    if noun.tag_ == "NNP" and noun.ent_type_:
        return noun.ent_type_ in _BODIES
    if noun.tag_ == "NNP" and not _common_opener(noun):
        return False
    lemma = noun.lemma_.lower()
    known = bool(senses(lemma)) and not person_noun(lemma)
    return noun.tag_ in _SINGULAR and not noun.ent_type_ and known


def _common_opener(noun: Token) -> bool:
    """Tell whether a capitalised word the parse calls a name is a common noun opening its
    sentence ("Coffee is …"), written with a capital nowhere else in its paragraph."""
    if not noun.is_sent_start or list(noun.children):
        return False
    return not any(t.text == noun.text and not t.is_sent_start for t in noun.doc)


def _agrees(token: Token) -> bool:
    """Tell whether a word heads a phrase "its" could stand for: a singular noun or name,
    not a person, a date or a figure, nor a part of a compound."""
    if token.tag_ not in _SINGULAR or token.dep_ in ("compound", "flat"):
        return False
    if token.ent_type_ == "PERSON" or token.ent_type_ in TIMES:
        return False
    entry = first_sense(token.lemma_.lower()) if token.tag_ == "NN" else None
    return entry is None or entry.lexfile != PERSON_FILE


def _same_or_setting(noun: Token, first: Token) -> bool:
    """Tell whether a noun of the first clause is what its subject is said to be ("is a
    staple") or a place the clause sets it in ("in Ruritania"): neither owns the "its"."""
    if noun.dep_ == "attr" and noun.head.i == first.i and first.lemma_ == "be":
        return True
    return noun.dep_ == "pobj" and noun.ent_type_ in _PLACES and noun.head.lower_ == "in"


def said_as(words: list[Token]) -> str:
    """Return a subject's words as said mid-sentence ("Pork" -> "pork", a name kept)."""
    text = " ".join(t.text for t in words)
    first = words[0]
    common = first.pos_ != "PROPN" or (not first.ent_type_ and _common_opener(first))
    if first.i == first.sent.start and common:
        return text[0].lower() + text[1:]
    return text


def name_clause_mates(sentence: Span, replace: dict[int, str]) -> None:
    """Say the first clause's subject for an "its" of the clause joined to it ("Pork is …, and
    its price rose …": "pork's price"), outside quotations and unless already named."""
    quoted = quoted_words(sentence)
    for token in sentence:
        if token.i in replace or token.i in quoted:
            continue
        words = clause_subject(token)
        if words is None or any(t.i in replace for t in words):
            continue
        replace[token.i] = said_as(words) + "'s"
