"""What a clause can lose and stay one statement: comma-set relative clauses and trailing
participles, brackets and dashes, and an apposition of a word the question describes."""

from __future__ import annotations

import re
from typing import Any

from questions.generate.clauses import SUBJECT, spaced_dash
from questions.generate.quotemarks import QUOTE_MARKS, quoted_words

Token = Any


def asides(tokens: list[Token], answer: range, described: Token | None = None) -> set[int]:
    """Return the words of a clause's asides that do not hold the answer: comma-set relative
    clauses (", which will be STS-135, which …"), a trailing participle (", drawing notice
    from …"), brackets and a pair of dashes; with `described`, also a comma-set apposition of
    that word (", director of the gallery,"). Leaving them out keeps a question to one statement."""
    ids = {t.i for t in tokens}
    cut: set[int] = set()
    for token in tokens:
        apposed = described is not None and token.dep_ == "appos" and token.head.i == described.i
        dash = token.text in _OPENERS or spaced_dash(token)
        if dash and token.i not in cut:  # "(…)", "— the same applied … —", " - aged 8 - "
            shut = _OPENERS.get(token.text, "-")
            # the closing dash may hang outside the phrase ("a level seven … — the same
            # applied to … —"): it is the sentence's
            close = next((t.i for t in token.doc[token.i + 1 : token.sent.end] if t.text == shut
                          and (shut != "-" or spaced_dash(t))), None)  # fmt: skip
            span = set(range(token.i, close + 1)) if close is not None else _to_end(token, ids)
            span = set() if close is not None and dash_named(token.doc[token.i - 1]) else span
            span = _with_preposition(span, token.doc)  # "from — A and B —": "from" goes too
        elif _absolute_tail(token):  # ", with the i reporting …": a statement of its own
            span = _comma_to_end(token.i - 1, ids, token.doc)
        elif _set_off(token) or (apposed and _after_comma(token)):
            span = {t.i for t in token.subtree} | {token.left_edge.i - 1}
            after = _glued_quote(token.right_edge.i + 1, span, token.doc)
            span |= set(range(token.right_edge.i + 1, after))
            closing = after < len(token.doc) and token.doc[after].text in (",", "—", "–")
            if closing and not _closes_fronted(token):
                span.add(after)
        else:
            continue
        if _cuts_quote(span, token):
            continue  # the speaker's words are not cut short: "…, after which they …"
        if not span & set(answer) and span <= ids | {max(ids) + 1}:
            cut |= span
    return cut


def _cuts_quote(span: set[int], token: Token) -> bool:
    """Tell whether an aside lies inside a quotation the sentence opens and closes around
    it: left out, what the speaker said would be cut short. A mark left open (a quotation
    the writer never closed) marks no words for sure: its aside is cut as any other."""
    marks = [t.i for t in token.sent if t.text in QUOTE_MARKS]
    words = span - set(marks)  # a closing mark glued to the aside goes with it
    if not words or not words <= quoted_words(token.sent):
        return False
    return any(m < min(words) for m in marks) and any(m > max(words) for m in marks)


_OPENERS = {"(": ")", "—": "—", "–": "–"}  # a pair of dashes sets off an aside as brackets do


def dash_named(noun: Token) -> bool:
    """Tell whether a pair of dashes right after a definite common noun sets off only its
    name ("by the upper house — the Senate — on Friday"): left out, "the upper house" names
    nothing the question says; kept, it says which."""
    doc = noun.doc
    opener = noun.i + 1
    if noun.pos_ != "NOUN" or opener >= len(doc) or doc[opener].text not in ("—", "–"):
        return False
    shut = doc[opener].text
    close = next((t.i for t in doc[opener + 1 : noun.sent.end] if t.text == shut), None)
    inside = doc[opener + 1 : close] if close is not None else doc[opener:opener]
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
    named = any(t.pos_ == "PROPN" for t in inside)  # a name, not "— nine" (a count)
    # the parse may hang a dashed name anywhere: its words, not its arcs, say it renames
    plain = all(t.pos_ in ("DET", "PROPN") for t in inside)
    return definite and named and plain


def _glued_quote(after: int, span: set[int], doc: Any) -> int:
    """Return where an aside really ends: past a quotation mark written against its last word
    that closes one the aside opened ("… of Dra' Abu el-Naga', since"), which the parse hangs
    on the sentence; left behind, it would stand alone ("the tomb ', since 2002")."""
    if after >= len(doc) or doc[after - 1].whitespace_ or doc[after].text not in _QUOTES:
        return after
    opened = sum(doc[i].text == doc[after].text for i in span) % 2 == 1
    return after + 1 if opened else after


_QUOTES = frozenset({"'", "’", '"', "”"})


def _with_preposition(span: set[int], doc: Any) -> set[int]:
    """Return a dash or bracket span with the preposition whose object it holds ("million
    from — Western donors — was"): left behind, the preposition would govern the verb after
    it. A preposition with more than the span to govern keeps the span: it is no aside."""
    if not span or min(span) == 0:
        return span
    before = min(span) - 1
    # an object hung on a word farther back is the parse's slip, not what the reader sees
    if not any(doc[i].dep_ in _OBJECTS and doc[i].head.i == before for i in span):
        return span
    governed = {t.i for t in doc[before].subtree} - {before}
    return span | {before} if governed <= span else set()


_OBJECTS = frozenset({"pobj", "pcomp"})


def _to_end(dash: Token, ids: set[int]) -> set[int]:
    """Return the words from a spaced dash no dash closes to the clause's end ("Tasmania was
    excluded from the study - where a … program is ongoing."): an afterthought. A bracket
    left open, one of a pair of dashes, a joining dash ("8–10") and a dash inside a
    quotation (the speaker's words, not to be cut short) set off nothing."""
    doc = dash.doc
    spaced = bool(dash.whitespace_) and dash.i > 0 and bool(doc[dash.i - 1].whitespace_)
    if dash.text == "(" or not spaced or (dash.text == "-" and not spaced_dash(dash)):
        return set()
    if dash.i in quoted_words(dash.sent):
        return set()
    if sum(t.text == dash.text for t in dash.sent) > 1:
        return set()  # one of a pair: the other closes or opens it
    last = max(ids)
    end = last if doc[last].is_punct else last + 1  # the full stop stays
    return set(range(dash.i, end))


def _comma_to_end(comma: int, ids: set[int], doc: Any) -> set[int]:
    """Return the words from a comma to the clause's end, its closing quotation mark with
    them; the sentence's own full stop stays."""
    if comma in quoted_words(doc[comma].sent):
        return set()  # the speaker's words are not cut short
    last = max(ids)
    end = last if doc[last].text in (".", "!", "?") else last + 1
    return set(range(comma, end))


def _absolute_tail(token: Token) -> bool:
    """Tell whether a comma-set "with" opens an absolute clause that ends the sentence
    ("…, with the i reporting no one will be refused …"): its own subject and a participle
    ("with" its pcomp and that one's subject, or its object and that one's participle), no
    word before the comma hanging on a word after it, and no name or number in it. The parse
    may hang the clause's own saying on the main verb; from the comma to the end, it is one
    afterthought."""
    if token.lower_ != "with" or token.dep_ != "prep" or not _after_comma(token):
        return False
    doc, comma = token.doc, token.i - 1
    absolute = any(
        (
            c.dep_ == "pcomp"
            and c.tag_ in ("VBG", "VBN")
            and any(s.dep_ in SUBJECT for s in c.children)
        )
        or (
            c.dep_ == "pobj"
            and any(a.dep_ == "acl" and a.tag_ in ("VBG", "VBN") for a in c.children)
        )
        for c in token.children
    )
    before = range(token.sent.start, comma)
    tail = doc[comma : token.sent.end]
    # a name or a number in it may be what situates the question ("leaving the score at
    # 6-all"): kept, as a too-long question's needless words are (`needless._needed`)
    named = any(t.ent_type_ or (t.like_num and t.pos_ == "NUM") for t in tail)
    return absolute and not named and all(doc[i].head.i < comma for i in before)


def _closes_fronted(token: Token) -> bool:
    """Tell whether an aside ends a fronted clause ("as they came from India, where …, they
    should"): the comma after it closes that clause too, so it stays."""
    end = token.right_edge.i
    return any(a.dep_ == "advcl" and a.i < a.head.i and a.right_edge.i == end
               for a in token.ancestors)  # fmt: skip


def _after_comma(token: Token) -> bool:
    """Tell whether a phrase opens right after a comma."""
    start = token.left_edge.i
    return bool(start > 0 and token.doc[start - 1].text == ",")


def _set_off(token: Token) -> bool:
    """Tell whether a clause is set off by a comma: non-restrictive, so it can go."""
    start = token.left_edge.i
    if not _after_comma(token):
        return False
    if token.dep_ == "relcl":
        if not _closed(token):
            return False  # "students, foreign or not, who trained abroad must …": defining
        opening = token.doc[start : min(token.i, start + 3) + 1]  # "of which", "whose …"
        return any(t.tag_ in ("WDT", "WP", "WP$", "WRB") and t.lower_ != "that" for t in opening)
    participle = token.dep_ in ("advcl", "acl") and token.tag_ in ("VBG", "VBN")
    if participle and condition(token):
        return False  # ", depending on the scenario": what the statement holds under, kept
    if participle and _names_whose(token):
        return False  # "A poll, taken by CBS …,": which poll, kept (review 67)
    return participle and not any(c.dep_ in ("mark", *SUBJECT) for c in token.children)


def _names_whose(participle: Token) -> bool:
    """Tell whether a passive participle on a noun with "a"/"an" names its doer ("A poll,
    taken by CBS after the debate,"): the one thing that says which of its kind is meant."""
    noun = participle.head
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
    doers = (o for a in participle.children if a.dep_ == "agent" for o in a.children)
    return participle.dep_ == "acl" and indefinite and any(o.pos_ == "PROPN" for o in doers)


def _closed(clause: Token) -> bool:
    """Tell whether a comma-set clause is closed as an aside is: by punctuation or the
    sentence's end. Run straight into the main verb, its comma closed an aside before it
    ("students, foreign or not, who trained abroad must"), and the clause defines its noun."""
    last = clause.right_edge.i  # the parse may hang the closing comma inside the clause
    end = clause.doc[last].text == "," or last + 1 >= clause.sent.end
    return bool(end or clause.doc[last + 1].is_punct)


def condition(token: Token) -> bool:
    """Tell whether a participle states the condition its clause holds under ("…, depending
    on the scenario"): left out, the clause claims more than the article does."""
    return bool(token.lemma_ == "depend" and any(c.lower_ == "on" for c in token.children))


def kept_condition(sentence: Any, stem: str) -> bool:
    """Tell whether a question keeps its clause's "either" and "depending on …" condition:
    it then says each branch holds only under its condition."""
    said = re.sub(r"\s+", " ", stem)
    conditions = [t for t in sentence if t.dep_ == "advcl" and condition(t)]
    whole = [sentence.doc[t.i : t.right_edge.i + 1].text for t in conditions]
    return " either " in f" {said} " and any(w in said for w in whole)


def parted(word: Token, cut: set[int], replace: dict[int, str] | None = None) -> bool:
    """Tell whether a cut aside stands between a word's phrase and the noun it hangs on, so
    that with the aside gone the phrase follows another word and reads as said of it ("the
    team [of divers studying a reef], led by …, in Lisbon": "… a reef in Lisbon"); a cut that
    leaves the noun just before it ("the Johnson Space Center (JSC) in Houston") parts none."""
    prep, doc = word.head, word.doc
    if word.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ not in ("NOUN", "PROPN"):
        return False
    noun = prep.head
    if not any(noun.i < i < prep.i for i in cut):
        return False
    kept = [i for i in range(noun.i, prep.i) if i not in cut and not doc[i].is_punct]
    said = (replace or {}).get(noun.i, noun.text)  # "team" said as "team of … a tomb"
    return kept[-1] != noun.i or not said.endswith(noun.text)
