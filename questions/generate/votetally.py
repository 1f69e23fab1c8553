"""Stage 4g: "By what vote was the bill passed?" from a vote's tally ("92–7 votes", "voted
507-19", "by a vote of 9-4").

A tally is two counts joined by a dash; the model reads it as a noun, a date or two numbers
and a symbol, so no other stage asks it whole. It is a vote's only where a vote word holds it:
the noun "vote" or "ballot" it counts ("92–7 votes", "a vote of 9-4") or the verb "vote" it
follows ("voted 507-19"); a range ("pages 10-12", "1990–1995"), a score or a time never is.
The question names the verb's subject and object where the tally hangs off a plain clause
("By what vote did the council approve the plan?"), else it is the sentence with one blank.
The options keep the key's total, the votes cast, and its winning side: the article's other
tallies of that total first, then the losing side moved a few votes ("92–7": 93–6, 90–9).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from questions.generate.facts import Fact
from questions.generate.render import join
from questions.generate.spread import near_counts
from questions.generate.write import Stem, cloze

Span = Any
Token = Any
VOTE = "vote"
VOTE_RULE = "rule:vote"
# Two counts and a dash, standing alone: not "1990–1995" nor "2.5-3", "10-12%" or "A320-200".
_TALLY = re.compile(r"(?<![\w.,$€£–—-])(\d{1,3})([–—-])(\d{1,3})(?![\w%$€£–—-]|[.,]\d)")
_WORDS = frozenset({"vote", "ballot"})  # what a tally counts, or the verb it follows
_JOINS = frozenset({"with", "by"})  # "passed with 92–7 votes", "approved by a vote of …"
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def tally_sides(text: str) -> tuple[int, int] | None:
    """Return the two sides a tally says ("92–7": 92, 7), or None."""
    found = _TALLY.fullmatch(text)
    return (int(found[1]), int(found[3])) if found else None


def _vote_word(first: Token) -> Token | None:
    """Return the vote word a tally's first token hangs off ("votes" of "92–7 votes", "voted"
    of "voted 507-19", "vote" of "a vote of 9-4"), or None where none does."""
    head = first.head
    if head.lemma_.lower() in _WORDS and head.i != first.i:
        return head
    if head.lower_ == "of" and head.head.lemma_.lower() in _WORDS and head.head.pos_ == "NOUN":
        return head.head
    return None


def _phrase(token: Token, replace: dict[int, str]) -> str | None:
    """Return the plain phrase a noun heads as the question writes it (its replacements made,
    an opening article lower-cased), or None for a pronoun or a phrase going on past the noun
    ("the plan to build …", "the bill, …")."""
    words = list(token.doc[token.left_edge.i : token.right_edge.i + 1])
    if token.pos_ not in ("NOUN", "PROPN") or token.right_edge.i != token.i:
        return None
    if any(t.is_punct for t in words):
        return None
    said = dict(replace)
    named = replace.get(token.i, "")
    if named.lower().endswith(f" {token.lower_}") and words[0].lower_ == "the":
        said.pop(words[0].i, None)  # "the bill" named "the … Reforms Bill": still "the"
    text = join(words, said)
    return text[:1].lower() + text[1:] if words[0].pos_ == "DET" else text


def _clause_stem(verb: Token, replace: dict[int, str]) -> str | None:
    """Write "By what vote was <subject> <verb>?" for a passive clause, "By what vote did
    <subject> <verb> <object>?" for an active one, or None where the clause is no plain
    statement of its own subject."""
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    said = _phrase(subject, replace) if subject is not None and subject.i < verb.i else None
    if subject is None or said is None or any(c.dep_ == "neg" for c in verb.children):
        return None
    if subject.dep_ == "nsubjpass":
        aux = next((c for c in verb.children if c.dep_ == "auxpass"), None)
        if aux is None or verb.tag_ != "VBN" or aux.lower_ not in ("was", "were"):
            return None
        return f"By what vote {aux.lower_} {said} {verb.text}?"
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    thing = _phrase(objects[0], replace) if len(objects) == 1 else None
    if verb.tag_ != "VBD" or thing is None:
        return None
    return f"By what vote did {said} {verb.lemma_} {thing}?"


def _voted_stem(voted: Token, tally: Span, replace: dict[int, str]) -> str | None:
    """Write "By what vote did <subject> <do> …?" of "<subject> voted N–M to <do> …" (the
    clause ending the sentence), or None."""
    subject = next((c for c in voted.children if c.dep_ == "nsubj"), None)
    said = _phrase(subject, replace) if subject is not None and subject.i < voted.i else None
    aim = next((c for c in voted.children if c.dep_ == "xcomp" and c.i > tally.end), None)
    if said is None or aim is None or voted.tag_ != "VBD" or aim.tag_ != "VB":
        return None
    to = aim.doc[aim.i - 1]
    rest = list(aim.doc[aim.i : aim.right_edge.i + 1])
    if to.lower_ != "to" or to.i != tally.end or any(t.is_punct for t in rest):
        return None  # "voted 507-19 to authorize …": nothing between the tally and its aim
    return f"By what vote did {said} {join(rest, replace)}?"


def _vote_stem(word: Token, tally: Span, replace: dict[int, str]) -> str | None:
    """Write a wh-question for a tally's vote ("passed with 92–7 votes", "voted 507-19 to
    …"), or None where its clause leaves none plain."""
    if word.pos_ == "VERB":
        return _voted_stem(word, tally, replace)
    join_word = word.head
    if word.pos_ != "NOUN" or join_word.lower_ not in _JOINS or join_word.head.pos_ != "VERB":
        return None
    return _clause_stem(join_word.head, replace)


def stated_votes(
    sentences: Sequence[Span], replace: Sequence[dict[int, str]]
) -> list[list[tuple[Fact, Stem]]]:
    """Return, per sentence, each vote's tally as a fact and its question."""
    out: list[list[tuple[Fact, Stem]]] = [[] for _ in sentences]
    for index, sentence in enumerate(sentences):
        for found in _TALLY.finditer(sentence.text):
            span = sentence.char_span(found.start(), found.end())
            if span is None or int(found[1]) == int(found[3]):
                continue  # a tally the tokens split inside a number, or a tie: no vote result
            word = _vote_word(span[0])
            if word is None:
                continue
            fact = Fact(index, span.start, span.end, span.text, "CARDINAL", VOTE)
            wh = _vote_stem(word, span, replace[index])
            stem = Stem(wh, "wh", VOTE_RULE) if wh else cloze(fact, list(sentence), replace[index])
            if stem is not None:
                out[index].append((fact, stem))
    return out


def vote_variants(key: str, text: str, seed: str) -> list[str]:
    """Return tallies for a vote's options: the article's others of the key's total with its
    winning side first, then the losing side moved a few votes, written with the key's dash."""
    sides = tally_sides(key)
    if sides is None:
        return []
    shape = _TALLY.fullmatch(key)
    dash = shape[2] if shape else "–"  # as the key writes it ("07-3": not its "7")
    total, ahead = sum(sides), sides[0] > sides[1]
    others = [(int(a), int(c)) for a, _, c in _TALLY.findall(text)]
    losing = [(total - n, n) for n in near_counts(min(sides), 0, seed)]
    out: list[str] = []
    for pair in others + [p if ahead else p[::-1] for p in losing]:
        written = f"{pair[0]}{dash}{pair[1]}"
        same = sum(pair) == total and (pair[0] > pair[1]) == ahead and pair[0] != pair[1]
        if same and pair != sides and written not in out:
            out.append(written)
    return out
