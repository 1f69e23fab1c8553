"""A blank that owns what only a government or its leader has: its rivals hold such an office.

"critics of _____'s policies regarding Muslims traveling to the U.S.", "the _____
administration", "_____'s cabinet": a policy, an administration, a cabinet or a decree is a
government's or its leader's, so the stem's own words rule out every option that holds no
office of government (the competition's founder, an ambassador, a team's coach), and a name
made up for the question holds none the article tells of. Such a question offers only the
article's people it gives an office of government ("Governor", "Senator", "Prime Minister"),
or is refused for want of options. Both sides are WordNet's: the owned noun a kind of
government, policy or decree; the office a kind of head of state, ruler, politician,
lawmaker, government minister, civil authority or department head.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

from questions.generate.hypernyms import is_kind_of
from questions.generate.stems import BLANK
from questions.generate.wordnet import GROUP_FILE, senses, synset

if TYPE_CHECKING:  # `options` builds its context with `owned_noun`: no import at run time
    from questions.generate.options import OptionContext

# Bodies that govern: "government, authorities, regime", "administration, governance",
# "cabinet" (the advisory board a head of state appoints)
_GOVERNING_BODIES = frozenset({"08050678", "08164585", "08381820"})
# What a government does or has, in its noun's commonest sense: "policy" (a plan of action:
# "foreign policy"), "decree, edict", "presidency, presidential term", "reign"
_GOVERNING_ACTS = frozenset({"05901508", "06539770", "15266265", "15260964"})
# Kinds of person who hold an office of government: head of state (president, premier),
# ruler (king, emperor), politician (governor), lawmaker (senator), government minister,
# civil authority (mayor), secretary (the head of a government department). Not a
# diplomat or an official (an ambassador makes no policy of his own), nor a leader at large
# (a coach, a chairman)
_OFFICES = frozenset(
    {"10164747", "10541229", "10451263", "10450303", "10249270", "10320863", "10541833", "10570019"}
)
_LEVELS = 8  # hypernym steps: "Chancellor of the Exchequer" > cabinet minister > minister


@lru_cache(maxsize=1024)
def governing_noun(lemma: str) -> bool:
    """Tell whether a noun names what a government or its leader has: a governing body in any
    group sense ("administration", "cabinet"), or a policy, decree or term of office in its
    commonest sense ("policy"; never "order", whose commonest sense is any command)."""
    found = senses(lemma)
    groups = [o for o in found if (entry := synset(o)) is not None and entry.lexfile == GROUP_FILE]
    return is_kind_of(groups, _GOVERNING_BODIES, _LEVELS) or is_kind_of(
        found[:1], _GOVERNING_ACTS, _LEVELS
    )


@lru_cache(maxsize=1024)
def governing_office(role: str) -> bool:
    """Tell whether a role word is, in some sense, an office of government ("president",
    "governor", "senator", "mayor"; not "ambassador", "coach", "founder")."""
    return bool(role) and is_kind_of(senses(role), _OFFICES, _LEVELS)


def owned_noun(fact: Any, sentence: Any) -> Any:
    """Return the noun a person key owns in its parsed sentence ("policies" of "Donald
    Trump's policies", "administration" of "the Obama administration"), or None where it
    owns none or the fact is not of that parse (a clause parsed afresh)."""
    if fact.kind != "person" or sentence is None:
        return None
    doc = sentence.doc
    if fact.end > len(doc) or doc[fact.start : fact.end].text != fact.text:
        return None
    root = doc[fact.start : fact.end].root
    owned = root.head
    if root.dep_ not in ("poss", "compound") or owned.pos_ != "NOUN" or owned.i < fact.end:
        return None
    return owned


def governed_blank(ctx: OptionContext) -> bool:
    """Tell whether a person's blank owns what only a government or its leader has, in the
    parse (`owned_noun`) and in the stem ("_____'s policies", "the _____ administration")."""
    owned = ctx.owned
    if owned is None or BLANK not in ctx.stem or not governing_noun(owned.lemma_.lower()):
        return False
    after = ctx.stem.split(BLANK, 1)[1]
    return after.startswith(("'s", "’s", f" {owned.text}"))
