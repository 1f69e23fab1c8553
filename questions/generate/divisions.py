"""The divisions of a competition the article sorts its teams into, and options kept to the
key's division.

A report that lists "men's games with Iran playing Brazil, women's games with Ukraine playing
Japan" says which teams play in which division: a question about a women's match offered Iran,
which the article has play only among the men, is answered by knowing which team is which.
The divisions are the article's own: possessive nouns ("men's", "women's", "girls'") heading
one noun ("games") in more than one form, each ruling the teams listed after it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from questions.generate.articlememo import per_article
from questions.generate.entcache import ents_of
from questions.generate.textsearch import says
from questions.schema import normalise

if TYPE_CHECKING:
    from questions.generate.options import OptionContext

_TEAMS = frozenset({"GPE", "NORP", "ORG"})  # a nation plays as its country, a club by name


def _possessive(token: Any) -> bool:
    """Tell whether a token is a lower-case possessive noun ("men" of "men's games")."""
    return bool(token.dep_ == "poss" and token.pos_ == "NOUN" and token.text.islower())


def team_divisions(sentences: Sequence[Any]) -> dict[str, frozenset[str]]:
    """Map each team (folded name) the article lists under a division ("men's games with …")
    to the divisions it is listed in; {} when no noun has two possessive divisions."""
    heads: dict[str, set[str]] = defaultdict(set)
    for sentence in sentences:
        for token in sentence:
            if _possessive(token):
                heads[token.head.lemma_.lower()].add(token.lower_)
    split = {head for head, words in heads.items() if len(words) > 1}
    found: dict[str, set[str]] = defaultdict(set)
    for sentence in sentences:
        division = ""  # a division rules every team after it, to the next one or the end
        for token in sentence:
            if _possessive(token) and token.head.lemma_.lower() in split:
                division = token.lower_
            elif division and token.ent_iob_ == "B" and token.ent_type_ in _TEAMS:
                name = next(e for e in ents_of(sentence) if e.start == token.i)
                found[normalise(name.text.removeprefix("the "))].add(division)
    return {team: frozenset(words) for team, words in found.items()}


def stem_division(stem: str, key: str, divisions: Mapping[str, frozenset[str]]) -> str:
    """Return the one division the question's teams (the key's, or those the stem names)
    are listed in, or "" where they name none or several."""
    folded = normalise(stem)
    named = [d for team, d in divisions.items() if team != normalise(key) and says(folded, team)]
    own = divisions.get(normalise(key), frozenset())
    found = own if len(own) == 1 else frozenset().union(*named)  # Brazil plays in both
    return next(iter(found)) if len(found) == 1 else ""


def other_division(option: str, key: str, ctx: OptionContext) -> bool:
    """Tell whether the article lists an option only in another division than the question's
    match ("down to _____" of a women's match: no team listed only among the men)."""
    divisions = per_article(ctx, "team_divisions", lambda: team_divisions(ctx.sentences))
    listed = divisions.get(normalise(option)) if divisions else None
    if not listed:
        return False
    asked = stem_division(ctx.stem, key, divisions)
    return bool(asked) and asked not in listed
