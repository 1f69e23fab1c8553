"""A name's series: the words it shares with others of its kind ("Space Shuttle" Columbia)."""

from __future__ import annotations

from questions.generate.kinds import kind_word


def series(name: str) -> str:
    """Return the words a name shares with others of its series, ending in a kind ("Space
    Shuttle" of "Space Shuttle Columbia"), or "" for a name that opens otherwise."""
    words = name.split()
    if len(words) < 2 or not words[-1][:1].isupper() or not kind_word(words[-2]):
        return ""
    return " ".join(words[:-1])


def same_series(option: str, key: str) -> bool:
    """Tell whether an option is another of the key's series: "Space Shuttle Atlantis" for
    "Space Shuttle Columbia", not "Space Shuttle" nor "Space Shuttle Program Office"."""
    ours = series(key)
    return bool(ours) and series(option) == ours and len(option.split()) == len(key.split())
