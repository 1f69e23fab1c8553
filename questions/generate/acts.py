"""Name "the broadcasts" by who made them when the sentence before says they did it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from questions.generate.clauses import SUBJECT

Span = Any
_DOERS = frozenset({"GPE", "ORG", "PERSON", "NORP"})


def _doer(verb: Any) -> Any:
    """Return the named subject of a verb, or of the verb it completes ("started to
    broadcast": who started), or None."""
    while verb.dep_ == "xcomp" and not any(c.dep_ in SUBJECT for c in verb.children):
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].ent_type_ not in _DOERS:
        return None
    return subjects[0]


def _bare_object(verb: Any) -> str:
    """Return " propaganda" of "broadcast propaganda": a one-word singular object says what
    the act is of ("South Korea's propaganda broadcasts"); a longer one would be a phrase."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) != 1 or objects[0].tag_ != "NN" or list(objects[0].children):
        return ""
    return " " + str(objects[0].text)


def name_acts(sentence: Span, before: Span | None, replace: dict[int, str]) -> None:
    """Say whose "the broadcasts" are when the sentence before has one named doer do the
    verb ("South Korea had started to broadcast propaganda … The broadcasts began …" ->
    "South Korea's broadcasts"): the noun is the act the reader was just told of."""
    if before is None:
        return
    acts: dict[str, tuple[Any, str]] = {}
    for verb in before:
        doer = _doer(verb) if verb.pos_ == "VERB" else None
        if doer is not None:
            acts.setdefault(verb.lemma_, (doer, _bare_object(verb)))
    for the in sentence:
        noun = the.head
        if the.lower_ != "the" or the.dep_ != "det" or noun.tag_ != "NNS" or the.i in replace:
            continue
        act = acts.get(noun.lemma_)
        if act is None or any(c.dep_ in ("amod", "compound", "prep") for c in noun.children):
            continue  # "the new broadcasts", "the broadcasts of …": described otherwise
        doer, what = act
        name = before.doc[doer.left_edge.i : doer.i + 1].text
        name = "the" + name[3:] if name.startswith("The ") else name  # said mid-sentence
        replace[the.i] = name + ("'" if name.endswith("s") else "'s") + what
        return  # the first says whose; the rest point back to it


def _of_object(noun: Any) -> Any:
    """Return the bare noun of a noun's one "of" phrase ("the exchange of fire": "fire"),
    or None: "of the shells" points at shells of its own, "of fire and rockets" at two."""
    preps = [c for c in noun.children if c.dep_ == "prep"]
    if len(preps) != 1 or preps[0].lower_ != "of":
        return None
    objects = [c for c in preps[0].children if c.dep_ == "pobj"]
    if len(objects) != 1 or objects[0].pos_ != "NOUN" or list(objects[0].children):
        return None
    return objects[0]


def act_told_before(noun: Any, every: Sequence[Span]) -> bool:
    """Tell whether "the exchange of fire" is an act an earlier sentence told as a verb with
    that object ("North and South Korea exchanged artillery fire"): its "of fire" says what
    was exchanged but not who did it, which only that sentence says. A described act ("the
    first exchange …", "the night's exchange …") may be another one, and is judged apart."""
    if noun.tag_ not in ("NN", "NNS") or any(
        c.dep_ in ("amod", "compound", "nummod", "poss") for c in noun.children
    ):
        return False
    what = _of_object(noun)
    if what is None:
        return False
    for sentence in every:
        if sentence.doc is noun.doc and sentence.start >= noun.sent.start:
            break  # only what the reader was told before this sentence
        for verb in sentence:
            if (
                verb.pos_ == "VERB"
                and verb.lemma_ == noun.lemma_
                and any(c.dep_ == "dobj" and c.lemma_ == what.lemma_ for c in verb.children)
            ):
                return True
    return False
