"""The role a noun phrase set off before a person's name gives them, whatever the parse.

"… issued by another federal judge, Ann Donnelly, though …" makes Ann Donnelly a judge, the
key's own role where the question is on Judge James Robart: the likeliest wrong option. The
parse often misses that apposition (it hangs the name on the verb), so the commas say it:
a singular person noun with its determiner, a comma, the name, and a comma or the
sentence's end after it.
"""

from __future__ import annotations

from typing import Any

from questions.generate.nouns import commonest_person

_AFTER = frozenset({",", ".", ";"})  # the name set off on both sides, or ending the sentence
_BOUNDS = frozenset({",", ";", ":"})  # what opens the phrase a role noun sits in
# A phrase opened by a preposition, a subordinator or a participle is an adverbial one
_OPENERS = frozenset({"ADP", "SCONJ"})
_NONFINITE = frozenset({"VBG", "VBN", "TO"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def set_off_role(ent: Any) -> str:
    """Return the person noun set off right before a name by a comma ("another federal
    judge, Ann Donnelly,": judge), or "" where none is, or the name runs on into a clause
    ("Asked by a reporter, Smith said": no reporter), or the noun sits in an adverbial
    phrase fronted before the subject the name is ("Speaking to a reporter, John Smith, 45,
    said": no reporter)."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].text != ",":
        return ""
    noun = doc[ent.start - 2]
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or noun.ent_type_:
        return ""  # "the judges, Ann …": a list; "Judge": a name's own word
    if ent.end < len(doc) and doc[ent.end].text not in _AFTER:
        return ""
    if not any(child.dep_ == "det" for child in noun.children):
        return ""  # "another judge", "the coach": a noun phrase of its own, no list's word
    if fronted(noun):
        return ""
    lemma = noun.lemma_.lower()
    # the commonest sense a person: "judge", "coach"; not "order", a person only rarely
    return lemma if lemma.isalpha() and commonest_person(lemma) else ""


def fronted(noun: Any, name: int = -1) -> bool:
    """Tell whether a noun sits in a prepositional or non-finite phrase ("to a reporter",
    "Asked by a reporter") placed before its sentence has a subject: the name after it then
    opens the main clause as its subject, and the noun names another person (the parse
    often hangs the name on that noun, so the words say it). A noun right before the name
    (at `name`) with no comma between is the name's own title, fronted phrase or not, where
    the main clause has a subject of its own ("Trying to pass back to his goalkeeper Hassan
    Roudbarian, Rezaei …"); where it has none, the name is that subject ("Speaking to a
    reporter John Smith said …": no reporter)."""
    doc, sentence = noun.doc, noun.sent
    if noun.i == name - 1 and _main_subject_apart(sentence, name):
        return False
    start = noun.i
    while start > sentence.start and doc[start - 1].text not in _BOUNDS:
        start -= 1  # back to the phrase's opening word
    opener = doc[start]
    if opener.pos_ not in _OPENERS and opener.tag_ not in _NONFINITE:
        return False  # "another federal judge, Ann Donnelly": the noun's own phrase
    before = doc[sentence.start : start]
    # "The order, issued by another judge, Ann Donnelly, …": a subject came first
    return not any(t.dep_ in _SUBJECTS or t.tag_ in _FINITE for t in before)


def _main_subject_apart(sentence: Any, name: int) -> bool:
    """Tell whether a sentence's main verb has a subject other than the name starting at
    `name` (its whole entity, or a phrase holding it): the name then sits inside the
    fronted phrase."""
    doc = sentence.doc
    ent = next((e for e in doc.ents if e.start == name), None)
    taken = range(name, ent.end if ent is not None else name + 1)
    # a fronted clause parsed as the subject holding the name ("Talking to a reporter Mark
    # Hollis said") is none; a noun phrase holding it ("The murder of journalist Hrant
    # Dink is cited") is
    return any(
        c.dep_ in _SUBJECTS
        and c.i not in taken
        and not (c.dep_ == "csubj" and c.left_edge.i <= name <= c.right_edge.i)
        for c in sentence.root.children
    )


def spoken_to_before(noun: Any, name: int) -> bool:
    """Tell whether a noun right before a name is a preposition's object ("Talking to a
    reporter Mark Hollis said …") and the name, with no comma, the main clause's subject:
    the noun is whom the name spoke to, no title of it ("In 2010 coach Tom Hill said …" has
    no preposition right before its title; "The murder of journalist Hrant Dink is cited"
    no fronted phrase)."""
    doc, first = noun.doc, noun.i
    while first > 0 and doc[first - 1].tag_ in ("DT", "PRP$"):
        first -= 1  # back over "a", "his", wherever the parse hangs them
    if noun.i != name - 1 or first == 0 or doc[first - 1].pos_ != "ADP":
        return False
    return fronted(noun, name)
