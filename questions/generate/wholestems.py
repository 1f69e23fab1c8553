"""Stems that are broken or mean nothing alone (review 44): what the words left need is gone.

A question copied from part of a sentence keeps only what it needs when the cut falls at a
clause's edge and every word left still has what it leans on: a possessive its noun, a verb
its clause or its tense, a figure what it measures.
"""

from __future__ import annotations

import re
from typing import Any

from questions.generate.clauses import REPORTING
from questions.generate.compiled import pattern
from questions.generate.entcache import ents_of
from questions.generate.facts import Fact

_POSSESSIVE = ("'s", "’s", "'", "’")
_ARGUMENT_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj", "attr", "ROOT")
_NAMED_PLACES = ("ORG", "FAC", "GPE", "WORK_OF_ART", "PRODUCT")  # "McDonald's", "St Mary's"
_FINITE = ("MD", "VBZ", "VBP", "VBD")
_FIGURES = ("PERCENT", "MONEY", "QUANTITY", "CARDINAL")
_WORD = re.compile(r"[\w'’%$.,-]+")


def _has(stem: str, words: str) -> bool:
    """Whether the stem says these words as words (not inside longer ones)."""
    return pattern(rf"(?<![\w'’]){re.escape(words)}(?![\w'’])").search(stem) is not None


def elided_possessive(sentence: Any, stem: str) -> str | None:
    """Refuse a stem holding a possessive whose noun the sentence left out ("… in Incheon,
    while the women's are to be in Toronto": "Where are the women's to be?"): the noun was
    said once, for the other side, and the question alone does not say what is the women's.
    A shop or church named so ("McDonald's") is a name, not an ellipsis."""
    for token in sentence:
        first = token
        while first.dep_ == "conj" and first.head.i != first.i:  # "the men's and women's …"
            first = first.head
        if first.dep_ not in _ARGUMENT_DEPS or token.pos_ == "PRON":
            continue
        mark = next((c for c in token.children if c.dep_ == "case" and c.i == token.i + 1), None)
        if mark is None or mark.text not in _POSSESSIVE or token.ent_type_ in _NAMED_PLACES:
            continue
        if _noun_follows(mark):  # "Lingard's through ball": the noun is there, misparsed
            continue
        said = sentence.doc[token.left_edge.i : mark.i + 1].text
        if _has(stem, said) or _has(stem, token.text + mark.text):
            return f"{said!r} owns a noun the sentence left out"
    return None


def _noun_follows(mark: Any) -> bool:
    """Whether a noun comes after a possessive mark before the next verb or punctuation."""
    for token in mark.doc[mark.i + 1 : mark.sent.end]:
        if token.pos_ in ("NOUN", "PROPN"):
            return True
        if token.pos_ in ("VERB", "AUX", "PUNCT"):
            return False
    return False


def cut_before_verb(sentence: Any, stem: str) -> str | None:
    """Refuse a stem cut off right before a verb that goes on its last words ("… arguing the
    Winter Games?" of "… arguing the Winter Games ought to be relocated"): the cut left a
    saying without what was said. A clause ends at a comma or a conjunction; a finite verb
    or a modal straight after the last word is that word's own predicate."""
    body = stem.rstrip(" ?.!")
    if body.endswith("_"):
        return None
    words = _WORD.findall(body)[-3:]
    if len(words) < 2:
        return None
    tail = r"\s+".join(re.escape(w) for w in words)
    text = sentence.text
    for found in pattern(rf"(?<![\w'’]){tail}(?![\w'’])").finditer(text):
        at = sentence.start_char + found.end()
        after = next((t for t in sentence if t.idx >= at), None)
        if after is None or text[found.end() : after.idx - sentence.start_char].strip():
            continue
        if after.lemma_ in REPORTING:  # "…, Yonhap reported": moved into "according to …"
            continue
        if _has(stem, after.text):  # "What was the cause of X's death?": the verb moved
            continue
        if (after.tag_ in _FINITE and after.dep_ != "aux") or after.tag_ == "MD":
            return f"the stem stops before {after.text!r}, the verb of its last words"
    return None


def verbless_subject(sentence: Any, fact: Fact, stem: str, form: str) -> str | None:
    """Refuse a question on the subject of an -ing or past participle with no auxiliary
    ("with Algeria defeating …, and Canada missing out on …": "Which country missing out
    on …?"): asked as it stands, the question has no finite verb."""
    if form != "wh":
        return None
    root = sentence.doc[fact.start : fact.end].root
    verb = root.head
    if root.dep_ not in ("nsubj", "nsubjpass") or verb.tag_ not in ("VBG", "VBN"):
        return None
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    return f"{verb.text!r} has no finite verb in the question" if _has(stem, verb.text) else None


def measureless_figure(sentence: Any, fact: Fact, stem: str) -> str | None:
    """Refuse a figure given to a name with no word for what it measures ("India is between
    Nigeria at 14%, and Zambia and Rwanda at 20%."): the measure was said in another
    sentence, and the question's figures then mean nothing."""
    figures = [e for e in ents_of(sentence) if e.label_ in _FIGURES and e.root.dep_ == "pobj"]
    if not figures or any(t.pos_ == "NOUN" and t.ent_type_ not in _FIGURES for t in sentence):
        return None
    for span in figures:
        if (fact.start < span.end and span.start < fact.end) or _has(stem, span.text):
            return f"{span.text!r} measures nothing the sentence names"
    return None


def unsaid_part(sentence: Any, fact: Fact, stem: str) -> str | None:
    """Refuse a stem one of whose words leans on what only another sentence says: a
    possessive's noun ("the women's") or a figure's measure ("Nigeria at 14%")."""
    return elided_possessive(sentence, stem) or measureless_figure(sentence, fact, stem)


def cut_stem(sentence: Any, fact: Fact, stem: str, form: str) -> str | None:
    """Refuse a stem cut where English cannot stop: before its last words' verb, or with a
    subject asked whose verb has no tense."""
    return cut_before_verb(sentence, stem) or verbless_subject(sentence, fact, stem, form)
