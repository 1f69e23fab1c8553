"""Time words measured from a moment only an earlier sentence gives: "Initially, X said …",
"at the time the building held …", "recorded so far this month", "by then", "X later said".

Copied into a question they leave the player asking: initially before what? at which time?
so far up to when? Each is a closed phrase of English. Where the question can do without it
the phrase is cut ("Initially, Mr Kennedy had stated …" -> "Mr Kennedy had stated …"); "so
far" in a dated article is said as the article's day ("as of October 8, 2013"; "so far this
month" -> "between October 1 and October 8, 2013"), since the article's date is its now.
Left alone: a phrase that says its moment ("at the time of the crash", "at the time the
plane landed", "two days later"), one in a clause the same sentence goes on from ("Having
been initially placed in Barlinnie, he was moved …": first, before the move), and one inside
a quotation (the speaker's own words).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from questions.generate.dates import ArticleDate, format_date
from questions.generate.quotemarks import quoted_words

Span = Any
Token = Any

# adverbs of a first state, told against a later one the sentence before tells
_FIRST = frozenset({"initially", "originally"})
_ORDER = frozenset({"later", "earlier"})  # bare: later than what the sentence before said
_UNTIL_NOW = frozenset({"far"})  # "so far", "thus far": up to the article's now
_THEN_PREPOSITIONS = frozenset({"by", "since", "until", "till", "before"})  # "by then"
_FAR_AS = frozenset({"as", "from", "beyond"})  # "so far as to", "so far from": a degree
_UNITS = frozenset({"month", "year", "week"})  # "so far this month": from its first day
_VERBS = frozenset({"VERB", "AUX"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def unanchored_times(sentence: Span, anchor: ArticleDate | None, replace: dict[int, str]) -> None:
    """Cut (or, for "so far", date) each time phrase of the sentence measured from a moment
    it never says, in `replace`, the words the sentence's questions say for its own."""
    quoted = quoted_words(sentence)
    for token in sentence:
        if token.i in quoted or token.i in replace:
            continue
        words = _phrase(token)
        if not words or any(i in quoted or i in replace for i in words):
            continue
        if token.lower_ in _UNTIL_NOW:
            _until_now(token, words, anchor, replace)
            continue
        replace.update(dict.fromkeys(_with_comma(sentence, words), ""))


def _phrase(token: Token) -> list[int]:
    """Return the positions of the time phrase `token` heads, or nothing."""
    head = token.head
    if head.pos_ not in _VERBS or head.i == token.i:
        return []
    word = token.lower_
    if token.dep_ == "advmod" and not list(token.children):
        if word == "later":
            return [token.i]  # "The company later said …": what follows is still so
        # a first state only over a saying: "was initially put at 12", "was originally a
        # church", "was earlier put at 12" cut would state the first one as the only one
        if not any(c.dep_ == "ccomp" for c in head.children):
            return []
        if word in _FIRST and not _goes_on(head):
            return [token.i]  # "Initially, Mr Kennedy had stated that …"
        return [token.i] if word in _ORDER else []  # "Police earlier said …"
    if word == "far" and token.dep_ == "advmod":
        degree = [c for c in token.children if c.lower_ in ("so", "thus")]
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        if following is not None and following.lower_ in _FAR_AS:
            return []  # "went so far as to call it …": a degree, not a time
        return [degree[0].i, token.i] if degree and len(list(token.children)) == 1 else []
    if token.dep_ != "prep":
        return []
    objects = [c for c in token.children if c.dep_ == "pobj"]
    if len(objects) != 1 or len(list(token.children)) != 1:
        return []
    noun = objects[0]
    bare = [c for c in noun.children]
    if _fronted(head):
        return []  # "At the time the deal was announced, the board …": a clause, not "then"
    if word == "at" and noun.lower_ == "time":
        # "at the time", "at that time": not "at the time of the crash", "at the time it …"
        if len(bare) == 1 and bare[0].dep_ == "det" and bare[0].lower_ in ("the", "that"):
            return [token.i, bare[0].i, noun.i]
        return []
    if word == "at" and noun.lower_ == "first" and not bare and not _goes_on(head):
        return [token.i, noun.i]  # "At first, the company denied it"
    if word in _THEN_PREPOSITIONS and noun.lower_ == "then" and not bare:
        return [token.i, noun.i]  # "by then", "since then"
    return []


def _goes_on(verb: Token) -> bool:
    """Tell whether the verb's clause hangs on another the sentence says ("Having been
    initially placed in Barlinnie, he was moved …"): what came first is said right there."""
    if verb.dep_ != "conj" and not any(c.dep_ in _SUBJECTS for c in verb.children):
        return True  # a participle's clause: "Having been initially placed …"
    clause = verb
    while clause.dep_ in ("conj", "xcomp"):
        clause = clause.head
    if clause.dep_ not in ("ROOT", "ccomp") and clause.head.i != clause.i:
        return True  # "after he initially refused", "who initially said": another's moment
    return _fronted(verb)


def _fronted(verb: Token) -> bool:
    """Tell whether the verb's clause comes before the clause it hangs on ("At the time the
    deal was announced, the board …"): cut, its phrase would leave two clauses unjoined."""
    clause = verb
    while clause.dep_ in ("conj", "xcomp"):
        clause = clause.head
    return clause.dep_ in ("ccomp", "advcl") and clause.head.i > clause.i


def _with_comma(sentence: Span, words: list[int]) -> list[int]:
    """Return the words with the comma that set them off, where the phrase opens its sentence
    or clause ("Initially, …"): cut without it, the comma would be left dangling."""
    doc, last = sentence.doc, max(words)
    if last + 1 < sentence.end and doc[last + 1].text == ",":
        first = min(words)
        opening = first == sentence.start or doc[first - 1].text == ","
        if opening:
            return [*words, last + 1]
    return words


def _until_now(
    token: Token, words: list[int], anchor: ArticleDate | None, replace: dict[int, str]
) -> None:
    """Say "so far" as of the article's day, or cut it where the article has no day: "so
    far this month" under an article of October 8, 2013 is October 1 to October 8."""
    day = anchor.date if anchor is not None else None
    after = token.doc[token.i + 1 : token.i + 3] if token.i + 3 <= len(token.doc) else []
    unit = None
    if len(after) == 2 and after[0].lower_ == "this" and after[1].lower_ in _UNITS:
        unit = after[1].lower_
    if day is None:
        replace.update(dict.fromkeys(words, ""))
        return
    if unit in ("month", "year"):
        start = dt.date(day.year, day.month if unit == "month" else 1, 1)
        said = (
            f"on {format_date(day)}"  # the first day itself: no span
            if start == day
            else f"between {format_date(start).rsplit(',', 1)[0]} and {format_date(day)}"
        )
        replace.update(dict.fromkeys(words, ""))
        replace.update({after[0].i: said, after[1].i: ""})
        return
    if unit == "week":
        replace.update(dict.fromkeys(words, ""))  # a week's first day differs: "this week"
        return
    replace.update({words[0]: f"as of {format_date(day)}", words[1]: ""})
