"""Which of the article's one-word people it names by a given or single name, and which
options are written as a one-word person key is.

A royal is named by a title and a given name ("Princess Mako", "Crown Prince Naruhito"),
then by the name alone ("Mako's aunt"): a one-word key of that form beside the bare surnames
of people the article names in full ("Ruoff" of Kenneth Ruoff) mixes two kinds of names
(a blind reviewer failed "Ruoff / Akishino / Mako / Komuro"). Its rivals are the article's
other single names; a surname's, surnames.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from functools import cache

from questions.generate.articlememo import per_article
from questions.generate.compiled import pattern
from questions.generate.facts import Fact
from questions.generate.hypernyms import is_kind_of
from questions.generate.options import OptionContext
from questions.generate.peers import noble_title
from questions.generate.pools import is_first_name, is_surname
from questions.generate.regnal import regnal
from questions.generate.surnamed import mononym
from questions.generate.wordnet import PERSON_FILE, senses, synset

_GIVEN_TITLES = frozenset({"10541229", "09807754"})  # ruler.n.01, aristocrat.n.01
_DEPTH = 5  # empress -> emperor -> sovereign -> ruler; duke -> peer -> Lord -> … aristocrat


@cache
def given_name_title(word: str) -> bool:
    """Tell whether a capitalised word is a title a given name follows: a ruler's or a
    noble's ("Emperor", "Princess", "Sheikh"; not "President", "Senator", nor "Earl", a
    first name too)."""
    if not word[:1].isupper() or is_first_name(word):
        return False
    people = [o for o in senses(word.lower()) if (s := synset(o)) and s.lexfile == PERSON_FILE]
    return is_kind_of(people[:1], _GIVEN_TITLES, _DEPTH)


def _titled(name: str, article: Sequence[Fact], text: str,
            title: Callable[[str], bool] = given_name_title) -> bool:  # fmt: skip
    """Tell whether the article writes a one-word name after a ruler's or noble's title: a
    fact of its own ("Princess Mako") or its text ("Emperor Akihito", taken for "Akihito")."""
    people = [f.text.split() for f in article if f.kind == "person"]
    if any(len(w) > 1 and w[-1] == name and title(w[-2]) for w in people):
        return True
    before = pattern(rf"\b([A-Z][a-z]+) +{re.escape(name)}\b").finditer(text)
    return any(title(found.group(1)) for found in before)


def _peer(name: str, article: Sequence[Fact], text: str) -> bool:
    """Tell whether the article names someone by a peer's title and one name ("Lord
    Cormack", "Baroness Stowell"): a surname, most often, but the name the peer goes by."""
    return _titled(name, article, text, noble_title)


def single_names(article: Sequence[Fact], context: OptionContext | None) -> frozenset[str]:
    """Return the one-word names the article gives people as a given or single name: after a
    ruler's or noble's title ("Prince Akishino", "Emperor Akihito") or a name of its own
    (`mononym`: "Sayako"); never one a list knows as a surname. A name it only ever says
    after an office ("President Putin") or alone ("Carrasco") may be a surname: not one."""
    # Asked once an option list, worked out once an article: besides the article's own text
    # and roles, it reads only its people's names (`mononym`, `_titled` read no other fact).
    people = tuple(f.text for f in article if f.kind == "person")
    return per_article(context, ("single_names", people), lambda: _singles(article, context))


def _singles(article: Sequence[Fact], context: OptionContext | None) -> frozenset[str]:
    """Work out `single_names`."""
    text = context.text if context is not None else ""
    people = [f.text.split() for f in article if f.kind == "person"]
    names = {words[-1] for words in people if len(words) == 1 or given_name_title(words[-2])}
    names |= {words[0] for words in people if len(words) == 1 and _peer(words[0], article, text)}
    return frozenset(
        name for name in names
        if _peer(name, article, text)  # "Lord Cormack": his peers are his rivals
        or (not is_surname(name)
            and (_titled(name, article, text) or mononym(name, article, context)))
    )  # fmt: skip


def titled_single(
    key: str, singles: frozenset[str], article: Sequence[Fact], context: OptionContext | None
) -> bool:
    """Tell whether a one-word key is a given name the article says after a ruler's or
    noble's title ("Princess Mako" … "Mako's aunt"): its rivals are the article's other
    single names alone, never made-up surnames."""
    text = context.text if context is not None else ""
    return key in singles and (_titled(key, article, text) or _peer(key, article, text))


def form_clash(
    key: str, option: str, singles: frozenset[str], surnames: AbstractSet[str], titled: bool
) -> bool:
    """Tell whether a one-word person option is written unlike a one-word key: anything but a
    single name beside a `titled_single` key ("Mako": "Naruhito", not "Ruoff" of Kenneth
    Ruoff), a single name beside a surname ("Komuro": "Ruoff", not "Naruhito"); a monarch's
    regnal name beside a name in full ("Hisham Fathy": not "Senwosret II")."""
    if " " in key:
        return regnal(option) != regnal(key)
    if titled:
        return option not in singles
    return key in surnames and option in singles
