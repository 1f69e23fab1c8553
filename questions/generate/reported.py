"""A reported saying's options: "Who said he …?" asked of people the article has act.

"Who said he had only seen the Silver Clouds installation before in film?" offered Truman
Capote and Edward Steichen, shown in the exhibit's pictures, as the USI instructor who said
it: people the article only shows or lists ("Polaroids of author Truman Capote", "an Edward
Steichen exhibit") say nothing in it and are no plausible speakers.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lemminflect import getLemma

from questions.generate.clauses import REPORTING
from questions.schema import normalise

if TYPE_CHECKING:
    from questions.generate.options import OptionContext

# "Who said he …?", "Who explained Warhol's …?": a saying reported, not a quotation
_REPORTED = re.compile(r'^(?:📰[^\n]*\n)?(?:[^\n?]*, )?[Ww]ho ([a-z]+) (?!")')


def shown_only(option: str, ctx: OptionContext) -> bool:
    """Tell whether the stem asks who reported a saying and the option is one of the
    article's people it never has do anything (a made-up name may be anyone)."""
    asked = _REPORTED.match(ctx.stem)
    if asked is None or ctx.scene:
        return False
    if getLemma(asked.group(1), upos="VERB")[0] not in REPORTING:
        return False
    folded = normalise(option)
    named = {folded, folded.split()[-1]} if folded else set()  # "Allton said": Kevin Allton
    return folded in ctx.said_in and not named & ctx.acting


def asks_speaker(stem: str) -> bool:
    """Tell whether a question asks who reported a saying ("Who said 500 institutions
    received the initial invitation …?"): the saying's words are the speaker's, as a
    quotation's are, and the question asks who said them, not what they refer to."""
    asked = _REPORTED.match(stem)
    return asked is not None and getLemma(asked.group(1), upos="VERB")[0] in REPORTING
