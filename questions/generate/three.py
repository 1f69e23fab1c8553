"""How many options a question needs: four, or three where the key's kind has only two rivals.

A key such as "the Clean Air Act" may have exactly two real rivals of its own kind (the
article's other acts, or a library's) once absurd ones are refused. Padding a fourth option
of another kind would give the answer away, and refusing the question loses a fact worth
asking; three options (a key and two rivals) is a fair quiz poll. Where four are cheap to
find (years, dates, numbers, countries, cities) a third-only question means the search went
wrong, so those keep four. A person's library names are made up for the setting: two rivals
for a person must both be the article's own people; a numbered name's, the members of its
series the article names (another number would be made up).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from questions.generate.bodykinds import alike_bodies
from questions.generate.closest import WANTED, closest
from questions.generate.facts import Fact
from questions.generate.famous import FAMOUS, famous_rivals
from questions.generate.kinds import folded_name, own_kind
from questions.generate.lonenames import LONE
from questions.generate.models import MODEL
from questions.generate.reportingbodies import REPORTERS
from questions.generate.series import same_series
from questions.generate.surnamekeys import SURNAMES
from questions.generate.works import WORK

FULL = 3  # wrong options a question has when its kind gives enough
FEWEST = 2  # wrong options a question may have where its kind gives no more
THREE_OPTIONS = 0.5  # a three-option question's lower worth: a guess is right more often
# kinds of named things whose rivals are a finite set: the article's, or a library's
_NAMED_KINDS = frozenset({"organization", "document", "event", "name"})
_CHEAP_PLACES = frozenset({"country", "city"})  # the gazetteer has hundreds of each
_LIBRARY = frozenset({"library", "the slot's library"})  # chosen by the key's own kind
THING = "thing:"  # marks a `said` kind of a name as a team's, a street's or a school's


def _few_allowed(fact: Fact, key: str, distractors: Sequence[str], origin: str,
                 surnames: frozenset[str] = frozenset(),
                 said: Mapping[str, str] | None = None) -> bool:  # fmt: skip
    """Tell whether a key's kind may be asked with two wrong options from where they came
    (`surnames`: the last words of the people the article names in full; `said`: the kind
    the article's words give a name, by folded name)."""
    if origin in (REPORTERS, SURNAMES):  # "reported by _____": the article's other reporters
        return True  # are its kind; "Obama": the surnames of the article's other people
    if fact.kind == "place":
        return fact.subtype not in _CHEAP_PLACES
    if fact.kind == "person" and origin in (FAMOUS, LONE):  # WordNet's real peers of a
        return True  # famous key; the article's other single-named people ("Hatshepsut")
    if fact.kind == "person":  # the article's people, never made-up names, each in full:
        # "the Star Wars lead played the _____" (Joker) is no one to set "Lee" and "Atwood" by
        # or each by the surname of someone it names in full: "Saakashvili", "Gachechiladze"
        named = (key, *distractors)
        return origin == "article" and all(len(n.split()) >= 2 or n in surnames for n in named)
    if fact.kind == WORK:  # the article's own works its noun names so: "album 25", "album X"
        return origin == "article"
    if fact.kind == MODEL:  # a series' members the article names: "SHA-2", "SHA-3" for SHA-1,
        return origin == "article"  # never a made-up "SHA-4" to make four
    if fact.kind == "noun":  # a common noun's kind in WordNet has only two other members
        return origin in _LIBRARY
    # a named series' members the article has left once the lost are struck out:
    # "Space Shuttle Atlantis", "… Endeavour" (never a made-up member to make four)
    serial = all(same_series(option, key) for option in distractors)
    if fact.kind == "name" and origin == "article" and serial:
        return True
    if fact.kind not in _NAMED_KINDS:
        return False  # numbers, dates, phrases: four are cheap, or the kind is loose
    if origin in _LIBRARY:
        return True  # WordNet's other acts, ministries …: the key's category already
    # The article's names share only a label ("Taliban" for a robotics contest): each must
    # say the kind the key says of itself ("Labour Party", "Civic Party" for a party), or
    # be given it by the article's words where its name says none ("football club Real
    # Madrid", "Bayern Munich" it scored against: teams both).
    kind = _kind_of(key, said or {})  # or one narrower than a body: "Committee", "Agency"
    return bool(kind) and all(alike_bodies(kind, _kind_of(o, said or {})) for o in distractors)


def _kind_of(name: str, said: Mapping[str, str]) -> str:
    """Return a body's kind: a team, street or school the article's words make it (truer than
    its name's last word: "Harbour Rovers" is no rover), the kind its name says of itself,
    else the noun the article sets beside it ("DAB, a party")."""
    folded = folded_name(name)
    return said.get(THING + folded) or own_kind(name) or said.get(folded, "")


def two_people_suffice(fact: Fact, key: str, rivals: Sequence[str]) -> bool:
    """Tell whether a person key's two rivals from the article make a fairer question alone
    than with a made-up third: beside two real people of the story an invented name is the
    one a reader strikes out first ("Carl Acosta" beside L. Ron Hubbard)."""
    return (
        fact.kind == "person"
        and len(rivals) == FEWEST
        and _few_allowed(fact, key, rivals, "article")
    )


def too_few_options(fact: Fact, key: str, distractors: Sequence[str], origin: str,
                    surnames: frozenset[str] = frozenset(),
                    said: Mapping[str, str] | None = None) -> str | None:  # fmt: skip
    """Return why a question's wrong options are too few for its key's kind, or None
    (`surnames`: the last words of the people the article names in full; `said`: the kind
    the article's words give a name, by folded name)."""
    if len(distractors) >= FULL:
        return None
    if len(distractors) == FEWEST and _few_allowed(fact, key, distractors, origin, surnames, said):
        return None
    return f"{len(distractors) + 1} options, fewer than a {fact.kind} key needs"


def famous_fit(key: str, chosen: list[str], ok: object, taken: set[str]) -> bool:
    """Tell whether a famous key's real rivals that fit the question make two options with
    the article's: else ("Russian President Putin", no Russian among WordNet's statesmen)
    the key's made-up names serve as before."""
    found = closest(famous_rivals(key), key, ok, set(taken), WANTED - len(chosen), names=True)
    return bool(found) and len(chosen) + len(found) >= FEWEST
