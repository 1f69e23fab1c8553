"""The clause a question is made from: its verb, subject, asides and fronted phrases.

Helpers over spaCy's dependency parse shared by the question writers (`write`, `inner`):
which verb a wh-phrase leaves, whether its clause stands as a sentence, what belongs to the
subject (which words before the subject move to a question's end: `moved.py`).
"""

from __future__ import annotations

from typing import Any

from questions.generate.clauselist import listed_clause
from questions.generate.nthyear import nth_year_clause
from questions.generate.setaside import segment
from questions.generate.verbfiles import speech_verb

Token = Any
Span = Any
LOCATIVE = frozenset({"in", "at", "on", "near", "outside", "inside"})
REPORTING = frozenset({
    "say", "announce", "tell", "add", "report", "state", "note", "confirm", "find", "show",
    "reveal", "conclude", "estimate", "warn", "claim", "explain", "write", "argue", "predict",
})  # fmt: skip
# An adverbial clause these open states a fact: "when …", "because …", and a concession too
# what data or a study shows is the article's fact (factive verbs); said, claimed or
# predicted is the speaker's
_SHOWING = frozenset({"show", "reveal"})
FACTUAL_MARKS = frozenset({"when", "after", "before", "as", "while", "since", "because",
                           "though", "although"})  # fmt: skip
SUBJECT = ("nsubj", "nsubjpass")
MOVABLE = frozenset({"prep", "npadvmod", "advcl", "pcomp", "agent"})
DROPPABLE = frozenset({"cc", "advmod", "punct", "discourse", "intj", "mark"})


class Located:
    """A locative phrase inside a subject or object, read as the clause's place."""

    def __init__(self, prep: Token, verb: Token, outer: Token | None = None) -> None:
        self.prep, self.head, self.i, self.lower_ = prep, verb, prep.i, prep.lower_
        self.outer = outer  # "at an event at the Kennedy Space Center": the verb's own phrase
        self.subtree = (outer if outer is not None else prep).subtree


def subtree_of(token: Token) -> list[Token]:
    """Return a token's subtree in order."""
    return list(token.subtree)


def clause_verb(token: Token, leaves_purpose: bool = False, counted: bool = False
                ) -> Token | None:  # fmt: skip
    """Return the verb a question on `token` inverts: its clause's, or the main one above it.

    A wh-phrase may leave an infinitive or a reported clause ("agreed to hold a summit in
    Dushanbe" -> "Where did … agree to hold a summit?"), never a noun phrase. A clause with
    its own subject stands as a sentence of its own: a main clause, a conjoined one, a
    relative clause about its subject, an adverbial "when/after/as …" clause. A number or an
    object (`leaves_purpose`) may also leave a purpose clause: "How many leaders did Macron
    travel to Berlin to meet?"; a name's phrase may not ("With which country did Obama fly
    to Hanoi to sign a deal?" reads as whom he flew with). A count (`counted`) may leave an
    infinitive inside a reported clause too.
    """
    verb = token.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    climbed = verb
    while verb.head.pos_ in ("VERB", "AUX") and (
        verb.dep_ == "xcomp" or (leaves_purpose and purpose(verb))
    ):
        verb = verb.head
    # a count may climb an infinitive to a reported clause ("confirmed the zone would be
    # widened to include four villages": "How many villages would …?"); an object's "what"
    # over a reported deed keeps the report's other words, which the parse ties loosely
    if (verb is climbed or counted) and verb.dep_ == "ccomp" and reports(verb.head):
        shown = stands(verb.head) or shown_by(verb.head)
        return verb if children_of(verb, SUBJECT) and shown else None
    return verb if stands(verb) else None


def shown_by(reporting: Token) -> bool:
    """Tell whether a participle says what a thing a main clause names shows ("released data
    showing that prices climbed 6.4%", "figures revealing that …"): the article states the
    clause as its own fact, asked as a sentence of its own ("By how much did prices climb?");
    a claim or a warning ("a statement claiming that …") is the speaker's, and stays one."""
    if (
        reporting.lemma_ not in _SHOWING
        or reporting.tag_ != "VBG"
        or children_of(reporting, SUBJECT)
    ):
        return False
    if reporting.dep_ == "acl":  # "data showing that …"
        thing, verb = reporting.head, reporting.head.head
    elif reporting.dep_ == "advcl":  # the parse may hang it on the verb: "released data …"
        thing, verb = next(iter(children_of(reporting.head, ("dobj",))), None), reporting.head
    else:
        return False
    return (
        thing is not None
        and thing.pos_ == "NOUN"
        and thing.ent_type_ == ""
        and thing.dep_ in ("dobj", "nsubj", "nsubjpass")
        and verb.pos_ in ("VERB", "AUX")
        and stands(verb)
    )


def purpose(verb: Token) -> bool:
    """Tell whether a verb is a bare "to" infinitive saying what its clause is for ("issue
    questionnaires to determine refugee status for 12,000 hopefuls"): it shares the clause's
    subject, so a wh-phrase leaves it as it leaves "agreed to hold": "For how many …"."""
    marks = [c.lower_ for c in verb.children if c.dep_ in ("aux", "mark") or c.tag_ == "WRB"]
    return verb.dep_ == "advcl" and verb.tag_ == "VB" and marks == ["to"]


def reports(verb: Token) -> bool:
    """Tell whether a verb reports what its clause says: a reporting verb, or a phrasal verb
    of speaking whose particle makes it one ("pointed out that …", "spelled out that …")."""
    if verb.lemma_ in REPORTING:
        return True
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return len(particles) == 1 and speech_verb(f"{verb.lemma_}_{particles[0]}")


def reporter(verb: Token, replace: dict[int, str]) -> list[Token]:
    """Return who reports the clause a question is asked over ("President Xi said that China
    will …": President Xi), so the question keeps the attribution; [] for a clause nobody
    reports, or a speaker the question could not name ("he said" with no name for "he",
    "the department said")."""
    if verb.dep_ != "ccomp" or not reports(verb.head):
        return []
    speakers = children_of(verb.head, SUBJECT)
    # "the organisers said": which organisers the question could not say; a name it can, and
    # so can a name inside the speaker ("fire officials in the city [of Iwaki]")
    named = bool(speakers) and any(
        t.pos_ == "PROPN" or replace.get(t.i, "")[:1].isupper() or " of " in replace.get(t.i, "")
        for t in speakers[0].subtree
    )
    return without_asides(speakers[0]) if named else []


def stands(verb: Token) -> bool:
    """Tell whether a verb's clause can be asked about as a sentence of its own."""
    if verb.dep_ == "ROOT" or relative_subject(verb) is not None or listed_clause(verb):
        return True  # a clause of "A wrote the lyrics, B produced the album, and …" too
    own_subject = bool(children_of(verb, SUBJECT))
    if own_subject and segment(verb) != segment(verb.head):
        return True  # "X accounted for 70 percent in 2009; this has dropped": the parse hangs
        # the first statement off the second, but a semicolon ends it
    if verb.dep_ == "conj":
        return own_subject or verb.head.dep_ == "ROOT"
    if own_subject and nth_year_clause(verb):  # "This is the ninth year that he has …"
        return True
    if verb.dep_ in ("advcl", "relcl") and own_subject:  # "… flight when Gagarin lifted off"
        marks = [c.lower_ for c in verb.children if c.dep_ == "mark"
                 or (c.dep_ == "advmod" and c.tag_ == "WRB" and c.i < verb.i)]  # fmt: skip
        return bool(marks) and marks[0] in FACTUAL_MARKS
    return False


def relative_subject(verb: Token) -> Token | None:
    """Return the relative pronoun that is a relative clause's subject ("who", "which")."""
    if verb.dep_ != "relcl":
        return None
    found = [c for c in children_of(verb, SUBJECT) if c.tag_ in ("WP", "WDT")]
    return found[0] if found else None


def antecedent(verb: Token) -> list[Token]:
    """Return the noun phrase a relative clause is about, without the clause itself."""
    cut = {t.i for c in verb.head.children if c.dep_ in ("relcl", "acl", "prep", "punct")
           and c.i > verb.head.i for t in c.subtree}  # fmt: skip
    return [t for t in verb.head.subtree if t.i not in cut]


def children_of(token: Token, deps: tuple[str, ...] | frozenset[str]) -> list[Token]:
    """Return a token's children with one of these dependency labels."""
    return [c for c in token.children if c.dep_ in deps]


def spaced_dash(token: Token) -> bool:
    """Tell whether a hyphen stands for a dash, spaced on both sides ("children - aged 8 -"),
    not joining a word ("cross-sectional")."""
    if token.text != "-":
        return False  # first: its neighbours cost more to read, and no other token is a dash
    before = token.doc[token.i - 1] if token.i > 0 else None
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if before is not None and after is not None and before.like_num and after.like_num:
        return False  # a score or a range ("beat Arsenal 2 - 1", "aged 8 - 10")
    return token.text == "-" and bool(token.whitespace_) and bool(before and before.whitespace_)


def without_asides(subject: Token) -> list[Token]:
    """Return a subject without its comma-set asides (", which opened in 1932,") and its
    brackets ("The FIRST Global competition (For Inspiration and …)"): a question that keeps
    them may grow too long to name its story."""
    cut: set[int] = set()
    words = list(subject.subtree)
    for at, opener in enumerate(words):
        if opener.text == "(":
            shut = next((t.i for t in words[at:] if t.text == ")"), None)
            cut.update(range(opener.i, shut + 1) if shut is not None else ())
        elif spaced_dash(opener) and at > 0:  # "1709 schoolchildren - aged 8–10 years … -"
            rest = subject.doc[opener.i + 1 : subject.sent.end]
            if any(spaced_dash(t) for t in rest):  # a pair: the closing one may be the verb's
                cut.update(range(opener.i, words[-1].i + 1))
    # an age deeper in that closes the subject (", 68," of "talks with Jo Hale, 68,") goes
    # too: the subject's closing comma is dropped with the rest, so "Jo Hale, 68 released"
    ages = [t for t in words if t.dep_ == "appos" and t.like_num and t.head.pos_ == "PROPN"
            and t.right_edge.i + 1 >= words[-1].i]  # fmt: skip
    for child in [*subject.children, *ages]:
        if child.dep_ in ("relcl", "appos", "acl") and child.i > subject.i:
            before = subject.doc[child.left_edge.i - 1] if child.left_edge.i > 0 else None
            if before is not None and before.text == ",":
                cut.update(t.i for t in child.subtree)
                cut.add(before.i)
                after = child.right_edge.i + 1
                if after < len(subject.doc) and subject.doc[after].text == ",":
                    cut.add(after)
    return [t for t in subject.subtree if t.i not in cut]


def owned(root: Token) -> Token | None:
    """Return the noun an answer owns: "Microsoft's browser", "the meeting of the Council"."""
    if root.dep_ == "poss" and root.head.pos_ == "NOUN":
        return root.head  # not "Civic Party's Jeremy Tam": "which party's Jeremy Tam" misleads
    if (root.dep_ == "compound" and root.head.pos_ == "NOUN" and root.head.tag_ in ("NN", "NNS")
            and root.head.ent_type_ not in ("DATE", "TIME")):  # fmt: skip
        return root.head  # "the SCO summit" is the SCO's summit (but no one owns "the day")
    of = root.head
    if root.dep_ == "pobj" and of.lower_ == "of" and of.dep_ == "prep":
        noun = of.head
        if (noun.pos_ == "NOUN" and noun.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
                and noun.ent_type_ not in ("DATE", "TIME")):  # fmt: skip
            return noun
    return None


def in_clause_of(token: Token, arg: Token) -> bool:
    """Tell whether a token belongs to a clause or apposition hanging off the argument."""
    while token.i != arg.i and token.head.i != token.i:
        if token.dep_ in ("relcl", "acl") and token.head.i == arg.i:
            return True
        token = token.head
    return False


def _dash(token: Token) -> bool:
    """Tell whether a token is a dash of punctuation."""
    return token.dep_ == "punct" and token.text in ("—", "–", "-", "--")


def _cut_conjunct(child: Token) -> bool:
    """Tell whether a verb's child is a conjoined verb, which a clause leaves out."""
    return child.dep_ == "conj" and child.pos_ in ("VERB", "AUX")


def clause_tokens(verb: Token, subject_tokens: list[Token]) -> list[Token]:
    """Return the clause's tokens: subject, verb and its dependents, minus other clauses."""
    cut: set[int] = set()
    for child in verb.children:
        if _cut_conjunct(child) or child.dep_ in ("mark",):
            cut.update(t.i for t in child.subtree)
        # the "and" of a verb cut above; one whose conjunct stays (a noun the parse hung on
        # the verb: "transfer to the party and the leader") keeps the two phrases apart
        if child.dep_ == "cc" and any(_cut_conjunct(c) for c in verb.children):
            cut.add(child.i)
        if child.dep_ == "punct" and child.i > verb.i and child.text in (".", "!", ";", ":"):
            cut.add(child.i)
        if child.dep_ in ("ccomp", "parataxis") and child.i < subject_tokens[0].i:
            cut.update(t.i for t in child.subtree)
    stops = [c.i for c in verb.children if c.dep_ == "punct" and c.i > verb.i and c.text in ":;"]
    if stops:  # what follows a colon or semicolon is another statement
        cut.update(t.i for t in verb.subtree if t.i >= stops[0])
    low, high = segment(verb)
    tokens = {t.i: t for t in verb.subtree if t.i not in cut and low <= t.i < high}
    tokens.update({t.i: t for t in subject_tokens})
    ordered = [tokens[i] for i in sorted(tokens)]
    while (
        ordered
        and ordered[-1].i > verb.i
        and (ordered[-1].dep_ == "cc" or _dash(ordered[-1]) or ordered[-1].text == ",")
    ):
        ordered.pop()  # "received the invitation and [190 have accepted …]": no loose "and",
        # nor the dash or comma before it ("… at the fair — and tomorrow he …", "led off, …")
    return ordered
