"""Common nouns of one kind: the items of a list the article gives as examples of a kind.

spaCy tags no entity in "the worldwide production of wheat, rice, maize and soybean", yet a
teacher asks which crops a study looked at. A bare noun is no fact by itself: its wrong
options must be things of its kind, and no word list says what kind "soybean" is. The
article itself does, where it gives examples of a kind ("dicot species, such as soybean,
cotton, and peanut"): a list sharing an item with those examples ("wheat, rice, maize and
soybean") lists things of that kind, and the kind's other examples are its options.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from lemminflect import getLemma

from questions.generate.facts import Fact

ITEM = "item"
Token = Any
_FEWEST = 3  # items in a list: two ("A and B") may be a pair, not a kind's examples
_SHARED = 2
# What a bare item may carry: no article, no adjective, no number ("the first wheat").
_BARE_DEPS = frozenset({"punct", "cc", "conj"})
_NOUNS = frozenset({"NOUN", "PROPN"})


def _chain(head: Token) -> list[Token]:
    """Return the items of a list its first item heads ("wheat, rice, maize and soybean")."""
    items = [head]
    while next_ := [c for c in items[-1].children if c.dep_ == "conj"]:
        items.append(next_[0])
    return items


def _lists(sentence: Any) -> list[list[Token]]:
    """Return the sentence's lists of common nouns, three items or more."""
    out = []
    for token in sentence:
        if token.pos_ != "NOUN" or token.dep_ == "conj":
            continue
        items = _chain(token)
        if len(items) >= _FEWEST and all(t.pos_ == "NOUN" and t.is_lower for t in items):
            out.append(items)
    return out


def _bare(token: Token) -> bool:
    """Tell whether a list item is one plain word ("soybean", not "winter wheat")."""
    return token.is_alpha and all(c.dep_ in _BARE_DEPS for c in token.children)


def _kind_of(items: list[Token]) -> str:
    """Return the kind a list gives examples of ("species" of "species such as soybean,
    cotton and peanut"), or ""."""
    first = items[0]
    prep = first.head
    such = any(c.lower_ == "such" for c in prep.children)
    kind = prep.head
    if first.dep_ != "pobj" or prep.lower_ != "as" or not such or kind.pos_ not in _NOUNS:
        return ""
    # by the word, not the model's lemma: "dicot species" (a name to the model) and "monocot
    # species" are one kind
    return str(getLemma(kind.lower_, upos="NOUN")[0])


def listed_items(per_sentence: list[list[Fact]], sentences: Sequence[Any]) -> list[list[Fact]]:
    """Add the bare items of each list the article ties to a kind it gives examples of, as
    facts of that kind (their options: the kind's other items)."""
    lists = [(index, items) for index, s in enumerate(sentences) for items in _lists(s)]
    examples: dict[str, set[str]] = {}
    for _, items in lists:
        kind = _kind_of(items)
        if kind:
            examples.setdefault(kind, set()).update(t.lemma_.lower() for t in items)
    out = [list(found) for found in per_sentence]
    for index, items in lists:
        said = {t.lemma_.lower() for t in items}
        # two shared items at least: "football, politics and music" is no list of sports
        # for sharing "football" with "sports such as football, tennis and golf"
        kinds = sorted(k for k, named in examples.items() if len(named & said) >= _SHARED)
        if len(kinds) != 1:
            continue  # of no kind the article names, or of two: no sure options
        for token in items:
            if _bare(token):  # "field corn" ties lists; "corn" alone would misquote it
                fact = Fact(index, token.i, token.i + 1, token.text, "NOUN", ITEM, "", kinds[0])
                out[index].append(fact)
        out[index].sort(key=lambda f: f.start)
    return out
