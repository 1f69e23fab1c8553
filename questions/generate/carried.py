"""An "It" opening a sentence that carries on the sentence before's subject.

"The document … must be completed in English. It also must be returned within twenty
working days." The second sentence goes on about the first one's subject: its "It" is "the
document", and the question says so ("Within how many working days must the document be
returned?"). Only a plain thing said by a common noun ("the document", not "the United
Nations", which `name_it` says by its name) is carried, and only by an "It" that is the
subject of a verb other than "be" with no clause it could stand for ("It is clear that …",
"It seems that …" and "It rained" point to no thing). Never a person ("The town engineer
designed a new bridge. It carries 5,000 cars a day": "it" is never the engineer), and never
when the sentence before has another singular thing "it" could mean (the bridge). Across a
paragraph break only from a paragraph that is that one sentence (`context.parse`).
"""

from __future__ import annotations

from typing import Any

from questions.generate.gazetteer import country_code
from questions.generate.nouns import commonest_person
from questions.generate.verbfiles import WEATHER, verb_file
from questions.generate.wordnet import PERSON_FILE, first_sense, lemma_text, senses, synset

Span = Any
_SUBJECTS = ("nsubj", "nsubjpass")
_PLAIN = frozenset({"det", "amod", "compound"})  # "the signed document": nothing more
# where a singular thing "it" could as well mean stands: "designed a new bridge over …"
_OTHERS = frozenset({"dobj", "pobj", "dative", "attr", "oprd"})
_TIMES = frozenset({"DATE", "TIME"})  # "in February", "in the morning": never "it"
# a clause an extraposed "it" stands for: "It emerged that …", "It takes an hour to …"
_CLAUSES = frozenset({"ccomp", "xcomp", "csubj", "csubjpass", "advcl"})


def carried_subject(sentence: Span) -> str | None:
    """Return the thing a sentence is about, said by a common noun ("the document"), or None:
    its main verb's subject, "the" and a singular noun, at most plain modifiers before it."""
    verb = sentence.root
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    if len(subjects) != 1:
        return None
    noun = subjects[0]
    words = [t for t in noun.subtree if t.i <= noun.i]
    if noun.tag_ != "NN" or noun.pos_ != "NOUN" or words[0].lower_ != "the":
        return None
    if any(t.dep_ not in _PLAIN or t.pos_ == "PROPN" or t.ent_type_ for t in words[1:-1]):
        return None
    if noun.ent_type_ == "PERSON" or person_noun(noun.lemma_) or person_noun(" ".join(
            t.lemma_ for t in words[1:])):  # fmt: skip
        return None  # "the head teacher": "it" is never a person
    if any(_could_be_it(t) for t in sentence if t.i != noun.i):
        return None  # "… designed a new bridge": "It carries 5,000 cars" is the bridge
    return " ".join(t.lower_ for t in words)


def person_noun(lemma: str) -> bool:
    """Tell whether a noun's commonest WordNet sense is a person ("engineer", "head teacher"),
    a noun for what someone is, written lower-case: not a famous person ("newton": Isaac Newton)."""
    first = first_sense(lemma)  # `senses` folds case: "Newton" and "newton" alike
    return commonest_person(lemma) and first is not None and first.lemmas[0][:1].islower()


def nation_member(word: str) -> bool:
    """Tell whether a capitalised noun's commonest sense is a member of a country's people
    ("Spaniard", "Swede": WordNet's member holonym is Spain, Sweden), a word for who someone
    is that the news writes before a name ("Spaniard Rafael Nadal") and no part of it."""
    found = senses(word.lower())
    first = synset(found[0]) if found else None
    if first is None or first.lexfile != PERSON_FILE or not first.lemmas[0][:1].isupper():
        return False
    wholes = [synset(offset) for symbol, offset in first.pointers if symbol == "#m"]
    return any(country_code(lemma_text(name)) for whole in wholes if whole for name in whole.lemmas)


def _could_be_it(token: Any) -> bool:
    """Tell whether a word is a singular thing an "it" after its sentence could mean: an
    object or a preposition's object said by a common noun ("a new bridge over the Ouse"),
    not a date ("in February")."""
    return (
        token.tag_ == "NN"
        and token.pos_ == "NOUN"
        and token.dep_ in _OTHERS
        and token.ent_type_ not in _TIMES
        and not person_noun(token.lemma_)
    )


def name_carried_it(sentence: Span, thing: str | None, replace: dict[int, str]) -> None:
    """Say the sentence before's subject for an "It" opening this sentence as the subject of
    a verb other than "be" ("It also must be returned within …")."""
    first = sentence[0]
    if thing is None or first.lower_ != "it" or first.i in replace:
        return
    verb = first.head
    if first.dep_ not in _SUBJECTS or verb.lemma_ == "be" or verb != sentence.root:
        return
    if any(c.dep_ in _CLAUSES for c in verb.children) or verb_file(verb.lemma_) == WEATHER:
        return  # "It seems that …", "It takes two hours to …", "It rained": no thing
    replace[first.i] = thing
