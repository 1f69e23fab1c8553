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

Nor is such a key set among the article's people it gives no public standing (review 67:
"over incumbent President Barack Obama" beside Planned Parenthood's staff and an intern):
where the question itself speaks of office ("electing … candidate for U.S. President"), its
rivals are people of like standing, who hold such an office too or whose role WordNet
files under politicians, heads of state, lawmakers, rulers or diplomats (a "candidate",
a "senator", a "mayor"), or else the question is refused. Who said a quotation, or did a deed
the question names no office for ("Who asked the council to help?"), may be anyone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise
from typing import Any

from questions.generate.articlememo import per_article
from questions.generate.entcache import ents_of
from questions.generate.facts import Fact
from questions.generate.hypernyms import is_kind_of
from questions.generate.offices import role_of
from questions.generate.options import OptionContext
from questions.generate.reported import asks_speaker
from questions.generate.roles import held_office
from questions.generate.wordnet import PERSON_FILE, lemma_text, senses, synset
from questions.schema import normalise

# WordNet 3.0 person synsets of public standing: politician (both senses: "a leader engaged
# in civil administration", "a person active in party politics"; a candidate, a governor),
# head of state, lawgiver (a senator, a congressman), ruler (a king), civil authority (a
# mayor), diplomat (an ambassador), government minister; never a manager, a student, an
# intern or a spokesperson
_PUBLIC = frozenset({
    "10451263", "10450303", "10164747", "10249270", "10541229", "10541833", "10013927",
    "10320863",
})  # fmt: skip
_PUBLIC_LEVELS = 6  # how far up the hypernyms a role may sit under one
_HIGH = frozenset({"10164747", "10541229"})  # head of state (president, premier), ruler
_NATIONAL = ("GPE", "NORP")
_WORD = re.compile(r"[a-z]+")
_QUOTED = re.compile(r'^(?:📰[^\n]*\n)?(?:Who|Which organization) (?:said|says) "')


def holds_office(key: str, context: OptionContext | None) -> bool:
    """Tell whether a person key, named in full, is one the article gives a one-holder
    office of a named country or body ("China's Premier Wen Jiabao")."""
    return _office_of(key, context) is not None


def _office_of(key: str, context: OptionContext | None) -> str | None:
    """Return the one-holder office of a named country or body the article gives a person
    named in full, or None."""
    if context is None or " " not in key.strip():
        return None
    holders = per_article(context, "office holders", lambda: _holders(context.sentences))
    return holders.get(normalise(key))


def _holders(sentences: Sequence[Any]) -> dict[str, str]:
    """Map the folded full names the article gives a one-holder office to that office."""
    found: dict[str, str] = {}
    for index, sentence in enumerate(sentences):
        for ent in ents_of(sentence):
            if ent.label_ != "PERSON" or " " not in ent.text:
                continue
            fact = Fact(index, ent.start, ent.end, ent.text, ent.label_, "person")
            office = held_office(sentence.doc, fact, True, {})
            if office is not None and _known_owner(office, ents_of(sentence)):
                found.setdefault(normalise(ent.text), office)
    return found


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


def beneath_office(option: str, ctx: OptionContext) -> bool:
    """Tell whether an option of the article's is no rival for a key holding a public office:
    a person it gives neither such an office nor a public role ("intern", "director")."""
    if _QUOTED.search(ctx.stem) or asks_speaker(ctx.stem):
        return False  # 'Who said "…"?': anyone may have said it
    if not _public_frame(ctx.stem):
        return False  # "Who personally asked the council …?": a coach or a founder may have
    folded = normalise(option)
    if holds_office(option, ctx):
        return False
    role = role_of(folded, ctx)
    apposed = _apposed(ctx).get(folded)
    return not (_ranks(role, _PUBLIC) or (apposed is not None and _ranks(apposed[0], _PUBLIC)))


def _public_frame(stem: str) -> bool:
    """Tell whether the question itself (not its headline) names a public office or
    standing ("electing Republican candidate for U.S. President, …, over _____"): its
    blank is one only a person of like standing fills."""
    words = _WORD.findall(stem.splitlines()[-1].lower()) if stem else []
    return any(_ranks(span, _PUBLIC) for span in _spans(words))


def _spans(words: list[str]) -> list[str]:
    """Return words one by one and two by two ("prime minister")."""
    return [*words, *(" ".join(pair) for pair in pairwise(words))]


def high_office(key: str, ctx: OptionContext | None) -> bool:
    """Tell whether the article gives a person key a high public office: a one-holder office
    of a country or known body that heads it ("U.S. President Barack Obama"), or an
    apposition naming a nation's head ("Republican candidate for U.S. President, Mitt
    Romney")."""
    if ctx is None:
        return False
    apposed = _apposed(ctx).get(normalise(key))
    headed = apposed is not None and apposed[1] and _ranks(apposed[0], _HIGH)
    office = _office_of(key, ctx)
    return headed or (office is not None and _heads(office))


def _heads(office: str) -> bool:
    """Tell whether an office names a nation's or a body's head by a word or two of it
    ("U.S. President", "Japan's Prime Minister"), no minister of a harbour."""
    words = office.lower().replace("'s", "").split()
    return any(_ranks(span, _HIGH) for span in _spans(words))


def _apposed(ctx: OptionContext) -> dict[str, tuple[str, bool]]:
    """Map the article's people (folded) to the noun their name is set beside ("U.S.
    President, Mitt Romney": president) and whether it is a nation's ("U.S.")."""
    return per_article(ctx, "apposed roles", lambda: _apposed_roles(ctx.sentences))


def _apposed_roles(sentences: Sequence[Any]) -> dict[str, tuple[str, bool]]:
    """Return the nouns names are set beside, and whether a nation's word comes before."""
    found: dict[str, tuple[str, bool]] = {}
    for sentence in sentences:
        for ent in ents_of(sentence):
            head = ent.root.head
            if ent.label_ != "PERSON" or ent.root.dep_ != "appos" or head.i > ent.start:
                continue
            if head.pos_ not in ("NOUN", "PROPN") or head.ent_type_:
                continue  # "Planned Parenthood …, Susan Allen": a body, no role
            national = any(t.ent_type_ in _NATIONAL for t in head.subtree if t.i < head.i)
            found.setdefault(normalise(ent.text), (head.lemma_.lower(), national))
    return found


@lru_cache(maxsize=512)
def _ranks(role: str, ranks: frozenset[str]) -> bool:
    """Tell whether a role noun has a person sense under one of `ranks` ("senator": public)."""
    people = [o for o in senses(role) if (e := synset(o)) is not None and e.lexfile == PERSON_FILE]
    return bool(role) and is_kind_of(people, ranks, _PUBLIC_LEVELS)
