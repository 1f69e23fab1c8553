"""The one thing of its noun an article names: "the hashtag, #SaveTheDunes," then "the hashtag".

A story names a thing once, by a name set beside its noun ("the hashtag on Twitter,
#SaveTheDunes,") or by the named body it belongs to ("the ruling of the Federal Court"),
then says "the hashtag" or "the ruling" paragraphs later. A chain of mentions a sentence or
two apart (`antecedents`) loses it; but while the article has named one such thing and no
other (no second name, not even one holding the first's words as "the Court of Appeal" holds
"the Court"; no unnamed "the ruling of the council", no new "a ruling", no "its own ruling"
or "the second ruling"), the bare noun can mean nothing else, however far back the name was
— unless its own sentence names another body of the kind ("Milan, where … in the centre"
after "the centre of Turin").

A bare noun whose own clause names its maker as the article named it before ("the request of
the City of Turin" …; "The request was made by the City of Turin in 2010") is that one, said
so: "The request of the City of Turin was made in 2010".
"""

from __future__ import annotations

from typing import Any

Token = Any
TIMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
MAX_NAME_TOKENS = 4  # a name set beside a noun is short: "#SaveTheDunes", "Operation Clean Air"
MAX_OF_WORDS = 8  # "of the Italian Supreme Court of Cassation"
_NAME_SIGNS = ("#", "@")  # a hashtag or handle is a name too
_BODIES = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP"})  # who or where a thing is of
_NAME_JOINS = frozenset({"of", "and", "for", "&"})  # go on with the name: "Court of Appeal"


def _name_beside(noun: Token) -> str | None:
    """Return the name set in commas beside a noun ("the hashtag, #SaveTheDunes,"), or None."""
    doc = noun.doc
    for child in noun.children:
        if child.dep_ != "appos" or child.i < noun.i:
            continue
        words = list(child.subtree)
        while len(words) > 1 and words[-1].is_punct:
            words.pop()  # the closing comma the parse hangs on the name
        start, end = words[0].i, words[-1].i + 1
        if len(words) > MAX_NAME_TOKENS or doc[start - 1].text != ",":
            return None
        if end < len(doc) and doc[end].text not in (",", ".", ";"):
            return None  # the apposition goes on: a description, not a name
        text = str(doc[start:end].text)
        capitals = all(w.text[:1].isupper() for w in words if w.is_alpha)
        if (text[:1].isupper() or text.startswith(_NAME_SIGNS)) and capitals:
            return text
        return None
    return None


def _of_phrase(noun: Token) -> Token | None:
    """Return the "of" right after a noun ("of" of "the ruling of …"), or None."""
    after = [c for c in noun.children if c.dep_ == "prep" and c.i == noun.i + 1]
    return after[0] if after and after[0].lower_ == "of" else None


def _of_name(of: Token) -> str | None:
    """Return an "of" phrase when it names a body ("of the Federal Court"), or None when it
    names nothing ("of the municipalities") or says a date or a pronoun."""
    words = list(of.subtree)
    if len(words) > MAX_OF_WORDS or not any(w.pos_ == "PROPN" for w in words):
        return None
    if any(w.ent_type_ in TIMES or w.tag_.startswith("PRP") or w.like_num for w in words):
        return None
    return str(of.doc[words[0].i : words[-1].i + 1].text)


def description(noun: Token) -> tuple[bool, str | None]:
    """Return whether a "the" noun is described (a name beside it, or an "of" phrase) and
    the words it is named by ("the hashtag #SaveTheDunes"), None when the description names
    nothing."""
    if any(c.i < noun.i and c.dep_ != "det" for c in noun.children):
        return False, None  # "the new ruling": which one, its adjective says, not a name
    beside = _name_beside(noun)
    if beside is not None:
        return True, f"the {noun.text} {beside}"
    of = _of_phrase(noun)
    if of is None:
        return False, None
    named = _of_name(of)
    return True, f"the {noun.text} {named}" if named else None


def introduced_by_name(noun: Token) -> tuple[bool, str | None]:
    """Return whether a noun said first as "a …" or someone's ("his first interview … on
    Al Arabiya television") is placed by one prepositional phrase naming a body or a place,
    and the words naming it so ("the interview on Al Arabiya television"): a later bare
    "the interview" is that one, however far on."""
    det = next((c for c in noun.children if c.dep_ in ("det", "poss")), None)
    if det is None or (det.dep_ == "det" and det.lower_ not in ("a", "an")):
        return False, None
    near = list(noun.children) + (list(noun.head.children) if noun.dep_ == "dobj" else [])
    # "gave her first interview …, on Radio Nova": the parse may hang it on the verb
    named = [c for c in near if c.dep_ == "prep" and c.i > noun.i and _names_body(c)]
    if len(named) != 1:
        return False, None
    words = list(named[0].subtree)
    return True, f"the {noun.text} {noun.doc[words[0].i : words[-1].i + 1].text}"


def _names_body(prep: Token) -> bool:
    """Tell whether a prepositional phrase is a short one naming a body or a place ("on Al
    Arabiya television", "in Geneva"), with no date, number or pronoun to resolve."""
    words = list(prep.subtree)
    if len(words) > MAX_OF_WORDS or any(w.is_punct for w in words):
        return False
    if any(w.ent_type_ in TIMES or w.tag_.startswith("PRP") or w.like_num for w in words):
        return False
    return any(w.pos_ == "PROPN" and w.ent_type_ in _BODIES for w in words)


def same_thing(one: str, other: str) -> bool:
    """Tell whether two namings are of one thing: the same words, or one's words and then a
    qualifier that is no part of a name ("the ruling of the Court in Rome", "the ruling of
    the Court"); "the Court of Appeal" is another court, "New York" another city than York."""
    if one == other:
        return True
    short, long = sorted((one.split(), other.split()), key=len)
    if long[: len(short)] != short:
        return False
    rest = long[len(short)]  # the qualifier's first word: "in", not "of" of "of Appeal"
    return rest.islower() and rest not in _NAME_JOINS


def owner(noun: Token) -> str | None:
    """Return the named body a "the" noun is said of ("the City of Turin" of "the request
    of the City of Turin"), or None."""
    of = _of_phrase(noun)  # "the new request of …" is still the City's
    named = _of_name(of) if of is not None else None
    return named.removeprefix("of ") if named else None


def made_by(noun: Token, owners: set[str]) -> tuple[str, list[int]] | None:
    """Return a bare passive subject said with the maker its "by" phrase names, as the
    article named it ("request of the City of Turin"), and the "by" phrase's words to drop;
    None unless the maker is one the article wrote the noun "of"."""
    verb = noun.head
    if noun.dep_ != "nsubjpass" or not owners:
        return None
    agents = [c for c in verb.children if c.dep_ == "agent"]
    if len(agents) != 1:
        return None
    objects = [c for c in agents[0].children if c.dep_ == "pobj"]
    if len(objects) != 1:
        return None
    # "by the City of Turin in 2010": the parse may hang the date on the maker's name
    cut = {t.i for c in objects[0].children if c.dep_ == "prep" and c.lower_ != "of"
           for t in c.subtree}  # fmt: skip
    words = [agents[0], *(t for t in objects[0].subtree if t.i not in cut)]
    if words[-1].i - words[0].i + 1 != len(words):
        return None  # the maker's words are not one run
    maker = str(noun.doc[words[1].i : words[-1].i + 1].text)
    if maker not in owners:
        return None  # "by the council and the region": more than the one named before
    return f"{noun.text} of {maker}", [t.i for t in words]


def said_otherwise(noun: Token, name: str) -> bool:
    """Tell whether a mention says which one by words its naming does not have ("its own
    ruling", "the Supreme Court ruling", "the second ruling", "the ruling on May 20" after
    "the ruling of the Federal Court"): it may be another one. "The Federal Court's ruling"
    says that name again; a comma-set clause ("the ruling, which …") adds, it does not pick."""
    words = []
    for child in noun.children:
        aside = child.i > noun.i and noun.doc[child.left_edge.i - 1].text == ","
        if child.dep_ in ("det", "punct") or child.is_punct or aside:
            continue
        words += [t for t in child.subtree if not t.is_punct and t.tag_ != "POS"]
    if not words:
        return False
    mine, known = name.split(), set(name.split())
    capitals = [w.text for w in words if w.text[:1].isupper()]
    shared = [w for w in mine[2:] if w[:1].isupper()]  # the name's own, after "the ruling"
    return capitals != shared or any(w.text not in known for w in words)
