"""A count whose question names every member of the set it counts (blind review 79).

"_____ candidates … were scheduled to be interviewed: a lawyer named Alice Fisher, an
appeals court judge named Michael Garcia, Senator John Cornyn of Texas, and Andrew McCabe"
and "Finland is one of the _____ members … alongside Croatia, Japan, and Lithuania" were
both keyed "four": the reader counts the names, not the article. `giveaways.listed_count`
finds one conjunct chain as long as the count; these lists the parse ties to the counted
set otherwise. A colon's list hangs as appositions of the counted noun, one under the last,
a name under the "named" that gives it, and its last items as conjuncts; "X is one of the N
…" counts X itself, and a list of X's own kind beside it counts the rest.
"""

from __future__ import annotations

from typing import Any

from questions.generate.coordination import conjuncts
from questions.generate.facts import Fact
from questions.generate.giveaways import small_count, small_number
from questions.generate.textsearch import says

Token = Any


def named_members(sentence: Any, fact: Fact, stem: str) -> str | None:
    """Refuse a small count whose question names as many members of the counted set: its
    appositions, or the subject of "one of the N …" with a list of its own kind."""
    value = small_count(fact)
    root = sentence.doc[fact.start : fact.end].root
    if value is None or root.dep_ != "nummod":
        return None
    key = range(fact.start, fact.end)
    for items in member_lists(root.head):
        if len(items) != value or any(t.i in key for i in items for t in i[0].subtree):
            continue
        if all(says(stem, item[0].text) for item in items):
            return "the question names every member the count counts"
    return None


def listed_member(sentence: Any, fact: Fact) -> bool:
    """Tell whether a key is one member of a set the sentence counts and lists in full (the
    judge "named _____" among four candidates; Lithuania "alongside Croatia, Japan and"):
    shown beside its partners, the blank is a riddle of recall."""
    root = sentence.doc[fact.start : fact.end].root
    for count in sentence:
        value = small_number(count.text) if count.dep_ == "nummod" else None
        lists = member_lists(count.head) if value is not None else []
        if any(len(i) == value and any(root in m for m in i) for i in lists):
            return True
    return False


def member_lists(noun: Token) -> list[list[list[Token]]]:
    """Return the lists of a counted noun's members the parse gives: each member its head
    word and the name it is given ("a lawyer named Alice Fisher": lawyer, Fisher)."""
    return [_appositions(noun), *([[t] for t in s] for s in _subject_and_list(noun))]


def _appositions(noun: Token) -> list[list[Token]]:
    """Return the members a colon's list gives a counted noun: its appositions, theirs and
    their conjuncts ("candidates: a lawyer …, a judge …, Cornyn, and McCabe")."""
    members: list[list[Token]] = []
    todo = [(noun, False)]
    while todo:
        token, member = todo.pop()
        for child in token.children:
            if child.dep_ == "appos" or (member and child.dep_ == "conj"):
                members.append([child])
                todo.append((child, True))
            elif child.dep_ == "acl":
                # "a lawyer named Alice Fisher": the name is that lawyer, no member of its own;
                # "four candidates named A, B …": the names are the members
                for named in (g for g in child.children if g.dep_ == "oprd"):
                    if member:
                        next(m for m in members if token in m).append(named)
                    else:
                        members.append([named])
                    todo.append((named, True))
    return members


def _subject_and_list(noun: Token) -> list[list[Token]]:
    """Return, for "X is one of the N members … alongside A, B and C", X's conjuncts with
    each list of names of X's kind in the sentence ([X, A, B, C]); else nothing."""
    of = noun.head
    share = of.head  # "one" of "one of the four members"
    if noun.dep_ != "pobj" or of.dep_ != "prep" or share.pos_ != "NUM":
        return []
    if share.dep_ == "appos":  # "Finland, one of the four members …"
        subject = share.head
    else:  # "Finland is one of the four members …"
        subject = next((c for c in share.head.children if c.dep_.startswith("nsubj")), None)
    if subject is None or not subject.ent_type_:
        return []  # "It is one of …": no name to count; a kind is told by the names'
    named = conjuncts(subject)
    lists = []
    for token in noun.sent:
        if (
            token.dep_ == "conj"
            or token in named
            or not any(c.dep_ == "conj" for c in token.children)
        ):
            continue
        chain = conjuncts(token)
        if all(t.ent_type_ == subject.ent_type_ for t in chain):
            lists.append(named + chain)
    return lists
