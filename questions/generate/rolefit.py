"""Whether a person option has the key's role: a match's referee is no player, the
article's curator no actor where the stem says "actor _____".

Split from `fit` (which judges every kind of option) as its person roles grew.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from questions.generate.benchroles import OFFICIALS
from questions.generate.compiled import pattern
from questions.generate.governing import governed_blank, governing_office
from questions.generate.locales import fits_setting, setting_locale
from questions.generate.nationcodes import nation_codes
from questions.generate.offices import implausible_holder, role_of
from questions.generate.opponents import faces_own_side, official_apart
from questions.generate.options import OptionContext
from questions.generate.persons import person_noun
from questions.generate.refusals import BLANK
from questions.generate.rolenoun import (
    asked_role,
    held_by,
    one_name,
    plays_apart,
    role_clash,
    runs_side,
)
from questions.generate.scorers import asks_play
from questions.schema import normalise

PEERS = 2  # the article names this many others of the key's role: options of that role only
LISTED = 4  # a sentence naming this many people with roles lists them: "actor …; musician …"
# A role that names only a place in a group, no work done there: a team's lead author and
# its professor are its members too, so "team member _____" takes them as options
MEMBERSHIP = frozenset({"member"})


# The question `quotes.quote_question` writes: who said a quotation, whatever their role.
_ASKS_SPEAKER = re.compile(r'^(?:📰[^\n]*\n)?(?:Who|Which organization) (?:said|says) "')


def other_role(option: str, key: str, ctx: OptionContext) -> bool:
    """Tell whether the article gives the key a role ("a USI instructor") and the option,
    one of its people, another or none, and names the option only in a long list of people
    it shows (celebrities in an exhibit's Polaroids are no plausible instructors). The
    story's other people are: the team's coach for the Afghan ambassador."""
    if implausible_holder(option, key, ctx):
        return True  # "Who was the U.S. President …?": no founder, no made-up name
    folded = normalise(option)
    if governed_blank(ctx) and not governing_office(role_of(folded, ctx)):
        return True  # "critics of _____'s policies": no founder, ambassador, coach, made-up name
    if folded in ctx.dead and normalise(key) not in ctx.dead:
        return True  # the crewmen a crash killed gave no count of its injured
    if _asks_death(key, ctx) and {folded, *folded.split()[-1:]} & ctx.dead:
        return True  # "Who was killed …?": another the article says died may be right too
    asked = asked_role(key, ctx.stem, ctx.duties[0])
    if role_clash(option, asked, *ctx.duties):
        return True  # "Who served as Kiprop's guide?": no runner, whom the article guided
    if plays_apart(option, asked, ctx.duties[0], ctx.players):
        return True  # "… as Real Madrid's manager?": no goal scorer, no captain
    if asks_play(key, ctx.stem, ctx.players) and runs_side(held_by(option, ctx.duties[0])):
        return True  # "Who scored …?": no manager, who plays in no match
    role = ctx.roles.get(normalise(key), "")
    official = ctx.roles.get(folded, "") in OFFICIALS and ctx.roles.get(folded) != role
    if official and (ctx.scene or ctx.match):
        return True  # "the match referee Joel Aguilar" plays for no side
    if not _ASKS_SPEAKER.search(ctx.stem) and official_apart(option, key, ctx):
        return True  # a story of two matches: its referee heads no cross in either
    if faces_own_side(option, key, ctx):
        return True  # "… one-on-one with the Korean goalkeeper": no Korean player
    if role and role not in MEMBERSHIP and folded not in ctx.scene and _role_said(role, ctx.stem):
        # "campaigner _____", "actor _____": no prime minister, no curator; where the key is
        # one of a list of people by role ("actor …; musician …"), nor one of the article's
        # people it gives no role (a made-up name may be anyone)
        theirs = role_of(folded, ctx)
        listed = any(len(ctx.by_sentence[n] & ctx.roles.keys()) >= LISTED
                     for n in ctx.said_in.get(normalise(key), ()))  # fmt: skip
        if theirs != role and (bool(theirs) or (listed and folded in ctx.said_in)):
            return True  # else the checks below still judge it
    if role and _held_elsewhere(option, role, ctx):
        return True  # "Who was the U.S. President …?": no Afghan ambassador, no team's coach
    if _ASKS_SPEAKER.search(ctx.stem):
        return False  # 'Who said "…"?' names no role: any of the article's people may have
    if not role or (folded in ctx.scene and role not in OFFICIALS):
        return False  # a match's players: "captain" Kane and Lingard played alike
    if role in OFFICIALS and (ctx.scene or ctx.match):
        return ctx.roles.get(folded, "") != role  # a match's referee for a referee
    in_article = folded in ctx.roles or any(folded in said for said in ctx.by_sentence)
    if not in_article or role_of(folded, ctx) == role:
        return False  # a name from a list is judged by its nation; "Donnelly", a judge too
    if _peers(key, role, ctx.roles) >= PEERS and not _asks_death(key, ctx):
        # other representatives: a House bill's sponsor is one of them; but a death befalls
        # anyone, whatever their role: "Who died …?" takes the host as well as the singers
        return True
    said = [ctx.by_sentence[n] for n in ctx.said_in.get(folded, ())]
    return bool(said) and all(len(names & ctx.roles.keys()) >= LISTED for names in said)


def _peers(key: str, role: str, roles: Mapping[str, str]) -> int:
    """Count the article's other people of the key's role, each once: a surname alone
    ("Kibaki", "Al Harthi") is the person a longer full name ending in it ("Mwai Kibaki",
    "Saad Al Harthi") is, and the key's own surname ("Kufuor" of "John Kufuor") is the key,
    no peer of it."""
    names = {name for name, r in roles.items() if r == role}
    own = normalise(key)
    # only the shorter form goes: two forms of one person must still count as that one
    return sum(
        1
        for name in names
        if not one_name(name, own) and not any(other.endswith(f" {name}") for other in names)
    )


# "Who died …?", "Who was killed …?": what befell the key, no deed of a role
_ASKS_DEATH = re.compile(r"^(?:📰[^\n]*\n)?Who (?:died|was killed|passed away)\b")


def _asks_death(key: str, ctx: OptionContext) -> bool:
    """Tell whether the question asks who died, of a key the article says died."""
    return normalise(key) in ctx.dead and _ASKS_DEATH.search(ctx.stem) is not None


def titled_person(folded: str, ctx: OptionContext) -> bool:
    """Tell whether the article gives a name a title that names a person ("singer Bruno
    Mars"): a person's name, whatever common words ("Mars") it is spelt with."""
    role = ctx.roles.get(folded, "")
    return bool(role) and person_noun(role)


def _role_said(role: str, stem: str) -> bool:
    """Tell whether the stem says the key's role right before the blank ("… campaigner
    _____"): an option the article gives another role is then named by a wrong title."""
    return pattern(rf"\b{re.escape(role)} {BLANK}", re.IGNORECASE).search(stem) is not None


def _held_elsewhere(option: str, role: str, ctx: OptionContext) -> bool:
    """Tell whether a question on who held a nation's office ("Who was the U.S. President
    in July 2017?") offers someone the article puts in another nation ("Afghan Ambassador
    Hamdullah Mohib") or in a team's bench (its coach): no plausible holder."""
    office = pattern(
        rf"^(?:📰[^\n]*\n)?Who (?:was|is) the ((?:[\w.'’-]+ )*?){re.escape(role)}\b", re.IGNORECASE
    ).search(ctx.stem)
    if office is None:
        return False
    folded = normalise(option)
    if role_of(folded, ctx) in OFFICIALS:
        return True
    ours = nation_codes(office.group(1).split())
    if len(ours) != 1:
        return False
    theirs = nation_codes(ctx.teams.get(folded, frozenset()))
    if theirs:
        return not ours & theirs
    # One of the article's people no name list of that nation sounds like ("Rodaba Noori"
    # for the U.S. President); a made-up name is of the nation already
    locale = setting_locale(sorted(ours))
    return folded in ctx.said_in and locale is not None and not fits_setting(option, locale)
