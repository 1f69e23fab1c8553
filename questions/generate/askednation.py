"""The country a question gives the person it asks about, read from that person's own
phrase only.

"Which American official met Solis?", "Who was the Colombian Minister of Foreign
Relations?", "Cuban First Secretary _____ said …" say whose compatriot the answer is; "Who
met the Russian president in Paris?" and "Who urged American voters …?" do not: the
Russians and the voters are the other party, so no option may be struck out by them.
"""

from __future__ import annotations

import re

from questions.generate.kinds import kind_word
from questions.generate.nationwords import adjective_nation
from questions.generate.nouns import commonest_person

BLANK = "_____"  # the gap a question leaves for its key (refusals.BLANK)
_WORDS = re.compile(r"[\w.'’-]+")
_RUN = 4  # the words of a title run read after an adjective: "Cuban First Secretary of"
# "Which American official …", "What Cuban diplomat …": the wh-word's own noun phrase
_WH_NOUN = re.compile(r"^(?:Which|What)\s+(.*)$")
# "Who was the Colombian Minister …?": the person asked is the one the predicate names
_WH_IS = re.compile(r"^Who\s+(?:is|was|are|were|has been|had been|became)\s+(.*)$")
_ARTICLES = frozenset({"the", "a", "an"})


def asked_persons_nation(line: str) -> frozenset[str]:
    """Return the countries a question line gives the person it asks about, by a nation's
    adjective in that person's own phrase: the wh-word's noun, a "Who was" predicate, the
    blank's title run or its apposed noun phrase ("The Cuban First Secretary …, _____,")."""
    found: set[str] = set()
    for phrase in _asked_phrases(line.strip()):
        found |= peoples_country(phrase)
    return frozenset(found)


def _asked_phrases(line: str) -> list[str]:
    """Return the phrases of a question line that name the person it asks about."""
    phrases: list[str] = []
    for pattern in (_WH_NOUN, _WH_IS):
        matched = pattern.match(line)
        if matched:
            phrases.append(_head_run(_WORDS.findall(matched.group(1))))
    if BLANK in line:
        before = line.split(BLANK, 1)[0]
        # the run ends at a comma: "In Moscow, _____ said" gives no title
        phrases.append(_title_before(_WORDS.findall(re.split(r"[,;:]", before)[-1])))
        if before.rstrip().endswith(","):
            phrases.append(_apposed(before.rstrip()[:-1]))
    return [p for p in phrases if p]


def _head_run(words: list[str]) -> str:
    """Return a noun phrase's opening title run, its article aside: the words up to and
    including the first lower-case one ("American official", "Colombian Minister of")."""
    if words and words[0].lower() in _ARTICLES:
        words = words[1:]
    run: list[str] = []
    for word in words[: _RUN + 1]:
        run.append(word)
        if not word[:1].isupper():
            break  # the run ends at its first lower-case word
    return " ".join(run)


def _title_before(words: list[str]) -> str:
    """Return the capitalised title run right before a blank ("Colombian Foreign Minister
    _____"), with one lower-case person noun ending it ("American official _____")."""
    run: list[str] = []
    for at, word in enumerate(reversed(words)):
        if word[:1].isupper() or (at == 0 and commonest_person(kind_word(word) or "-")):
            run.insert(0, word)
        else:
            break
    return " ".join(run)


def _apposed(before: str) -> str:
    """Return the noun phrase a comma sets right before a blank, where it opens with an
    article ("The Cuban First Secretary of … Health, _____,"): a clause or a fronted phrase
    ("After meeting American voters, _____") names other people."""
    phrase = re.split(r"[,;:]", before)[-1]
    words = _WORDS.findall(phrase)
    if not words or words[0].lower() not in _ARTICLES:
        return ""
    return _head_run(words)


def peoples_country(text: str) -> frozenset[str]:
    """Return the countries a text gives people by an adjective before a person noun, or a
    title run ending in one ("American voters", "English striker", "Cuban First Secretary")."""
    words = _WORDS.findall(text)
    found: set[str] = set()
    for at, word in enumerate(words):
        code = adjective_nation(word) if word[:1].isupper() else ""
        after: list[str] = []
        for nxt in words[at + 1 : at + 5]:
            after.append(nxt)
            if not nxt[:1].isupper():
                break  # the title run ends at its first lower-case word
        if code and any(commonest_person(kind_word(w)) for w in after if kind_word(w)):
            found.add(code)
    return frozenset(found)
