"""Over-long sentences cut at their semicolons into clauses a question can each be made from.

"In the bill's final text, Part A is called the Water Act; Part B is called …; and Part C is
called …": one sentence too long to ask (`prose.MAX_TOKENS`), though each of its clauses is a
statement of its own. Before the parser runs, such a sentence is cut after each semicolon
that ends a clause, so each clause is parsed and asked alone; a later clause that leaves
the first one's fronted setting ("In the bill's final text") to it is shown with that
setting in brackets, as an editor would, and without its joining "and".
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from questions.generate.render import lower_first

Span = Any
Token = Any
MAX_TOKENS = 70  # a longer "sentence" is a run-on or a list: not asked whole
_ENDS = frozenset({".", "!", "?"})
_OPEN, _CLOSE = frozenset({"(", "["}), frozenset({")", "]"})
# a finite verb: a piece without one is an item of a list ("Paris, France; Lyon, …")
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_SETTING = frozenset({"prep", "npadvmod"})  # "In the bill's final text, …"
_CARRIED = frozenset({"in", "under", "within"})  # a setting inside a text or part of one
_OWN_SETTINGS = frozenset({"DATE", "TIME", "GPE", "LOC", "NORP", "EVENT", "FAC"})
_CUTS = "semicolon_cuts"  # doc.user_data[_CUTS]: where this rule started a sentence


def semicolon_clauses(doc: Any) -> Any:
    """Start a sentence after each semicolon of a stretch too long to be asked whole, where
    every piece it cuts is a clause with a finite verb (the tagger's, before the parser)."""
    start, depth = 0, 0
    for token in doc:
        depth += (token.text in _OPEN) - (token.text in _CLOSE)
        last = token.i + 1 == len(doc)
        if last or (depth <= 0 and token.text in _ENDS and _ends(doc, token.i)):
            _cut(doc, start, token.i + 1)
            start = token.i + 1
    return doc


def _ends(doc: Any, index: int) -> bool:
    """Tell whether a full stop ends a sentence: a capitalised word or a quotation mark
    follows it, or nothing does, and no earlier stage said its next word starts none."""
    nxt = index + 1
    while nxt < len(doc) and doc[nxt].is_quote:
        nxt += 1
    if nxt >= len(doc):
        return True
    return doc[nxt].text[:1].isupper() and doc[nxt].is_sent_start is not False


def _cut(doc: Any, start: int, end: int) -> None:
    """Cut the stretch start … end after its top-level semicolons if it is over-long and
    each piece holds a finite verb."""
    if end - start <= MAX_TOKENS:
        return
    depth, cuts = 0, []
    for token in doc[start:end]:
        depth += (token.text in _OPEN) - (token.text in _CLOSE)
        if depth == 0 and token.text == ";" and token.i + 1 < end:
            cuts.append(token.i + 1)
    bounds = [start, *cuts, end]
    pieces = [doc[a:b] for a, b in pairwise(bounds)]
    if not cuts or not all(any(t.tag_ in _FINITE for t in p) for p in pieces):
        return
    for at in cuts:
        doc[at].is_sent_start = True
    doc.user_data.setdefault(_CUTS, set()).update(cuts)


def cut_at_semicolon(sentence: Span) -> bool:
    """Tell whether a sentence is a clause a semicolon ended (cut from a longer one)."""
    return sentence.end in sentence.doc.user_data.get(_CUTS, ())


def after_semicolon(sentence: Span) -> bool:
    """Tell whether a sentence is a clause that followed a semicolon."""
    return sentence.start in sentence.doc.user_data.get(_CUTS, ())


def joining_word(sentence: Span) -> Token | None:
    """Return the "and" or "but" opening a clause cut after a semicolon, else None."""
    first = sentence[0]
    return first if after_semicolon(sentence) and first.tag_ == "CC" else None


def dropped_joint(sentence: Span) -> dict[int, str]:
    """Return the replacement leaving out a clause's opening "and" (`joining_word`)."""
    joined = joining_word(sentence)
    return {} if joined is None else {joined.i: ""}


def set_in(text: str, form: str, sentence: Span) -> str:
    """Return a question over a later clause given the setting its first clause gave it:
    after a wh-question's clause ("As which act is Part B known in the bill's final text?"),
    before a blank's sentence ("In the bill's final text, Part B is known as _____.")."""
    setting = carried_setting(sentence)
    if setting is None or setting.lower() in text.lower():
        return text
    if form == "wh" and text.endswith("?"):
        return f"{text[:-1]} {setting[:1].lower()}{setting[1:]}?"
    return prefixed(setting, text, sentence)


def prefixed(phrase: str, text: str, sentence: Span) -> str:
    """Return a sentence after a fronted phrase: its first letter lowered unless it opens on
    a name ("In …, Part B is …"; "In …, the _____ is …")."""
    words = [t for t in sentence if not t.is_punct and t.tag_ != "CC"][:1]
    opened = words and text.split(" ", 1)[0] == words[0].text
    asked = lower_first(text, words[0]) if opened else text[:1].lower() + text[1:]
    return f"{phrase}, {asked}"


def carried_setting(sentence: Span) -> str | None:
    """Return the fronted setting of the chain's first clause ("In the bill's final text"),
    without its bracketed asides, for a later clause that has none of its own."""
    if not after_semicolon(sentence) or _setting(sentence) is not None:
        return None
    first = sentence
    while after_semicolon(first):
        first = sentence.doc[first.start - 1].sent
    setting = _setting(first)
    if setting is None or not _carried_over(setting):
        return None
    words, depth = [], 0
    for token in setting:
        depth += token.text in _OPEN
        if depth == 0:
            words.append(token.text_with_ws)
        depth -= token.text in _CLOSE
    return "".join(words).strip()


def _carried_over(setting: Span) -> bool:
    """Tell whether a first clause's setting holds for the clauses after it: a text or part it
    is in ("In the bill's final text"), never its own date, place or circumstance ("In 2011",
    "In Texas", "Despite the storm": each later clause may have its own)."""
    if setting[0].lower_ not in _CARRIED:
        return False
    return not any(e.label_ in _OWN_SETTINGS for e in setting.ents)


def _setting(sentence: Span) -> Span | None:
    """Return the phrase a clause opens with before its subject, set off by a comma."""
    root = sentence.root
    for child in root.children:
        if child.dep_ not in _SETTING or child.i != sentence.start:
            continue
        end = max(t.i for t in child.subtree) + 1
        while end < sentence.end and sentence.doc[end].text in _CLOSE:
            end += 1  # its aside's closing bracket, hung on the verb
        if end < sentence.end and sentence.doc[end].text == ",":
            return sentence.doc[child.i : end]
    return None
