"""A peer named by title and surname ("Lord Cormack", "Baroness Stowell") is a person.

The model misses such a name or takes it for a body: "Lord Cormack" was no entity and
"Baroness Stowell" an organisation, so a debate in the House of Lords named four peers and
found one rival for each. A noble's title is said of no one but a person, so the capitalised
name right after it is that person's, whatever label the model gave it (or none).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from questions.generate.hypernyms import is_kind_of
from questions.generate.pools import is_first_name
from questions.generate.wordnet import PERSON_FILE, lemma_text, senses, synset

_NOBLE = frozenset({"09807754"})  # aristocrat.n.01: a lord, a baroness, a viscount
_DEPTH = 5  # lord -> peer -> noble -> aristocrat
# labels a peer's bare name may be given wrongly; a place ("Framlingham") is a title's own
_MISREAD = frozenset({"ORG", "PERSON", "NORP"})


@cache
def noble_title(word: str) -> bool:
    """Tell whether a capitalised word is a noble's title in one of its person senses ("Lord":
    a titled peer, its first sense a master; "Baroness"; not "Earl", a first name too)."""
    if not word[:1].isupper() or not word.isalpha() or is_first_name(word):
        return False
    people = [o for o in senses(word.lower()) if (s := synset(o)) and s.lexfile == PERSON_FILE]
    return any(is_kind_of([o], _NOBLE, _DEPTH) for o in people)


@cache
def _common(word: str) -> bool:
    """Tell whether WordNet writes a word lower-case in one of its senses ("university"), as
    it never writes a name ("Elizabeth")."""
    written = (lemma_text(lemma) for offset in senses(word)
               for lemma in getattr(synset(offset), "lemmas", ()))  # fmt: skip
    return word in written


def _name_end(doc: Any, start: int) -> int:
    """Return where the run of capitalised proper names from `start` ends: words no
    dictionary knows in lower case ("Cormack", not "University" of "Duke University")."""
    end = start
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_alpha:
        word = doc[end]
        if not word.text[:1].isupper() or word.text.isupper() or _common(word.lower_):
            break
        end += 1
    return end


def peer_names(ents: list[Any], doc: Any, span: Any) -> list[Any]:
    """Return the entities with the name after a noble's title a person: labelled so where
    the model called it a body, added where it saw no name at all."""
    out = list(ents)
    for token in doc[:-1]:
        if token.ent_type_ not in ("", "PERSON") or not noble_title(token.text):
            continue
        end = _name_end(doc, token.i + 1)
        if end == token.i + 1:
            continue
        over = [e for e in out if e.start < end and token.i + 1 < e.end]
        if any(e.start < token.i + 1 or e.end > end or e.label_ not in _MISREAD for e in over):
            continue  # the words belong to a longer name ("Prince Edward Island")
        if len(over) == 1 and over[0].label_ == "PERSON" and over[0].start == token.i + 1:
            continue  # read right already
        out = [e for e in out if e not in over] + [span(doc, token.i + 1, end, label="PERSON")]
    return sorted(out, key=lambda e: e.start)
