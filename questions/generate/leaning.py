"""The words a question leaves out because they lean on the sentences before it: "also",
"too", "as well", "instead", "then", an opening "Even" or "For example,"."""

from __future__ import annotations

from typing import Any

from questions.generate.dates import ArticleDate
from questions.generate.fronting import MOVING
from questions.generate.quotemarks import quoted_words

Span = Any


# "Even though …", "Even if …": a conjunction the sentence's clause hangs on, no adverb
_EVEN_JOINS = frozenset({"though", "if", "as", "so", "when", "after", "before", "while"})


def leaning(token: Span, anchor: ArticleDate | None) -> bool:
    """Tell whether an adverb leans on the article: "also" (what else?), "instead" (of
    what?), an opening "Even" (more than what?) or "Again" (after what?), a "then" or
    "subsequently" of the verb (after what?), and "now" when the article's date is known
    (the question then says when: see `event.with_context`)."""
    before = token.doc[token.i - 1].lower_ if token.i > 0 else ""
    if token.lower_ == "even" and token.i == token.sent.start:  # "Even applying for a visa
        after = token.doc[token.i + 1].lower_ if token.i + 1 < len(token.doc) else ""
        return after not in _EVEN_JOINS  # required …": more than what? Not "Even though …"
    if token.lower_ == "again" and token.i == token.sent.start:  # "Again accompanied by …,":
        return True  # again after what? The sentence before, which the question does not show
    if token.lower_ == "also":
        return before not in ("but", "and")  # "not only … but also": part of a pair
    if token.lower_ in ("too", "well", "as"):  # "They won too", "… as well": what else?
        return _focus(token)
    if token.lower_ == "instead":  # instead of what the sentence before said; not "instead of"
        after = token.doc[token.i + 1].lower_ if token.i + 1 < len(token.doc) else ""
        return after != "of" and token.head.pos_ in ("VERB", "AUX")
    if token.lower_ in MOVING:  # "Mitchell then embarked …", "He was subsequently denied …":
        # after what the sentence before said; a quotation's words are the speaker's, and
        # "two years later" says its own time
        said = token.i in quoted_words(token.sent) or any(token.children)
        verb = token.head.pos_ in ("VERB", "AUX")
        return verb and not _hyphened(token) and not said and not then_within(token)
    return token.lower_ == "now" and anchor is not None and anchor.date is not None


def _focus(token: Span) -> bool:
    """Tell whether "too" or "as well" adds its verb's clause to what was said before ("Men
    accounted for 75 percent too"); not a degree ("too many", "as well as she could") nor
    "as well as" joining two phrases."""
    doc = token.doc
    if token.lower_ == "as":  # the "as" of "as well": goes with its "well"
        return token.head.lower_ == "well" and token.head.i == token.i + 1 and _focus(token.head)
    if token.head.pos_ not in ("VERB", "AUX") or token.head.i > token.i:
        return False  # a degree word's head is what it grades ("too often", "too many")
    if token.lower_ == "too":
        return True
    after = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
    opening = [c for c in token.children if c.lower_ == "as" and c.i == token.i - 1]
    return bool(opening) and after != "as"  # "as well", but not "as well as"


def points_back(verb: Span) -> frozenset[int]:
    """Return the words of "also", "too" or "as well" that a conjoined verb shown without
    the verb it is joined to says ("Men lost more …, and also accounted for 75 percent": a
    question on the second verb alone has nothing for "also" to add to)."""
    said: set[int] = set()
    for child in verb.children:
        if child.dep_ != "advmod":
            continue
        if child.lower_ == "also" or (child.lower_ in ("too", "well") and _focus(child)):
            said.update(t.i for t in child.subtree)
    return frozenset(said)


def for_example(token: Span) -> bool:
    """Tell whether a sentence opens "For example," / "For instance,": an example of what
    the sentence before said, which the question does not show."""
    doc = token.doc
    if token.lower_ != "for" or token.i != token.sent.start or token.i + 2 >= len(doc):
        return False
    return doc[token.i + 1].lower_ in ("example", "instance") and doc[token.i + 2].text == ","


def fronts_inversion(adverb: Span) -> bool:
    """Tell whether an opening adverb fronts a predicate before its "be" ("Also charged are
    two directors …", "Also present was the mayor"): it is what lets the predicate stand
    first, and dropped it leaves "Charged are two directors …"."""
    doc, at = adverb.doc, adverb.i
    if at != adverb.sent.start or at + 2 >= len(doc):
        return False
    predicate, be = doc[at + 1], doc[at + 2]
    joined = be.head.i == predicate.i or predicate.head.i == be.i
    return predicate.tag_ in ("VBN", "JJ") and be.lemma_ == "be" and joined


def then_within(then: Span) -> bool:
    """Tell whether a "then" after its verb and a comma opens the clause's second part ("lost
    to Peru in straight sets, then to Chile by 2 sets to 3"): it orders two things this
    sentence says, and without it the second reads as a bare list item ("…, to Chile")."""
    doc = then.doc
    after_comma = then.i > 0 and doc[then.i - 1].text == ","
    return bool(then.lower_ == "then" and then.head.i < then.i and after_comma)


def _hyphened(token: Span) -> bool:
    """Tell whether a word is the first part of a hyphened one ("then-President")."""
    doc = token.doc
    return token.i + 1 < len(doc) and doc[token.i + 1].text == "-" and not token.whitespace_
