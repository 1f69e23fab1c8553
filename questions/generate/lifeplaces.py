"""A place in a person's life asked of him: his own country is never a rival.

"He had lived for years in Indonesia" asks "In which country had President Barack Obama
lived for years?"; offered beside Indonesia, the United States is true as well, for the
president of the United States lives there. Whoever the article places in a country (the
country of his office, "President Barack Obama of the United States", or his nationality,
"the American author") lived, grew up, was born, raised or educated there as far as the
reader knows, so where the question asks where such a deed of his life happened, his own
country is no wrong option. The deeds of a life are WordNet's: the verbs whose senses are,
or are kinds of, inhabiting a place, being born, growing up, being reared, being a student
and being educated (the hyponyms come along: "reside", "settle", "come of age").
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from questions.generate.clauses import SUBJECT
from questions.generate.entcache import ents_of
from questions.generate.gone import question_line
from questions.generate.nationcodes import nation_codes
from questions.generate.verbfiles import verb_parents
from questions.generate.wordnet import find_line
from questions.schema import normalise

Token = Any
# WordNet 3.0 verb synsets of a life's places: inhabit/dwell/live, be born, grow up,
# rear/raise/bring up, study ("be a student; … be enrolled at an institute of learning"),
# educate
_LIFE = frozenset({"02649830", "00360932", "02540347", "02539788", "00607405", "02387486"})
_DEPTH = 6  # how far up the hypernyms a life's verb may sit
_PLACE_PREPS = frozenset({"in", "at"})  # "lived in Indonesia", "studied at …": where, not whence


@lru_cache(maxsize=1024)
def life_verb(lemma: str) -> bool:
    """Tell whether a verb ("live", "grow_up", "be_born") has a sense that places a life:
    living somewhere, being born, growing up, being raised or schooled."""
    line = find_line("index.verb", lemma.lower())
    if not line:
        return False
    fields = line.split()
    # any sense: "studied in Paris" is the second sense of "study", "raised in Hawaii" the
    # sixth of "raise"; a deed of another sense loses only one rival the reader might take
    found = fields[-int(fields[2]) :]
    for _ in range(_DEPTH):
        if _LIFE & set(found):
            return True
        found = sorted({t for offset in found for t in verb_parents(offset)})
    return False


def _lemmas(verb: Token) -> list[str]:
    """Return the WordNet lemmas a verb may be filed under: itself, with its particle
    ("grow_up" of "grew up"), or passive "be_born" of "was born"."""
    found = [verb.lemma_.lower()]
    found += [f"{verb.lemma_.lower()}_{c.lower_}" for c in verb.children if c.dep_ == "prt"]
    if any(c.dep_ == "auxpass" and c.lemma_ == "be" for c in verb.children):
        found.append(f"be_{verb.lower_}")
    return found


def _life_subjects(place: Token) -> list[Token] | None:
    """Return the subjects of the verb of a life whose "in"/"at" phrase holds a place, or
    None where the place is no such verb's ("visited …", "a speech in …")."""
    prep = place.head
    if place.dep_ != "pobj" or prep.lower_ not in _PLACE_PREPS:
        return None
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or not any(life_verb(w) for w in _lemmas(verb)):
        return None
    return [c for c in verb.children if c.dep_ in SUBJECT]


def own_country_rival(
    option: str, place: Token, stem: str, placed: Mapping[str, frozenset[str]]
) -> bool:
    """Tell whether a place option is the own country (`placed`: folded name -> codes) of the
    person whose life's place the question asks ("In which country had Obama lived …?":
    not the United States)."""
    subjects = _life_subjects(place)
    codes = nation_codes([option])
    if not subjects or not codes:
        return False
    subject = subjects[0]
    asked = normalise(question_line(stem))
    if subject.ent_type_ == "PERSON":
        ent = next((e for e in ents_of(subject.doc) if e.start <= subject.i < e.end), None)
        if ent is None:
            return False  # a token's label without its entity: nothing to match
        said = normalise(ent.text)  # full, or the surname of a name given in full
        people = [name for name in placed if name == said or name.endswith(f" {said}")]
    elif subject.tag_ == "PRP":
        # "he had lived …", asked with the name the question puts in his place
        people = _named(asked, placed)
    else:
        return False
    return any(codes & placed[name] for name in people)


def _named(asked: str, placed: Mapping[str, frozenset[str]]) -> list[str]:
    """Return the one person of `placed` a folded question names (his full name and its
    surname are one person), or none where it names two."""
    said = [name for name in placed if f" {name} " in f" {asked} "]
    whole = [name for name in said if not any(name != n and f" {name}" in f" {n}" for n in said)]
    return whole if len(whole) == 1 else []


def asked_place(fact: Any, sentence: Any) -> Token | None:
    """Return the head word of a place key in its parsed sentence, or None where there is
    none or the fact is not of that parse (a clause parsed afresh)."""
    if fact.kind != "place" or sentence is None:
        return None
    doc = sentence.doc
    if fact.end > len(doc) or doc[fact.start : fact.end].text != fact.text:
        return None
    return doc[fact.start : fact.end].root
