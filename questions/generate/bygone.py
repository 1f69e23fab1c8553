"""People the article itself places in a past era: no rivals for a deed of the story's time.

Blind review 77: "Who said he spoke to Helen Thomas outside the White House on May 27?" (a
June 2010 story) offered John F. Kennedy, whom the article names only as the first of "every
president from John F. Kennedy to Obama" she covered. The article places a person in another
era by the start of a range of holders ("every president from X to Y", "all prime ministers
from X to Y": X held the role before the others, up to the range's end), unless it names them
doing something in the story's time ("X said on Monday"); or by dating every sentence that
names them decades before its own year ("In 1962, X was the town's mayor").

Blind review 85: "Who danced a cueca with the spokeswoman?" (a September 2010 story) offered
Bernardo O'Higgins, whom the article names only in "the process that ended in 1818 after
Bernardo O'Higgins proclaimed it", and Manuel Montt, named only as a part pupils played ("a
tertulia featuring Manuel Montt (starred by Luis Rojas)"). So a mention whose own clause, or
the nearest clause above it that says a time, is dated to a year long before the story
(`_FAR`: a lifetime, so a sentence of the story's time may say it) places them there too; and a
mention as a role someone plays ("X (played by Y)", "dressed as X", "an actor played X") is of
the role's past, whatever the sentence's time.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from questions.generate.entcache import ents_of
from questions.generate.persons import person_noun
from questions.schema import normalise

_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")
# "is", "says", "will": a finite verb of the article's time or after it
_PRESENT = frozenset({"VBZ", "VBP", "MD"})
_EVERY = frozenset({"every", "all", "each"})  # a range over a set of holders, not one
_TO = frozenset({"to", "through", "until"})  # a range's end, right after its start
_DOERS = frozenset({"nsubj", "nsubjpass", "agent"})
_FAR = 50  # years: a clause dated this long before the story tells of another generation's deed
# the verbs of taking a part: "X (starred by Y)", "portrayed X", "dressed as X"
_PORTRAYING = frozenset({"play", "portray", "star", "impersonate", "dress", "disguise", "costume"})
_NOUN_CLAUSES = frozenset({"relcl", "acl"})  # a clause of a noun: its time is not the noun's


def bygone_eras(sentences: Sequence[Any], year: int | None, gap: int) -> dict[str, int]:
    """Map the people (folded full name and surname) the article places more than `gap`
    years before its `year` to that era: the year of their dated sentences, or, for the start
    of a range of holders, which says no year, one just beyond the gap."""
    eras: dict[str, int] = {}
    if year is None:
        return eras
    ranged: set[str] = set()
    dated: dict[str, int] = {}
    undated: set[str] = set()  # surnames named in a sentence of the story's time
    acting: set[str] = set()  # surnames doing something there ("X said on Monday")
    roles: set[str] = set()  # people named as a part someone plays
    for sentence in sentences:
        past = _dated_past(sentence, year - gap)
        for ent in (e for e in ents_of(sentence) if e.label_ == "PERSON"):
            name = normalise(ent.text.removesuffix("'s").removesuffix("’s"))
            if not name:
                continue
            surname = name.split()[-1]
            if _range_start(ent):
                ranged.add(name)
            elif (
                era := _clause_past(ent, sentence, year - _FAR) if past is None else past
            ) is not None:
                dated[name] = max(dated.get(name, era), era)
            elif _portrayed(ent):
                roles.add(name)
            else:
                undated.add(surname)
                if ent.root.dep_ in _DOERS or ent.root.head.dep_ == "agent":
                    acting.add(surname)
    # a range's start says no year: one just beyond the gap, before its later holders
    found = {name: year - gap - 1 for name in ranged if name.split()[-1] not in acting}
    # a role played says no year either: of the past, unless the article has them act now
    found.update({name: year - gap - 1 for name in roles if name.split()[-1] not in undated})
    for name, era in dated.items():
        if name.split()[-1] not in undated:  # every sentence naming them is of that past
            found[name] = min(era, found.get(name, era))
    for name, era in found.items():
        for said in (name, name.split()[-1]):
            eras.setdefault(said, era)
    return eras


def _dated_past(sentence: Any, before: int) -> int | None:
    """Return the latest year of a sentence whose every time is a year on or before `before`
    and whose finite verbs are all past ("In 1962, X was mayor"), else None ("X, mayor in 1962, said
    on Monday": Monday is the story's own time)."""
    # a year of birth ("Anselm, born in 1962, will take the throne") dates no deed of theirs
    dates = [
        e
        for e in ents_of(sentence)
        if e.label_ == "DATE" and not any(t.lower_ == "born" for t in e.root.ancestors)
    ]
    years = [int(y) for e in dates for y in _YEAR.findall(e.text)]
    if not dates or any(not _YEAR.search(e.text) for e in dates):
        return None
    if max(years) > before or any(t.tag_ in _PRESENT for t in sentence):
        return None
    return max(years)


def _range_start(ent: Any) -> bool:
    """Tell whether a name starts a range of a role's holders: "every president from X to
    Y", "all prime ministers from X to Y", "presidents from X to Y" ("a letter from X to Y"
    is a message's way, no range of people)."""
    prep = ent.root.head
    if ent.root.dep_ != "pobj" or prep.lower_ != "from" or ent.end >= len(ent.doc):
        return False
    if ent.doc[ent.end].lower_ not in _TO:
        return False  # "from X": where X came from, or whom a message was from
    over = prep.head
    holders = [over] if over.pos_ == "NOUN" else []
    holders += [c for c in over.children if c.dep_ in ("dobj", "pobj") and c.pos_ == "NOUN"]
    holders += [o for c in over.children if c.dep_ == "prep" for o in c.children
                if o.dep_ == "pobj" and o.pos_ == "NOUN"]  # fmt: skip
    return any(_set_of_holders(noun) for noun in holders)


def _set_of_holders(noun: Any) -> bool:
    """Tell whether a noun names many holders of a role ("every president", "ministers")."""
    many = noun.tag_ == "NNS" or any(c.lower_ in _EVERY for c in noun.children)
    return many and person_noun(noun.lemma_)


def _clause_past(ent: Any, sentence: Any, before: int) -> int | None:
    """Return the year that dates a person's mention, where it is on or before `before`: the
    time said by the nearest clause above the name that says one ("ended in 1818 after X
    proclaimed it"), else None ("X said on Friday that the war ended in 1918": the name's own
    clause says Friday; a year of birth dates no deed)."""
    token = ent.root
    while token.head.i != token.i and token.dep_ not in _NOUN_CLAUSES:
        token = token.head
        if token.pos_ not in ("VERB", "AUX"):
            continue
        times = [e for e in ents_of(sentence) if e.label_ == "DATE" and _dates(token, e)]
        if not times:
            continue
        years = [int(y) for e in times for y in _YEAR.findall(e.text)]
        if token.lemma_ == "bear" or len(years) != len(times) or max(years) > before:
            return None  # "on Friday", "born in 1930": no deed of long ago
        return max(years)
    return None


def _dates(verb: Any, time: Any) -> bool:
    """Tell whether a time is said of a verb: its object of a preposition ("in 1818") or a
    bare time beside it ("ended 1818", "last year")."""
    head = time.root.head
    by_prep = time.root.dep_ == "pobj" and head.dep_ == "prep" and head.head.i == verb.i
    return by_prep or (time.root.dep_ in ("npadvmod", "tmod") and head.i == verb.i)


def _portrayed(ent: Any) -> bool:
    """Tell whether a name stands as a part someone plays: "a tertulia featuring X (starred by
    Y)", "X, portrayed by Y", "pupils dressed as X", "an actor played X" (but "Nadal played
    Federer": a person playing a person is a match)."""
    doc, root = ent.doc, ent.root
    after = doc[ent.end : ent.end + 3]  # the parse may hang "(played by Y)" on the phrase
    if len(after) == 3 and after[0].text in ("(", ",") and after[2].lower_ == "by":
        return after[1].tag_ == "VBN" and after[1].lemma_ in _PORTRAYING  # "X (starred by Y)"
    before = [t for t in doc[max(ent.start - 2, 0) : ent.start]]
    if len(before) == 2 and before[1].lower_ == "as" and before[0].lemma_ in _PORTRAYING:
        return True  # "dressed as X", "starred as X"
    if root.dep_ != "dobj" or root.head.lemma_ not in _PORTRAYING:
        return False
    players = [c for c in root.head.children if c.dep_ == "nsubj"]
    return bool(players) and all(p.ent_type_ == "" for p in players)  # "an actor played X"
