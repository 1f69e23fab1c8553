"""The headline's topic: the described noun it is about ("UK asylum process") and the places
that place it, for a question the whole headline would give away."""

from __future__ import annotations

from typing import Any

from questions.generate.pairedquotes import paired_words

_SUBJECT = ("ROOT", "nsubj", "nsubjpass", "appos")  # what a headline is about
_NOUN_MODIFIERS = ("compound", "amod", "nmod", "poss")


def headline_topic(title: Any | None) -> str | None:
    """Name what the headline is about by its described common noun, for a question the
    whole headline would give away: its subject ("UK asylum process" of "Reports: …"), else
    a noun-noun phrase of it ("Japan nuclear plant"), never a pronoun's ("your enemy"). A
    phrase with a number ("five nationalities") may be the key: none."""
    span = _topic_span(title)
    if span is None:
        return None
    words = paired_words(span)
    return words[:1].upper() + words[1:]


def _topic_span(title: Any | None) -> Any | None:
    """Return the headline's words `headline_topic` names its topic by, or None."""
    if title is None:
        return None
    for subject in (True, False):
        for chunk in title.noun_chunks:
            root = chunk.root
            if root.pos_ != "NOUN" or (root.dep_ in _SUBJECT) != subject:
                continue
            if any(t.like_num or t.ent_type_ in ("ORDINAL", "CARDINAL") for t in chunk):
                continue
            said = [t for t in chunk if t.i < root.i and t.dep_ in _NOUN_MODIFIERS]
            named = [t for t in said if t.dep_ in ("compound", "nmod", "poss") and t.pos_ != "PRON"]
            first = named[0] if named else (said[0] if said and subject else None)
            if first is not None:  # "UK asylum process", not its 'streamlined'
                return title[_word_start(title, first.i) : root.i + 1]
    return None


def _word_start(title: Any, at: int) -> int:
    """Return where the hyphenated word holding token `at` begins: "Multi-storey carpark",
    never "Storey carpark" ("same-sex marriage", not "Sex marriage")."""
    while at >= 2 and title[at - 1].text == "-" and not title[at - 1].whitespace_:
        if title[at - 2].whitespace_:
            break  # "Reports - floods": a dash between words, not a hyphen in one
        at -= 2
    return at


_PLACING = frozenset({"GPE", "LOC", "FAC", "ORG", "EVENT"})  # what names a story's where


def placed_topic(title: Any | None) -> tuple[tuple[str, ...], str] | None:
    """Return the headline's places and bodies that place its topic, with the topic's words
    (("New Zealand",), "flag design") of "New Zealand begins process to consider changing
    national flag design": "Flag design" alone leaves a question unplaced (review 17). None
    when the topic holds them all or none is the topic's."""
    span = _topic_span(title)
    if span is None or title is None:
        return None
    names = [e.text for e in title.ents if e.label_ in _PLACING
             and (e.end <= span.start or e.start >= span.end)
             and _places_topic(e.root, span.root)]  # fmt: skip
    if not names:
        return None
    words = str(span.text).strip("'\"‘’“”")
    first = span[0]
    if first.pos_ != "PROPN" and not first.ent_type_:  # "flag design", "UK asylum process"
        words = words[:1].lower() + words[1:]
    return tuple(dict.fromkeys(names)), words


_CLAUSES = ("advcl", "relcl", "ccomp", "csubj", "parataxis")  # a clause of its own
_SETTING = ("in", "at")  # "… in Hong Kong legislative election": where the story happens


def _places_topic(place: Any, topic: Any) -> bool:
    """Tell whether a headline's place belongs with its topic: in the topic's own clause and
    not where another verb's deed happened ("Strike by Air France pilots strands travellers
    in Spain": not Spain's pilots), or naming the event the story happens in ("as veteran
    politicians step down in Hong Kong legislative election"); not a place of an
    "after"/"as"/"when" clause ("… replaced after Rwanda deal collapses")."""
    if _clause_of(place) == _clause_of(topic):
        prep = next((a for a in place.ancestors if a.dep_ == "prep"), None)
        verb = prep.head if prep is not None and place.dep_ == "pobj" else None
        # "Protests in Paris over pension reform": a noun's "in" places its topic still
        return verb is None or verb.pos_ not in ("VERB", "AUX") or topic.head == verb
    event = place.head  # "Hong Kong" of "Hong Kong legislative election"
    return (
        place.dep_ in ("compound", "nmod", "poss")
        and event.dep_ == "pobj"
        and event.head.lower_ in _SETTING
        and is_event(event)
    )


def _clause_of(token: Any) -> Any:
    """Return the verb heading the clause a token is in (its own clause's, not the main)."""
    while token.head.i != token.i and not (
        token.dep_ in _CLAUSES or (token.dep_ == "conj" and token.pos_ in ("VERB", "AUX"))
    ):
        token = token.head
    return token


def is_event(noun: Any) -> bool:
    """Tell whether a noun's commonest sense is an event ("election", "war") (WordNet)."""
    from questions.generate.hypernyms import is_kind_of
    from questions.generate.wordnet import senses

    return is_kind_of(senses(noun.lemma_)[:1], set(senses("event")[:1]), 10)
