"""An office question a reader answers from the world, not from the article.

"Who was the United States President in February 2008?" keyed George W. Bush tests nothing
the article says: every adult knows who led a country when the leader is famous. A key is
famous when WordNet knows the person as an instance of a category (George W. Bush of
President of the United States, Hirohito of emperor) and the person lived in the year asked;
the office is a country's head of state or government, the question naming the country
("U.S. President", "the Prime Minister of Japan"). A minister, a director or an ambassador,
or a head WordNet does not know, is the article's fact and stays asked; so does the famous
person's deed ("Who said …?"), which is no office question.
"""

from __future__ import annotations

import re
from typing import Any

from questions.generate.famous import PRESENT, famous_people, life
from questions.generate.gazetteer import country_code
from questions.generate.nationcodes import nation_codes
from questions.generate.nationwords import word_nation
from questions.generate.roles import COUNTRY_HEAD, ROLE_RULE

# A country's head of state or government: the role words for one person at the top of it.
HEADS = COUNTRY_HEAD | {"emperor", "empress", "monarch", "prime minister"}
# Words that say when the office was held, not which office: "the current President of …".
_WHEN_WORDS = frozenset({"the", "current", "then", "new", "incumbent", "sitting"})
_ASKED = re.compile(r"Who was (?P<office>.+?) in (?:[A-Z][a-z]+ )?(?P<year>\d{4})\?$")


def _head(words: list[str]) -> tuple[str, list[str]]:
    """Split an office's words into its role ("prime minister") and the words before it."""
    lower = [w.lower() for w in words]
    if lower[-2:] == ["prime", "minister"]:
        return "prime minister", words[:-2]
    return (lower[-1], words[:-1]) if words else ("", [])


def _country(words: list[str]) -> bool:
    """Tell whether words name one country by its name or its people's word ("U.S.",
    "United States", "Japan's", "Japanese"), once the words of when are set aside."""
    words = [re.sub(r"['’]s?$", "", w) for w in words if w.lower() not in _WHEN_WORDS]
    if not words:
        return False
    if country_code(" ".join(words)):
        return True
    return len(words) == 1 and bool(nation_codes(words) or word_nation(words[0]))


def nation_head(office: str) -> bool:
    """Tell whether an office is the head of a country the office names ("the U.S.
    President", "Japan's prime minister", "the King of Sweden"); "the US vice president",
    "the President of the European Council" or "the NASA Administrator" are not."""
    before, of, owner = office.partition(" of ")
    role, words = _head(before.split())
    if role not in HEADS:
        return False
    if of:  # "the President of Afghanistan": the country follows, nothing but when before
        return all(w.lower() in _WHEN_WORDS for w in words) and _country(owner.split())
    return _country(words)


def _famous_in(name: str, year: int) -> bool:
    """Tell whether a name is a person WordNet knows as an instance who lived in the year
    (one it gives no dates is taken as known: a namesake is what the year rules out)."""
    for person in famous_people(name):
        lived = life(person)
        if lived is None or lived[0] <= year <= (9999 if lived[1] == PRESENT else lived[1]):
            return True
    return False


def known_holder(stem: Any, key: str) -> str | None:
    """Refuse "Who was the <head of a country> in <when>?" keyed by a famous person: the
    reader knows the answer without the article."""
    if stem.rule != ROLE_RULE:
        return None
    found = _ASKED.search(stem.text.splitlines()[-1] if stem.text else "")
    if found is None or not nation_head(found["office"]):
        return None
    if not _famous_in(key, int(found["year"])):
        return None
    return f"{key!r} as {found['office']!r} is known without the article"
