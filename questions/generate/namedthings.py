"""The one thing of its noun an article names: "the hashtag, #SaveTheDunes," then "the hashtag".

A story names a thing once, by a name set beside its noun ("the hashtag on Twitter,
#SaveTheDunes,") or by the named body it belongs to ("the ruling of the Federal Court"),
then says "the hashtag" or "the ruling" paragraphs later. A chain of mentions a sentence or
two apart (`antecedents`) loses it; but while the article has named one such thing and no
other (no second name, no unnamed "the ruling of the council", no new "a ruling"), the bare
noun can mean nothing else, however far back the name was.

A bare noun whose own clause names its maker as the article named it before ("the request of
the City of Turin" …; "The request was made by the City of Turin in 2010") is that one, said
so: "The request of the City of Turin was made in 2010".
"""

from __future__ import annotations

from typing import Any

Token = Any
MAX_NAME_TOKENS = 4  # a name set beside a noun is short: "#SaveTheDunes", "Operation Clean Air"
MAX_OF_WORDS = 8  # "of the Italian Supreme Court of Cassation"
_TIMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
_NAME_SIGNS = ("#", "@")  # a hashtag or handle is a name too


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


def _of_name(noun: Token) -> str | None:
    """Return the "of" phrase naming a body right after a noun ("of the Federal Court"), or
    None when it names nothing ("of the municipalities") or says a date or a pronoun."""
    after = [c for c in noun.children if c.dep_ == "prep" and c.i == noun.i + 1]
    if not after or after[0].lower_ != "of":
        return None
    words = list(after[0].subtree)
    if len(words) > MAX_OF_WORDS or not any(w.pos_ == "PROPN" for w in words):
        return None
    if any(w.ent_type_ in _TIMES or w.tag_.startswith("PRP") or w.like_num for w in words):
        return None
    return str(noun.doc[words[0].i : words[-1].i + 1].text)


def description(noun: Token) -> tuple[bool, str | None]:
    """Return whether a "the" noun is described (a name beside it, or an "of" phrase) and
    the words it is named by ("the hashtag #SaveTheDunes"), None when the description names
    nothing."""
    if any(c.i < noun.i and c.dep_ != "det" for c in noun.children):
        return False, None  # "the new ruling": which one, its adjective says, not a name
    beside = _name_beside(noun)
    if beside is not None:
        return True, f"the {noun.text} {beside}"
    after = [c for c in noun.children if c.dep_ == "prep" and c.i == noun.i + 1]
    if after and after[0].lower_ == "of":
        named = _of_name(noun)
        return True, f"the {noun.text} {named}" if named else None
    return False, None


def same_thing(one: str, other: str) -> bool:
    """Tell whether two namings are of one thing: one's capitalised words all the other's
    ("the ruling of the Federal Court of Appeal", "the ruling of the Federal Court")."""

    def names(text: str) -> set[str]:
        return {w for w in text.split()[2:] if w[:1].isupper() or w.startswith(_NAME_SIGNS)}

    mine, theirs = names(one), names(other)
    return bool(mine and theirs) and (mine <= theirs or theirs <= mine)


def owner(noun: Token) -> str | None:
    """Return the named body a "the" noun is said of ("the City of Turin" of "the request
    of the City of Turin"), or None."""
    named = _of_name(noun)  # "the new request of …" is still the City's
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
