"""A purpose "for this" said by the occasion the speaker set the purpose out at.

"When attending the joint summit, President Xi said … President Xi emphasized that we must …
He put forward three suggestions for this: …": "this" is the goal the sentence before set
out, and "How many suggestions did Xi Jinping put forward for this?" points back into the
article. The suggestions were put forward where the goal was: at the occasion the speaker's
run of sentences opened at ("When attending the joint summit", "At the summit"), said as the
article introduced it ("a joint summit on Afghanistan"). So the purpose is left out and the
occasion said instead: "… put forward at the joint summit on Afghanistan?", which also keeps
the question apart from another count of the same speaker's suggestions elsewhere.

The occasion holds, in its paragraph as after it, only while each sentence is the same
person's deed in the past with nothing fronted, or the speaker's own words going on ("we
should …"), and names no date or time of its own ("On the 25th of last month, …" starts
another scene); a sentence that fronts a place or time ("Back home in Lagos, …") or moves
the story on ("she later proposed …") ends it, and a deed that says nothing ("Smith flew to
Paris") holds it for itself only. Without an occasion "for this" stays, and the question is
refused as before: the safe outcome whenever the scene is in doubt.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from questions.generate.entcache import ents_of
from questions.generate.fronting import MOVING as _MOVING
from questions.generate.wordnet import senses, synset

Span = Any
Token = Any
_TIME = 28  # WordNet's noun.time: "At critical moments" is no occasion
_DESCRIBING = frozenset({"amod", "compound"})  # "the joint summit"
_TOPIC = frozenset({"on", "about"})  # "a joint summit on Afghanistan"
_FRONTED = frozenset({"prep", "advcl", "advmod", "npadvmod"})
_CLOCK = frozenset({"DATE", "TIME"})
_SPEAKERS = frozenset({"we", "i"})  # a saying's own words: the scene goes on
_PURPOSES = {"for": "this", "to": "end"}  # "for this", "to this end"
_SCENES = frozenset({"GPE", "LOC", "FAC", "EVENT", "DATE", "TIME"})  # "Back home in Lagos"


@dataclass(frozen=True)
class Occasion:
    """The event a run of one person's sentences is set at."""

    person: frozenset[str]  # the words of the person's name: {"xi", "jinping"}
    name: str  # "the joint summit on Afghanistan"


def _subject(sentence: Span) -> Token | None:
    """Return the subject of a sentence's main verb, or None."""
    return next((c for c in sentence.root.children if c.dep_ == "nsubj"), None)


def _person(sentence: Span, replace: Mapping[int, str]) -> frozenset[str]:
    """Return the words of the person the sentence's subject names (or its "he" stands
    for), lower-cased; empty when the subject is no person."""
    subject = _subject(sentence)
    if subject is None:
        return frozenset()
    if subject.lower_ in ("he", "she"):
        return frozenset(replace.get(subject.i, "").lower().split())
    if subject.ent_type_ != "PERSON":
        return frozenset()
    ent = next((e for e in ents_of(sentence) if e.start <= subject.i < e.end), None)
    return frozenset(ent.text.lower().split()) if ent is not None else frozenset()


def _fronted(sentence: Span) -> list[Token]:
    """Return the main verb's adjuncts said before its subject ("When attending …", "At …")."""
    subject = _subject(sentence)
    if subject is None:
        return []
    return [c for c in sentence.root.children if c.dep_ in _FRONTED and c.i < subject.i]


def _a_time(noun: Token) -> bool:
    """Tell whether a noun's commonest WordNet sense is a time ("moment", "hour")."""
    found = senses(noun.lemma_.lower())
    entry = synset(found[0]) if found else None
    return entry is not None and entry.lexfile == _TIME


def _described(noun: Token) -> list[str]:
    """Return the words before a noun that say which one it is ("joint" of "the joint
    summit"), lower-cased."""
    return [c.lower_ for c in noun.children if c.i < noun.i and c.dep_ in _DESCRIBING]


def _topic(noun: Token) -> str | None:
    """Return a noun's "on"/"about" phrase when it names something ("on Afghanistan")."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in _TOPIC:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        ents = [e for e in ents_of(noun.doc) if obj is not None and e.start <= obj.i < e.end]
        if ents and ents[0].label_ not in _CLOCK:
            return f"{prep.lower_} {ents[0].text}"
    return None


def _introduced(noun: Token, earlier: Sequence[Span]) -> str | None:
    """Return "the joint summit" said with the topic it was introduced with ("a joint summit
    on Afghanistan"), or None unless the article introduced exactly one such thing."""
    words = _described(noun)
    found = {
        topic
        for sentence in earlier
        for other in sentence
        if (other.doc is not noun.doc or other.i < noun.i)
        and other.lemma_ == noun.lemma_ and other.tag_ == noun.tag_ and _described(other) == words
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in other.children)
        and (topic := _topic(other)) is not None
    }  # fmt: skip
    if len(found) != 1:
        return None
    return " ".join(["the", *words, noun.text, *found])


def _occasion_noun(sentence: Span) -> Token | None:
    """Return the "the" noun a sentence opens at ("When attending the joint summit, …", "At
    the summit, …"), or None."""
    for adjunct in _fronted(sentence):
        if adjunct.dep_ == "advcl" and adjunct.lemma_ == "attend":
            noun = next((c for c in adjunct.children if c.dep_ == "dobj"), None)
        elif adjunct.dep_ == "prep" and adjunct.lower_ == "at":
            noun = next((c for c in adjunct.children if c.dep_ == "pobj"), None)
        else:
            continue
        if noun is None or noun.tag_ != "NN" or noun.ent_type_ or _a_time(noun):
            continue
        if any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            return noun
    return None


def _opened(sentence: Span, earlier: Sequence[Span]) -> str | None:
    """Return the occasion a sentence opens at, named so it stands alone, or None."""
    noun = _occasion_noun(sentence)
    if noun is None:
        return None
    topic = _topic(noun)
    if topic is not None:
        return " ".join(["the", *_described(noun), noun.text, topic])
    return _introduced(noun, earlier)


Scene = tuple[Occasion | None, Occasion | None]  # set at, and carried on to the next


def _moves_on(sentence: Span) -> bool:
    """Tell whether a sentence sets a scene of its own: a place or time in a phrase before
    its subject ("Back home in Lagos, …"), or a sequencing adverb on its verb ("she later
    proposed …", "Then, …")."""
    for adjunct in _fronted(sentence):
        if any(t.ent_type_ in _SCENES for t in adjunct.subtree):
            return True
    return any(c.dep_ == "advmod" and c.lower_ in _MOVING for c in sentence.root.children)


def next_occasion(occasion: Occasion | None, sentence: Span, replace: Mapping[int, str],
                  earlier: Sequence[Span]) -> Scene:  # fmt: skip
    """Return the occasion a sentence is set at (the one it opens at, or the one before while
    the sentence goes on with it) and the one the next sentence may go on with: only a
    saying carries the scene on ("stressed that …"); "Smith then flew to Paris" does not."""
    person = _person(sentence, replace)
    opened = _opened(sentence, earlier)
    if opened is not None and person:
        return Occasion(person, opened), Occasion(person, opened)
    if occasion is None or any(e.label_ in _CLOCK for e in ents_of(sentence)):
        return None, None
    if _moves_on(sentence):  # "Back home in Lagos, she later proposed …": elsewhere, after
        return None, None
    # "At critical moments, we should work together …": the speaker's words, carried on
    subject = _subject(sentence)
    if subject is not None and subject.lower_ in _SPEAKERS:
        return occasion, occasion
    if not person & occasion.person or sentence.root.tag_ != "VBD" or _fronted(sentence):
        return None, None
    saying = any(c.dep_ == "ccomp" for c in sentence.root.children)
    return occasion, occasion if saying else None


def mend_purpose(doc: Any) -> None:
    """Hang a bare "for this" the parse gave a verb's object ("put forward four proposals
    for this") on the verb: "this" alone says no kind of proposal, it is what they are for,
    and a question fronting the object ("How many proposals …?") leaves the purpose behind.

    Side effect: it changes the doc's parse in place (`prep.head = verb`), so every later
    reader of the doc (subtrees, children, spans, the writers) sees the "for" as the verb's."""
    for this in doc:
        if this.lower_ != "this":  # first: a token's head is built anew on each reading
            continue
        prep, obj = this.head, this.head.head
        if this.dep_ != "pobj" or prep.lower_ != "for":
            continue
        if list(this.children) or prep.dep_ != "prep" or obj.dep_ != "dobj":
            continue
        if obj.head.pos_ == "VERB" and len(list(prep.subtree)) == 2:
            prep.head = obj.head


def name_purpose(sentence: Span, occasion: Occasion | None, replace: dict[int, str]) -> None:
    """Say a main verb's "for this" / "to this end" by the occasion the sentence is set at
    ("put forward three suggestions at the joint summit on Afghanistan"); left as it is when
    the sentence is set at none, or is not that occasion's person's."""
    if occasion is None or not _person(sentence, replace) & occasion.person:
        return
    if _occasion_noun(sentence) is not None:  # "At the summit, she …": "this" is before it
        return
    for prep in sentence.root.children:
        said = _PURPOSES.get(prep.lower_)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if said else None
        if prep.dep_ != "prep" or obj is None or obj.lower_ != said:
            continue
        words = list(prep.subtree)
        if said == "end" and [t.lower_ for t in words] != ["to", "this", "end"]:
            continue
        if said == "this" and len(words) != 2:  # "for this and more": not the bare purpose
            continue
        if any(t.i in replace for t in words):
            continue
        replace.update({t.i: "" for t in words})
        replace[prep.i] = f"at {occasion.name}"
        return
