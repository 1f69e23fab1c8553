"""The names an article has act ("NASA held", "Microsoft's campaign", "funded by the FDIC"):
a bare name that acts is a body, whatever else its word could be."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from questions.generate.clauses import REPORTING
from questions.generate.entcache import ents_of
from questions.generate.verbfiles import speech_verb
from questions.schema import normalise

if TYPE_CHECKING:
    from questions.generate.options import OptionContext


def acts_as_body(key: str, ctx: OptionContext) -> bool:
    """Tell whether the article has a bare name do something somewhere, as a body does:
    "NASA held", "Microsoft's campaign", "funded by the FDIC", "Duke and USI showed" (not
    "the EAS version")."""
    return normalise(key) in ctx.acting


def acting_names(sentences: Sequence[Any]) -> frozenset[str]:
    """Return the names the article has act (subject, possessor, agent, source cited), folded:
    once per article, not per option."""
    found: set[str] = set()
    for sentence in sentences:
        for ent in ents_of(sentence):
            root = ent.root
            while root.dep_ in ("conj", "appos") and root.head.i != root.i:
                root = root.head  # "Duke University, USI and UNC showed …": USI showed
            by = root.dep_ == "pobj" and root.head.lower_ == "by"
            acts = root.dep_ in ("nsubj", "nsubjpass", "poss") or _relative_speaker(root)
            if by or _cited(root) or acts:
                # "Texas A&M's Aerospace Engineering Department": Texas A&M acts
                found.add(normalise(re.sub(r"^(?:the|The) |['’]s$", "", ent.text)))
    return frozenset(found)


# the relative pronouns that stand for a person in its own clause: "Lord Cormack, who said"
_RELATIVE = frozenset({"who", "that"})


def relative_doer(root: Any) -> Any | None:
    """Return the verb of a relative clause the name is the subject of ("including Lord
    Cormack, who said: …"): the name does what its clause says, wherever the parse hangs it."""
    for clause in root.children:
        subject = [c for c in clause.children if c.dep_ == "nsubj"]
        if clause.dep_ == "relcl" and subject and subject[0].lower_ in _RELATIVE:
            return clause
    return None


def _relative_speaker(root: Any) -> bool:
    """Tell whether a name says something in its relative clause ("Lord Cormack, who said:
    …"): a speaker, as "Cormack said" makes one; a clause of any other deed ("his
    girlfriend, who had ties to a gang") shows the name, as an object does."""
    verb = relative_doer(root)
    return verb is not None and (verb.lemma_ in REPORTING or speech_verb(verb.lemma_))


def _cited(root: Any) -> bool:
    """Tell whether a name is the source a statement is cited to ("According to the team's
    coach, Alireza Mehraban, …"): it says what follows, as "Mehraban said" would."""
    to = root.head
    return bool(root.dep_ == "pobj" and to.lower_ == "to" and to.head.lower_ == "according")
