"""A prepositional phrase the act noun before it may own: no wh-phrase is fronted out of it.

"After going down the field, the Ravens scored on a Flacco pass to Dennis Pitta": the parse
hangs "to Dennis Pitta" on "scored", but it is the pass's: the pass went to Pitta, and "To
whom did the Ravens score on a Joe Flacco pass?" fronts a phrase out of a noun phrase, which
English does not allow. A phrase that follows straight after the object of another of the
verb's prepositions, when that object names an act or event ("a pass to", "a match against",
"a meeting with"), is read as the noun's whatever the parse says: a deed's noun takes its
own participants. A thing's noun ("travelled with his wife to Paris") or the verb's own
object ("held a meeting with Xi": "With whom did they hold a meeting?") leaves the phrase
the verb's. WordNet's lexicographer files tell an act's noun (`names_happening`).
"""

from __future__ import annotations

from typing import Any

from questions.generate.placednouns import names_happening

# the entity labels of a time, a count or an amount ("for 3 minutes", "in 2009", "by 5%")
_MEASURES = frozenset({"DATE", "TIME", "QUANTITY", "MONEY", "PERCENT", "CARDINAL", "ORDINAL"})


def act_noun_owns(prep: Any) -> bool:
    """Tell whether a preposition the parse hangs on the verb may be the phrase of the act
    noun just before it, that noun the object of another of the verb's prepositions ("scored
    on a pass to Pitta"): a wh-question fronting it asks out of a noun phrase."""
    doc = getattr(prep, "doc", None)  # a `Located` place or a writer's own word has none
    if doc is None or prep.i == 0 or prep.dep_ != "prep":
        return False
    noun = doc[prep.i - 1]
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.right_edge.i != noun.i:
        return False  # a name ("from Rome to Paris"), the verb's own object, a longer phrase
    if any(_measure(o) for o in prep.children if o.dep_ == "pobj"):
        return False  # "tested it at full thrust for 3 minutes": how long the deed took
    outer = noun.head
    return outer.dep_ == "prep" and outer.head.i == prep.head.i and names_happening(noun)


def _measure(noun: Any) -> bool:
    """Tell whether a preposition's object is a time, a count or an amount: the clause's
    measure, not a participant an act noun names."""
    counted = any(c.dep_ == "nummod" for c in noun.children)
    return counted or noun.like_num or noun.ent_type_ in _MEASURES
