"""A name the model cut short of the capitalised word that opens it: "Republican Sinn Féin".

Review 61 keyed "Sinn Féin" to "Republican Sinn Féin … have declared that it was irresponsible
…": the model named "Republican" a group of people and "Sinn Féin" a person, and the key was
another party than the sentence's (Sinn Féin itself had condemned the violence). A word the
parse ties into a name ("Republican" a compound of "Féin") is a word of that name unless it
says who a person is: a title or a word for what someone is ("Premier", "Official"), a
people's word ("Spaniard", "South Korean"), or any word before a person's own name ("Democrat
Anthony Weiner"). The whole name is asked as a body (no person's name is in it, and an
apposition such as "a party" gives its kind and so its rivals), and the name it holds is a
fair rival.
"""

from __future__ import annotations

from typing import Any

from questions.generate.carried import nation_member, person_noun
from questions.generate.demonyms import people_noun_nation
from questions.generate.nationwords import adjective_nation
from questions.generate.pools import is_any_first_name, is_surname

Span = Any
Token = Any


def _names_someone(words: Span) -> bool:
    """Tell whether a span holds a person's first name or surname ("Anthony Weiner")."""
    return any(is_any_first_name(t.text) or is_surname(t.text) for t in words)


def says_who(word: Token) -> bool:
    """Tell whether a capitalised word before a name says who someone is rather than naming:
    a title or role ("Premier", "Official"), a people's word ("Korean", "Spaniard")."""
    text = str(word.text)
    return bool(
        person_noun(word.lower_)
        or nation_member(text)
        or people_noun_nation(text)
        or adjective_nation(text)
    )


def glued_name(ent: Span) -> Span:
    """Return the whole name a capitalised word opens when the model named only the rest
    ("Republican Sinn Féin", where it names "Sinn Féin" a person), labelled a body; any other
    entity is itself."""
    from spacy.tokens import Span as SpacySpan

    doc, start = ent.doc, ent.start
    if ent.label_ != "PERSON" or start == 0 or start <= ent.sent.start:
        return ent
    word = doc[start - 1]
    tied = word.dep_ in ("compound", "amod") and start <= word.head.i < ent.end
    capital = word.is_alpha and word.text[:1].isupper() and not word.text.isupper()
    # the model's own group word ("Republican"), one word long: not "South Korean"; an
    # untagged word may be a first name no list knows ("Dries Mertens") or a title's end
    # ("Minister for the Olympics Tessa Jowell")
    one = word.ent_type_ == "NORP" and word.ent_iob_ == "B"
    if not (tied and capital and one):
        return ent
    if says_who(word) or _names_someone(ent):
        return ent
    return SpacySpan(doc, start - 1, ent.end, label="ORG")
