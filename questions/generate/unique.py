"""Whether a key is the only right answer: no item of a list, no shared role, no repeated deed."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from questions.generate.amounts import only_amount_listed
from questions.generate.clauses import REPORTING
from questions.generate.facts import Fact
from questions.generate.nouns import titled_person
from questions.generate.ownoffice import own_office
from questions.generate.phrasedamounts import phrased_amount


def shared_answer(sentence: Any, fact: Fact, office: bool = False) -> str | None:
    """Refuse a key that is one item of a list ("Teams from Morocco and Iran"): the article
    may give the same slot other items elsewhere, so the key need not be the only one; an
    `office` asked ("Who was the Administrator of NASA …?") is the key's alone, whoever did
    the sentence's deed "along with" it."""
    tokens = sentence.doc[fact.start : fact.end]
    root = tokens.root
    if _range_end(root):
        return None
    listed = root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.children)
    listed &= not (fact.kind == "person" and titled_person(root, list(root.conjuncts)))
    listed &= not own_office(sentence, fact)  # "Calgary mayor _____": the place has one
    # "$148 million in tax cuts for the wool industry": its own phrase says which item it
    # is; "the $700 billion and concerns": the list's only amount
    if listed and not (phrased_amount(fact, root) or only_amount_listed(sentence, fact)):
        return "the answer is one item of a list"
    along = any(t.lower_ == "along" for t in root.head.children) or "along with" in sentence.text
    if along and not office:
        return "the answer shares its role with another name"
    return None


_NAMED_KINDS = frozenset({"person", "organization", "place", "name"})


def also_so(
    sentence: Any, fact: Fact, options: Sequence[str] = (), article: Sequence[Fact] = ()
) -> str | None:
    """Refuse a name key set before a verb that says "also" ("For Kevin Allton, … Warhol was
    also a legend"): "also" adds to it, so "For whom was Andy Warhol a legend?" has other
    right answers. A subject's "also" ("NASA is also offering …") adds the deed; an object's
    adds to what was said before, so none of the `options` may come from before it."""
    if fact.kind not in _NAMED_KINDS:
        return None
    key = sentence.doc[fact.start : fact.end].root
    if key.dep_ == "nsubj" and key.head.lemma_ == "be":
        return _also_one_of(key.head)
    if key.dep_ == "dobj" and key.head.pos_ == "VERB" and key.head.lemma_ not in REPORTING:
        # "Her work also produced Suci" after "… a male named Andalas": Andalas, offered,
        # would be right too; "The shuttle also left Clay Anderson" beside names the article
        # never gives adds only the deed
        earlier = {other.text for other in article if other.sentence < fact.sentence}
        if earlier.intersection(options):
            return _also_said(key.head, "an option said before may be right too")
        return None
    prep = key.head
    verb = prep.head
    if key.dep_ != "pobj" or prep.dep_ != "prep" or verb.pos_ not in ("VERB", "AUX"):
        return None
    if prep.i > verb.i or verb.lemma_ in REPORTING:  # a saying's "also" adds what was said
        return None
    return _also_said(verb, "the role is shared with another")


def _also_said(verb: Any, why: str) -> str | None:
    """Return the refusal when a verb says "also" or "too" of its clause, else None."""
    said = [c for c in verb.children if c.dep_ == "advmod" and c.lower_ in ("also", "too")]
    return f"'{said[0].text}': {why}" if said else None


def _also_one_of(verb: Any) -> str | None:
    """Refuse a subject said "also" to be a kind of person or thing ("Hussein had also been a
    defendant in the Anfal trial"): "also" adds it to others of that kind, so "Who had been a
    defendant …?" has other right answers; a deed's "also" adds the deed, not the doer."""
    if not any(c.dep_ == "attr" for c in verb.children):
        return None
    said = [c for c in verb.children if c.dep_ == "advmod" and c.lower_ in ("also", "too")]
    return f"'{said[0].text}': one of several" if said else None


def _range_end(root: Any) -> bool:
    """Tell whether a word is one end of "between X and Y" ("between July 2003 and December
    2004"): the two are the range's start and end, two slots, so neither shares its answer."""
    first = root.head if root.dep_ == "conj" else root
    ends = [c for c in first.children if c.dep_ == "conj"]
    return first.dep_ == "pobj" and first.head.lower_ == "between" and len(ends) == 1


_GIVEN_TO = frozenset({"dobj", "dative"})  # "allowed Nishiyama second base"
_OWNER = frozenset({"nmod", "poss"})  # "Nishiyama('s) second base"


def repeated_ordinal(sentence: Any, fact: Fact, article: Sequence[Any]) -> str | None:
    """Refuse "Which goal did Lukaku score?" when the subject acts more than once in the
    article: another ordinal may be just as right. An ordinal of a named series ("the 20th
    meeting of the SCO") is unique and kept."""
    if fact.kind != "ordinal":
        return None
    noun = sentence.doc[fact.start : fact.end].root.head
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return None
    if any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < fact.start for c in noun.children):
        return None  # "the United Nations 75th Anniversary Summit": the name says the series
    if noun.dep_ in _SUBJECTS and _deed_said_once(noun, article):
        return None  # "Which set went on serve for all twelve games?": the deed says which
    verb = noun.head if noun.dep_ in ("dobj", "attr", "nsubjpass") else noun
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    # the named who the ordinal is of, as doer, object or owner: "a wild pitch allowed
    # Nishiyama second base", when she advances to third elsewhere
    objects = [c for c in verb.children if c.dep_ in _GIVEN_TO] if verb is not noun else []
    owners = [c for c in noun.children if c.dep_ in _OWNER]
    named = [c for c in (*subjects, *objects, *owners) if c.pos_ == "PROPN"]
    if subjects and all(sum(n.text in other.text for other in article) <= 1 for n in named):
        return None
    return "another ordinal may be just as right"


_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _deed_said_once(noun: Any, article: Sequence[Any]) -> bool:
    """Tell whether an ordinal's noun is its clause's doer of a deed the article gives no
    other such noun ("The third set went on serve …": no other set "went"): the question
    asks which one did it, and the deed picks it out. A copula's "The first set was long"
    picks none (another may be long unsaid), nor does a deed said of two ("the first game
    went long", "the fifth game went long"), nor a named series' edition."""
    verb = noun.head
    # a name's edition ("The 22nd Fan Expo Canada took place at …") is one of a series
    # whose every edition may do that deed, the article telling of one
    if noun.pos_ != "NOUN" or verb.pos_ != "VERB" or verb.lemma_ == "be":
        return False
    said: int = sum(
        t.dep_ in _SUBJECTS and t.lemma_ == noun.lemma_ and t.head.lemma_ == verb.lemma_
        for other in article
        for t in other
    )
    return said <= 1


def open_list(sentence: Any, fact: Fact) -> str | None:
    """Refuse one item of a list that ends in "others" ("suggestions from Tajikistan and
    others"): the others go unnamed, so any option may be one of them."""
    top = sentence.doc[fact.start : fact.end].root
    while top.dep_ == "conj":
        top = top.head
    if any(t.dep_ == "conj" and t.lemma_.lower() == "other" for t in top.subtree):
        return "the list's other items go unnamed"
    return None


_PLACING = frozenset({"locate", "situate", "lie", "sit"})  # "is located in", "lies in"
_WHERE = frozenset({"in", "on", "off", "near"})
_REGIONS = frozenset({"LOC", "GPE"})


def placed_only(sentence: Any, fact: Fact) -> str | None:
    """Refuse a place key that is the subject of a verb saying where it is ("The Maldives
    are located in the Indian Ocean", "Malta is [an island] in the Mediterranean"): the
    options, drawn from its neighbours, are in that region too (review 18: Sri Lanka beside
    the Maldives)."""
    root = sentence.doc[fact.start : fact.end].root
    if fact.kind != "place" or root.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = root.head
    if verb.lemma_.lower() in _PLACING:
        return "the answer is only placed in a region its neighbours share"
    if verb.lemma_ != "be":
        return None
    # "is in the Mediterranean", "is an island country in the Mediterranean"
    heads = [verb, *(c for c in verb.children if c.dep_ == "attr")]
    if any(_in_region(p) for h in heads for p in h.children if p.dep_ == "prep"):
        return "the answer is only placed in a region its neighbours share"
    return None


def _in_region(prep: Any) -> bool:
    """Tell whether a preposition places something in or by a named region ("in the Indian
    Ocean", "off Sicily")."""
    return prep.lower_ in _WHERE and any(
        c.dep_ == "pobj" and c.ent_type_ in _REGIONS for c in prep.children
    )


def bare_first_name(sentence: Any, fact: Fact) -> str | None:
    """Refuse a person key of one word set beside the noun that said who he is ("Anna Lund's
    husband, Erik"): the question loses that noun, and a bare first name among first names
    may fit others the reader knows (review 18: "Tom" was also hurt in that shooting)."""
    root = sentence.doc[fact.start : fact.end].root
    if fact.kind != "person" or len(fact.text.split()) != 1:
        return None
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        return "the answer is a first name whose describing noun the question drops"
    return None
