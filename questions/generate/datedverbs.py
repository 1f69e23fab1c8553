"""Which way a weekday points from the verb it dates: back for a deed done, ahead for one to
come, neither when the verb cannot tell (split from `replacements`, which resolves the
weekday with this)."""

from __future__ import annotations

from typing import Any

from questions.generate.heads import verb_above

Span = Any
_FUTURE = frozenset({"will", "shall", "'ll", "wo"})
# a deadline ("until Wednesday") or where a verb sends something ("postponed to Wednesday",
# "set for Friday"): ahead of the verb even when the verb is past
_AHEAD = frozenset({"until", "till", "by", "before", "to", "for"})


def reduced_passive(verb: Span) -> bool:
    """Tell whether a verb is a past participle standing for a passive relative clause after
    its noun ("a report released on Wednesday" = "a report that was released …")."""
    own = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBN" and verb.dep_ == "acl" and not own


def told_tense(verb: Span) -> str:
    """Return "past", "future" or "" for the time a verb's form and helpers tell: "will",
    "'ll" or "won't" make it future; a past form or a perfect ("has met") past."""
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lower_ in _FUTURE for c in helpers):
        return "future"
    if verb.tag_ == "VBD" or any(c.tag_ == "VBD" or c.lemma_ == "have" for c in helpers):
        return "past"
    return ""


def sent_ahead(date: Span) -> bool:
    """Tell whether a date (its root token) is a deadline or where a verb sends something
    ("was postponed until March", "scheduled for Friday"): ahead of a past verb, by how much
    the verb cannot say."""
    return date.dep_ == "pobj" and date.head.lower_ in _AHEAD


def weekday_ahead(date: Any) -> bool | None:
    """Tell which way a weekday (the date's root token) points: back (False) for what has
    happened, ahead (True) for what will, None when the verb does not tell ("would")."""
    verb = verb_above(date)
    if verb.pos_ not in ("VERB", "AUX"):
        return False  # "the Thursday opening": news's most recent one, as before
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")} | {verb.lower_}
    ahead = sent_ahead(date)  # "was postponed until Wednesday": which one, the verb cannot say
    if aux & _FUTURE:
        return True
    if reduced_passive(verb):  # "a report released on Wednesday": done, as "was released"
        return None if ahead else False
    if "would" in aux or "could" in aux:
        return None  # "said it would vote on Wednesday": that Wednesday may have passed
    if "to" in aux and verb.tag_ == "VB":  # "is expected to vote on Wednesday"
        # "announced a plan to cut six routes on Friday": the clause's own verb says when
        head = verb_above(verb.head) if verb.head.i != verb.i else verb
        said = {c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")}
        if head.i == verb.i or told_tense(head) == "past" or "would" in said | {head.lower_}:
            return None
        return True
    if told_tense(verb) == "past":
        return None if ahead else False
    progressive = verb.tag_ == "VBG" and bool(aux & {"is", "are", "am", "'s", "'re"})
    # "is suing over Monday night's broadcast": an owning weekday dates what the verb is about
    owned = date.dep_ == "poss" or (date.dep_ == "compound" and date.head.dep_ == "poss")
    return True if (progressive and not owned) or ahead else None
