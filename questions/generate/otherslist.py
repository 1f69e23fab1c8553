"""People a sentence lists as "others" who did a deed share it with the person named for it.

"Jane Cole is helping to plan the fair. Several others who helped include Sam Reed and Al
Ford." says Reed and Ford helped too: asked "Who is helping to plan the fair?", neither is a
wrong option, nor is Cole one for "Others who helped include _____, …". The list is introduced
by "other(s)": "others who <did it>" (the deed its clause's verb), "other <doers> include"
(the deed the doer noun: "founders", a founder's "found"), or "… along with others such as
…" (the deed the clause's own verb, shared with its named subject). The person named for the
deed is a named subject of the same verb nearby, or of one WordNet files under the same
commonest sense ("assisted" for "helped"), or one the article calls by the doer noun.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any

from questions.generate.articlememo import per_article
from questions.generate.clauses import SUBJECT
from questions.generate.derived import deriving_verbs
from questions.generate.entityspans import entity_of
from questions.generate.facts import Fact
from questions.generate.verbfiles import same_sense
from questions.schema import normalise

if TYPE_CHECKING:
    from questions.generate.options import OptionContext

Token = Any
_DEED_CLAUSES = frozenset({"relcl", "acl"})  # "others who helped", "others involved"
_NAMED = frozenset({"attr", "dobj", "pobj", "appos"})  # where "include" puts its list
# how far from the list the person named for the deed may be: "Several others who …" leans
# on the sentence or two before it, or, rarely, on the one after ("… Cole also helped.")
_BEFORE, _AFTER = 2, 1


def named_person_word(token: Token) -> bool:
    """Tell whether a token is a named person's word."""
    return bool(token.ent_type_ == "PERSON" and token.pos_ == "PROPN")


def listed_with(token: Token) -> list[Token]:
    """Return a list's item with the items joined to it ("A, B and C": conj and appos)."""
    found, todo = [], [token]
    while todo:
        item = todo.pop()
        found.append(item)
        todo += [c for c in item.children if c.dep_ in ("conj", "appos")]
    return found


def _others(sentence: Any) -> Iterable[Token]:
    """Yield the words that introduce a list as others: "others", "other founders"."""
    for token in sentence:
        plain = token.lower_ == "others" and token.pos_ in ("NOUN", "PRON")
        adjective = token.tag_ == "NNS" and any(
            c.dep_ == "amod" and c.lemma_.lower() == "other" for c in token.children
        )
        if plain or adjective:
            yield token


def _members(head: Token) -> list[Token]:
    """Return the named people a list introduced by `head` gives: its appositions, its
    "such as"/"including" objects, and what a verb of including it hangs on names ("Others
    … include: A, B and C"; the parser may hang "include" inside the deed's own clause)."""
    starts = [c for c in head.children if c.dep_ == "appos"]
    starts += [g for c in head.children if c.dep_ == "prep" and c.lemma_.lower() in ("as",
               "like", "include") for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    verbs = [head.head] if head.dep_ in SUBJECT else []
    verbs += [t for t in head.subtree if t.pos_ == "VERB"]
    for verb in verbs:
        if verb.lemma_.lower() == "include":
            starts += [c for c in verb.children if c.dep_ in _NAMED]
    return [t for start in starts for t in listed_with(start) if named_person_word(t)]


def deed_verbs(verb: Token) -> set[str]:
    """Return the lemmas a deed's verb stands for: itself and the verbs it takes ("helping
    to plan": help, plan)."""
    return {verb.lemma_.lower(), *(c.lemma_.lower() for c in verb.children if c.dep_ == "xcomp")}


def alike_verbs(ours: AbstractSet[str], theirs: AbstractSet[str]) -> bool:
    """Tell whether two deeds' verbs are one: a shared lemma, or one WordNet files under the
    other's commonest sense ("assist", "help")."""
    return bool(ours & theirs) or any(same_sense(a, b) for a in ours for b in theirs)


def _named_for(sentence: Any, verbs: set[str], noun: str) -> list[Token]:
    """Return the named people a sentence gives the deed: the subjects of a verb of it, or
    people it calls by its doer noun ("Rita Moss, a founder of the club")."""
    found = []
    for token in sentence:
        if not named_person_word(token) or token.dep_ == "compound":
            continue
        verb = token.head
        subject = token.dep_ in SUBJECT and verb.pos_ == "VERB"
        deed = subject and alike_verbs(verbs, deed_verbs(verb))
        called = noun and any(c.dep_ == "appos" and c.lemma_.lower() == noun
                              for c in token.children)  # fmt: skip
        if deed or called:
            found += listed_with(token)
    return [t for t in found if named_person_word(t)]


def _partners(head: Token) -> list[Token]:
    """Return whom "others" are joined to in their own clause: "Cole, along with others such
    as …, founded": Cole; "Cole and others such as …": Cole."""
    if head.dep_ == "conj":
        return [t for t in listed_with(head.head) if named_person_word(t)]
    joined = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "with" else None
    if joined is not None and joined.lower_ in ("along", "together"):
        joined = joined.head
    if joined is None or joined.pos_ != "VERB":
        return [joined] if joined is not None and named_person_word(joined) else []
    doers = [t for c in joined.children if c.dep_ in SUBJECT for t in listed_with(c)]
    return [t for t in doers if named_person_word(t)]


def _groups(every: Sequence[Any]) -> list[list[Token]]:
    """Return each "others" list of the article with the people named for its deed."""
    groups = []
    for at, sentence in enumerate(every):
        for head in _others(sentence):
            members = _members(head)
            if not members:
                continue
            clauses = [c for c in head.children if c.dep_ in _DEED_CLAUSES and c.pos_ == "VERB"]
            verbs = {v for c in clauses for v in deed_verbs(c)} - {"include"}
            noun = head.lemma_.lower() if head.lower_ != "others" else ""
            verbs |= deriving_verbs(noun, 18) if noun else set()  # a founder: found
            named = _partners(head) if not clauses and not noun else []
            if verbs or noun:
                near = every[max(0, at - _BEFORE) : at + _AFTER + 1]
                named += [t for s in near for t in _named_for(s, verbs, noun)]
            if named:
                groups.append(members + named)
    return groups


def _article_groups(every: Sequence[Any]) -> list[list[Token]]:
    """Return the article's "others" lists, none where it never says "other"."""
    if not any(t.lemma_.lower() == "other" for s in every for t in s):
        return []
    return _groups(every)


def _whole_name(token: Token) -> str:
    """Return the named person's whole name a token is part of ("Sam Reed" of "Reed")."""
    span = entity_of(token)
    return str(span.text) if span is not None else str(token.text)


def deed_sharers(sentence: Any, fact: Fact, every: Sequence[Any],
                 context: OptionContext | None = None) -> frozenset[str]:  # fmt: skip
    """Return the folded names (whole, and surnames) that share a person key's deed by an
    "others" list, none of them a wrong option for it; none when the key is in no such list
    nor named for its deed."""
    if fact.kind != "person":
        return frozenset()
    # the article's lists are the same for every person key: found once an article
    groups = per_article(context, "otherslist.groups", lambda: _article_groups(every))
    key = sentence.doc[fact.start : fact.end].root
    people = [t for g in groups if any(t.doc is key.doc and t.i == key.i for t in g)
              for t in g]  # fmt: skip
    shared = others_names(people, fact.text)
    return frozenset(shared | {n.split()[-1] for n in shared})


def others_names(people: Iterable[Token], key: str) -> frozenset[str]:
    """Return the folded whole names of named people's words, but the key's own ("Sam Reed"
    for a key "Reed" is the key, not another)."""
    own = set(normalise(key).split())
    names = {normalise(_whole_name(t)) for t in people}
    return frozenset(n for n in names if not set(n.split()) <= own)
