"""A person's name the model labels a body or a place ("Chair of the inquiry, Helena Kennedy
challenged …": an organisation), taken for the person it is.

The small model knows few names and guesses an organisation for a full name it has not seen,
so the article's cast lacks the person and a question keyed on them finds no rivals among
the article's people. A name is a person's when it reads as one and acts as one:

- it opens with a given name Faker's lists know as one sex's only ("Helena"; not "Morgan",
  of either sex, so "Morgan Stanley" stays a bank), then one or two capitalised words each a
  surname of the lists or no common noun at all ("Kennedy"), none a word for a body, a
  building or a place ("Trust", "Laboratory", "Centre": the "Jackson Laboratory");
- it says or thinks (WordNet's verbs of communication and cognition: "challenged", "urged",
  "argued") as the subject, or stands in apposition with a word for what a person is ("Chair
  of the inquiry, Helena Kennedy …"; "Helena Kennedy, the chairwoman, …").
"""

from __future__ import annotations

from typing import Any

from questions.generate.pools import first_name_gender, is_surname
from questions.generate.titledpeople import person_word
from questions.generate.verbfiles import verb_file
from questions.generate.wordnet import GROUP_FILE, lemma_text, senses, synset

# the labels the model gives a name it takes for a body, a place or a people
_NOT_PEOPLE = frozenset({"ORG", "GPE", "LOC", "NORP"})
# WordNet's noun.artifact and noun.location: a "Laboratory", a "Centre" names no one
_BODY_FILES = frozenset({GROUP_FILE, 6, 15})
_PERSON_VERB_FILES = frozenset({"31", "32"})  # verb.cognition, verb.communication
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def person_named(ent: Any) -> bool:
    """Tell whether a name the model labels a body, a place or a people is a person's: a
    given name and surnames that say or think, or stand beside what a person is."""
    return ent.label_ in _NOT_PEOPLE and _reads_as_name(ent) and _acts_as_person(ent)


def _reads_as_name(ent: Any) -> bool:
    """Tell whether a name is a given name of one sex and one or two surnames, whole: not
    after "the" nor going on into another capitalised word ("the Helena Kennedy Centre")."""
    doc, words = ent.doc, list(ent)
    if not 2 <= len(words) <= 3 or not all(t.is_alpha and t.is_title for t in words):
        return False
    if ent.start > 0 and doc[ent.start - 1].lower_ == "the":
        return False
    if ent.end < len(doc) and doc[ent.end].is_title and doc[ent.end].is_alpha:
        return False
    return first_name_gender(words[0].text) != "" and all(_surname(t.text) for t in words[1:])


def _surname(word: str) -> bool:
    """Tell whether a capitalised word can be a surname: no common noun for a body, a building
    or a place, and a surname of the lists or no common noun at all ("Rowntree")."""
    common = [entry for offset in senses(word.lower())
              if (entry := synset(offset)) is not None
              and any(lemma_text(lemma) == word.lower() for lemma in entry.lemmas)]  # fmt: skip
    if any(entry.lexfile in _BODY_FILES for entry in common):
        return False
    return is_surname(word) or not common


def _acts_as_person(ent: Any) -> bool:
    """Tell whether a name is the subject of a verb of saying or thinking, or in apposition
    with a word for what a person is."""
    root = ent.root
    verb = root.head if root.dep_ in _SUBJECTS and root.head.pos_ in ("VERB", "AUX") else None
    if verb is not None and verb_file(verb.lemma_) in _PERSON_VERB_FILES:
        return True
    if root.dep_ == "appos" and person_word(root.head):
        return True
    if any(child.dep_ == "appos" and person_word(child) for child in root.children):
        return True
    return _described_before(ent)


def _described_before(ent: Any) -> bool:
    """Tell whether a phrase headed by a word for what a person is ends right before the name
    with a comma ("Chair of the inquiry, Helena Kennedy …"; '…," said EU commissioner for
    Home Affairs, Cecilia Malmström'): the phrase says who she is."""
    doc, start = ent.doc, ent.start
    if start < 2 or doc[start - 1].text != ",":
        return False
    head = doc[start - 2]
    while head.head.i != head.i and head.head.i < start - 1 and head.dep_ not in _SUBJECTS:
        head = head.head  # up from "inquiry" to "Chair" of "Chair of the inquiry"
    # the phrase's last word is the one before the comma; the name itself, which the model may
    # hang on that word ("commissioner for Home Affairs, Cecilia Malmström"), is no part of it
    said = [t.i for t in head.subtree if not start - 1 <= t.i < ent.end]
    if not person_word(head) or max(said) != start - 2:
        return False
    if head.left_edge.i == head.sent.start:
        return True
    before = doc[head.left_edge.i - 1]  # '…," said EU commissioner …': the saying's subject
    return bool(before.is_punct or (head.dep_ in _SUBJECTS and before.i == head.head.i))
