"""Who could plausibly have held the office a "Who was the <office> in <month year>?"
question asks about.

Such a question tests the article only when its wrong options could have held the office: the
article's other office-holders, of the key's party where the article names one ("Labour's
Shadow Home Secretary": no Conservative Prime Minister). A company founder is no U.S.
President, and a name made up for a nation's head of state is one every player rules out.
When too few options fit, the question is refused for want of options.
"""

from __future__ import annotations

import re

from questions.generate.compiled import pattern
from questions.generate.famous import famous_category, famous_rivals
from questions.generate.nationcodes import nation_codes
from questions.generate.options import OptionContext
from questions.generate.roles import COUNTRY_HEAD
from questions.generate.titleholders import SINGLE_HOLDER
from questions.generate.wnnations import category_nations
from questions.schema import normalise

# The role words (as `kinds.person_roles` folds them) of people who hold a public or an
# organisation's office: the key's office may be any of them ("senator" for an administrator).
OFFICE_ROLES = SINGLE_HOLDER | COUNTRY_HEAD | {"minister", "senator", "ambassador"}
_ASKED = re.compile(r"^(?:📰[^\n]*\n)?Who was (?:the )?(?P<office>.+?) in [A-Z][a-z]+ \d{4}\?$")
_NAME_WORDS = 4  # "Labour's Shadow Home Secretary Yvette Cooper": words between owner and name


# A blank after a nation's word asks for someone of that nation: "critics of U.S. _____'s
# policies" (its title cut). A blank beside its office ("_____, the Japanese prime minister,
# …") tests the article's sentence, not who held the office: made-up names may stand there.
_NATION_BEFORE = re.compile(r"(?P<office>(?:[A-Z][\w.]*\s)+)_____")


def asked_office(stem: str) -> str | None:
    """Return the office a "Who was the <office> in <month year>?" question asks, or the
    nation word a blank follows, or None."""
    found = _ASKED.match(stem)
    if found:
        return found["office"]
    asked = stem.splitlines()[-1] if stem else ""
    before = _NATION_BEFORE.search(asked)
    words = before["office"].split() if before else []
    return " ".join(words) if words and nation_codes(words[-1:]) else None


def implausible_holder(option: str, key: str, ctx: OptionContext) -> bool:
    """Tell whether an option could not have held the office the question asks the key's."""
    office = asked_office(ctx.stem)
    if office is None:
        return False
    if _famous_holder(option, key, office):
        return False  # "US President _____": Jimmy Carter, of WordNet's US Presidents
    folded = normalise(option)
    nation = office.split()[-1]
    if nation_codes([nation]):  # "U.S. _____": someone the article calls that nation's
        return folded not in ctx.said_in or not _owned(option, nation, ctx.text)
    if folded not in ctx.said_in:
        return _head_of_nation(office)  # a made-up name for a nation's leader: ruled out
    if role_of(folded, ctx) not in OFFICE_ROLES:
        return True  # "FIRST founder Dean Kamen" for a U.S. President
    owner = _owner(key, office, ctx.text)
    return owner is not None and not _owned(option, owner, ctx.text)


def _famous_holder(option: str, key: str, office: str) -> bool:
    """Tell whether an option is one of the key's famous rivals (`famous.famous_rivals`)
    whose WordNet category names the office the question asks and its nation alone
    ("President of the United States" for "U.S. President", or for a bare "US _____"): a
    real holder of that office, never a statesman of another nation."""
    category = famous_category(key)
    if category is None or normalise(option) not in map(normalise, famous_rivals(key)):
        return False
    words = office.split()
    ours = nation_codes(words)
    if not ours or category_nations(category) != ours:
        return False
    names = {w.lower() for lemma in category.lemmas for w in lemma.split("_")}
    return all(w.lower() in names for w in words if not nation_codes([w]))


def _head_of_nation(office: str) -> bool:
    """Tell whether an office is a nation's head ("U.S. President", "Japanese prime minister")."""
    words = office.split()
    head = words[-1].lower()
    prime = len(words) >= 2 and words[-2].lower() == "prime" and head == "minister"
    return (head in COUNTRY_HEAD or prime) and bool(nation_codes(words[:-1]))


def role_of(folded: str, ctx: OptionContext) -> str:
    """Return the role the article gives a person, named in full or by surname ("Maurer")."""
    if folded in ctx.roles:
        return ctx.roles[folded]
    return next((r for name, r in ctx.roles.items() if name.endswith(f" {folded}")), "")


def _owner(key: str, office: str, text: str) -> str | None:
    """Return the party or body the article gives the key's office ("Labour" of "Labour's
    Shadow Home Secretary Yvette Cooper"), or None when it names none."""
    # the title says it: "Labour's Shadow Home Secretary" (an apposed "Afghanistan's
    # ambassador" names the office's country, no party its other holders must share)
    own = re.match(r"([A-Z][\w&.-]*)['’]s\s", office)
    if own and pattern(rf"(?i:{re.escape(office)})\s+{re.escape(key)}").search(text):
        return own[1]
    found = pattern(
        rf"\b([A-Z][\w&.-]*)['’]s\s+(?i:{re.escape(office)})\s+{re.escape(key)}"
    ).search(text)
    return found[1] if found else None


def _owned(option: str, owner: str, text: str) -> bool:
    """Tell whether the article gives an option the same party or body ("Labour MP …")."""
    between = rf"(?:[\w.'’-]+\s+){{0,{_NAME_WORDS}}}"
    return (
        pattern(rf"\b{re.escape(owner)}(?:['’]s)?\s+{between}{re.escape(option)}").search(text)
        is not None
    )
