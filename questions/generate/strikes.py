"""Options the stem itself strikes out, and stems that lean on words they never explain.

Each check returns why the question fails, or None (blind review 47):
- "the largest since a _____ increase" beside "a 5.5% rise": the record is at least as big,
  so an option on the other side of the stated figure is impossible;
- "That compares with …": a bare demonstrative with nothing named;
- "Which city is raising interest rates?": a capital put for its government;
- "mainland _____": a word before the blank that makes one of the key's own names;
- "a … plane landed" in a story of many planes, with no date or occasion: which one?
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from questions.generate.entcache import ents_of
from questions.generate.facts import Fact
from questions.generate.giveaways import capital_cities
from questions.generate.references import said_in_stem
from questions.generate.termspan import term_shown
from questions.generate.verbfiles import COMMUNICATION, verb_file
from questions.generate.wordnet import first_sense, senses, synset
from questions.schema import normalise

Span = Any
Token = Any
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_SOCIAL = "41"  # verb.social: "attempt", "impose", "ban": a body's deeds, as speech's are
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_INDEFINITE = frozenset({"a", "an"})


def _value(text: str) -> float | None:
    """Return the first number a text states ("6.3%": 6.3), or None."""
    found = _NUMBER.search(text)
    return float(found[0].replace(",", "")) if found else None


def _unit(text: str) -> str:
    """Return what a number's text says besides its digits ("9.9%" of "6.3%")."""
    return _NUMBER.sub("9", text).strip()


def since_struck(sentence: Span, stem: str, key: str, others: Sequence[str]) -> str | None:
    """Refuse a number beside a record "since" another ("a 5.5% rise, the largest since a
    _____ increase"): the earlier figure lies on the key's side of the stated one, so an
    option on the other side is struck out by the stem (the key tells which side)."""
    superlative = any(t.tag_ in ("JJS", "RBS") for t in sentence)
    since = [t for t in sentence if t.lower_ == "since" and t.dep_ == "prep"]
    if not superlative or not since or _value(key) is None:
        return None
    number = _NUMBER.search(key)
    assert number is not None
    before, after = key[: number.start()], key[number.end() :]  # "$", " billion"; "%"
    stated = [
        float(m[0].replace(",", ""))
        for m in _NUMBER.finditer(stem)
        if stem[m.end() :].startswith(after) and stem[: m.start()].endswith(before)
    ]
    key_value = _value(key)
    assert key_value is not None
    for figure in stated:
        if figure == key_value:
            continue
        side = key_value > figure
        for option in others:
            value = _value(option)
            if value is not None and _unit(option) == _unit(key) and (value > figure) != side:
                return f"the record's figure ({figure:g}) strikes out {option!r}"
    return None


def bare_demonstrative(sentence: Span, stem: str) -> str | None:
    """Refuse a question opening with a demonstrative that stands for a thing ("That compares
    with …"): what it points to is in an earlier sentence. "This is the ninth year that …"
    points forward, to its own clause."""
    first = sentence[0]
    if first.lower_ not in _DEMONSTRATIVES or first.tag_ != "DT" or first.dep_ == "det":
        return None
    if any(c.dep_ in ("relcl", "acl", "prep") for c in first.children):
        return None  # "Those who work …", "That of May …": the words after say what it is
    attribute = [c for c in first.head.children if c.dep_ == "attr"]
    if first.head.lemma_ == "be" and any(c.dep_ == "relcl" for a in attribute for c in a.children):
        return None
    asked = stem.split("\n")[-1]
    if len(sentence) < 2 or not asked.startswith(f"{first.text} {sentence[1].text}"):
        return None
    return f"{first.text!r} points to what an earlier sentence says"


def governing_capital(sentence: Span, fact: Fact) -> str | None:
    """Refuse a capital that acts for its government ("Beijing is attempting to slow growth
    by raising interest rates", "Moscow warned"): asked as a city, no option is a city
    that could do it. A body's deeds are WordNet's social and speech verbs, or a verb taking
    an intent ("attempting to")."""
    if fact.kind != "place" or normalise(fact.text) not in capital_cities():
        return None
    word = sentence.doc[fact.end - 1]
    if word.dep_ != "nsubj" or word.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = word.head
    intent = any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in verb.children)
    if intent or verb_file(verb.lemma_) in (COMMUNICATION, _SOCIAL):
        return f"{fact.text} stands for its government ({verb.lemma_}), not the city"
    return None


def _own_names(key: str) -> frozenset[str]:
    """Return the WordNet lemmas of a name's own senses, folded ("mainland_china")."""
    found: set[str] = set()
    for offset in senses(key):
        entry = synset(offset)
        if entry is not None:
            found.update(lemma.split("(")[0].lower() for lemma in entry.lemmas)
    return frozenset(found)


def fixed_modifier(sentence: Span, fact: Fact) -> str | None:
    """Refuse a blank after a lower-case word that makes one of the key's own names with it
    ("mainland _____": "mainland China" is China in WordNet): only the key fits the word."""
    if fact.kind != "place" or fact.start <= sentence.start:
        return None
    before = sentence.doc[fact.start - 1]
    if not before.is_lower or not before.is_alpha or before.pos_ in ("DET", "ADP", "CCONJ"):
        return None
    joined = "_".join([before.lower_, *fact.text.lower().split()])
    if joined in _own_names(fact.text):
        return f"'{before.text} _____' is a name of {fact.text} alone"
    return None


def _kind_words(noun: Token) -> frozenset[str]:
    """Return a noun's words for its commonest sense: "plane", "airplane", "aeroplane"."""
    entry = first_sense(noun.lemma_.lower())
    words = {lemma.lower() for lemma in entry.lemmas} if entry else set()
    return frozenset(words | {noun.lemma_.lower()})


def _quoted(token: Token, sentence: Span) -> bool:
    """Tell whether a word stands inside a quotation of its sentence."""
    marks = sum(t.text in ('"', "“", "”") for t in sentence.doc[sentence.start : token.i])
    return marks % 2 == 1


def one_of_many(sentence: Span, fact: Fact, stem: str, article: Sequence[Span]) -> str | None:
    """Refuse a question whose subject is "a" thing of a kind the story has many of ("a …
    plane" beside "three airplanes"), with no date or occasion of its own: which one?"""
    answer = range(fact.start, fact.end)
    dated = any(
        e.label_ in ("DATE", "TIME") and e.start not in answer and said_in_stem([e.text], stem)
        for e in ents_of(sentence)
    )
    if dated:
        return None
    for noun in sentence:
        article_word = next((c for c in noun.children if c.dep_ == "det"), None)
        if noun.dep_ not in _SUBJECTS or noun.pos_ != "NOUN" or noun.i in answer:
            continue
        if article_word is None or article_word.lower_ not in _INDEFINITE:
            continue
        if not said_in_stem([noun.text], stem) or _quoted(noun, sentence):
            continue  # a speaker's "an asteroid": any one
        if any(c.dep_ == "prep" and said_in_stem([c.text], stem) for c in noun.children):
            continue  # "a group of protesters", "a defector from the Sea Org": told apart
        kind = _kind_words(noun)
        own = sentence.text  # the options' parse is another document: told by its words
        many = next(
            (t for other in article if other.text != own for t in other
             if t.tag_ == "NNS" and t.lemma_.lower() in kind),
            None,
        )  # fmt: skip
        if many is not None:
            return f"'a {noun.text}': the story has {many.text} more than one"
    return None


def strike_checks(
    sentence: Span, fact: Fact, stem: Any, distractors: Sequence[str], article: Sequence[Span]
) -> tuple[tuple[str, Callable[[], str | None]], ...]:
    """Return this module's checks as (reason, check) pairs for `quality.review_problem`."""
    return (
        ("the stem gives the answer away", lambda: term_shown(sentence, fact, stem.text)),
        (
            "implausible options",
            lambda: since_struck(sentence, stem.text, fact.text, distractors),
        ),
        ("not standalone", lambda: bare_demonstrative(sentence, stem.text)),
        ("implausible options", lambda: governing_capital(sentence, fact)),
        ("implausible options", lambda: fixed_modifier(sentence, fact)),
        ("not standalone", lambda: one_of_many(sentence, fact, stem.text, article)),
    )
