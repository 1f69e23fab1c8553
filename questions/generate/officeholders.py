"""Who the article gives an office of one holder: never a made-up name beside such a key.

"China's Premier Wen Jiabao", "the Administrator of NASA, Jim Bridenstine": a player who
knows the office, or has only heard the name, picks the one real person among invented ones
("Cory Figueroa", "Duan Pingyan") without reading a word. Such a key is asked among the
article's own people only (three options where it names two of them), or not at all.

The office is the one `roles` asks "Who was the …?" of: a title or an apposition that ties
it to a named country or body, so one person holds it; and a country's, or a body's WordNet
knows by name (NASA, the United Nations), so its holder is one a player may have heard of.
A bare title ("President Xi Jinping") says no office a player could place, and a surname
alone ("Russian President Putin") is set among surnames, which real people share, never
among invented full names.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from questions.generate.articlememo import per_article
from questions.generate.facts import Fact
from questions.generate.options import OptionContext
from questions.generate.roles import held_office
from questions.generate.wordnet import lemma_text, senses, synset
from questions.schema import normalise


def holds_office(key: str, context: OptionContext | None) -> bool:
    """Tell whether a person key, named in full, is one the article gives a one-holder
    office of a named country or body ("China's Premier Wen Jiabao")."""
    if context is None or " " not in key.strip():
        return False
    holders = per_article(context, "office holders", lambda: _holders(context.sentences))
    return normalise(key) in holders


def _holders(sentences: Sequence[Any]) -> frozenset[str]:
    """Return the folded full names the article gives a one-holder office."""
    found = set()
    for index, sentence in enumerate(sentences):
        for ent in sentence.ents:
            if ent.label_ != "PERSON" or " " not in ent.text:
                continue
            fact = Fact(index, ent.start, ent.end, ent.text, ent.label_, "person")
            office = held_office(sentence.doc, fact, True, {})
            if office is not None and _known_owner(office, sentence.ents):
                found.add(normalise(ent.text))
    return frozenset(found)


def _known_owner(office: str, names: Sequence[Any]) -> bool:
    """Tell whether an office is of a country or nation ("China's Premier", "the Japanese
    prime minister") or of a body WordNet knows by name ("Administrator of NASA"): one a
    player may know the holder of, unlike "President of ProtoStar", a firm few have heard of."""
    for name in names:
        if name.text not in office:
            continue
        if name.label_ in ("GPE", "NORP"):
            return True
        known = {
            lemma_text(lemma) for o in senses(name.text) if (s := synset(o)) for lemma in s.lemmas
        }
        if name.label_ == "ORG" and name.text in known:
            return True
    return False
