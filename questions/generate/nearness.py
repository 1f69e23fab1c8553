"""A "nearby" said of a place the sentence before named ("In a nearby refugee camp …").

"Nearby" before a noun means near somewhere the story has just been: a question copying the
sentence alone shows a camp near nothing. Where the sentence names no other place beside the
modified phrase (a named place, or a noun WordNet files as a location: "the plaza"), the
word goes, and "a" or "an" is said again for the word after it: "In a refugee camp in
Kenya …" is as true and stands alone.
"""

from __future__ import annotations

from typing import Any

from questions.generate.indefinite import indefinite
from questions.generate.wordnet import senses, synset

Span = Any
Token = Any
_PLACES = frozenset({"GPE", "LOC", "FAC"})
# WordNet's noun.location: somewhere ("the plaza", "the border"); a thing ("the car") is no scene
_LOCATION = frozenset({15})
_SENSES = 2  # the commonest senses: "village" is first a group of people, then a place


def _place(word: Token) -> bool:
    """Tell whether a word names somewhere or something a thing can be near."""
    if word.ent_type_ in _PLACES:
        return True
    if word.pos_ != "NOUN":
        return False
    return any((s := synset(o)) and s.lexfile in _LOCATION
               for o in senses(word.lemma_.lower())[:_SENSES])  # fmt: skip


def unanchored_nearby(sentence: Span, replace: dict[int, str]) -> None:
    """Leave out a "nearby" before a noun when nothing else the sentence names is a place it
    can be near ("a nearby refugee camp in Kenya" -> "a refugee camp in Kenya")."""
    for word in sentence:
        if word.lower_ != "nearby" or word.dep_ != "amod" or word.i in replace:
            continue
        phrase = word.head
        while phrase.dep_ == "compound":  # "nearby refugee camp": the camp
            phrase = phrase.head
        own = range(phrase.left_edge.i, phrase.right_edge.i + 1)
        if any(_place(t) for t in sentence if t.i not in own):
            continue  # "gathered in nearby streets after the plaza was sealed off"
        replace[word.i] = ""
        before = sentence.doc[word.i - 1] if word.i > sentence.start else None
        after = sentence.doc[word.i + 1] if word.i + 1 < sentence.end else None
        if before is None or after is None or before.lower_ not in ("a", "an"):
            continue
        said = indefinite(after.text)  # "an nearby orchard" would have been "a nearby …"
        if said != before.lower_:
            replace.setdefault(before.i, said.capitalize() if before.text[0].isupper() else said)
