"""Pronouns a question shows, and those its own clause's subject binds.

A pronoun after a preposition on the verb ("took with them two barrels") most often means
the subject of its clause, or of the clause it is coordinated with ("They went … and took
with them …"): the subject carries its belongings, goes with its people. Where the sentence
leaves no other noun of the pronoun's number before it, the question that names the subject
names the pronoun too. A direct object cannot mean its own clause's subject ("they arrested
them" is others), so only a preposition's object is read so.

A sentence may say a pronoun in a part the question leaves out ("… and locked themselves in
between them"): that pronoun is no word of the question and cannot leave it unbound.
"""

from __future__ import annotations

import re
from typing import Any

from questions.generate.compiled import pattern
from questions.generate.heads import verb_above
from questions.generate.spantext import span_text

Token = Any
Span = Any
_PLURAL = ("NNS", "NNPS")
_SINGULAR = ("NN", "NNP")
# a clause with no subject of its own shares its head's: "They went … and took", "left,
# taking with them …"
_SHARING = ("conj", "xcomp", "advcl")


def shown_pronouns(sentence: Span, word: str, stem: str) -> list[Token]:
    """Return the sentence's pronouns `word` the question shows: those it writes next to a
    neighbour the sentence gives them ("with them"), or every one if the question says the
    word more often than that finds (it asked them in other words)."""
    if word not in span_text(sentence).lower():
        return []  # most sentences: none of it, no word of them walked
    every = [t for t in sentence if t.lower_ == word]
    shown = [t for t in every if _beside(t, sentence, stem)]
    said = len(pattern(rf"(?<!\w){re.escape(word)}(?!\w)", re.IGNORECASE).findall(stem))
    return shown if said <= len(shown) else every


def _beside(token: Token, sentence: Span, stem: str) -> bool:
    """Tell whether a question writes a pronoun with the word before or after it as written."""
    pairs = []
    if token.i > sentence.start:
        pairs.append(f"{token.doc[token.i - 1].text} {token.text}")
    if token.i + 1 < sentence.end and not token.doc[token.i + 1].is_punct:
        pairs.append(f"{token.text} {token.doc[token.i + 1].text}")
    return any(
        pattern(rf"(?<!\w){re.escape(pair)}(?!\w)", re.IGNORECASE).search(stem) for pair in pairs
    )


def subject_antecedent(pronoun: Token, plural: bool) -> list[Token] | None:
    """Return the subject (its joined heads: "Almonte and Collins") a preposition's object
    pronoun ("with them") stands for: the subject of its verb's clause or of the clause that
    one shares its subject with, of the pronoun's number, and no other noun of that number
    before the pronoun it could mean ("took two barrels … between them": the barrels)."""
    preposition = pronoun.head
    if pronoun.dep_ != "pobj" or preposition.dep_ != "prep":
        return None
    clause = preposition.head
    if clause.pos_ not in ("VERB", "AUX") or verb_above(clause).i != clause.i:
        return None  # "the barrels between them": on a noun, the noun's
    while (subject := _subject(clause)) is None:
        if clause.dep_ not in _SHARING or any(c.dep_ == "mark" for c in clause.children):
            return None  # "after they …": a clause of its own
        clause = clause.head
    heads = _joined(subject)
    if subject.i > pronoun.i or not _agrees(heads, plural):
        return None
    own = {t.i for h in heads for t in h.subtree}
    tags = _PLURAL if plural else _SINGULAR
    before = pronoun.doc[pronoun.sent.start : pronoun.i]
    # another noun of its number could be meant; one used as an adverb is a measure ("went
    # 25 feet"), no one's
    if any(t.tag_ in tags and t.i not in own and t.dep_ != "npadvmod" for t in before):
        return None
    return heads


def _subject(clause: Token) -> Token | None:
    """Return a clause's active subject, if it says one."""
    return next((c for c in clause.children if c.dep_ == "nsubj"), None)


def _joined(subject: Token) -> list[Token]:
    """Return a subject's heads joined by "and" ("Almonte and Collins"), or the subject."""
    heads = [subject]
    while (more := next((c for c in heads[-1].children if c.dep_ == "conj"), None)) is not None:
        heads.append(more)
    return heads


def _agrees(heads: list[Token], plural: bool) -> bool:
    """Tell whether a subject has a pronoun's number: joined heads, a plural noun or "they"
    for "them"; one singular noun, not a person's name, or "it" for "it"."""
    head = heads[0]
    if plural:
        return len(heads) > 1 or head.tag_ in _PLURAL or head.lower_ == "they"
    if len(heads) > 1:
        return False
    return head.lower_ == "it" or (head.tag_ in _SINGULAR and head.ent_type_ != "PERSON")
