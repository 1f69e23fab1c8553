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


def set_off_role(ent: Any) -> str:
    """Return the person noun set off right before a name by a comma ("another federal
    judge, Ann Donnelly,": judge), or "" where none is, or the name runs on into a clause
    ("Asked by a reporter, Smith said": no reporter)."""
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
    lemma = noun.lemma_.lower()
    # the commonest sense a person: "judge", "coach"; not "order", a person only rarely
    return lemma if lemma.isalpha() and commonest_person(lemma) else ""
