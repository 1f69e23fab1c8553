"""The fronted wh-phrase for an answer: its kind, its preposition, the noun before a name."""

from __future__ import annotations

from typing import Any

from questions.generate.billnumbers import BILL
from questions.generate.calledkinds import CALLED
from questions.generate.common import NOUN
from questions.generate.derived import changes_level
from questions.generate.divisionkinds import division_noun
from questions.generate.facts import Fact
from questions.generate.headlinebodies import numbered_contest
from questions.generate.kinds import BODIES, head_kind, kind_word
from questions.generate.measures import FREQUENCY, measure_wh
from questions.generate.placedbesides import placed_besides
from questions.generate.ranges import RANGE, range_wh
from questions.generate.series import series
from questions.generate.wordnet import senses, synset
from questions.generate.works import WORK

Token = Any
Span = Any
WH_OF_KIND = {
    "person": "who", "organization": "which organization", "document": "which document",
    "event": "which event", "title": "which title", "place": "which place",
}  # fmt: skip
PLACE_WH = {"country": "which country", "state": "which state", "city": "which city"}
WHERE_PREPS = frozenset({"in", "at"})
WHEN_PREPS = frozenset({"on", "in", "at", "during"})
_NAME_PREPS = frozenset({"by", "with", "from", "to", "for", "against", "between", "among"})
_NAMED = frozenset({"organization", "document", "event", "title"})
# WordNet's kinds of a place a name can be "the … of": "city", "town" (municipalities),
# "state", "province" (administrative districts) — not "the capital of", "the outskirts of".
_PLACE_KINDS = frozenset({"municipality", "administrative_district"})
_KIND_DEPTH = 4  # how far up WordNet's first-sense hypernyms a kind may sit


def place_wh(fact: Fact) -> str | None:
    """Return the wh-phrase of a place by its kind: "which province" for Manitoba, which is
    no state ("which state" for Queensland, an Australian state)."""
    if fact.subtype == "state":
        return f"which {division_noun(fact.text)}"
    return PLACE_WH.get(fact.subtype)


def descriptor_before(answer: Span, extra: list[Token]) -> str | None:
    """Return the common noun the article puts before a name ("journal Nature …")."""
    before = [t for t in extra if t.i == answer.start - 1]
    if before and before[0].pos_ == "NOUN" and before[0].text.islower() and before[0].is_alpha:
        return str(before[0].lemma_)
    return None


def descriptor_apposed(answer: Span) -> str | None:
    """Return the common noun an indefinite apposition says a name is ("Sinn Féin, a party
    which …": a party), the kind a question on it may ask by."""
    for child in answer.root.children:
        indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in child.children)
        if child.dep_ == "appos" and child.pos_ == "NOUN" and child.is_lower and indefinite:
            return str(child.lemma_)
    return None


def wh_phrase(fact: Fact, prep: Token | None, descriptor: str | None = None) -> str | None:
    """Choose the fronted wh-phrase for an answer of this kind after this preposition."""
    p = prep.lower_ if prep is not None else None
    if descriptor and fact.kind in ("organization", "document", "event", "title", "place"):
        return f"{p} which {descriptor}" if p else f"which {descriptor}"  # "in which journal"
    named = head_kind(fact.text) if fact.kind in _NAMED else None
    named = (numbered_contest(fact.text) if fact.kind == "event" else None) or named
    # "Which summit", not "which organization" of a summit; a body ("Colorado State
    # University") is still asked as "which organization" (any body is a fair option), except
    # after "at", "in", "after": "in which organization" misreads, "at which university" not.
    if named and (named not in BODIES or p not in (None, *_NAME_PREPS)):
        return f"{p} which {named}" if p and p != "of" else (None if p else f"which {named}")
    if fact.kind in ("date", "year"):
        if fact.subtype == RANGE:
            return range_wh(fact, p)  # "between which months": not "when", one end's word
        if p in WHEN_PREPS or p is None:
            return "in which year" if fact.kind == "year" else "when"
        return f"{p} which year" if fact.kind == "year" and p in ("by", "until", "since") else None
    if fact.kind == "means":  # "via video", "in person": how someone took part
        return "how" if p in ("via", "by", "in") else None
    if fact.kind == "money" and p == "to" and _level_reached(prep):
        return "to what amount"  # "raised the cap to $250,000": the level it was changed to
    if fact.kind == "money":
        return "how much" if p is None else (f"{p} how much" if p in ("for", "by") else None)
    if fact.kind == "percent":
        return "by how much" if p == "by" else None
    if fact.kind == "quantity":
        return measure_wh(fact.text, p)  # "within how many hours"
    if fact.kind == FREQUENCY:
        return "how often" if p is None else None  # "every ten years"
    if fact.kind == "place" and p in WHERE_PREPS and fact.subtype != "country":
        if prep is not None and placed_besides(prep):  # "Where did … gather on Plaza …?"
            wh = place_wh(fact)  # the question says a place: ask the key's kind of place
            return f"{p} {wh}" if wh else None
        return "where"
    wh = place_wh(fact) if fact.kind == "place" else WH_OF_KIND.get(fact.kind)
    if fact.kind == NOUN:  # "What did Gloria develop?"; "from what did …" reads stilted
        agent = p == "by" and prep is not None and prep.dep_ == "agent"  # left behind: `strands`
        return "what" if p is None else ("by what" if agent else None)
    if fact.kind in ("model", WORK, BILL, CALLED):  # "IE6": "which browser"; "Hello": "which song"
        return (f"{p} which {fact.unit}" if p else f"which {fact.unit}") if fact.unit else None
    if fact.kind == "name" and series(fact.text):  # "Space Shuttle Columbia": which shuttle
        # Only as the clause's own subject or object: a fronted "for which space shuttle"
        # may take a phrase of a noun ("the hangar … for Atlantis") as the verb's.
        return f"which {series(fact.text).lower()}" if p is None else None
    if wh is None:
        return None
    if p is None:
        return wh
    if fact.kind != "place" and p not in _NAME_PREPS:
        return None  # "in which organization was the study published" misreads a journal
    if wh == "who":
        wh = "whom"
    return f"{p} {wh}"


def countrys_own(wh: str | None, answer: Span) -> str | None:
    """Ask for the country whose thing a name written "Team Estonia" is: "which country's
    team" (the team rebuilt its robot, not the country); any other wh-phrase is itself."""
    if wh != "which country":
        return wh
    before = [t for t in answer.root.children if t.dep_ == "compound" and t.i < answer.start]
    noun = kind_word(before[-1].text) if len(before) == 1 else ""
    return f"which country's {noun}" if noun else wh


def trimmed_hedge(doc: Span, fact: Any) -> dict[int, str]:
    """Return the hedge a quantity was trimmed of ("roughly" of "roughly four months"), by
    position: no word of the answer's phrase, said by the wh-phrase instead."""
    before = doc[max(0, fact.start - 1) : fact.start]
    # "about 20 to 30 hours": the parse marks a range's hedge "quantmod"
    return {t.i: t.lower_ for t in before if fact.kind == "quantity"
            and t.dep_ in ("advmod", "quantmod") and fact.start <= t.head.i < fact.end}  # fmt: skip


def with_hedge(wh: str | None, hedge: dict[int, str], rounding: frozenset[str]) -> str | None:
    """Keep a rounding hedge in the question ("about how many months"), as a count's is: an
    exact "how many" asks for a figure the article never gives."""
    if wh is None or not any(word in rounding for word in hedge.values()):
        return wh
    return wh.replace("how many", "about how many", 1)


def share_of(fact: Fact, root: Any, extra: list[Any]) -> bool:
    """Tell whether a percentage is a share of the phrase after it ("caused 46 percent of
    previously heat-attributed damage"): asked "what share of …", as a fraction is; only as
    the verb's own object, since a preposition before it would go ("accounted for")."""
    return (
        fact.kind == "percent"
        and bool(extra)
        and extra[0].lower_ == "of"
        and extra[0].head.i == root.i
        and extra[0].i == fact.end
        and [t.i for t in extra] == list(range(fact.end, fact.end + len(extra)))
    )


def share_moved(prep: Any, verb: Any) -> str | None:
    """Say how a share's preposition goes in its question: "front" with it ("To what share of
    Australian salt is iodine added?") when the verb has its object already (passive, or a
    direct object) and the phrase adds a goal; "strand" after the verb ("What share of the
    market did they account for?") when the preposition comes right after a verb with no
    object, its own ("accounted for": "For what share … did … account?" reads as a puzzle);
    else None."""
    if prep is None or prep.head.i != verb.i:
        return None
    if any(c.dep_ in ("auxpass", "dobj", "nsubjpass") for c in verb.children):
        return "front" if prep.lower_ in ("to", "in", "from", "among", "on") else None
    between = verb.doc[verb.i + 1 : prep.i]
    return "strand" if all(t.dep_ == "prt" for t in between) else None


# focus particles: they say how the writer rates the figure, not what it is, and a question
# asks the figure ("What share …?"); a rounding hedge ("about") or a bound ("more than") is
# part of the answer and stays
_FOCUS = frozenset({"only", "just", "merely"})


def unfocused(extra: list[Any], start: int) -> list[Any]:
    """Return a phrase's words without the focus particle before its number ("only 10 …")."""
    return [t for t in extra if not (t.i < start and t.dep_ == "advmod" and t.lower_ in _FOCUS)]


def present_perfect(verb: Token) -> bool:
    """Tell whether a verb is in the present perfect ("has grown", "have been held")."""
    aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBN" and any(a in ("has", "have", "'ve") for a in aux)


def place_kind_noun(root: Token) -> Token | None:
    """Return the noun a place name is "the … of" when the noun says what kind of place the
    name is ("the city of El Obeid" is El Obeid, asked "which city", not "which city's city")."""
    of = root.head
    if root.dep_ != "pobj" or of.lower_ != "of" or of.dep_ != "prep":
        return None
    noun = of.head
    if noun.tag_ != "NN" or not noun.is_lower:
        return None
    found = senses(noun.lemma_)[:1]
    for _ in range(_KIND_DEPTH):
        entry = synset(found[0]) if found else None
        if entry is None:
            return None
        if _PLACE_KINDS & set(entry.lemmas):
            return noun
        found = tuple(target for symbol, target in entry.pointers if symbol == "@")[:1]
    return None


def _level_reached(prep: Token) -> bool:
    """Tell whether "to" follows a verb that changes an amount ("raised the cap to …", "cut
    to …"), not "up to", "sold to" or "compared to": the sum is then the level reached."""
    verb = getattr(prep, "head", None)  # a preposition the writer supplied has no parse
    if verb is None or verb.pos_ != "VERB" or verb.i > prep.i or prep.nbor(-1).lower_ == "up":
        return False
    return changes_level(verb.lemma_)
