"""A setting the sentence before gives in a short fronted phrase, carried into the question.

Match reports and tallies set a scene once and go on in it: "At the end of the first half,
with the score 31–33, Norwood led the Capitals with 11 points. … On the Chinese side, Sun
led her team with 12 points. Jiamei was second with 5 points." The last sentence's rank
("second": among whom, when?) and the middle one's statistic (12 points: in the game, or at
half-time?) hold only in the setting a sentence before them fronted. That phrase is put
before the question ("At the end of the first half, on the Chinese side, with how many points
was Jiamei second?") instead of refusing it, or asking the half-time tally as the game's
(review 86). A person's bare rank takes the time but no side ("who was second" on one side's
word gives the key away), so "Who was second …?" is asked only where no side is needed.

Only a short phrase opening its sentence before a comma is carried: a phase ("At half-time",
"In the fourth quarter", "By noon": a WordNet noun.time word, never a date such as "In 2010",
which may not hold for the next sentence) from the sentence before or the parsed piece's
(a paragraph's, or a long one's part's) first sentence, with no other time said between; or
a side ("On the Chinese side", "For China", "Among the guards") from the sentence before,
where that sentence is itself a tally or rank inside the side ("For Apple, it was a record
quarter" sets no side: Samsung's share is not Apple's).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from questions.generate.wordnet import senses, synset
from questions.generate.write import Stem

Span = Any
Token = Any
TIME_FILE = 28  # WordNet's noun.time: "end", "half", "quarter", "noon", "halftime"
_TIME_SENSES = 3  # a phase among a word's first senses ("quarter" the period, not "game")
_MAX_WORDS = 8  # a short phrase: "At the end of the first half"
_TIME_PREPS = frozenset({"at", "in", "by", "during", "after", "before", "through", "until"})
_SIDE_PREPS = frozenset({"on", "for", "among"})
_NATIONS = frozenset({"GPE", "NORP"})  # "For China", "For Lakeport"
_WHEN = frozenset({"DATE", "TIME"})
_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "EVENT"})  # names
# a sentence that moves the story on from its setting: "then", "later", "after the break"
_MOVING = frozenset(
    {"then", "later", "afterwards", "subsequently", "eventually", "finally", "next", "again",
     "after", "before", "until", "when", "while", "since"}
)  # fmt: skip
# a rank's field of its own: "second among the guards", "third in the league", "first for Spain"
_DOMAIN_PREPS = frozenset({"of", "in", "among", "at", "on", "from", "for", "within", "behind"})
_RANK_ROLES = frozenset({"acomp", "attr"})  # "was second", "is the third"
# a statistic's verbs of the game's end: "finished with 16", "ended the game with"
_FINAL = frozenset({"finish", "end", "total", "conclude", "complete"})


def _timely(noun: Token) -> bool:
    """Tell whether a noun names a time or phase: a date's or time's word, or a WordNet
    noun.time sense among its first ones ("the end", "the first half", "noon")."""
    return noun.ent_type_ in _WHEN or _phase(noun)


def _phase(noun: Token) -> bool:
    """Tell whether a common noun has a WordNet noun.time sense among its first ones ("the
    end", "the first half", "noon"), as a date's number or month name has not."""
    found = senses(noun.lemma_.lower())[:_TIME_SENSES] if noun.pos_ == "NOUN" else ()
    return any((entry := synset(s)) is not None and entry.lexfile == TIME_FILE for s in found)


def _fronted(sentence: Span) -> tuple[Token, Span] | None:
    """Return a sentence's opening preposition and its phrase when the phrase is short and
    set off by a comma before the rest ("At half-time, …"), else None."""
    prep = sentence[0]
    if prep.dep_ != "prep" or prep.pos_ != "ADP" or prep.head.sent.start != sentence.start:
        return None
    end = prep.right_edge.i + 1
    after = sentence.doc[end] if end < sentence.end else None
    phrase = sentence.doc[prep.i : end]
    if after is None or after.text != "," or not 2 <= len(phrase) <= _MAX_WORDS:
        return None
    return prep, phrase


def fronted_time(sentence: Span) -> str | None:
    """Return a sentence's opening time or phase phrase ("At the end of the first half")."""
    found = _fronted(sentence)
    if found is None or found[0].lower_ not in _TIME_PREPS:
        return None
    # a phase word ("half", "quarter", "noon"), not a date: "In 2010, the company was founded
    # …" dates the founding, not what the next sentence tells ("It hired 300 staff")
    return found[1].text if any(_phase(t) for t in found[1]) else None


def fronted_side(sentence: Span) -> str | None:
    """Return a sentence's opening side or group phrase ("On the Chinese side", "For
    China", "Among the guards")."""
    found = _fronted(sentence)
    if found is None or found[0].lower_ not in _SIDE_PREPS:
        return None
    prep, phrase = found
    head = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if head is None or _timely(head):
        return None
    if prep.lower_ == "on":  # a named team's or nation's side ("the Chinese side", "the
        # Owls' side"), not "the demand side" of a market
        named = any(t.pos_ == "PROPN" or t.ent_type_ in _NAMED for t in head.subtree)
        return phrase.text if head.lemma_.lower() == "side" and named else None
    if prep.lower_ == "for":  # a nation's or a team's ("For the Capitals"), not a firm's
        team = head.ent_type_ == "ORG" and head.tag_ == "NNPS"
        return phrase.text if head.ent_type_ in _NATIONS or team else None
    return phrase.text if head.tag_ in ("NNS", "NNPS") else None  # "Among the guards"


def _own_time(sentence: Span) -> bool:
    """Tell whether a sentence says a time of its own, or moves on from the one set."""
    return any(
        t.ent_type_ in _WHEN
        or t.lower_ in _MOVING
        or (t.pos_ == "VERB" and t.lemma_.lower() in _FINAL)
        or (t.dep_ == "pobj" and t.head.lower_ in _TIME_PREPS and _timely(t) and not _counted(t))
        for t in sentence
    )


def _counted(noun: Token) -> bool:
    """Tell whether a noun is counted ("in 5 points"): a tally's unit, no time ("point")."""
    return any(c.dep_ == "nummod" for c in noun.children)


def _past(sentence: Span) -> bool:
    """Tell whether a sentence tells of the past, as a scene's tally does ("had 6 points"):
    a present or future one ("has 300 staff") holds beyond the time set before it."""
    root = sentence.root
    return root.tag_ == "VBD" or any(c.tag_ == "VBD" for c in root.children if c.dep_ == "aux")


def carried_phrases(sentence: Span, sides: bool = True) -> list[str]:
    """Return the time and (with `sides`) side phrases the sentences before a sentence in its
    paragraph front and the sentence does not say itself, time before side."""
    before = [s for s in sentence.doc.sents if s.end <= sentence.start]
    if not before or _own_time(sentence) or not _past(sentence):
        time = None
    else:
        time = fronted_time(before[-1])
        between = before[1:]  # from the piece's first sentence: nothing timed between
        if time is None and not any(_own_time(s) for s in between):
            time = fronted_time(before[0])
    own = fronted_side(sentence) is not None
    # a side holds on only through a tally or rank said inside it ("For China, Li had 12
    # points. Wu was second …"), not after a remark on it ("For Apple, it was a record
    # quarter. Samsung was second …": Samsung is no part of Apple)
    tallied = bool(before) and (statistic(before[-1]) or any(bare_rank(t) for t in before[-1]))
    side = fronted_side(before[-1]) if sides and tallied and not own else None
    return [p for p in (time, side) if p]


def _lowered(first: str, sentence: Span) -> bool:
    """Tell whether a question's first word takes a small letter after the carried phrase:
    the question's own opener ("Who …", "With how many …") or the sentence's common word
    ("The crowd …"), never a name ("Will Smith", "US troops", "WHO officials")."""
    if any(c.isupper() for c in first[1:]):
        return False  # "US", "WHO", "McCain": capitals a name keeps
    opening = sentence[0]
    # "Will Smith scored …": the sentence's own name (tagged "will" the verb, but in a
    # person's name), though "will" is a stop word; "The" of "The Hague" is no name's capital
    named = opening.ent_type_ in _NAMED and opening.pos_ != "DET"
    if (first == opening.text and named) or any(
        t.text == first and t.pos_ == "PROPN" for t in sentence
    ):
        return False
    ordinary = first == opening.text and not opening.ent_type_
    # "Who …", "With how many …": a function word's capital is the question's, not a name's
    return ordinary or first.lower() in STOP_WORDS


def statistic(sentence: Span) -> bool:
    """Tell whether a sentence states a count of something ("with 12 points", "had 6
    points"): a tally that holds only at the time it was made."""
    return any(
        t.like_num and t.ent_type_ not in _WHEN and t.head.pos_ == "NOUN" and t.dep_ == "nummod"
        for t in sentence
    )


def with_setting(stem: Stem, phrases: list[str], sentence: Span) -> Stem:
    """Return the question with the carried phrases put before it ("At the end of the first
    half, who was second with 5 points?")."""
    if not phrases:
        return stem
    text = stem.text
    if _lowered(text.split(" ", 1)[0], sentence):
        text = text[:1].lower() + text[1:]
    said = ", ".join(p if i == 0 else p[:1].lower() + p[1:] for i, p in enumerate(phrases))
    return Stem(f"{said}, {text}", stem.form, stem.rule)


@cache
def ordinals() -> frozenset[str]:
    """Return the ordinal words ("fourth", "ninth") once."""
    from questions.generate.variants import ordinal_words

    return frozenset(ordinal_words())


def bare_rank(token: Token) -> bool:
    """Tell whether an ordinal is what a "be" says of its subject with no
    field of its own ("Jiamei was second with 5 points"), not "second in the league"."""
    verb = token.head
    # an ordinal only: "the worst since 1987" ranks against time, a field of its own
    if token.lower_ not in ordinals() or token.dep_ not in _RANK_ROLES or verb.lemma_ != "be":
        return False
    heads = (token, verb)
    return not any(
        c.dep_ == "prep" and c.lower_ in _DOMAIN_PREPS for h in heads for c in h.children
    )
