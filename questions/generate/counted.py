"""Stage 4e: ask what a count counts when the clause around it cannot carry the question.

A group a sentence places something among: "Teams from Sudan, Iran, Libya, and Yemen are
among the 163 teams in the international robotics competition" counts the competition's
teams; moving "among how many teams" to the front leaves a stiff riddle with the list still
in it. The count is asked of the group itself: "How many teams are in the international
robotics competition?"; "among the 12 countries that signed the deal" asks "How many
countries signed the deal?". Only a group a place phrase ("in", "at", "on") or a relative
clause defines is asked: "among the 163 teams" alone says no more than the article did.

A count of things doing something at a past date: "Figures … show a record 45,756 migrants
crossing the Channel last year drove …" -> "How many migrants crossed the Channel in 2022?".
The participle says the event the number counts; the rest of the sentence is another claim.
A count of things something was done to, in a past sentence, is asked the same way: "The
ceremony marked the first of 48 charter flights allowed to operate between …" -> "How many
charter flights were allowed to operate between …?".
"""

from __future__ import annotations

from typing import Any

from lemminflect import getInflection

from questions.generate.asides import asides
from questions.generate.bounds import bounded_wh
from questions.generate.clauses import SUBJECT
from questions.generate.countwh import HEDGES
from questions.generate.cutshort import WHOLE_RULE
from questions.generate.facts import Fact
from questions.generate.render import capitalise, join
from questions.generate.stems import Stem

Span = Any
Token = Any
_GROUPING = frozenset({"in", "at", "on"})
# A date these words open or hold is past: the participle's event is asked in the past.
_PAST = frozenset({"last", "yesterday", "ago", "earlier", "previous"})
_CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "cc"})
_BE = {"VBD": "were", "VBZ": "are", "VBP": "are"}  # the group is plural: "163 teams are"


def among_question(sentence: Span, fact: Fact, replace: dict[int, str]) -> Stem | None:
    """Write "How many <things> are <in the group>?" for "… are among the N <things> in …"
    (or "… that <did something>"), or None when the sentence is not so made."""
    if fact.kind != "count":
        return None
    doc = sentence.doc
    root = doc[fact.start : fact.end].root
    noun = root.head
    if root.dep_ != "nummod" or noun.dep_ != "pobj" or noun.head.lower_ != "among":
        return None
    verb = noun.head.head
    groups = [c for c in noun.children if c.dep_ in ("prep", "relcl") and c.i > noun.i]
    if verb.lemma_ != "be" or len(groups) != 1 or any(c.dep_ == "neg" for c in verb.children):
        return None
    auxes = [c for c in verb.children if c.dep_ == "aux" and c.i < verb.i]
    be: list[Token | str] = [*auxes, "be"] if auxes else [_BE.get(verb.tag_, "")]
    head = groups[0]
    words = [t for t in head.subtree if t.i != head.i]
    if any(t.is_punct or t.dep_ in _CLAUSES for t in words):
        return None  # "in the competition, which …": a clause the question would drag along
    group: list[Token | str] = [*be, *head.subtree]
    if head.dep_ == "relcl":  # "the 12 countries that signed the deal": what they did
        who = [c for c in head.children if c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP")]
        if not who:
            return None
        group = [t for t in head.subtree if t.i != who[0].i]
    elif head.lower_ not in _GROUPING or not be[-1] or any(t.pos_ == "VERB" for t in words):
        return None
    said = [t for t in noun.subtree if t.i < noun.i and t.dep_ in ("amod", "compound")]
    text = join(["how many", *said, noun, *group], replace)
    return Stem(capitalise(text) + "?", "wh", "rule:count-group")


def doing_question(sentence: Span, fact: Fact, replace: dict[int, str]) -> Stem | None:
    """Write "How many <things> <did something> <then>?" for "N <things> <doing> … <past
    date>", or None when the sentence is not so made."""
    found = _counted_participle(sentence, fact, "VBG")
    if found is None:
        return None
    root, noun, act, words = found
    if any(t.pos_ in ("VERB", "AUX") or t.is_punct or t.dep_ == "neg" for t in words):
        return None  # one event, said in one plain phrase
    dates = [t for t in words if t.ent_type_ == "DATE"]
    if not any(t.lower_ in _PAST or (t.like_num and len(t.text) == 4) for t in dates):
        return None  # "migrants crossing the Channel" now or next year: no past to ask of
    if any(c.dep_ == "neg" for c in sentence.root.children):
        return None  # "figures do not show …": the count is not the article's claim
    past = getInflection(act.lemma_, "VBD")
    said = [t for t in noun.subtree if root.i < t.i < noun.i and t.dep_ in ("amod", "compound")]
    text = join(["how many", *said, noun, past[0] if past else act.text, *words], replace)
    return Stem(capitalise(text) + "?", "wh", "rule:count-doing")


def done_to_question(sentence: Span, fact: Fact, replace: dict[int, str]) -> Stem | None:
    """Write "How many <things> were <done> …?" for "N <things> <done> …" (a past participle
    right after the counted noun, in a past sentence or a present perfect one opening on the
    count), or None when the sentence is not so made: the participle states what happened to
    the things the number counts."""
    found = _counted_participle(sentence, fact, "VBN")
    if found is None or not (sentence.root.tag_ == "VBD" or _perfect_opening(sentence, fact)):
        return None  # "30 people killed", in a present sentence, would read as a habit
    root, noun, act, words = found
    # "… by the army, who tricked …": a comma-set clause says more of a word, not the deed
    cut = asides(words, range(fact.start, fact.end))
    words = [t for t in words if t.i not in cut]
    if not any(t.pos_ in ("NOUN", "PROPN") for t in words):
        return None  # "12 people injured": done where or by whom, the article's phrase says
    if any((t.is_punct and t.tag_ != "HYPH") or t.dep_ == "neg"
           or (t.pos_ in ("VERB", "AUX") and not _to_verb(t, act)) for t in words):  # fmt: skip
        return None  # one event, said in one plain phrase ("three-week" is one word)
    if any(c.dep_ == "neg" for c in sentence.root.children):
        return None  # "figures do not show …": the count is not the article's claim
    hedged = any(c.dep_ in ("advmod", "quantmod") and c.lower_ in HEDGES for c in root.children)
    said = [t for t in noun.subtree if root.i < t.i < noun.i and t.dep_ in ("amod", "compound")]
    wh = bounded_wh("about how many" if hedged else "how many", sentence.doc, fact.start)
    text = join([wh, *said, noun, "were", act, *words], replace)
    return Stem(capitalise(text) + "?", "wh", WHOLE_RULE)


def _perfect_opening(sentence: Span, fact: Fact) -> bool:
    """Tell whether a present perfect sentence opens on the count's own phrase ("Five of the
    six men charged with … have been cleared"): the participle's deed is past, and nothing
    fronted ("Since October, …") limits the count to a time the question would lose."""
    verb = sentence.root
    perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have"
                                         for c in verb.children)  # fmt: skip
    subject = next((c for c in verb.children if c.dep_ in SUBJECT), None)
    if not perfect or subject is None or subject.left_edge.i != sentence.start:
        return False
    return bool(subject.left_edge.i <= fact.start <= subject.right_edge.i)


def _counted_participle(
    sentence: Span, fact: Fact, tag: str
) -> tuple[Token, Token, Token, list[Token]] | None:
    """Return a count's number, its noun, the participle of `tag` right after the noun and
    the participle's words ("45,756 migrants crossing the Channel …"), or None."""
    if fact.kind != "count":
        return None
    root = sentence.doc[fact.start : fact.end].root
    noun = root.head
    acts = [c for c in noun.children if c.dep_ == "acl" and c.i == noun.i + 1]
    if root.dep_ != "nummod" or noun.i < root.i or len(acts) != 1 or acts[0].tag_ != tag:
        return None
    act = acts[0]
    return root, noun, act, [t for t in act.subtree if t.i != act.i]


def _to_verb(token: Token, act: Token) -> bool:
    """Tell whether a verb under a participle is its own "to" infinitive ("allowed to operate")."""
    return bool(token.head.i == act.i and token.dep_ == "xcomp" and token.tag_ == "VB")
