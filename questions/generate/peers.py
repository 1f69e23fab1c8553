"""A peer named by title and surname ("Lord Cormack", "Baroness Stowell") is a person.

The model misses such a name or takes it for a body: "Lord Cormack" was no entity and
"Baroness Stowell" an organisation, so a debate in the House of Lords named four peers and
found one rival for each. A noble's title is said of no one but a person, so the capitalised
name right after it is that person's, whatever label the model gave it (or none).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from lemminflect import getLemma

from questions.generate.hypernyms import is_kind_of
from questions.generate.pools import is_first_name, is_surname
from questions.generate.unpersons import LEGAL_FORMS
from questions.generate.wordnet import PERSON_FILE, find_line, lemma_text, senses, synset

_NOBLE = frozenset({"09807754"})  # aristocrat.n.01: a lord, a baroness, a viscount
_DEPTH = 5  # lord -> peer -> noble -> aristocrat
# labels a peer's bare name may be given wrongly; a place ("Framlingham") is a title's own
_MISREAD = frozenset({"ORG", "PERSON", "NORP"})
# a company's legal form ends its name ("… Estates Ltd"): the words before are a firm's
_LEGAL_ENDS = frozenset(form.lower() for form in LEGAL_FORMS)


@lru_cache(maxsize=1024)
def noble_title(word: str) -> bool:
    """Tell whether a capitalised word is a noble's title in one of its person senses ("Lord":
    a titled peer, its first sense a master; "Baroness"; not "Earl", a first name too)."""
    if not word[:1].isupper() or not word.isalpha() or is_first_name(word):
        return False
    people = [o for o in senses(word.lower()) if (s := synset(o)) and s.lexfile == PERSON_FILE]
    return any(is_kind_of([o], _NOBLE, _DEPTH) for o in people)


def _lower_noun(word: str) -> bool:
    """Tell whether WordNet writes a noun lower-case in one of its senses ("university")."""
    written = (lemma_text(lemma) for offset in senses(word)
               for lemma in getattr(synset(offset), "lemmas", ()))  # fmt: skip
    return word in written


@lru_cache(maxsize=4096)
def common_word(word: str) -> bool:
    """Tell whether a lower-case word is a dictionary word, as a name never is ("university",
    "estates", "antebellum"; not "elizabeth", "cormack")."""
    if _lower_noun(word):
        return True
    if is_surname(word.title()):
        return False  # "Banks", "Hale": a surname a peer goes by, whatever else it spells
    # a plural is no lemma of WordNet's ("Estates", "Holdings"), nor an adjective a noun
    lemmas = getLemma(word, upos="NOUN") or ()
    return any(lemma != word and _lower_noun(lemma) for lemma in lemmas) or bool(
        find_line("index.adj", word)
    )


def legal_form(word: str) -> bool:
    """Tell whether a word is a company's legal form ("Ltd", "plc", "Inc.")."""
    return word.rstrip(".").lower() in _LEGAL_ENDS


def _name_end(doc: Any, start: int) -> int:
    """Return where the run of capitalised proper names from `start` ends: words no
    dictionary knows in lower case ("Cormack", not "University" of "Duke University")."""
    end = start
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_alpha:
        word = doc[end]
        if not word.text[:1].isupper() or word.text.isupper() or legal_form(word.text):
            break  # "… Grantham Ltd": a firm's form, never a name's word
        if common_word(word.lower_):
            break
        end += 1
    return end


def _firm_follows(doc: Any, end: int) -> bool:
    """Tell whether the capitalised run going on after a name ends in a company's legal form
    ("Lord Grantham Estates Ltd"): the whole run is the firm's name."""
    while end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha:
        if legal_form(doc[end].text):
            return True
        end += 1
    return False


def peer_names(ents: list[Any], doc: Any, span: Any) -> list[Any]:
    """Return the entities with the name after a noble's title a person: labelled so where
    the model called it a body, added where it saw no name at all."""
    out = list(ents)
    for token in doc[:-1]:
        # a title is written title-case: asked only of such a word, not of every token
        if token.ent_type_ not in ("", "PERSON") or not token.is_title:
            continue
        if not noble_title(token.text):
            continue
        end = _name_end(doc, token.i + 1)
        if end == token.i + 1 or _firm_follows(doc, end):
            continue
        over = [e for e in out if e.start < end and token.i + 1 < e.end]
        if any(e.start < token.i + 1 or e.end > end or e.label_ not in _MISREAD for e in over):
            continue  # the words belong to a longer name ("Prince Edward Island")
        if any(e.label_ == "ORG" and legal_form(doc[e.end - 1].text) for e in over):
            continue  # a firm's name, however it opens
        if len(over) == 1 and over[0].label_ == "PERSON" and over[0].start == token.i + 1:
            continue  # read right already
        out = [e for e in out if e not in over] + [span(doc, token.i + 1, end, label="PERSON")]
    return sorted(out, key=lambda e: e.start)
