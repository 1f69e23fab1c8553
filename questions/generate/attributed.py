"""Who a question's statement is credited to: the ", according to …" it ends on.

"President Xi said that China will …" is his word, not fact, and a question over it says so
("…, according to President Xi?"). The parse may hang a clause on a reporting verb that does
not report it: "Roe said the bridge was unsafe; the Gazette reported it was closed" comes out
with "said" as what "reported" reports, though the Gazette reported only the closing. A
question crediting the first clause to the Gazette states a falsehood as its premise.
"""

from __future__ import annotations

from typing import Any

from questions.generate.cataphora import speaker_named
from questions.generate.clauses import REPORTING, SUBJECT, reporter, reports, spaced_dash
from questions.generate.joined import joined_saying
from questions.generate.render import join, lower_first
from questions.generate.setaside import segment

Token = Any
_STOPS = frozenset({";", "--", "—", "–"})


def attribution(verb: Token, arg: Token, role: str, replace: dict[int, str]) -> list[Token | str]:
    """Return ", according to President Xi" for a reported clause, or for a reason or
    condition it gives ("X said A, as B"): his word, not fact."""
    verb = reported_clause(verb) or verb
    if joined_saying(verb) or set_apart(verb) or asks_speaker(verb, arg, role):
        return []  # "…, and B said", "A said …; B reported …", "Who said …?"
    if speaker_named(verb, arg, replace):
        return []  # "Roe said she would …": asked of Roe by name, her plan is no hearsay
    said_by = reporter(verb, replace)
    if not said_by:
        return []
    first_said = join(said_by[:1], replace)
    if said_by[0].i not in replace:  # "He" said as "Xi Jinping" keeps his capital
        first_said = lower_first(first_said, said_by[0])
    return [", according to", first_said, *said_by[1:]]


def reported_clause(verb: Token) -> Token | None:
    """Return the reported clause a subordinate clause hangs on ("he said the party could not
    risk it, as Tsvangirai has a stronger claim": "risk"), whose speaker gives the reason
    too: his opinion, not the article's fact (review 79). None for a clause of its own."""
    clause = verb
    # a reason after what it explains is the speaker's argument; one fronted ("said that,
    # as they came from India, they should …") is the ground he and the article share
    while (
        clause.dep_ == "advcl" and clause.head.pos_ in ("VERB", "AUX") and clause.i > clause.head.i
    ):
        clause = clause.head
    if clause.i == verb.i or clause.dep_ != "ccomp" or not reports(clause.head):
        return None
    return clause


def set_apart(verb: Token) -> bool:
    """Tell whether a clause the parse hangs on a reporting verb is a statement of its own:
    set off from it by a semicolon, a dash or an "and" ("A said X; B reported Y", "A said X
    -- B reported Y"), or beside what that verb reports after it ("A said X, B reported Y").
    A comma alone before a verb reporting nothing else reports it ("X was so, B said")."""
    head = verb.head
    if verb.dep_ != "ccomp" or not reports(head):
        return False
    if segment(verb) != segment(head):
        return True
    if verb.i < head.i:
        between = range(verb.right_edge.i + 1, head.i)
    else:  # up to where the clause's own words start (a dash or "and" may hang on it)
        between = range(head.i + 1, min(t.i for t in verb.subtree if not _joiner(t)))
    doc = verb.doc
    if any(_joiner(doc[i]) and doc[i].head.i in (head.i, verb.i) for i in between):
        return True
    # a verb reporting two clauses reports the first after it; the other is a statement of
    # its own the parse hung there ("A said X, B reported Y": "reported" hangs on "said")
    after = [c for c in head.children if c.dep_ == "ccomp" and c.i > head.i]
    return bool(after) and after[0].i != verb.i


def _joiner(token: Token) -> bool:
    """Tell whether a token joins two statements: a semicolon, a dash, a conjunction."""
    return token.text in _STOPS or token.dep_ == "cc" or (token.text == "-" and spaced_dash(token))


def asks_speaker(verb: Token, arg: Token, role: str) -> bool:
    """Tell whether a question asks who said something ("Who said the bridge was unsafe?")
    and a reporting verb after the saying would be appended ("…, according to the Gazette?"):
    the question asks for one speaker already, and which of the sentence's statements the
    later one reports the parse cannot tell. "The Gazette reported that Roe said …" keeps
    its reporter: what it reports follows it."""
    speaker = role == "subject" and arg.dep_ in SUBJECT and arg.head.i == verb.i
    return speaker and verb.lemma_ in REPORTING and verb.dep_ == "ccomp" and verb.i < verb.head.i
