"""Words that point back to something an earlier sentence said: "Others highlighted …",
"Similar events were held …", "Such claims …", "Both leaders …", "The latter won …",
"Despite that, …".

Copied into a question, the sentence no longer has what they point to (others than whom?
similar to what?), so the question does not stand alone. Each is a closed word of English
that needs no list: only the uses that point outside the sentence are caught. "Smith and 12
others", "among others", "some … others" find their contrast in the sentence itself;
"similar to the one in Lyon", "products such as milk" say what they compare with; "both
Paris and Lyon" names the two.
"""

from __future__ import annotations

from typing import Any

from questions.generate.hypernyms import is_kind_of
from questions.generate.wordnet import senses

Token = Any

_NOMINAL = frozenset({"NOUN", "PRON"})
_COMPARED = frozenset({"to", "as", "with"})  # "similar to …", "such as …": said right there
_CONTRASTED = frozenset({"some", "many", "several", "few", "most"})  # "some …, others …"
_SEQUENCED = frozenset({"after", "before", "afterwards", "afterward", "next"})  # "… then"
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
_UP = 12  # levels climbed from a noun's commonest sense to WordNet's person


def points_back(token: Token) -> bool:
    """Tell whether a word points back to something said before its sentence."""
    word = token.lower_
    if word == "others" and token.pos_ in _NOMINAL:
        return _others(token)
    if word in ("similar", "such") and token.dep_ in ("amod", "predet"):
        return not _compared(token)
    if word == "both":
        return _both(token)
    if word == "each":
        return _each(token)
    if word in _SEQUENCED:
        return _sequenced(token)
    if word in _DEMONSTRATIVES:
        return _demonstrative(token)
    # "The latter won 14 seats": one of two things said before
    return word in ("latter", "former") and token.pos_ in _NOMINAL


def _demonstrative(token: Token) -> bool:
    """Tell whether "this" or "that" stands alone for what a sentence before said, as a
    preposition's object opening its sentence ("Despite that, …", "Because of this, …"):
    not "those who …", "those at the gate" (said right there), nor a determiner ("that plan",
    judged as a noun's)."""
    if token.pos_ != "PRON" or token.dep_ != "pobj":
        return False
    if any(c.dep_ in ("relcl", "prep", "acl") for c in token.children):
        return False
    # a noun before it may be what it stands for ("temperature and ozone … looked at these
    # together"): only one opening its sentence surely points back ("Despite that, …")
    return not any(t.pos_ in _NOMINAL | {"PROPN"} for t in token.sent if t.i < token.i)


def _sequenced(token: Token) -> bool:
    """Tell whether a word of order in time stands as an adverb with nothing named to be
    after or before ("Game Six followed immediately after at 19:30", "Next, they …"): "after
    the final", "after they won", "the next game" say what they order."""
    if token.lower_ in ("after", "before"):
        if any(c.dep_ in ("pobj", "pcomp") for c in token.children):
            return False
        return token.dep_ in ("prep", "advmod") and not _previously(token)
    return bool(token.pos_ == "ADV" and token.dep_ == "advmod")


def _previously(token: Token) -> bool:
    """Tell whether "before" means before now, the story's time ("had never won before",
    "had only seen it before in film"): a perfect or a denial, not a thing said before."""
    if token.lower_ != "before":
        return False
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in token.head.children)
    return perfect or any(t.dep_ == "neg" for t in token.sent)


def _others(token: Token) -> bool:
    """Tell whether "others" leaves its contrast outside the sentence."""
    if token.dep_ == "conj" or token.head.lower_ == "among":
        return False  # "Smith and 12 others", "among others"
    before = token.sent[: token.i - token.sent.start]
    # "some 2.5 million others": "some" on a number says about how many, it contrasts with
    # nothing (the others are those besides a count the question may have left behind)
    return not any(t.lower_ in _CONTRASTED and not _approximate(t) for t in before)


def _approximate(token: Token) -> bool:
    """Tell whether a word says about how many of a number ("some 2.5 million")."""
    return token.dep_ in ("advmod", "quantmod") and token.head.like_num


def _compared(token: Token) -> bool:
    """Tell whether "similar" or "such" says what it compares with: "similar to the one in
    Lyon", "events such as fairs", "a plan similar in scope to …", "such force that …"."""
    noun = token.head
    for word in (token, noun):
        if any(c.dep_ == "prep" and c.lower_ in _COMPARED for c in word.children):
            return True
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if after is not None and after.lower_ == "as":
        return True
    if token.lower_ != "such":
        return False
    if any(c.dep_ == "relcl" for c in noun.children):
        return True  # "such documents that are meant to be locked away": the kind is said
    # "such resistance that it was dropped": the clause says how much, wherever it hangs
    return any(t.lower_ == "that" and t.dep_ == "mark" for t in token.sent if t.i > token.i)


def _both(token: Token) -> bool:
    """Tell whether "both" stands for two things said before: "Both leaders signed …",
    "Both were arrested", not "both Paris and Lyon" (named right after it)."""
    if token.dep_ == "preconj":
        return False
    if token.pos_ in _NOMINAL and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
        return not any(c.dep_ == "prep" for c in token.children)  # "both of the Smiths"
    if token.dep_ not in ("det", "predet"):
        return False
    noun = token.head
    if noun.pos_ != "NOUN" or any(c.dep_ == "conj" for c in noun.children):
        return False
    # "both sides of the street", "both ends of the Atlantic": of what, said right there
    return not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def _each(token: Token) -> bool:
    """Tell whether "each" before a subject ranges over people said before ("Each individual
    can be imprisoned …": each of whom?), not over a set it names ("each of the 30 teams",
    "each child under five", "each Kenyan player"). Only a noun whose commonest sense is a
    kind of person (WordNet): the story's people; "each school lunch" is a thing's routine."""
    noun = token.head
    if token.dep_ != "det" or noun.pos_ != "NOUN" or noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if any(c.dep_ in ("prep", "relcl", "acl") for c in noun.children):
        return False  # "each child under five", "each team that qualified": said right there
    if any(t.pos_ in ("PROPN", "NUM") or t.ent_type_ == "NORP" for t in noun.subtree):
        return False
    return is_kind_of(senses(noun.lemma_)[:1], senses("person")[:1], _UP)


def remainder_contrast(token: Token) -> list[Token] | None:
    """Return the nouns before "the remainder" or "the rest" in its sentence, the part it is
    the rest after ("The majority … were Germans, the remainder of the 100 passengers …"); a
    question keeping it must keep one of them. None for any other word."""
    if token.lower_ not in ("remainder", "rest") or token.pos_ != "NOUN":
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return None
    phrase = {t.i for t in token.subtree}
    # a word its own phrase says too ("Most of the passengers …, the remainder of the 60
    # passengers") is no sign the question kept the part it is the rest after
    own = {t.lower_ for t in token.subtree}
    return [t for t in token.sent if t.i < token.i and t.i not in phrase
            and t.pos_ in ("NOUN", "PROPN") and t.lower_ not in own]  # fmt: skip
