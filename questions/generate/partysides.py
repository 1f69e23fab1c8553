"""The sides a question names, read for an option: its parties and camps, and its team.

Split from `options` (which judges an option against the whole article) to keep it short.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from questions.generate.pools import is_demonym

if TYPE_CHECKING:
    from questions.generate.options import OptionContext


def beside_other_party(
    said: list[frozenset[str]], sides: frozenset[str], ctx: OptionContext
) -> bool:
    """Tell whether a sentence naming the option names a party or camp other than the
    question's ("Senator Reed, a Republican": no Democrat), so its side is known."""
    parties = {name for name, kind in ctx.kinds.items() if kind == "party"} | ctx.camps.keys()
    return any((names & parties) - sides for names in said)


def question_parties(ctx: OptionContext) -> frozenset[str]:
    """Return the sides a question names that are sides where no one plays for a team:
    parties and camps, not the places and bodies a sentence mentions (Afghanistan, the World
    Health Organisation are no side the team's coach or a researcher must be beside)."""
    return frozenset(s for s in ctx.sides if ctx.kinds.get(s) == "party" or s in ctx.camps)


def on_side(folded: str, ctx: OptionContext) -> bool:
    """Tell whether the article puts a person on a side the question names by its people's
    word ("English defender Kyle Walker": England)."""
    theirs = ctx.teams.get(folded, frozenset())
    return any(is_demonym(team, side) for team in theirs for side in ctx.sides)
