"""An article's wording a question should not copy: its redundancies and its dropped "that"."""

from __future__ import annotations

from typing import Any

from questions.generate.clauses import REPORTING

_AGREES = {"they": ("NNS", "NNPS"), "it": ("NN", "NNP")}  # the pronoun, its object's tags


def restated_passive(sentence: Any, replace: dict[int, str]) -> None:
    """Drop a clause that only says again what befell the main verb's object: "left at least
    six people dead after they were killed in a mudslide" reads "left at least six people dead
    in a mudslide" (review 10 failed "How many people did … leave dead after they were killed
    …?"); the clause's own phrases ("in a mudslide") stay with the main verb."""
    for verb in sentence:
        if verb.dep_ != "advcl" or verb.tag_ != "VBN":
            continue
        marks = [c for c in verb.children if c.dep_ == "mark" and c.lower_ in ("after", "when")]
        subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
        auxiliaries = [c for c in verb.children if c.dep_ == "auxpass"]
        objects = [c for c in verb.head.children if c.dep_ == "dobj"]
        if len(marks) != 1 or len(subjects) != 1 or len(auxiliaries) != 1 or len(objects) != 1:
            continue
        pronoun, thing = subjects[0], objects[0]
        # "they" for "people", "it" for "the plant": the pronoun can only be the object
        if thing.tag_ not in _AGREES.get(pronoun.lower_, ()):
            continue
        dropped = (marks[0], pronoun, auxiliaries[0], verb)
        if any(t.i in replace for t in dropped) or marks[0].i != verb.left_edge.i:
            continue
        if [t.i for t in dropped] != list(range(marks[0].i, verb.i + 1)):
            continue  # "after they were all killed": words between are not ours to drop
        replace.update({t.i: "" for t in dropped})


def said_that(sentence: Any, replace: dict[int, str]) -> None:
    """Say the "that" an article drops between a reporting verb and a clause opening with a
    conjunction: "Heald said although temperature …, "nobody …"" asked as "Who said although
    …?" reads as if "although" belonged to the question; "Who said that although …?" does not."""
    for verb in sentence:
        if verb.lemma_ not in REPORTING or verb.i + 1 >= sentence.end or verb.i in replace:
            continue
        after = sentence.doc[verb.i + 1]
        if after.dep_ != "mark" or after.lower_ == "that" or verb not in after.ancestors:
            continue
        # "to confirm if he is fit": "if" opens the verb's own object, a question, not a
        # condition ("said if prices rise, …"), and "confirm that if" is no English
        if after.lower_ in ("if", "whether") and after.head.head.i == verb.i:
            continue
        replace[verb.i] = f"{verb.text} that"


def subject_comma(sentence: Any, replace: dict[int, str]) -> None:
    """Leave out a lone comma between a subject and its verb ("Lydia Buchtmann for Food
    Standards Australia New Zealand, says …"): the article's slip, copied into a question, is
    a grammar fault (review 12); a subject with a comma-set aside ("Smith, the director,
    said") keeps both."""
    for token in sentence:
        if token.dep_ not in ("nsubj", "nsubjpass") or token.head.i <= token.i:
            continue
        if token.head.dep_ == "parataxis":
            continue  # "Institutional recipients, said Maurer, are required …": an aside
        span = list(token.subtree)
        last = span[-1]
        if last.text != "," or last.i + 1 != token.head.i or last.i in replace:
            continue
        if any(t.text == "," for t in span[:-1]):
            continue
        replace[last.i] = ""
