"""A name's or a title's slip, written right before the article is parsed.

Review 38 found "Governnor Sobisch" offered as an option and "Sobish" copied into a stem, where
the article writes "Sobisch" four times. Both slips are capitalised, so the prose rule of
`slips` (lower-case words outside names) never sees them, and the model reads "Governnor" as
part of the name. Two narrow cases are mended in the text itself, so every later stage reads
the one spelling:
- a title no dictionary has, one letter from a common word for a person, before a name
  ("Governnor Sobisch": "Governor Sobisch");
- a name said once, one letter from a name the article says at least twice ("Sobish":
  "Sobisch"), where neither is a word wordfreq has seen (so "Allan" beside "Allen", two
  people's names, both stay);
- a surname spelt two ways one letter apart, one of them after a first name ("Robert
  Zoelick") and no other first name before either, the rarer spelling a slip of the other by
  wordfreq (`is_slip`): the spelling the article writes more often, or on a tie the one of
  the fuller mention (review 85: "Robert Zoelick" once, "Zoellick" three times, and the stems
  said "Robert Zoelick");
- a surname said alone, no word seen in English, one edit or one swap of two letters from a
  surname the article named earlier after another capitalised word (review 91: "opposition
  leader Raila Odinga", then "Odigna has decided …", keyed "Odigna" beside "Raila Odinga"):
  a lone surname points back at someone already named in full, so the slip is that person.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from rapidfuzz.distance import OSA, Levenshtein

from questions.generate.misspelt import is_slip
from questions.generate.pools import is_any_first_name
from questions.generate.slipwords import meant_words, one_edit, unseen

_CAPITALISED = re.compile(r"(?<![\w'’-])([A-Z][a-z]{3,})(?![\w'’-])")
_BEFORE_NAME = re.compile(r"(?<![\w'’-])([A-Z][a-z]{3,}) (?=[A-Z][a-z])")
_AGAIN = 2  # a spelling the article uses this often is the name's
_OWN = r"(?=['’]s\b|(?![\w'’-]))"  # a word's end, before a possessive too: "Zoellick's"
_SURNAME = re.compile(rf"(?<![\w'’-])([A-Z][a-z]{{3,}}){_OWN}")
# "Robert Zoelick"; the surname read ahead, so "Abdourahim Said Bakar" gives "Said Bakar" too
_NAMED = re.compile(rf"(?<![\w'’-])([A-Z][a-z]+) (?=([A-Z][a-z]{{3,}}){_OWN})")
_AFTER_NAME = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]* $")  # "Raila " of "Raila Odinga"
_BEFORE_NAME_WORD = re.compile(r"['’]?s? [A-Z]")  # "Odigna Party": the lone word starts a name
_SHORTEST_SLIP = 5  # a shorter lone surname one edit from another is as likely another person


def respelled(paragraphs: Sequence[str]) -> tuple[str, ...]:
    """Write each slipped title before a name and each once-said slip of a name as the article
    or the dictionary spells it; every other word stays as written."""
    fixes = spelling_fixes(paragraphs)
    return tuple(written(p, fixes) for p in paragraphs) if fixes else tuple(paragraphs)


def written(text: str, fixes: dict[str, str]) -> str:
    """Return a text with each word `fixes` has written as it says ("Zoelick": "Zoellick"):
    the article's paragraphs, or a key the article's slip is copied into."""
    if not fixes:
        return text
    pattern = re.compile(r"(?<![\w'’-])(" + "|".join(map(re.escape, sorted(fixes))) + ")" + _OWN)
    return pattern.sub(lambda m: fixes[m.group(1)], text)


def spelling_fixes(paragraphs: Sequence[str]) -> dict[str, str]:
    """Map each slipped title before a name and each slip of a name to the spelling meant."""
    fixes: dict[str, str] = {}
    for paragraph in paragraphs:
        for word in _BEFORE_NAME.findall(paragraph):
            title = _meant_title(word)
            if title:
                fixes[word] = title
    counts = Counter(w for p in paragraphs for w in _CAPITALISED.findall(p))
    for word, count in sorted(counts.items()):
        if count == 1 and word not in fixes and _unknown(word):
            known = [o for o in one_edit(word.lower()) if (o.capitalize()) in counts]
            names = sorted({o.capitalize() for o in known
                            if counts[o.capitalize()] >= _AGAIN and _unknown(o)})  # fmt: skip
            if len(names) == 1:
                fixes[word] = names[0]
    for slip, meant in _surname_spellings(paragraphs).items():
        fixes.setdefault(slip, meant)
    for slip, meant in _lone_slips(paragraphs).items():
        fixes.setdefault(slip, meant)
    return fixes


@lru_cache(maxsize=4096)
def _unknown(word: str) -> bool:
    """Tell whether a capitalised word is no word wordfreq has seen and no dictionary has."""
    return unseen(word.lower())


@lru_cache(maxsize=4096)
def _meant_title(word: str) -> str:
    """Return the person word a capitalised unknown word before a name slips from
    ("Governnor": "Governor"), where there is exactly one, else ""."""
    from questions.generate.carried import person_noun

    if not _unknown(word):
        return ""
    meant = sorted({m for m in meant_words(word.lower()) if person_noun(m)})
    return meant[0].capitalize() if len(meant) == 1 else ""


def _surname_spellings(paragraphs: Sequence[str]) -> dict[str, str]:
    """Map each less-written spelling of one person's surname to the other: one letter apart,
    one after a first name and no other first name before either ("Robert Zoelick" once,
    "Zoellick" three times: "Zoellick"); on a tie, the spelling after the first name."""
    counts = Counter(w for p in paragraphs for w in _SURNAME.findall(p))
    firsts: dict[str, set[str]] = {}
    for first, last in (pair for p in paragraphs for pair in _NAMED.findall(p)):
        if is_any_first_name(first):  # "Irena", "Oksana": any locale's first name
            firsts.setdefault(last, set()).add(first)
    found: dict[str, str] = {}
    for named, first in sorted(firsts.items()):
        for other in sorted(counts):
            if len(first) != 1 or not firsts.get(other, first) <= first or other == named:
                continue  # "Anna Owen", "Mark Owens": two first names, two people
            if Levenshtein.distance(named, other) != 1 or not is_slip(named.lower(), other.lower()):
                continue  # "Johnson", "Johnston": two surnames English writes
            if counts[other] > counts[named]:
                found.setdefault(named, other)
            elif other not in firsts or counts[other] < counts[named]:
                found.setdefault(other, named)  # a tie: the fuller mention's spelling
    return found


def _lone_slips(paragraphs: Sequence[str]) -> dict[str, str]:
    """Map each surname said only alone and never seen in English to the one surname it is
    an edit or a swap of two letters from (OSA distance 1: "Odigna", "Odinga") that the
    article named earlier in full, after another capitalised word, as often as the slip; a
    word before another capitalised one starts a name of its own."""
    text = "\n".join(paragraphs)
    full: dict[str, int] = {}  # a surname said after a capitalised word: where first
    said: dict[str, list[int]] = {}
    starts: set[str] = set()
    for found in _SURNAME.finditer(text):
        word = found.group(1)
        said.setdefault(word, []).append(found.start())
        if _AFTER_NAME.search(text[max(0, found.start() - 40) : found.start()]):
            full.setdefault(word, found.start())
        elif _BEFORE_NAME_WORD.match(text, found.end()):
            starts.add(word)  # "Pashtunkhwa Milli …": a name's first word, no lone surname
    slips: dict[str, str] = {}
    for slip, at in sorted(said.items()):
        if slip in full or slip in starts or len(slip) < _SHORTEST_SLIP:
            continue  # a name of its own
        if not _unknown(slip) or is_any_first_name(slip):
            continue  # a word English writes, or a first name
        meant = [name for name, first in full.items() if first < at[0]
                 and len(said[name]) >= len(at)
                 and OSA.distance(slip.lower(), name.lower()) == 1]  # fmt: skip
        if len(meant) == 1:
            slips[slip] = meant[0]
    return slips
