"""A number standing alone as a verb's subject or object, its noun said before ("send 120
observers, but so far only 38 are working"): copied into a question, "only 38 are working"
says 38 of nothing. Blind review 76 failed "In which country are only 38 currently working?".

The counted noun is named where the parse gives it safely, always a whole the bare number is
a smaller part of: a plural noun counted earlier in a clause joined to the number's by "but"
("send 120 observers, but only 38 are …"), or counted as the same verb's same argument in
that sentence or the one before ("2.1 million people voted. … 1,429,981 voted in favour").
Anywhere else the noun is not guessed ("Two workers were killed and 116 were injured": the
injured are no workers; "There are two buses …. He said 39 were rescued"), and a question
keeping the bare number is refused.
"""

from __future__ import annotations

from typing import Any

from questions.generate.event import CONTEXT_PHRASE, HEADLINE_LINE
from questions.generate.levels import whole_number

Span = Any
Token = Any

_ROLES = frozenset({"nsubj", "nsubjpass", "dobj"})
# what may stand beside a bare number: its hedge or bound ("only", "nearly", "at least")
_BESIDE = frozenset({"advmod", "quantmod", "punct"})
# a count of things, not a share, a sum, a time or a measure ("64.1% turnout", "30 years")
_COUNT_LABELS = frozenset({"", "CARDINAL"})
_BARE_KEY = "elidedcount.bare"  # doc.user_data[(_BARE_KEY, start, end)]: its bare numbers


def bare_numbers(sentence: Span) -> list[Token]:
    """Return the sentence's numbers that are a verb's subject or object with no noun of
    their own ("only 38 are working", "police arrested 12"), their noun left unsaid."""
    # read once a sentence (each of its questions asks again), kept in the doc's own
    # `user_data`, so it goes with the doc; the parse is mended before the first reading
    key = (_BARE_KEY, sentence.start, sentence.end)
    kept = sentence.doc.user_data.get(key)
    if kept is None:
        kept = sentence.doc.user_data[key] = tuple(t.i for t in sentence if _bare(t))
    return [sentence.doc[i] for i in kept]


def _bare(token: Token) -> bool:
    """Tell whether a number stands alone as a verb's subject or object."""
    if token.pos_ != "NUM" or not token.like_num or token.lower_ == "one":
        return False  # "one" as a subject is a pronoun ("One said …")
    if token.dep_ not in _ROLES or token.head.pos_ not in ("VERB", "AUX"):
        return False
    if token.ent_type_ not in _COUNT_LABELS:
        return False
    # "six out of seven finals": the parse may hang the group on the verb; its noun follows
    after = [t.lower_ for t in token.doc[token.i + 1 : token.i + 3]]
    if after[:1] == ["of"] or after == ["out", "of"]:
        return False
    # "the two", "all six", "189 of those": a determiner or a group says what it counts
    return all(c.dep_ in _BESIDE for c in token.children)


def elided_noun(number: Token) -> str | None:
    """Return the counted noun a bare number leaves out ("observers"), where the parse gives
    it safely, or None."""
    source = _source(number)
    return None if source is None else _noun_words(source)


def _source(number: Token) -> Token | None:
    """Return the counted noun ("120 observers") whose words a bare number leaves out, or
    None."""
    sentence = number.sent
    joined = {
        _noun_words(noun): noun
        for noun in _counted_nouns(sentence)
        if noun.i < number.i and _joined(_top(noun.head), _top(number.head)) and _part(number, noun)
    }
    if len(joined) == 1:
        return joined.popitem()[1]
    if joined:
        return None  # two kinds counted before: which one, the parse does not say
    for source in (sentence, _sentence_before(sentence)):
        same = [
            noun
            for noun in _counted_nouns(source)
            if noun.i < number.i
            and noun.dep_ == number.dep_
            and noun.head.lemma_ == number.head.lemma_
            and _part(number, noun)
        ]
        if same:
            return same[-1]
    return None


def name_elided_counts(sentence: Span, replace: dict[int, str]) -> None:
    """Say the counted noun after a bare number ("only 38 observers are working")."""
    for number in bare_numbers(sentence):
        noun = elided_noun(number)
        if noun is not None and number.i not in replace:
            replace[number.i] = f"{number.text} {noun}"


def unnamed_count(sentence: Span, answer: range, stem: str) -> str | None:
    """Refuse a question that keeps a bare number whose noun could not be named ("In which
    country are only 38 currently working?"): it counts nothing the question says."""
    words = stem.replace("?", " ").replace(",", " ").replace(".", " ").split()
    for number in bare_numbers(sentence):
        if number.i in answer or number.text not in words:
            continue
        noun = elided_noun(number)
        at = words.index(number.text)
        if noun is None or words[at + 1 : at + 1 + len(noun.split())] != noun.split():
            return f"the bare number {number.text!r} counts nothing the question names"
        whole = _source(number)
        counted = [c.text for c in whole.children if c.dep_ == "nummod"] if whole else []
        if not _storied(stem) and not set(counted) & set(words):
            # the noun came from a clause ("send 120 observers to monitor the election")
            # whose who and what for the question drops: only the story's headline, or its
            # event, still says whose 38 observers (blind review 77)
            return f"the count {number.text!r} of {noun!r} names no story"
    return None


def _storied(stem: str) -> bool:
    """Tell whether a question names its story: the headline line above it, or the event
    it opens with ("In the 2009 Mozambican election, …"); a month alone names none."""
    opening = CONTEXT_PHRASE.match(stem)
    return bool(HEADLINE_LINE.match(stem) or (opening and not stem.startswith("According")))


def _counted_nouns(sentence: Span | None) -> list[Token]:
    """Return the sentence's plural nouns counted by a number ("120 observers")."""
    if sentence is None:
        return []
    return [
        t
        for t in sentence
        if t.tag_ == "NNS"
        and any(c.dep_ == "nummod" and c.ent_type_ in _COUNT_LABELS for c in t.children)
    ]


def _noun_words(noun: Token) -> str:
    """Return a counted noun with the words that say its kind ("election observers")."""
    kinds = [c for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i]
    start = min((c.i for c in kinds), default=noun.i)
    words = noun.doc[start : noun.i + 1]
    if any(t.dep_ not in ("compound", "amod") and t.i != noun.i for t in words):
        return str(noun.text)  # a number or a hedge in between: the noun alone
    return str(words.text)


def _top(verb: Token) -> Token:
    """Return the verb a chain of infinitives hangs on ("expected to send": expected)."""
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _joined(first: Token, second: Token) -> bool:
    """Tell whether two verbs are clauses set against each other by "but", one the other's
    conj ("and" may join another group: "two were killed and 116 were injured")."""
    later = second if second.dep_ == "conj" and second.head.i == first.i else None
    later = later or (first if first.dep_ == "conj" and first.head.i == second.i else None)
    if later is None:
        return False
    joints = [*later.head.children, *later.children]
    return any(c.dep_ == "cc" and c.lower_ == "but" for c in joints)


def _part(number: Token, noun: Token) -> bool:
    """Tell whether a bare number is smaller than the count of a noun (38 of 120 observers):
    a part of that whole, so the noun is its own."""
    if _other_role(number, noun):
        return False  # "the rebels captured 15": no "15 rebels" of the rebels' own deed
    counts = [c for c in noun.children if c.dep_ == "nummod"]
    whole = whole_number(" ".join(t.text for t in counts[0].subtree if t.pos_ == "NUM"))
    part = whole_number(number.text)
    return whole is not None and part is not None and part < whole


def _other_role(number: Token, noun: Token) -> bool:
    """Tell whether the noun's kind already fills another role of the number's verb ("the
    militants killed 12", "12 were killed by militants"): the number counts others."""
    verb = number.head
    roles = ("nsubj", "nsubjpass", "dobj")
    args = [c for c in verb.children if c.i != number.i and c.dep_ in roles]
    args += [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    return any(a.lemma_.lower() == noun.lemma_.lower() for a in args)


def _sentence_before(sentence: Span) -> Span | None:
    """Return the sentence before this one in its paragraph, or None."""
    return sentence.doc[sentence.start - 1].sent if sentence.start > 0 else None
