"""Which way a weekday points from the verb it dates: back for a deed done, ahead for one to
come, neither when the verb cannot tell (split from `replacements`, which resolves the
weekday with this)."""

from __future__ import annotations

from typing import Any

from questions.generate.heads import verb_above

Span = Any
_FUTURE = frozenset({"will", "shall", "'ll", "wo"})
_PAST = frozenset({"was", "were", "had", "did"})
_UNTIL = frozenset({"until", "till", "by", "before"})  # a deadline: still to come when present


def reduced_passive(verb: Span) -> bool:
    """Tell whether a verb is a past participle standing for a passive relative clause after
    its noun ("a report released on Wednesday" = "a report that was released …")."""
    own = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBN" and verb.dep_ == "acl" and not own


def weekday_ahead(date: Any) -> bool | None:
    """Tell which way a weekday (the date's root token) points: back (False) for what has
    happened, ahead (True) for what will, None when the verb does not tell ("would")."""
    verb = date
    verb = verb_above(date)
    if verb.pos_ not in ("VERB", "AUX"):
        return False  # "the Thursday opening": news's most recent one, as before
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")} | {verb.lower_}
    until = date.dep_ == "pobj" and date.head.lower_ in _UNTIL
    # "postponed to Wednesday", "moved to Thursday", "set for Friday": where the verb sends
    # something is ahead of it even when the verb is past; which Wednesday, the verb cannot say
    toward = date.dep_ == "pobj" and date.head.lower_ in ("to", "for", "till", "until")
    if aux & _FUTURE:
        return True
    if reduced_passive(verb):  # "a report released on Wednesday": done, as "was released"
        return None if until or toward else False
    if "would" in aux or "could" in aux:
        return None  # "said it would vote on Wednesday": that Wednesday may have passed
    past = verb.tag_ == "VBD" or bool(aux & _PAST) or (verb.tag_ == "VBN" and aux & {"has", "have"})
    if "to" in aux and verb.tag_ == "VB":  # "is expected to vote on Wednesday"
        # "announced a plan to cut six routes on Friday": the clause's own verb says when
        head = verb_above(verb.head) if verb.head.i != verb.i else verb
        said = {c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")} | {head.lower_}
        if head.i == verb.i or head.tag_ == "VBD" or said & _PAST or "would" in said:
            return None
        return True
    if past:
        return None if until or toward else False  # "was postponed until Wednesday": which?
    progressive = verb.tag_ == "VBG" and bool(aux & {"is", "are", "am", "'s", "'re"})
    # "is suing over Monday night's broadcast": an owning weekday dates what the verb is about
    owned = date.dep_ == "poss" or (date.dep_ == "compound" and date.head.dep_ == "poss")
    return True if (progressive and not owned) or until or toward else None
