"""Whether an amount is one added to another the question never says.

"The engineers ran the test for 25 more minutes" follows a sentence that said how long it ran
first: "For how many more minutes did they run the test?" asks "more than what?", and so do
"another 300 workers", "a further 20 million dollars", "an additional 40 divers" and "three
extra days". Such an amount is asked only where the question says its base: a "than …", or
the sentence's other amount of the same unit ("ran for 40 minutes and then 25 more minutes").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from questions.generate.facts import Fact
from questions.generate.wordnet import find_line

Token = Any
# "an other": one more of a kind, the determiner "more" is to a count
_ANOTHER = "another"
# WordNet's adjective of an amount put on top of one already there ("extra", "additional";
# its gloss: "further or added"); the sense is looked up by its commonest word
_ADDED_WORD = "additional"
_IRREGULAR = ("adj.exc", "adv.exc")  # WordNet's irregular comparatives: "further far"


def _adjective_senses(word: str) -> frozenset[str]:
    """Return a word's WordNet adjective synset offsets."""
    fields = find_line("index.adj", word).split()
    return frozenset(fields[-int(fields[2]) :]) if fields else frozenset()


@lru_cache(maxsize=1024)
def adds(word: str) -> bool:
    """Tell whether a modifier makes an amount one on top of another ("another", "extra",
    "additional"), as a comparative of an amount does."""
    if word == _ANOTHER:
        return True
    return bool(_adjective_senses(word) & _adjective_senses(_ADDED_WORD))


def _comparative(token: Token) -> bool:
    """Tell whether a token is a comparative of an amount ("more", "fewer") or an adding
    word: a comparative of a quality ("three older brothers") says which ones, not how many
    on top; spaCy's stop words hold the amount words ("many", "few", "less"), not "old"."""
    amount = token.lower_ in STOP_WORDS or token.lemma_.lower() in STOP_WORDS
    # "further": comparative of "far" in WordNet's irregular forms, which spaCy tags plain
    irregular = any(find_line(name, token.lower_) for name in _IRREGULAR)
    return (("Cmp" in token.morph.get("Degree") or irregular) and amount) or adds(token.lower_)


def _counted(sentence: Any, fact: Fact) -> list[Token]:
    """Return the nouns the fact's numbers count ("seconds" of "18 more seconds")."""
    numbers = [t for t in sentence.doc[fact.start : fact.end] if t.like_num]
    nouns = []
    for number in numbers:
        noun = number.head
        while noun.dep_ in ("nummod", "compound") and noun.head.i != noun.i and noun.like_num:
            noun = noun.head  # "20 million dollars": million's head
        nouns.append(noun)
    return nouns


def unbased_amount(sentence: Any, fact: Fact, stem: str) -> str | None:
    """Refuse a question on an amount added to another ("18 more seconds", "another 300
    workers") that says neither the amount it adds to nor what it is more than."""
    said = stem.lower()
    for noun in _counted(sentence, fact):
        adding = [c for c in noun.children if c.dep_ in ("amod", "det", "advmod")
                  and _comparative(c)]  # fmt: skip
        if not adding:
            continue
        words = {a.lower_ for a in adding}
        key = sentence.doc[fact.start : fact.end].text.lower()
        if not any(re.search(rf"\b{w}\b", f"{said} {key}") for w in words):
            continue  # "another" said as "a": no comparison left in the question
        if re.search(r"\bthan\b", said):
            continue  # "25 more minutes than planned": the base is in the question
        if _base_said(noun, fact, said):
            continue
        return f"the question asks {' '.join(sorted(words))!r} without what it adds to"
    return None


def _base_said(noun: Token, fact: Fact, said: str) -> bool:
    """Tell whether the question says the sentence's other amount of the same unit ("ran
    for 40 minutes and then 25 more minutes"): the base the added amount is more than."""
    for other in noun.sent:
        if other.lemma_ != noun.lemma_ or other.i == noun.i or fact.start <= other.i < fact.end:
            continue
        numbers = [c.text.lower() for c in other.children if c.like_num]
        if numbers and all(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", said) for n in numbers):
            return True
    return False
