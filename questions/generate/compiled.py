"""Regular expressions built from an article's words, compiled once a pattern.

`re.search(pattern, text)` keeps only 512 compiled patterns; the option checks build one per
name, word or key ("(?<![\\w-])Dushanbe(?![\\w-])"), so an article overflows that cache and
every check compiles its pattern anew, as do the fixed patterns the flood pushed out.
"""

from __future__ import annotations

import re
from functools import lru_cache


# Safe to keep: a compiled pattern is a function of its source and flags alone, whatever
# article asked for it; the bound keeps a long run of articles from growing it without end.
@lru_cache(maxsize=8192)
def pattern(source: str, flags: int = 0) -> re.Pattern[str]:
    """Return `re.compile(source, flags)`, compiled once for each source and flags."""
    return re.compile(source, flags)
