"""Who did a player's deed: "Who scored a penalty for the Americans?" is asked of a player,
and its rivals are the article's players, those of the key's own paragraph (its match)
first; a manager, who plays in no match, is none.

Blind review 62 found a match's scorer offered beside three scorers of another match of
the round-up (E33): a reader who knows which paragraph tells which match rules them out.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from questions.generate.benchroles import player_deed
from questions.generate.facts import Fact
from questions.generate.rolenoun import one_name, stem_forms
from questions.schema import normalise


def _says_play(stem: str) -> bool:
    """Tell whether a question says a player's deed outside its headline and quotations
    ("Who scored …?", "… kicked Portugal back into the lead")."""
    return any(player_deed(form) for form in stem_forms(stem))


def asks_play(key: str, stem: str, playing: frozenset[str]) -> bool:
    """Tell whether a question asks for a player by a player's deed: its key plays (the
    article has it score, kick, be substituted) and its stem says such a deed."""
    return _plays(key, playing) and _says_play(stem)


def play_rivals(
    pool: Sequence[str], fact: Fact, article: Sequence[Fact], sentences: Sequence[Any],
    playing: frozenset[str],
) -> tuple[list[str], list[str]]:  # fmt: skip
    """Return the pool's players of the key's paragraph (each paragraph is parsed on its
    own: one match of a round-up), then its other players."""
    if fact.sentence >= len(sentences):
        return [], []
    home = sentences[fact.sentence].doc
    mates = {f.text for f in article if f.kind == "person" and f.sentence < len(sentences)
             and sentences[f.sentence].doc is home}  # fmt: skip
    players = [name for name in pool if _plays(name, playing)]
    return [p for p in players if p in mates], [p for p in players if p not in mates]


def _plays(name: str, playing: frozenset[str]) -> bool:
    """Tell whether a name (as shown) is one of the players, in full or by surname."""
    folded = normalise(name)
    return any(one_name(folded, player) for player in playing)
