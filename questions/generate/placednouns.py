"""Whether a place said of a noun is the place of its whole clause.

"The situation in Afghanistan has changed": the situation is where the change is, so "Where
has the situation changed?" asks what the article says. "The television network in the
United Arab Emirates had exclusive access to the President" says where the network is, not
where the access was; "received the last three captive rhinos in the United States" says
which rhinos (the last ones in that country), not where they were received. Only a noun
that names a happening (an act, event, state, phenomenon or process: an election, a
protest, a crisis) lends its place to its clause; a body, a group, a thing, an animal or a
person keeps it, and so does a noun a number, rank or superlative narrows.
"""

from __future__ import annotations

from typing import Any

from questions.generate.wordnet import senses, synset

Token = Any
# WordNet's noun.act, noun.event, noun.phenomenon, noun.process, noun.state
_HAPPENINGS = frozenset({4, 11, 19, 22, 26})
# noun.animal, noun.artifact, noun.body, noun.food, noun.group, noun.location, noun.object,
# noun.person, noun.plant, noun.quantity, noun.substance: things that are somewhere
_THINGS = frozenset({5, 6, 8, 13, 14, 15, 17, 18, 20, 23, 27})


def _lexfiles(noun: Token) -> list[int]:
    """Return the lexicographer files of a noun's senses, commonest first; a plural name the
    index lacks ("Games") is looked up as its singular."""
    word = noun.lemma_.lower()
    found = senses(word) or (senses(word[:-1]) if word.endswith("s") else ())
    return [entry.lexfile for offset in found if (entry := synset(offset)) is not None]


def names_happening(noun: Token) -> bool:
    """Tell whether a noun names a happening: its commonest sense is one, or it is no thing
    in its commonest sense and another sense is one ("talks": a conversation, an act)."""
    files = _lexfiles(noun)
    if not files:
        return False
    return files[0] in _HAPPENINGS or (
        files[0] not in _THINGS and any(f in _HAPPENINGS for f in files)
    )


def narrowed(noun: Token) -> bool:
    """Tell whether a number, a rank or a superlative picks out which of the noun's things
    are meant ("the last three rhinos", "the highest peak", "the first election"): the
    place is then part of that choice, not where the clause happens."""
    before = [t for t in noun.subtree if t.i < noun.i]  # "the most recent election"
    return any(
        (t.dep_ == "nummod" and t.ent_type_ != "DATE")  # "the 2016 election" names which
        or t.tag_ in ("JJS", "RBS")
        or t.ent_type_ == "ORDINAL"
        for t in before
    )


def lends_place(noun: Token) -> bool:
    """Tell whether a place phrase on a subject or object noun is its clause's place."""
    return names_happening(noun) and not narrowed(noun)
