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
  people's names, both stay).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from questions.generate.slipwords import meant_words, one_edit, unseen

_CAPITALISED = re.compile(r"(?<![\w'’-])([A-Z][a-z]{3,})(?![\w'’-])")
_BEFORE_NAME = re.compile(r"(?<![\w'’-])([A-Z][a-z]{3,}) (?=[A-Z][a-z])")
_AGAIN = 2  # a spelling the article uses this often is the name's


def respelled(paragraphs: Sequence[str]) -> tuple[str, ...]:
    """Write each slipped title before a name and each once-said slip of a name as the article
    or the dictionary spells it; every other word stays as written."""
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
    if not fixes:
        return tuple(paragraphs)
    pattern = re.compile(
        r"(?<![\w'’-])(" + "|".join(map(re.escape, sorted(fixes))) + r")(?![\w'’-])"
    )
    return tuple(pattern.sub(lambda m: fixes[m.group(1)], p) for p in paragraphs)


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
