"""The wh-phrase of a counted or ranked noun: "how many heads of state", "which meeting",
"about how many people" (the article's hedge kept), "what magnitude aftershock".

Split from `write` (the wh-question writer) as the counted forms grew.
"""

from __future__ import annotations

from typing import Any

from questions.generate.coordcount import counted_together
from questions.generate.elidedcount import elided_noun
from questions.generate.facts import Fact
from questions.generate.measures import MAGNITUDE, enumerated
from questions.generate.nouns import counted_item
from questions.generate.render import join

Token = Any
# "Around how many Polaroids …" reads as "roughly how many": a preposition that also hedges.
_APPROXIMATING = frozenset({"around", "about", "over", "under"})
# Words before a number that say it is rounded ("about 80", "some 12,000"): the question
# keeps the hedge, or it asks for an exact figure the article never gives.
HEDGES = frozenset({"about", "around", "some", "roughly", "approximately", "nearly", "almost"})


def counted_wh(
    fact: Fact, root: Token, count_noun: Token, owner: str, extra: list[Token], prep: Any
) -> tuple[str | None, str]:
    """Return the wh-phrase asking for a count or rank of `count_noun` ("how many heads of
    state", "which meeting"), or None and why it cannot be asked."""
    doc = count_noun.doc
    if (
        count_noun.i + 2 < len(doc)
        and doc[count_noun.i + 1].lower_ == "to"
        and doc[count_noun.i + 2].like_num
    ):
        return None, "a tally ('by 412 votes to 190'): its other side cannot be left behind"
    joined, why = counted_together(fact, count_noun)
    if why:
        return None, why
    listed = {t.i for c in count_noun.children if c.dep_ in ("conj", "cc") or counted_item(c)
              for t in c.subtree} - joined  # fmt: skip
    if fact.kind == "count":  # "six heads of state [of China, Russia, …]" names them all
        listed |= enumerated(count_noun)
    inside = {t.i for t in root.subtree}
    # the words of the noun's own number go with it: "at least" of "at least three other
    # locations", not a loose "at" ("On which country's at other locations …?")
    inside |= {t.i for c in count_noun.children if c.like_num and c.dep_ == "nummod"
               for t in c.subtree}  # fmt: skip
    if owner and root.dep_ == "pobj":
        inside.add(root.head.i)  # the "of" that the possessive replaces
    noun_phrase = [
        t
        for t in extra
        if not (t.dep_ == "det" and t.head.i == count_noun.i)
        and (t.dep_ not in ("punct", "case") or t.i in joined)  # "bars, cafes and clubs"
        and t.i not in listed
        # the key's own number only: "employees in 14 countries" keeps its 14
        and not (t.like_num and t.dep_ == "nummod" and t.head.i == count_noun.i)
        and not (t.head.like_num or fact.start <= t.head.i < fact.end)
        and t.i not in inside
        and not (owner == "what magnitude" and (t.lower_ == MAGNITUDE or t.dep_ in ("amod", "det")))
    ]
    if owner in ("which", "what", "which year's") and any(_owned(t) for t in noun_phrase):
        return None, "a possessive before the noun cannot follow 'which' ('Which its case')"
    longest = 18 if owner in ("which", "what") else 6  # "what level on the … Scale"
    longest += len(joined)  # "how many New York City area bars and restaurants": one noun
    if len(noun_phrase) > longest or any(t.pos_ in ("VERB", "AUX") for t in noun_phrase):
        return None, "the counted noun phrase is too long"
    hedged = not owner and any(c.dep_ in ("advmod", "quantmod") and c.lower_ in HEDGES
                               for c in root.children)  # fmt: skip
    # "evacuated about 80 people": "About how many people …?", the article's own hedge
    # "the 20th Anniversary of …" of a title: without its rank the noun is no name's
    said = [t.lower_ if t.i == count_noun.i and t.pos_ == "NOUN" else t for t in noun_phrase]
    wh = join([owner or ("about how many" if hedged else "how many"), *said])
    if prep is not None and prep.lower_ in _APPROXIMATING and not owner:
        return None, f"'{prep.lower_} how many' reads as a guess"  # "bases it around 100 …"
    if prep is not None and prep.lower_ == "among":  # asked of the group (`counted`)
        return None, "'among how many' is a riddle"  # "Among how many countries was Kenya?"
    if prep is not None:
        wh = f"{prep.lower_} {wh}"
    return wh, ""


def bare_count_wh(number: Token) -> str:
    """Return the wh-phrase of a number that is its clause's subject ("nearly 700 had signed
    up": "about how many"); a bound ("at least") is added after, as for any count."""
    hedged = any(c.dep_ in ("advmod", "quantmod") and c.lower_ in HEDGES for c in number.children)
    wh = "about how many" if hedged else "how many"
    noun = elided_noun(number)  # "1,429,981 voted" after "2.1 million people voted"
    return f"{wh} {noun}" if noun else wh


_PLACES = frozenset({"GPE", "LOC", "FAC"})


def _owned(token: Token) -> bool:
    """Tell whether a word of a noun phrase says whose the thing is ("its first case",
    "allowed Nishiyama second base"): a "which" before it reads "Which its case …?"."""
    return bool(token.dep_ == "poss" or (token.dep_ == "nmod" and token.pos_ == "PROPN"))


def place_left_behind(noun: Token) -> frozenset[int]:
    """Return the words of a place phrase between a counted noun and its rate ("crowns in
    Brussels a week"): fronted with the count it reads "How many crowns in Brussels a week
    does …?" (a code review); left behind, "How many crowns a week does the ministry spend
    in Brussels?"."""
    rates = [c for c in noun.children if c.dep_ == "npadvmod" and c.i > noun.i]
    behind: set[int] = set()
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.i > noun.i):
        placed = any(o.dep_ == "pobj" and o.ent_type_ in _PLACES for o in prep.children)
        if placed and any(rate.i > prep.right_edge.i for rate in rates):
            behind |= {t.i for t in prep.subtree}
    return frozenset(behind)


_TIMES = frozenset({"DATE", "TIME"})


def time_left_behind(noun: Token) -> frozenset[int]:
    """Return the words of a time phrase the parse hung on a counted noun after it ("include
    another five communities over the next several weeks"): it dates the deed, not the
    things. Fronted with the count it reads "How many communities over the next several
    weeks would …?"; left behind, "How many communities would … include over the next
    several weeks?"."""
    behind: set[int] = set()
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.i > noun.i):
        objects = [o for o in prep.children if o.dep_ == "pobj"]
        if objects and all(o.ent_type_ in _TIMES for o in objects):
            behind |= {t.i for t in prep.subtree}
    return frozenset(behind)


def predicate_left_behind(noun: Token) -> frozenset[int]:
    """Return the words of an adjective said of a counted object after it ("reported 45
    people dead in Vesta"): the object's predicate, no part of its noun phrase. Fronted with
    the count it reads "How many people dead in Vesta have officials reported?"; left
    behind, "How many people have officials reported dead in Vesta?"."""
    if noun.dep_ != "dobj":
        return frozenset()
    said = [c for c in noun.children if c.dep_ == "amod" and c.pos_ == "ADJ" and c.i > noun.i]
    return frozenset(t.i for c in said for t in c.subtree)


# the counted noun is what the clause has or is ("three members who competed"), or its doer
# or sufferer ("two protesters who … were arrested"): then its count is of the restricted kind
_HELD_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "attr"})


def restricted_count(count_noun: Token, cut: set[int]) -> bool:
    """Tell whether the question would cut a clause that restricts the counted noun ("three
    team members who competed at the 2010 Games", "players born in Oslo"): the count is of
    the noun so restricted, and asked of the bare noun its key is wrong (review 88). A
    clause set off by punctuation (", who …", '"communities": promoting …') only describes
    the things counted."""
    doc = count_noun.doc
    if count_noun.dep_ not in _HELD_ROLES:
        return False  # "scrap interviews for five nationalities whose …": the deed's own count
    for clause in count_noun.children:
        if clause.i < count_noun.i or not (
            clause.dep_ == "relcl" or (clause.dep_ == "acl" and clause.tag_ == "VBN")
        ):
            continue  # "pirates riding in a skiff": a present participle shows them, not sorts
        if any(t.is_punct for t in doc[count_noun.i + 1 : clause.left_edge.i + 1]):
            continue  # set off: a description, not a restriction
        if any(t.i in cut for t in clause.subtree):
            return True
    return False
