"""Whether the one WordNet sense of a common-noun key is the article's, before its sisters
are offered as options.

WordNet knows a word in one sense only, and an article may use it in another: WordNet's
"flight deck" is "the upper deck of an aircraft carrier", while a story of the space shuttle
means its cockpit, and the sisters of the carrier's deck ("main deck", "lower deck") are a
ship's, absurd beside it. A sense that belongs somewhere says where: WordNet makes the
thing a part of a whole (the carrier; a hoof of an ungulate), or its gloss names the made
thing it is of ("a hatchway on a ship"). When the article says neither that whole nor
anything of its kind (a warship, a ship, another carrier), the sense is not the article's
and its sisters are no options.
"""

from __future__ import annotations

import re
from collections import deque
from functools import lru_cache

from lemminflect import getInflection, getLemma

from questions.generate.wordnet import Synset, first_sense, senses, synset

# The pointer to the whole a thing is a part of. Not what it is a member of (an animal's or
# a plant's genus: "rodent", Rodentia, which no story of rats names), nor the topic it is a
# word of (";c": "blintz" of Judaism, "B-52" of the military): a field is no other thing,
# and a story of pancakes or bombers means the same one.
_WHOLE = "#p"
# A whole that sets a sense apart is a thing or a creature somewhere: an animal (05), an
# artifact (06), a plant (20). A body part's body (08: "the lung", "the skin") is every
# person's, and so is a human (an animal to WordNet): a story of an illness never names it.
_ARTIFACTS = 6
_SETTINGS = frozenset({5, _ARTIFACTS, 20})
_PARENT, _CHILD = frozenset({"@", "@i"}), frozenset({"~", "~i"})
_UP = 2  # the kinds a whole is, this far up: a carrier is a warship, a ship; not a "craft"
_MOST = 5000  # kinds of a whole gathered at most, nearest first: the plants are thousands
# A gloss names a whole after a noun and "of" or "on" an article ("the upper deck of an
# aircraft carrier", "a hatchway on a ship"), or as an owner ("a ship's upper deck"): up to
# three words, to a word that ends the phrase. Not "in" ("an opening in a garment", "in
# a competition": where one is used, not what it belongs to).
_NAMED = re.compile(
    r"\b([a-z]+)\s+(?:of|on|aboard)\s+(?:a|an|the)\s+([a-z]+(?:\s+[a-z]+){0,2}?)"
    r"(?=\s*(?:[;:,.]|$|'s\b|\s(?:of|on|in|to|for|with|where|that|which|and|or|by|from|at|as|used)\b))"
    r"|\b(?:a|an|the)\s+([a-z]+(?:\s+[a-z]+)?)'s\b"
)
_ASIDE = re.compile(r"\([^)]*\)")  # "(as on top of a stove)": an example, not the whole


def _gloss_wholes(entry: Synset) -> list[Synset]:
    """Return the wholes a key's gloss names: the noun after "of a", "on the" or before
    "'s", read as a compound of its last two words or as its last word, where its commonest
    sense is a made thing (a ship, a car). "Of" only after a noun: "consisting of a steam
    turbine" and "like that of a crocodile" say what a thing is made of or like."""
    found = []
    for match in _NAMED.finditer(_ASIDE.sub("", entry.definition)):
        before, phrase = match.group(1, 2) if match.group(2) else ("", match.group(3))
        if before and (before in ("that", "those", "one") or not senses(before)):
            continue
        *_, head = words = [getLemma(w, "NOUN")[0] for w in phrase.split()]
        whole = first_sense(" ".join(words[-2:])) or first_sense(head)
        if whole is not None and whole.lexfile == _ARTIFACTS:  # a gloss's "fruit", "bird"
            found.append(whole)  # read loosely name the key's food or likeness, no whole
    return found


def _wholes(entry: Synset) -> list[Synset]:
    """Return the wholes a sense belongs to, a thing, an animal or a plant, as WordNet links
    or its gloss names them; [] for one that belongs nowhere in particular ("helium")."""
    pointed = [w for s, t in entry.pointers if s == _WHOLE and (w := synset(t))]
    kept = [w for w in pointed if w.lexfile in _SETTINGS] + _gloss_wholes(entry)
    human = senses("human")[:1]  # "homo, man, human being": everyone's, as the body is
    unique = {w.offset: w for w in kept if (w.offset,) != human}  # a whole named twice
    return list(unique.values())


def _kinds_below(entry: Synset, seen: set[str]) -> None:
    """Gather the offsets of a synset and every kind of it, nearest first (a plant's trees
    before its rarest herbs), up to `_MOST` in all."""
    queue = deque([entry.offset])
    while queue and len(seen) < _MOST:
        offset = queue.popleft()
        if offset in seen or (found := synset(offset)) is None:
            continue
        seen.add(offset)
        queue.extend(t for s, t in found.pointers if s in _CHILD)


@lru_cache(maxsize=256)
def _kin_words(offset: str) -> frozenset[str]:
    """Return the words of a whole and of its kind, lower case, singular and plural: its own
    and its kinds' (a "supercarrier"), its sisters' (a "battleship"), the kinds it is up to
    `_UP` levels (warship, ship)."""
    whole = synset(offset)
    if whole is None:
        return frozenset()
    seen: set[str] = set()
    _kinds_below(whole, seen)
    parents = [up for s, t in whole.pointers if s in _PARENT and (up := synset(t))]
    seen.update(t for p in parents for s, t in p.pointers if s in _CHILD)  # its sisters
    level = parents
    for _ in range(_UP):  # the kinds it is, by name only: "ship", not every ship's kind
        seen.update(e.offset for e in level)
        level = [up for e in level for s, t in e.pointers if s in _PARENT and (up := synset(t))]
    words = set()
    for kin in seen:
        entry = synset(kin)
        for lemma in entry.lemmas if entry is not None else ():
            word = lemma.split("(")[0].replace("_", " ").lower()
            words.add(word)
            *head, last = word.split()
            words.update(" ".join([*head, p]) for p in getInflection(last, "NNS"))
    return frozenset(words)


def _phrases(text: str) -> set[str]:
    """Return the article's words and runs of two and three words, lower case."""
    tokens = re.findall(r"[a-z]+(?:-[a-z]+)*", text.lower())
    return {" ".join(tokens[i : i + n]) for n in (1, 2, 3) for i in range(len(tokens))}


def sense_fits(entry: Synset, text: str) -> bool:
    """Tell whether a key's WordNet sense may be the article's: it belongs nowhere in
    particular, or the article says where it belongs or something of that kind (a carrier's
    deck in a story of a carrier, a ship or a warship; not in one of the space shuttle).
    With no article there is nothing to tell the sense wrong."""
    wholes = _wholes(entry)
    if not wholes or not text:
        return True
    said = _phrases(text)
    return any(said & _kin_words(w.offset) for w in wholes)
