"""Stage 4: "Where did Mara Vell die?" for "… died in her Memphis, Tennessee home".

News places a death, an arrest or a find by the city of a home, flat or office: the city is
the modifier of the noun the preposition governs ("in his Manhattan apartment"), and the
model parses the phrase any of several ways ("Memphis" the object, "home" set beside it;
"flat" read as an adverb). No wh-question reaches a word inside that noun phrase, and its
one blank ("died in her _____, Tennessee home") is half a place. A home, flat or office
stands in its city, so the clause is true with the phrase said as the city alone ("died in
Memphis"); that clause is parsed afresh and asked as any place is ("Where did …?"), keyed
by the city. The state after it ("Memphis, Tennessee") is no second question: its blank
would show the city the first one asks.
"""

from __future__ import annotations

from dataclasses import replace as changed
from typing import Any

from questions.generate.facts import Fact
from questions.generate.nlp import load_nlp
from questions.generate.stems import Stem
from questions.generate.wordnet import senses, synset
from questions.generate.write import wh_question

Span = Any
Token = Any
HOME_RULE = "rule:place-home"
_PREPS = frozenset({"in", "at"})
_PLACE_LABELS = frozenset({"GPE", "LOC"})
# WordNet's kinds of a thing that stands in one place: a building or other construction
# (house, office, hotel), a residence (home) and a workplace (studio, farm), by the noun's
# first sense; lodging (housing: "flat", "mansion", "villa") by any sense, since those
# words' first senses are a plain, a zodiac sign and a revolutionary.
_SITED = frozenset({"04341686", "08558963", "04602044"})  # structure, residence, workplace
_LODGING = frozenset({"03546340", "08558963"})  # housing, residence
_DEPTH = 8  # how far up the hypernyms a kind may sit


def _reaches(offset: str, targets: frozenset[str]) -> bool:
    """Tell whether a synset is, or sits under, one of the target synsets."""
    found = [offset]
    for _ in range(_DEPTH):
        if targets & set(found):
            return True
        entries = [e for e in (synset(o) for o in found) if e is not None]
        found = sorted({t for e in entries for symbol, t in e.pointers if symbol == "@"})
    return False


def sited_noun(word: str) -> bool:
    """Tell whether a lower-case noun names a thing that stands in one place: a home,
    house, flat, office or studio (not a case, a market or a meeting)."""
    if not word.isalpha() or not word.islower():
        return False
    found = senses(word)
    if found and _reaches(found[0], _SITED):
        return True
    return any(_reaches(offset, _LODGING) for offset in found)


def home_phrase(sentence: Span, fact: Fact) -> tuple[Token, list[Token], Token] | None:
    """Return the "in"/"at", the place words and the sited noun of a phrase like "in her
    Memphis, Tennessee home" that holds the fact, read from the words (the parse varies)."""
    if fact.kind != "place":
        return None
    doc = sentence.doc
    start = fact.start
    while start > sentence.start and (
        doc[start - 1].ent_type_ in _PLACE_LABELS or doc[start - 1].text == ","
    ):
        start -= 1  # "Tennessee" of "Memphis, Tennessee": the run begins at the city
    end = fact.end
    while end < sentence.end and (doc[end].ent_type_ in _PLACE_LABELS or doc[end].text == ","):
        end += 1
    if end >= sentence.end or start <= sentence.start or doc[start].text == ",":
        return None
    noun, before = doc[end], doc[start - 1]
    # the word itself, not its tag: "flat" of "her London flat" may be read as an adverb
    if not sited_noun(noun.text) or noun.pos_ not in ("NOUN", "ADV", "ADJ"):
        return None
    if noun.i + 1 < sentence.end and doc[noun.i + 1].pos_ in ("NOUN", "PROPN"):
        return None  # "the Texas house race": the sited word modifies another noun
    if before.tag_ not in ("PRP$", "DT") and before.dep_ != "poss":
        return None  # "in Texas house prices": a home-like noun has its determiner
    before = doc[before.i - 1]  # "her", "the", "a"
    if before.lower_ not in _PREPS or before.dep_ != "prep":
        return None
    if before.head.pos_ not in ("VERB", "AUX"):
        return None  # "the fire in his Manhattan apartment": a noun's, not the clause's
    place = [t for t in doc[start:end] if t.text != ","]
    return before, place, noun


def second_place(sentence: Span, fact: Fact) -> bool:
    """Tell whether a place is the state or country after a city in such a phrase
    ("Tennessee" of "her Memphis, Tennessee home"): its blank shows the city asked."""
    found = home_phrase(sentence, fact)
    return found is not None and found[1][0].i < fact.start


def home_question(sentence: Span, fact: Fact, replace: dict[int, str]) -> Stem | None:
    """Write "Where did <subject> <verb> …?" for a place that modifies a home, flat or office
    the clause's "in"/"at" governs, keyed by the first place (the city), or None."""
    found = home_phrase(sentence, fact)
    if found is None or second_place(sentence, fact):
        return None
    prep, place, noun = found
    doc = sentence.doc
    city = doc[place[0].i : fact.end]  # the city alone: the state after it is left out
    before = list(doc[sentence.start : prep.i])
    after = list(doc[noun.i + 1 : sentence.end])
    words = [*[t.text_with_ws for t in before], "in ", city.text + noun.whitespace_]
    said = "".join([*words, *[t.text_with_ws for t in after]]).strip()
    parsed = load_nlp()(said)
    expected = [*[t.text for t in before], "in", *[t.text for t in (*city, *after)]]
    if [t.text for t in parsed] != expected:
        return None  # the words split otherwise: the indexes below would not match
    shift = len(before) + 1 + len(city) - (noun.i + 1 - sentence.start)
    moved = {
        (i - sentence.start if i < prep.i else i - sentence.start + shift): text
        for i, text in replace.items()
        if sentence.start <= i < prep.i or noun.i < i < sentence.end
    }
    start = len(before) + 1
    asked = changed(fact, start=start, end=start + len(city))
    stem, _ = wh_question(parsed[:], asked, moved)
    if stem is None or not stem.text.startswith("Where "):
        return None
    return Stem(stem.text, stem.form, HOME_RULE)
