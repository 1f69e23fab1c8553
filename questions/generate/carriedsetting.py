"""A setting the sentence before gives in a short fronted phrase, carried into the question.

Match reports and tallies set a scene once and go on in it: "At the end of the first half,
with the score 31–33, Norwood led the Capitals with 11 points. … On the Chinese side, Sun
led her team with 12 points. Jiamei was second with 5 points." The last sentence's rank
("second": among whom, when?) and the middle one's statistic (12 points: in the game, or at
half-time?) hold only in the setting a sentence before them fronted. That phrase is put
before the question ("At the end of the first half, on the Chinese side, who was second with
5 points?") instead of refusing it, or asking the half-time tally as the game's (review 86).

Only a short phrase opening its sentence before a comma is carried: a time or phase
("At half-time", "In the fourth quarter", "By noon": a WordNet noun.time word or a date) from
the sentence before or the paragraph's first sentence, with no other time said between; or
a side ("On the Chinese side", "For China", "Among the guards") from the sentence before.
"""

from __future__ import annotations

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
_SIDE_ENTS = frozenset({"GPE", "NORP", "ORG"})  # "For China", "For the Capitals"
_WHEN = frozenset({"DATE", "TIME"})
# a sentence that moves the story on from its setting: "then", "later", "after the break"
_MOVING = frozenset(
    {"then", "later", "afterwards", "subsequently", "eventually", "finally", "next", "again",
     "after", "before", "until", "when", "while", "since"}
)  # fmt: skip
# a statistic's verbs of the game's end: "finished with 16", "ended the game with"
_FINAL = frozenset({"finish", "end", "total", "conclude", "complete"})


def _timely(noun: Token) -> bool:
    """Tell whether a noun names a time or phase: a date's or time's word, or a WordNet
    noun.time sense among its first ones ("the end", "the first half", "noon")."""
    if noun.ent_type_ in _WHEN:
        return True
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
    timed = any(_timely(t) for t in found[1] if t.pos_ == "NOUN" or t.ent_type_)
    return found[1].text if timed else None


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
    if prep.lower_ == "on":
        return phrase.text if head.lemma_.lower() == "side" else None
    if prep.lower_ == "for":
        return phrase.text if head.ent_type_ in _SIDE_ENTS else None
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
        between = before[1:]  # from the paragraph's first sentence: nothing timed between
        if time is None and not any(_own_time(s) for s in between):
            time = fronted_time(before[0])
    own = fronted_side(sentence) is not None
    side = fronted_side(before[-1]) if sides and before and not own else None
    return [p for p in (time, side) if p]


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
    first = text.split(" ", 1)[0]
    opening = sentence[0]
    ordinary = first == opening.text and opening.pos_ != "PROPN" and not opening.ent_type_
    # "Who …", "With how many …": a function word's capital is the question's, not a name's
    if first.lower() in STOP_WORDS or ordinary:
        text = text[:1].lower() + text[1:]
    said = ", ".join(p if i == 0 else p[:1].lower() + p[1:] for i, p in enumerate(phrases))
    return Stem(f"{said}, {text}", stem.form, stem.rule)
