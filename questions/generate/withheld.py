"""The context line a question is shown with, where it alone gives the key away: "📰 Turkish
Parliament approves military action in Iraq" above "Which country …?" (its people). The
question is written again with a line that does not: the headline's topic, label or cut, else
the month's framing ("According to an October 2007 article, …"); with none left to name its
story, it is refused as before. The set's title, the headline, is shown with every question
in a private chat: a "Who …?" on the person it names stays refused (`headline_key`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from dataclasses import replace as changed

from questions.generate.context import Parsed
from questions.generate.draftchecks import Draft
from questions.generate.event import CONTEXT_PHRASE, HEADLINE_LINE
from questions.generate.filters import answer_in_stem, key_part_in_stem
from questions.generate.giveaways import echoed_option
from questions.generate.headlinekeys import headline_key
from questions.generate.measures import NUMBER_KINDS
from questions.generate.nationality import kind_giveaway
from questions.generate.pertained import pertained_key
from questions.generate.setting import Setting
from questions.schema import normalise

# the date `with_context` puts on the headline line: "📰 … (March 2011)"
_DATE = re.compile(r" \([A-Z][a-z]+ \d{4}\)$")
# the date's framing `with_context` opens an undated question with, where no line fits
# a number or rank counts within its story ("which shake", "how many aftershocks"): a month
# alone names no story (`measures.story_named`)
_SERIES = NUMBER_KINDS | {"ordinal"}
_ARTICLE = re.compile(
    r"^(?:According to an? [A-Z][a-z]+ \d{4} article(?: on (?P<about>[^,]+))?"
    r"|In [A-Z][a-z]+ \d{4}), "
)


@dataclass(frozen=True)
class Withheld:
    """The context lines (folded) that gave a question's key away, which it must not show."""

    lines: frozenset[str] = frozenset()

    def applied(self, setting: Setting) -> Setting:
        """Return the setting without the withheld lines."""
        return changed(setting, told=setting.told | self.lines) if self.lines else setting


NOTHING = Withheld()  # a question written the first time: every line may be shown


def gives_away(draft: Draft, parsed: Parsed, text: str) -> bool:
    """Tell whether a question's text, as the draft's key and options would be shown under
    it, gives the key away (the draft checks of "answer in question" that read its text)."""
    fact, key, others = draft.fact, draft.key, draft.distractors
    return any(
        problem is not None
        for problem in (
            answer_in_stem(text, fact.text) or answer_in_stem(text, key),
            key_part_in_stem(text, key, others),
            echoed_option(text, key, others),
            kind_giveaway(fact, key, text, others, draft.context, parsed),
            pertained_key(text, key, others),  # "Jovian" over "Which planet …?"
            # the set's title is the headline, shown whatever the line: no line mends that
            headline_key(fact, key, parsed.setting.headline, others),
        )
    )


def _capitalised(line: str) -> str:
    """Return a topic line's words capitalised, as the checks read names: "📰 US: somali
    pirates" says the Somali people as much as "Somali" would."""
    return re.sub(r"(?<![\w'’-])([a-z])", lambda m: m.group(1).upper(), line)


def withheld_problem(draft: Draft, parsed: Parsed, withheld: Withheld, problem: str | None
                     ) -> tuple[str | None, Withheld | None]:  # fmt: skip
    """Return the draft's problem and, where the line above it alone gives its key
    away ("📰 Turkish Parliament …" over "Which country …?"), what to withhold besides
    `withheld` to write it again; a question written again must still name its context."""
    if problem not in (None, "answer in question") or (problem is None and withheld == NOTHING):
        return problem, None
    text = draft.stem.text
    line = HEADLINE_LINE.match(text)
    own = text[line.end() :] if line else text
    framed = _ARTICLE.match(own)
    own = _ARTICLE.sub("", own)
    shown = _capitalised(line.group()) + own if line else text
    if problem is None and own == text and not CONTEXT_PHRASE.match(own):
        return "no context", None  # its line withheld, none said which story it is from
    if problem is None and line is None and draft.fact.kind in _SERIES:
        return "no context", None  # "According to …, which shake …?": of which series?
    if problem is None and not gives_away(draft, parsed, shown):
        return None, None
    problem = problem or "answer in question"
    if own == text or gives_away(draft, parsed, own):
        return problem, None  # its own words give the key away: no line mends that
    if line is None:  # "According to a March 2011 article, …": its month is the story's
        about = normalise(framed["about"]) if framed and framed["about"] else None
        if about is None or about in withheld.lines:  # "… article on Chinese imports, …"
            return problem, None  # gave it away: written again with another or none
        return problem, changed(withheld, lines=withheld.lines | {about})
    core = line.group().rstrip("\n")
    date = _DATE.search(core)
    bare = core[: date.start()] if date else core
    if date and not gives_away(draft, parsed, _capitalised(bare) + "\n" + own):
        return problem, None  # "(March 2011)" over "as of _____": the month the story needs
    told = normalise(bare.removeprefix("📰").strip())
    return problem, (None if told in withheld.lines
                     else changed(withheld, lines=withheld.lines | {told}))  # fmt: skip
