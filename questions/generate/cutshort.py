"""What the model read short: a surname without the first name before it, and the total of
"N of M" taken for what the verb counts.

"Bronco Darian Stewart forced Mike Tolbert to fumble": the model names only "Stewart", and
the article's one full "Stewart" (Jonathan Stewart, another player) would be shown as the
key. "Manning completed 13 of 23 passes": "23" counts the passes thrown, not the passes
completed, so "How many passes did Manning complete?" keyed 23 is wrong.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from questions.generate.carried import person_noun
from questions.generate.pools import is_any_first_name, is_first_name, zipf
from questions.generate.titledpeople import first_named, titled

if TYPE_CHECKING:  # `facts` reads names through `cut_name`
    from questions.generate.facts import Fact

Span = Any
Token = Any
# A capitalised word before a name this common in English is a title ("Coach", "Mr"), not a
# first name ("Darian"); as `setting.TITLE_ZIPF`.
TITLE_ZIPF = 3.0


def cut_first_name(ent: Span) -> str | None:
    """Return the first name the model left out of a one-word person's name ("Darian" of
    "Bronco Darian Stewart", where it names "Stewart" alone), or None: a capitalised proper
    noun just before the surname and tied to it, a first name or a word too rare in English to
    be a title, and no noun for what someone is ("President", "Coach")."""
    if ent.label_ != "PERSON" or len(ent) != 1 or ent.start == 0:
        return None
    before = ent.doc[ent.start - 1]
    tied = before.dep_ == "compound" and before.head.i == ent.root.i
    if not (tied and before.pos_ == "PROPN" and before.is_alpha and before.text.istitle()):
        return None
    name = is_first_name(before.text) or is_any_first_name(before.text)
    if not name and (zipf(before.lower_) >= TITLE_ZIPF or person_noun(before.lower_)):
        return None
    return str(before.text)


def cut_name(ent: Span, start: int, end: int) -> bool:
    """Tell whether the model cut a name short ("Kim" of "Kim Min-Woo", "Internet [Explorer]",
    "[Darian] Stewart")."""
    if cut_first_name(ent) is not None:
        return True  # its one full "Stewart" may be someone else: not asked, not an option
    doc = ent.doc
    after = doc[end] if end < len(doc) else None
    before = doc[start - 1] if start > 0 and ent.label_ == "ORG" else None
    if before is not None and titled(doc, start, end) and first_named(doc[start:end].text):
        before = None  # "Egyptologist Jean-François Champollion": a person's, not cut short
    return bool(
        (after is not None and after.pos_ == "PROPN" and after.head.i in range(start, end + 1))
        or (before is not None and before.pos_ == "PROPN" and before.dep_ == "compound"
            and before.head.i in range(start, end))
    )  # fmt: skip


def of_total(number: Token) -> bool:
    """Tell whether a number is the whole that another number is part of: "13 of 23 passes",
    "12 of their 16 games", "one of the 40 students", "Of the 120 delegates, 80 voted": it
    counts all there were, not what the clause's verb did with them."""
    parts = [c for c in number.children if c.dep_ == "quantmod" and c.i < number.i]
    if any(c.lower_ == "of" for c in parts) and any(c.like_num for c in parts):
        return True  # "13 of 23": the parse hangs "13" and "of" on "23"
    counted = number.head
    if number.dep_ != "nummod" or counted.dep_ != "pobj" or counted.head.lower_ != "of":
        return False
    owner = counted.head.head
    if owner.like_num:
        return True  # "12 of their 16 games"
    # "Of the 120 delegates, 80 voted": the "of" phrase opens the clause its number counts in
    return owner.pos_ in ("VERB", "AUX") and any(
        c.like_num and c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in owner.children
    )


# A question asking the whole with what was done to all of it ("the first of 48 flights
# allowed to …": "How many flights were allowed to …?"), written by `counted`
WHOLE_RULE = "rule:count-done"


def asked_total(sentence: Span, fact: Fact, form: str, rule: str = "") -> str | None:
    """Say why a wh-question on the whole of "N of M" is wrong, or None: "How many passes did
    Manning complete?" keyed 23 of "completed 13 of 23 passes" drops the 13 the verb counts.
    A blank keeps it ("completed 13 of _____ passes") and is right, as is a question of what
    was done to the whole."""
    number = sentence.doc[fact.start : fact.end].root
    if form != "wh" or rule == WHOLE_RULE or fact.kind != "count" or not of_total(number):
        return None
    return f"'{fact.text}' is the whole that a part of is said of, not what the verb counts"
