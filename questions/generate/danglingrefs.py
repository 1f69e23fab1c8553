"""Words of a sentence that point at the story around it, which a question alone cannot say
(blind review 85): "sent Bibby to the line again" (after which first time?), "started the
fourth" (the fourth what?), "finish the half", and "Jiamei was second with 5 points" (second
among whom, and when?). The sentence before said it ("On the Chinese side, …", "At the end
of the first half, …"); a question made of this one sentence is refused, unless it carries
that setting (`carriedsetting`: "At the end of the first half, who was second …?"; a
person's rank takes no side phrase, so "On the Chinese side, who was second …?" stays refused)."""

from __future__ import annotations

import re
from typing import Any

from questions.generate.carriedsetting import bare_rank, carried_phrases, ordinals, statistic
from questions.generate.event import unframed
from questions.generate.quotemarks import quoted_words
from questions.generate.wordnet import first_sense

Token = Any
_QUOTED = re.compile(r'"[^"]*"|“[^”]*”')  # a speaker's words say their own "again"
_NOUN_ROLES = frozenset({"pobj", "dobj", "nsubj", "nsubjpass"})  # the word heads its phrase
_CLAUSE_CHILDREN = frozenset({"relcl", "acl", "xcomp", "ccomp", "advcl"})  # "the first to go"


def dangling_reference(sentence: Any, stem: str) -> str | None:
    """Refuse a question that keeps a sentence's "again", a bare period ("the fourth", "the
    half") or a rank with no field ("was second with 5 points"): each needs the sentence
    before it."""
    asked = _QUOTED.sub(" ", unframed(stem))
    for token in sentence:
        if token.i in quoted_words(token.sent):  # a speaker's own words, said across sentences
            continue
        word = token.lower_
        if word == "again" and token.pos_ == "ADV" and _says(asked, "again"):
            return "'again' points at an earlier time the question does not say"
        if (
            _bare_period(token)
            and _says(asked, f"the {token.text}", _after(token))
            and not _elided(token, asked)
        ):
            return f"'the {token.text}': of what, the question does not say"
        if bare_rank(token) and _says(asked, token.text) and not _fielded(sentence, asked):
            return f"{token.text!r}: a rank among others the question does not name"
        if _next_count(token) and _unanchored(token.head, asked):
            return f"'the next … {token.head.text}': after which, the question does not say"
    return None


_TIME_FILE = 28  # WordNet's noun.time: "the next five years" counts on from the article's day


def _next_count(token: Token) -> bool:
    """Tell whether a word is the "next" of a count of things that follow one the sentence
    named before ("the next three ends", after the fourth): not a stretch of time counted
    from the article's day ("in the next five years")."""
    noun = token.head
    if token.lower_ != "next" or token.dep_ != "amod" or noun.tag_ != "NNS":
        return False
    if not any(c.dep_ == "nummod" for c in noun.children):
        return False
    sense = first_sense(noun.lemma_)
    return sense is not None and sense.lexfile != _TIME_FILE


def _unanchored(noun: Token, asked: str) -> bool:
    """Tell whether a question keeps "the next … ends" without the one they follow: no "end"
    before it ("after the fourth end, … the next three ends" says it)."""
    found = re.search(rf"\bnext\b[^,?]*\b{re.escape(noun.text)}\b", asked, re.IGNORECASE)
    if found is None:
        return False
    before = asked[: found.start()]
    return re.search(rf"\b{re.escape(noun.lemma_)}s?\b", before, re.IGNORECASE) is None


def needed_setting(sentence: Any, person: bool = False) -> list[str]:
    """Return the phrases of the sentences before that a question of this sentence must
    carry: the time and side a bare rank leans on ("Jiamei was second with 5 points"), and
    the time of a statistic ("Sun led her team with 12 points": at half-time)."""
    if any(bare_rank(t) for t in sentence):
        # "on the Chinese side, who was second?" among the other side's players gives the
        # key away: a person's rank takes no side phrase, so it stays refused (`_fielded`)
        return carried_phrases(sentence, sides=not person)
    if statistic(sentence):
        return carried_phrases(sentence, sides=False)
    return []


def _fielded(sentence: Any, asked: str) -> bool:
    """Tell whether a question carries the setting its sentence's rank leans on."""
    phrases = carried_phrases(sentence)
    return bool(phrases) and all(_says(asked, p) for p in phrases)


def _says(asked: str, words: str, after: str | None = None) -> bool:
    """Tell whether a question says the words, followed by `after` or by no word at all
    ("the fourth for", "in the first?") where `after` is given, as the sentence has them."""
    for found in re.finditer(rf"\b{re.escape(words)}\b", asked, re.IGNORECASE):
        rest = asked[found.end() :].split()
        following = re.sub(r"\W+$", "", rest[0]) if rest else ""
        if after is None or not following or not following[:1].isalnum() or following == after:
            return True
    return False


def _after(token: Any) -> str | None:
    """Return the sentence's word after a token, or None at its end."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return following.text if following is not None and following.is_alpha else None


def _bare_period(token: Token) -> bool:
    """Tell whether a word is an ordinal or "half" used as a noun after "the", with no noun
    of its own ("started the fourth for Canberra", "left in the first", "finish the half 2 of
    4"): a game's period the sentence before named."""
    if token.i == 0 or token.doc[token.i - 1].lower_ != "the":
        return False
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if following is not None and (
        following.pos_ in ("NOUN", "PROPN")
        or following.lower_ == "of"
        or (following.is_punct and not following.whitespace_ and following.text in "-‐‑")
    ):
        return False  # "the fourth quarter", "the half of the court", "the half-time break"
    if token.lower_ == "half":
        return True  # "the half 2 of 4", which the parser reads as a modifier
    if token.lower_ not in ordinals() or token.dep_ not in _NOUN_ROLES:
        return False
    return not any(c.dep_ in _CLAUSE_CHILDREN or c.lower_ == "of" for c in token.children)


def _elided(token: Token, asked: str) -> bool:
    """Tell whether a bare ordinal's noun is said with another ordinal of its sentence that
    the question keeps ("four in the first half and three in the second": halves)."""
    for other in token.sent:
        noun = other.nbor(1) if other.i + 1 < len(other.doc) else None
        if other.i == token.i or other.lower_ not in ordinals() or noun is None:
            continue
        if noun.pos_ == "NOUN" and _says(asked, f"{other.text} {noun.text}"):
            return True
    return False
