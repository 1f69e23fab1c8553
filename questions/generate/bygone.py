"""People the article itself places in a past era: no rivals for a deed of the story's time.

Blind review 77: "Who said he spoke to Helen Thomas outside the White House on May 27?" (a
June 2010 story) offered John F. Kennedy, whom the article names only as the first of "every
president from John F. Kennedy to Obama" she covered. The article places a person in another
era by the start of a range of holders ("every president from X to Y", "all prime ministers
from X to Y": X held the role before the others, up to the range's end), unless it names them
doing something in the story's time ("X said on Monday"); or by dating every sentence that
names them decades before its own year ("In 1962, X was the town's mayor").
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
    for sentence in sentences:
        past = _dated_past(sentence, year - gap)
        for ent in (e for e in ents_of(sentence) if e.label_ == "PERSON"):
            name = normalise(ent.text.removesuffix("'s").removesuffix("’s"))
            if not name:
                continue
            surname = name.split()[-1]
            if _range_start(ent):
                ranged.add(name)
            elif past is not None:
                dated[name] = max(dated.get(name, past), past)
            else:
                undated.add(surname)
                if ent.root.dep_ in _DOERS or ent.root.head.dep_ == "agent":
                    acting.add(surname)
    # a range's start says no year: one just beyond the gap, before its later holders
    found = {name: year - gap - 1 for name in ranged if name.split()[-1] not in acting}
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
