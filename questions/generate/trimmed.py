"""A wh-question too long to read, asked again without a closing "and …" predicate that does
not hold the answer ("… is not feasible [and will only bring disaster to …]")."""

from __future__ import annotations

from typing import Any

from questions.generate.facts import Fact
from questions.generate.quotemarks import quoted_words
from questions.generate.verbfiles import speech_verb

Token = Any
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})


def closing_predicate(sentence: Any, fact: Fact) -> frozenset[int]:
    """Return the words of the sentence's last "and …" verb phrase, joined to a verb or a
    copula ("is not feasible and will only bring …"), when the answer comes before it: what
    its subject does first is true by itself, and the question is then short enough to read."""
    doc = sentence.doc
    last = max((t.i for t in sentence if not t.is_punct), default=-1)
    quoted = quoted_words(sentence)  # a speaker's own words stay whole
    for verb in sentence:
        if verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX") or verb.i in quoted:
            continue
        if verb.head.pos_ not in ("VERB", "AUX") or verb.right_edge.i != last:
            continue
        if any(c.dep_ in _SUBJECTS for c in verb.children):
            continue  # a clause with its own subject says a second thing of someone else
        if sum(c.dep_ == "conj" for c in verb.head.children) > 1:
            continue  # the last of three leaves a torso ("fast-track …, get …, and take …")
        start = verb.left_edge.i
        joined = doc[start - 1] if start > sentence.start else None
        if joined is None or joined.lower_ != "and" or joined.dep_ != "cc":
            continue
        if fact.end > start - 1:
            continue
        comma = {start - 2} if doc[start - 2].text == "," else set()
        return frozenset(range(start - 1, last + 1)) | frozenset(comma)
    return frozenset()


def said_opener(sentence: Any, fact: Fact) -> frozenset[int]:
    """Return the words of a fronted phrase and its comma ("In the last phone call,") before
    the speaker asked for ("Who stated that …?"): what was said names the saying, so a
    reference the question cannot resolve may be left out rather than leave it leaning."""
    first = sentence[0]
    root = sentence.root
    # the speaker's own words quoted name the saying: "… say 'Thank you … for 1.6 million
    # votes'" is asked whole without "Following the defeat,"
    quoted = set(range(fact.start, fact.end)) <= quoted_words(sentence)
    if first.dep_ != "prep" or first.head.i != root.i or (root.i < fact.start and not quoted):
        return frozenset()
    if not (quoted or any(c.dep_ == "ccomp" for c in root.children)):
        return frozenset()
    if not speech_verb(root.lemma_):
        return frozenset()
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or not (quoted or fact.start <= subject.i < fact.end):
        return frozenset()  # the speaker, or his words: a date or count leans on the occasion
    comma = first.right_edge.i + 1
    if comma >= root.i or sentence.doc[comma].text != ",":
        return frozenset()
    return frozenset(range(first.i, comma + 1))
