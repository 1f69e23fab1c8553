"""Where a fronted phrase goes in a wh-question: kept in front of a closing condition.

Split from `clauses` (which finds the clause and its fronted phrases).
"""

from __future__ import annotations

from typing import Any

Token = Any

# Connectives and sequencing adverbs only tie a sentence to the one before ("Afterwards, …",
# "However, …"): without them the statement is as true. Any other adverb before the subject
# may be what is claimed ("Allegedly, a manager stole …", "Initially, the firm planned …"),
# so a question may not drop it. Closed classes of English, which no library lists.
SEQUENCING = frozenset({
    "then", "later", "afterwards", "afterward", "thereafter", "subsequently", "eventually",
    "finally", "next", "meanwhile", "recently", "now", "also", "however", "moreover",
    "furthermore", "besides", "additionally", "still", "nevertheless", "nonetheless",
    "therefore", "thus", "hence", "consequently", "so", "further", "instead", "likewise",
    "similarly",
})  # fmt: skip
# the sequencing adverbs that say a later scene ("later", "then"): after what the sentence
# before told, which a question does not show ("He was subsequently denied visas …")
MOVING = SEQUENCING & {"then", "later", "afterwards", "afterward", "thereafter",
                       "subsequently", "eventually", "finally", "next", "meanwhile"}  # fmt: skip
# A comment on a fact the sentence states ("Unfortunately for the Rams, Tully forced …"):
# what it comments on is true without it
_COMMENTS = frozenset({
    "unfortunately", "fortunately", "luckily", "unluckily", "sadly", "happily", "tragically",
    "ironically", "surprisingly", "unsurprisingly", "interestingly", "notably", "importantly",
    "remarkably", "crucially", "significantly", "predictably",
})  # fmt: skip


def droppable_adverb(adverb: Token) -> bool:
    """Tell whether a lone adverb before the subject may be left out of a question: a
    connective or sequencing one ("Later, …") or a comment on a fact ("Unfortunately, …"), not
    a hedge ("Allegedly, …", "Initially, …")."""
    if adverb.pos_ != "ADV" or adverb.tag_ == "WRB" or list(adverb.children):
        return True  # "When …", "Two years ago, …": phrases the writers handle as before
    return adverb.lower_ in SEQUENCING or adverb.lower_ in _COMMENTS


# A condition's time is its own: "… if the broadcasts do not stop after the exchange of fire"
# ("as England won a corner kick in injury time" reads as the goal's time still).
_CONDITIONS = frozenset({"if", "unless", "until"})


def kept_in_front(
    lead: list[Any], moved: list[Token], rest: list[Any]
) -> tuple[list[Any], list[Token]]:
    """Keep a fronted phrase in front when the question would end in a clause of its own
    ("… would respond within 48 hours if the broadcasts do not stop"): moved after it, "after
    the exchange of fire" would seem to say when the broadcasts stop."""
    words = [t for t in rest if not isinstance(t, str) and not t.is_punct]
    if lead or not moved or not words:
        return lead, moved
    last = words[-1].i
    ends = any(
        t.dep_ == "advcl" and t.right_edge.i >= last and any(c.dep_ == "mark" and c.lower_ in
                                                             _CONDITIONS for c in t.children)
        for t in words
    )  # fmt: skip
    # "… his then-girlfriend Julie Couillard who had ties to the biker gang in May": after a
    # relative clause the phrase would seem to date the relative's own verb
    ends = ends or any(t.dep_ == "relcl" and t.right_edge.i >= last for t in words)
    # "Of the 40 districts, 39 voted …": the group a count is part of goes first, or "… in
    # favour of the change of the 40 districts" reads as the change's; "With a 64.1%
    # turnout, …" says how things stood, not the last noun's
    ends = ends or (moved[0].lower_ in ("of", "with") and moved[0].dep_ == "prep")
    return ([*moved, ","], []) if ends else (lead, moved)


def reported_last(moved: list[Token]) -> tuple[list[Token], list[Token]]:
    """Split a fronted "According to BBC News" from the other phrases moved to a question's
    end: it goes last, set off by a comma ("… tripled in the last ten years, according to BBC
    News?"), as it says who reports the whole question, not when or where it happened."""
    source = next((t for t in moved if t.lower_ == "according" and t.dep_ == "prep"), None)
    if source is None:
        return moved, []
    ids = {t.i for t in source.subtree}
    return [t for t in moved if t.i not in ids], [t for t in moved if t.i in ids]


def adverb_before(phrase: Token) -> Token | None:
    """Return the adverb a fronted prepositional phrase goes on from ("Unfortunately" of
    "Unfortunately for the Panthers", "Later" of "Later in the day"), or None."""
    start = phrase.left_edge
    if phrase.dep_ != "prep" or start.i == 0:
        return None
    inside = start.i < phrase.i  # "Luckily for …", the adverb hung on the "for"
    adverb = start if inside else phrase.doc[start.i - 1]
    if inside and (adverb.head.i != phrase.i or adverb.i != phrase.i - 1):
        return None
    joined = adverb.head.i in (phrase.i, phrase.head.i) and not list(adverb.children)
    return adverb if adverb.pos_ == "ADV" and adverb.dep_ == "advmod" and joined else None


def on_aux(token: Token, verb: Token) -> bool:
    """Tell whether a token is the verb's auxiliary ("was" of "was re-elected")."""
    return token.dep_ in ("aux", "auxpass") and token.head.i == verb.i


def _date_phrase(token: Token) -> bool:
    """Tell whether a verb's modifier is a date ("last year", "in 2024") and nothing more: a
    code review found "To how many euros over the same period before the drop in demand did
    prices rise …?", a span with a clause of its own fronted as if it dated the amount."""
    words = [t for t in token.subtree if t.i != token.i or token.dep_ != "prep"]
    if not all(t.ent_type_ == "DATE" for t in words):
        return False
    if token.ent_type_ == "DATE":
        return True
    return token.dep_ == "prep" and any(c.ent_type_ == "DATE" for c in token.children)


def changed_amount_date(prep: Any, verb: Token) -> list[Token]:
    """Return the date right after one end of a change ("rose from 2.4 million euros last
    year to 2.6 million euros this year"): fronted without it, "From how many euros did …
    rise in 2024 to …?" dates the wrong end, so the date goes with its amount."""
    if prep is None or not hasattr(prep, "dep_") or prep.lower_ not in ("from", "to"):
        return []
    ends = {c.lower_ for c in verb.children if c.dep_ == "prep"}
    if not {"from", "to"} <= ends:
        return []
    after = prep.right_edge.i + 1
    return next(
        (list(c.subtree) for c in verb.children
         if c.left_edge.i == after and c.i != prep.i and _date_phrase(c)),
        [],
    )  # fmt: skip
