"""Definites there is one of where the story is set: "the night sky" (Earth's, WordNet's part
of a named world), "the tarmac" of the airport the sentence names.

"The N" points back into the article unless the story's setting holds only one N. WordNet
says which: a noun whose first sense is a named natural thing ("the Sun", "the Moon") or a
part of one ("sky", "ground": parts of Earth) needs no antecedent, with at most a time
("night") or an adjective before it; a noun for a part of a made thing ("runway" of an
airfield, and "tarmac", a paved surface as the runway is) is the part of the one such thing
its own sentence names ("Beijing's airport", "Gatwick Airport") when the noun is hardly ever
said in the plural (wordfreq): a building's "room" or "window" is one of many, its "tarmac"
is all of it.
"""

from __future__ import annotations

from typing import Any

from lemminflect import getInflection

from questions.generate.wordnet import Synset, first_sense, lemma_text, senses, synset

Token = Any
_OBJECT = 17  # noun.object: natural things ("sky", "Earth", "Sun")
_ARTIFACT = 6  # noun.artifact: made things ("airport", "runway", "tarmac")
_TIME = 28  # noun.time: "night", "morning": the sky at that time is still the one sky
_PART_OF = "#p"  # part holonym: "sky" is part of Earth
_PARTS = "%p"  # part meronym: an airfield's runway
_PARENT = "@"
_WHOLE_DEPTH = 1  # "airport" is an airfield: its parts are the airport's
ONE_GAP = 1.5  # zipf of the singular over the plural's: "tarmac" 3.0, "tarmacs" 1.1
_WHOLES = frozenset({"FAC", "ORG"})  # "Chiang Kai-shek International Airport"


def _named_object(entry: Synset, word: str) -> bool:
    """Tell whether a sense is a natural thing WordNet writes with a capital ("Sun", "Earth")."""
    names = {lemma_text(lemma) for lemma in entry.lemmas}
    return entry.lexfile == _OBJECT and word.title() in names


def _of_named_world(head: Token) -> bool:
    """Tell whether "the N" is a named natural thing or a part of one ("the night sky")."""
    entry = first_sense(head.lemma_.lower())
    if entry is None or entry.lexfile != _OBJECT:
        return False
    for child in head.children:
        if child.dep_ == "det" or child.i > head.i:
            continue
        if child.dep_ == "amod" and child.pos_ == "ADJ" and not child.ent_type_:
            continue  # "the clear sky"; not "the Arab world"
        kind = first_sense(child.lemma_.lower()) if child.dep_ == "compound" else None
        if kind is None or kind.lexfile != _TIME:
            return False
    if _named_object(entry, head.text):
        return True
    wholes = (synset(t) for s, t in entry.pointers if s == _PART_OF)
    return any(w is not None and any(_named_object(w, lemma_text(n)) for n in w.lemmas)
               for w in wholes)  # fmt: skip


def _parts(whole: Synset) -> set[str]:
    """Return the parts WordNet gives a made thing or the kinds it is ("airport": an
    airfield's runway), as offsets."""
    found: set[str] = set()
    level = [whole]
    for _ in range(_WHOLE_DEPTH + 1):
        found |= {t for entry in level for s, t in entry.pointers if s == _PARTS}
        level = [p for e in level for s, t in e.pointers if s == _PARENT if (p := synset(t))]
    return found


def _named_wholes(head: Token, sentence: Any) -> list[Synset]:
    """Return the made things the sentence names, by a name owning the noun ("Beijing's
    airport") or a name ending in it ("Gatwick Airport")."""
    found = []
    for token in sentence:
        if token.i == head.i or token.pos_ not in ("NOUN", "PROPN"):
            continue
        owned = token.pos_ == "NOUN" and any(
            c.dep_ in ("poss", "compound") and c.pos_ == "PROPN" for c in token.children
        )
        ended = token.ent_type_ in _WHOLES and token.ent_iob_ != "B" and (
            token.i + 1 == len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I")  # fmt: skip
        entry = first_sense(token.lemma_.lower()) if owned or ended else None
        if entry is not None and entry.lexfile == _ARTIFACT:
            found.append(entry)
    return found


def _one(head: Token) -> bool:
    """Tell whether a noun is hardly ever said in the plural ("tarmac"; not "room")."""
    from questions.generate.pools import zipf  # wordfreq loads with the model, not the bot

    lemma = head.lemma_.lower()
    plural = getInflection(lemma, "NNS")
    return head.tag_ == "NN" and bool(plural) and zipf(lemma) - zipf(plural[0]) >= ONE_GAP


def _part_of_named_whole(head: Token, sentence: Any) -> bool:
    """Tell whether a bare "the N" is a part of a made thing the sentence names, or a thing of
    the same kind as such a part ("the tarmac" of "Beijing's airport": a paved surface, as
    an airfield's runway is)."""
    if any(c.dep_ != "det" and c.i < head.i for c in head.children) or not _one(head):
        return False
    wholes = _named_wholes(head, sentence)
    if not wholes:
        return False
    parts = {p for w in wholes for p in _parts(w)}
    kinds = {t for p in parts if (e := synset(p)) for s, t in e.pointers if s == _PARENT}
    for offset in senses(head.lemma_.lower()):
        entry = synset(offset)
        if entry is None or entry.lexfile != _ARTIFACT:
            continue
        if offset in parts or {t for s, t in entry.pointers if s == _PARENT} & kinds:
            return True
    return False


def one_in_setting(head: Token, sentence: Any) -> bool:
    """Tell whether a definite noun needs no antecedent: there is one of it where the story
    is set ("the night sky", "the tarmac" of the airport the sentence names)."""
    return _of_named_world(head) or _part_of_named_whole(head, sentence)
