"""Which noun a relative clause is about, when the parse's answer may be the wrong one.

"a new metro line linking the airport to the city center, which is expected to cost 1.1
billion euros": the model hangs the clause on the nearest noun ("center"), but the line is
what costs it. A noun inside a modifier of another noun (its prepositional phrase, its
participle's object) leaves the reader, and the question, two candidates: refused.
"""

from __future__ import annotations

import re
from typing import Any

from questions.generate.wordnet import PERSON_FILE, senses, synset

Token = Any
# The links from a noun up to the noun its phrase modifies: "to [the center]" of "linking",
# "linking …" of "line", "of [the Council]" of "the meeting".
_MODIFIER_LINKS = frozenset({"pobj", "prep", "dobj", "acl", "compound", "conj", "pcomp"})
_NOUNS = frozenset({"NOUN", "PROPN"})
_QUANTIFIERS = frozenset({"every", "each", "no", "any"})
_TIME_FILE = 28  # WordNet's noun.time: "morning", "hour", "day"
_TIMES = frozenset({"DATE", "TIME"})
_CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}$")  # "00:37", "5.30"
_ADVERBIAL = frozenset({"npadvmod", "tmod"})  # a noun phrase said as an adverb: "every August"


def nested_antecedent(verb: Token) -> bool:
    """Tell whether a relative clause hangs on a noun that sits inside a modifier of another
    noun ("the line linking the airport to the city center, which …"): either may be meant.
    Only a clause after a comma: one that follows its noun straight away defines it."""
    before = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
    if before is None or before.text != ",":
        return False  # "an aftershock yesterday which left six dead": defines its noun
    token = verb.head
    while token.dep_ in _MODIFIER_LINKS and token.head.i != token.i:
        token = token.head
        if token.pos_ in _NOUNS:
            return _may_host(token, verb)
    return False


def _may_host(noun: Token, verb: Token) -> bool:
    """Tell whether a comma's relative clause could be about this noun: not a quantified one
    ("every country examined in the study, which covered forty countries": "every country,
    which" is no English), nor one its verb disagrees with ("the lines to the station, which
    is …")."""
    if any(c.lower_ in _QUANTIFIERS for c in noun.children):  # the parse: det or nummod
        return False
    finite = [t for t in (verb, *verb.children) if t.tag_ in ("VBZ", "VBP") and t.i <= verb.i]
    if finite and noun.tag_ in ("NN", "NNS"):
        return bool((finite[0].tag_ == "VBZ") == (noun.tag_ == "NN"))
    return True


_SINGULAR = frozenset({"VBZ", "is", "was", "has", "'s"})  # a tag or a word saying one
_PLURAL = frozenset({"VBP", "are", "were", "have", "'re", "'ve"})


def unfit_antecedent(verb: Token) -> bool:
    """Tell whether a relative clause's subject ("who", "which") can be said by no noun
    phrase the parse gives it: the clause hangs on a verb (its antecedent would be a whole
    clause), or its verb's number is not the noun's ("Betancourt, who were": a plural
    clause on one person; "the nurses, who has")."""
    noun = verb.head
    if noun.pos_ in ("VERB", "AUX"):
        return True
    said = {t.tag_ for t in (verb, *verb.children) if t.i <= verb.i}
    said |= {t.lower_ for t in (verb, *verb.children) if t.i <= verb.i}
    if said & _PLURAL and not said & _SINGULAR:
        joined = noun.dep_ == "conj" or any(c.dep_ == "conj" for c in noun.children)
        return not joined and _one_person(noun)  # "the team, who were": a body may be many
    if said & _SINGULAR and not said & _PLURAL:
        # "the series, which is": a noun the same in both numbers; a plural name
        # ("the Philippines, which is") is one place
        return bool(noun.tag_ == "NNS" and noun.lemma_.lower() != noun.lower_)
    return False


def _one_person(noun: Token) -> bool:
    """Tell whether a noun names one person: a singular person's name, or a singular noun
    WordNet files first as a person ("the hostage", not "the team")."""
    if noun.tag_ == "NNP":
        return bool(noun.ent_type_ == "PERSON")
    first = senses(noun.lemma_.lower())[:1]
    entry = synset(first[0]) if noun.tag_ == "NN" and first else None
    return entry is not None and entry.lexfile == PERSON_FILE


def time_antecedent(verb: Token) -> bool:
    """Tell whether a comma's relative clause hangs on a time said where the deed happened
    ("The first shaking took place at 00:37 local time, which … had a 4.7 magnitude"), or on
    a time said as an adverb ("hosts a festival every August that draws …"): the clause
    tells of the deed or its doer, and asked of the time ("What magnitude did 00:37 local
    time have?", "How many visitors does every August draw?") it says what no reader would."""
    noun = verb.head
    if noun.dep_ in _ADVERBIAL and _a_time(noun):
        return True  # "a festival every August that draws …": the parse's slip, the clause is
        # the festival's; a time said as an adverb is nobody's subject ("does every August draw")
    before = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
    if before is None or before.text != ",":
        return False  # "the day which changed everything": the clause defines its time
    if (
        noun.dep_ != "pobj"
        or noun.head.dep_ != "prep"
        or noun.head.head.pos_ not in ("VERB", "AUX")
    ):
        return False
    return _a_time(noun)


def _a_time(noun: Token) -> bool:
    """Tell whether a noun says a time: a date or a clock time ("00:37 local time"), or a
    noun WordNet files first as a time ("the morning")."""
    words = [t for t in noun.subtree if t.i <= noun.i]
    if noun.ent_type_ in _TIMES or any(_CLOCK.match(t.text) for t in words):
        return True
    first = senses(noun.lemma_.lower())[:1] if noun.tag_ == "NN" else ()
    entry = synset(first[0]) if first else None
    return entry is not None and entry.lexfile == _TIME_FILE
