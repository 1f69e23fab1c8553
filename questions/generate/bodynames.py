"""A mention that writes a name as a body or a publication, whatever the name reads as: set
beside a noun for one ("the charity Christian Aid", "Kalameh Sabz, a reformist newspaper"), or
the one a verb only bodies take is done to ("Kalameh Sabs was founded in 2009 by …").

Blind review 30 found a charity offered for "Who said …?" (its name opens with a first name)
and a newspaper both offered for "Who from Newsweek …?" and asked "Who was founded …?" (a
misspelling of it, said once, with no noun beside it). WordNet decides both: a noun that is a
kind of organisation, social group, publication or print media names a body; a verb whose
commonest sense WordNet derives such a noun from ("found": "foundation"; "publish":
"publication") and no sense of which takes a person as its object is done to bodies only.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from questions.generate.hypernyms import is_kind_of
from questions.generate.persons import person_noun
from questions.generate.verbfiles import verb_file, verb_files
from questions.generate.wordnet import data_fields, find_line, senses

Token = Any
Span = Any

_KINDS = ("organization", "social group", "publication", "print media")
# the commonest sense of each: "a group of people who work together", …
_BODIES = frozenset(o for kind in _KINDS for o in senses(kind)[:1])
_UP = 12  # deeper than any chain from a body's noun to these kinds
# WordNet's verb frames with a person as the object: "Somebody ----s somebody" (9), "…
# somebody something" (14), "… somebody PP" (20), "… somebody to INFINITIVE" (24), …
_PERSON_OBJECT = frozenset({9, 10, 14, 17, 18, 20, 24, 25, 30})


@cache
def body_noun(lemma: str) -> bool:
    """Tell whether a common noun names, in some sense, an organisation, a social group, a
    publication or print media ("charity", "newspaper", "agency")."""
    return is_kind_of(senses(lemma), _BODIES, _UP)


def verb_senses(lemma: str) -> list[tuple[list[str], set[int]]]:
    """Return each sense of a verb, commonest first, as the nouns WordNet derives from it
    and the numbers of its sentence frames."""
    line = find_line("index.verb", "_".join(lemma.lower().split()))
    if not line:
        return []
    fields = line.split()
    found = []
    for offset in fields[-int(fields[2]) :]:
        head, _, at = data_fields(find_line("data.verb", offset))
        count = int(head[at])
        pointers = [head[at + 1 + 4 * n : at + 4 + 4 * n] for n in range(count)]
        derived = [t for s, t, pos in pointers if s == "+" and pos == "n"]
        frames = head[at + 1 + 4 * count :]  # a count, then "+ frame word" triples
        found.append((derived, {int(f) for f in frames[2::3]}))
    return found


@cache
def body_verb(lemma: str) -> bool:
    """Tell whether a verb is done to bodies only: its commonest sense derives a body's noun
    ("found": "foundation") and no sense takes a person as its object ("organize" may)."""
    found = verb_senses(lemma)
    if not found or any(frames & _PERSON_OBJECT for _, frames in found):
        return False
    return is_kind_of(found[0][0], _BODIES, _UP)


def done_to_body(root: Token) -> bool:
    """Tell whether a name's head word is what a body's verb is done to: the subject of its
    passive ("X was founded in 2009") or its object ("Y founded X"), with no second object
    ("was issued a visa" names a person given something)."""
    verb = root.head
    if verb.pos_ != "VERB" or not body_verb(verb.lemma_.lower()):
        return False
    if root.dep_ == "nsubjpass":
        return not any(c.dep_ in ("dobj", "dative") for c in verb.children)
    return bool(root.dep_ == "dobj")


# verb.contact ("open", "unveil"), verb.creation ("build", "construct"): a commonest sense
# of these files that no sense lets take a person as its object is done to things only
_THING_FILES = frozenset({"35", "36"})
# verb.body: grooming, dressing and bodily care ("bandage", "dress"), done to a person's body
_BODY_CARE = "29"


@cache
def thing_verb(lemma: str) -> bool:
    """Tell whether a verb is done to things only: its commonest sense makes or handles
    something ("build", "open"), no sense of it takes a person as its object, and none is
    done to a body ("Paramedics bandaged Tom Briggs")."""
    found = verb_senses(lemma)
    if not found or any(frames & _PERSON_OBJECT for _, frames in found):
        return False
    if _BODY_CARE in verb_files(lemma):
        return False
    return verb_file(lemma) in _THING_FILES


def done_to_thing(root: Token) -> bool:
    """Tell whether a name's head word is what a thing's verb is done to ("X was opened on
    Thursday", "they built X"), with no particle ("opened up") or second object to say
    otherwise."""
    verb = root.head
    if verb.pos_ != "VERB" or root.dep_ not in ("nsubjpass", "dobj"):
        return False
    if any(c.dep_ in ("prt", "dative", "oprd") or (c.dep_ == "dobj" and c != root)
           for c in verb.children):  # fmt: skip
        return False
    return thing_verb(verb.lemma_.lower())


def written_as_body(ent: Span, nouns: list[Token]) -> bool:
    """Tell whether a mention writes a name as a body: a singular body's noun tied to it that
    names no person ("the charity Christian Aid", not "the newspaper's editor"), or a body's
    verb done to it; never one of several names joined ("the couple Mark and Jane Roe")."""
    root = ent.root
    if root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.children):
        return False
    for noun in nouns:
        # a plural's apposition is one of several, or a misparse: "Writing to seven
        # newspapers, Naoto Kan, the prime minister, …"
        lemma = noun.lemma_.lower()
        if noun.tag_ != "NNS" and body_noun(lemma) and not person_noun(lemma):
            return True
    return done_to_body(root)
