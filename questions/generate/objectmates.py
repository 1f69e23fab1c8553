"""Names the article gives the key's object elsewhere: each may do the key's deed too.

Blind review 73: "Which country, along with India, developed nuclear weapons?" keyed
Pakistan offered China, which the article says is one of the "5 states to own nuclear
weapons". The key's clause has a doer and what the deed is done to ("developed nuclear
weapons"); a sentence that names that same thing (the object's words, by lemma: "nuclear
weapons") beside other names may tie them to it in any verb ("own", "possess"), so none of
the names it says is offered as the one wrong answer. Only an object of two words or more
("nuclear weapons", not "the election") is specific enough to tie a sentence's names to it.
"""

from __future__ import annotations

from collections.abc import Sequence
from sys import intern
from typing import TYPE_CHECKING, Any

from questions.generate.articlememo import per_article
from questions.generate.deedmates import subject_key
from questions.generate.facts import Fact
from questions.schema import normalise

if TYPE_CHECKING:
    from questions.generate.options import OptionContext

Token = Any
_NAMED = frozenset({"person", "organization", "place", "name"})
_MODIFIERS = frozenset({"amod", "compound"})  # "nuclear weapons", "peace talks"
_LONGEST = 6  # words of a name an option may be ("the People's Republic of China")


def _object_words(verb: Token) -> tuple[str, ...]:
    """Return the lemmas of a verb's object as a phrase, its modifiers then its noun
    ("nuclear weapon"), or () for no common-noun object with a modifier."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    if not objects:
        return ()
    noun = objects[0]
    mods = [c for c in noun.children if c.dep_ in _MODIFIERS and c.i < noun.i]
    # only the modifiers right before the noun, as one run of words: "nuclear weapons"
    run = [m for m in mods if all(noun.doc[j] in mods for j in range(m.i, noun.i))]
    if not run or any(m.pos_ == "PROPN" for m in run):
        return ()
    return tuple(t.lemma_.lower() for t in noun.doc[min(m.i for m in run) : noun.i + 1])


def _lemmas(every: Sequence[Any]) -> list[tuple[str, ...]]:
    """Return each sentence's folded lemmas, each spelling kept once (`sys.intern`): a long
    article's words repeat, and the list lives as long as its article."""
    return [tuple(intern(t.lemma_.lower()) for t in s) for s in every]


def _holds(lemmas: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """Tell whether a sentence's lemmas say a phrase's lemmas in a row."""
    n = len(words)
    return any(tuple(lemmas[i : i + n]) == words for i in range(len(lemmas) - n + 1))


def _spans(sentence: Any) -> set[str]:
    """Return the folded runs of up to _LONGEST words a sentence says, with and without a
    leading "the": any option written in it is one of them."""
    tokens = list(sentence)
    found = set()
    for i in range(len(tokens)):
        for j in range(i + 1, min(i + _LONGEST, len(tokens)) + 1):
            text = normalise(sentence.doc[tokens[i].i : tokens[j - 1].i + 1].text)
            found |= {text, text.removeprefix("the ")}
    return found


def object_mates(sentence: Any, fact: Fact, every: Sequence[Any],
                 context: OptionContext | None = None) -> frozenset[str]:  # fmt: skip
    """Return the folded words of the article's sentences that name the object of a named
    key's deed ("developed nuclear weapons": each sentence saying "nuclear weapons"): no
    name they say is a wrong option; none when the key is no doer of a deed to such a thing."""
    key = subject_key(sentence, fact) if fact.kind in _NAMED else None  # "India and Pakistan"
    words = _object_words(key.head) if key is not None else ()
    if not words:
        return frozenset()

    def read() -> frozenset[str]:
        # not the key's own sentence: "A developed the attack code, B the GPU code" gives B
        # another object, and its partner is shown in the question
        # each sentence's lemmas, read once an article (each key's phrase asks them all)
        lemmas = per_article(context, "objectmates.lemmas", lambda: _lemmas(every))
        said = [s for s, held in zip(every, lemmas, strict=True)
                if (s.doc is not sentence.doc or s.start != sentence.start)
                and _holds(held, words)]  # fmt: skip
        return frozenset(w for s in said for w in _spans(s))

    return per_article(context, ("objectmates", words, sentence.start), read)
