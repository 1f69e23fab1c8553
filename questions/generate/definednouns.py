"""A common noun the article defines in an apposition: "… and cretinism, a condition
characterised by severe brain damage occurring in very early life."

The definition says what only the noun is, so a teacher asks it back: "Which condition is
characterised by severe brain damage occurring in very early life?". The noun must have one
WordNet sense, of a kind of thing with rivals, and the apposition's head ("condition") must
name a kind WordNet files it under: then "Which condition" asks for a thing of that kind,
and the article's other things of it that sit closer to the key than the kind itself (its
goiter and deafness, physical conditions as cretinism is) are its first rivals; WordNet's
sisters fill the rest. None the question says ("brain damage" defines the key), none the
key's own kind or sub-kind. The defining clause is a participle ("characterised by …") or a
subject relative ("that causes …"), and runs to the sentence's end: asked so, it is the
whole question, whatever the sentence's main clause says (the key may be one item of its
list: the question asks the definition, not the list's slot).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from wordfreq import zipf_frequency

from questions.generate.common import NOUN
from questions.generate.compiled import pattern
from questions.generate.facts import Fact
from questions.generate.hypernyms import climb
from questions.generate.listednouns import single_sense
from questions.generate.sisters import COMMON_ZIPF, commonest
from questions.generate.stems import Stem
from questions.generate.wordnet import Synset, senses, synset

DEFINED_NOUN = "defined-noun"  # the fact's subtype: asked only by its definition
DEFINED_NOUN_RULE = "rule:defined-noun"
Span = Any
Token = Any
_ARTICLES = frozenset({"a", "an"})
_RELATIVES = frozenset({"that", "which"})
_KIND_WORDS = frozenset({"NOUN", "ADJ"})  # "a rare condition", "a skin condition"
_LEVELS = 10  # WordNet's depth from a disease up to "condition" is six
WANTED = 3
_PARENT, _CHILD = "@", "~"


def _below_kind(entry: Synset, kind: str) -> tuple[str, ...] | None:
    """Return the kinds a sense is filed under below a sense of the noun `kind` (cretinism:
    hypothyroidism … physical condition, under "condition"), or None where no sense of
    `kind` is above it ("a condition" does not say what a gas is)."""
    wanted = set(senses(kind))
    below: list[str] = []
    for level in climb([entry.offset], _LEVELS):
        if wanted & set(level):
            return tuple(o for o in below if o != entry.offset)
        below.extend(level)
    return None


def _clause(kind: Token) -> str | None:
    """Return the defining clause right after an apposition's head noun, to the sentence's
    last word: a participle ("characterised by …") or a subject relative ("that causes …")
    without its relative word; None for another shape or a pronoun inside (whose?)."""
    sentence = kind.sent
    last = sentence.end - 1
    while last > kind.i and sentence.doc[last].is_space:
        last -= 1
    words = list(sentence.doc[kind.i + 1 : last])
    if not words or sentence.doc[last].text != "." or any(t.pos_ == "PRON" for t in words[1:]):
        return None
    verb = next((c for c in kind.children if c.dep_ in ("acl", "relcl")), None)
    if verb is None or {t.i for t in verb.subtree} != {t.i for t in words}:
        return None
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and words[0].i == verb.i:
        return "is " + _said(words)  # "characterised by …": a definition's timeless present
    opener = words[0]
    relative = opener.lower_ in _RELATIVES and opener.dep_ in ("nsubj", "nsubjpass")
    if verb.dep_ == "relcl" and relative and opener.head.i == verb.i:
        return _said(words[1:])
    return None


def _said(words: list[Token]) -> str:
    """Return words as the article spaces them."""
    return "".join(t.text_with_ws for t in words).strip()


def _apposition(noun: Token) -> tuple[Token, str] | None:
    """Return the head noun of "a/an …" set off by a comma right after a noun and its
    defining clause ("cretinism, a condition characterised by …"), or None. Found on the
    words: the parser hangs such an apposition on the subject as often as on the noun."""
    doc, end = noun.doc, noun.sent.end
    at = noun.i + 1
    if at + 2 >= end or doc[at].text != "," or doc[at + 1].lower_ not in _ARTICLES:
        return None
    head = at + 2
    while head + 1 < end and doc[head].pos_ in _KIND_WORDS and doc[head + 1].pos_ == "NOUN":
        head += 1
    kind = doc[head]
    if kind.pos_ != "NOUN" or not kind.is_lower or kind.tag_ != "NN":
        return None
    clause = _clause(kind)
    return (kind, clause) if clause is not None else None


def defined_noun_stems(sentences: Sequence[Span]) -> list[list[tuple[Fact, Stem]]]:
    """Return, per sentence, each common noun it defines in an apposition, with the question
    that asks it by its definition ("Which condition is characterised by …?")."""
    out: list[list[tuple[Fact, Stem]]] = []
    for index, sentence in enumerate(sentences):
        found = []
        for noun in sentence:
            shaped = _apposition(noun) if noun.pos_ == "NOUN" and noun.is_lower else None
            entry = single_sense(noun.lemma_.lower()) if shaped is not None else None
            if shaped is None or entry is None or noun.tag_ != "NN":
                continue
            if any(c.dep_ in ("compound", "amod") for c in noun.children):
                continue  # "brain damage", "visible goiter": the apposition defines the phrase
            kind, clause = shaped
            if _below_kind(entry, kind.lemma_.lower()) is None:
                continue  # the apposition does not say what kind of thing the noun is
            text = f"Which {kind.lower_} {clause}?"
            fact = Fact(index, noun.i, noun.i + 1, noun.text, "NOUN", NOUN, DEFINED_NOUN,
                        noun.lemma_.lower(), kind.lemma_.lower())  # fmt: skip
            found.append((fact, Stem(text, "wh", DEFINED_NOUN_RULE)))
        out.append(found)
    return out


def _defines(sentence: Span, fact: Fact) -> bool:
    """Tell whether a sentence (of any paragraph's parse) is the one defining the fact's key."""
    if not sentence.start <= fact.start < sentence.end:
        return False
    noun = sentence.doc[fact.start]
    return noun.text == fact.text and _apposition(noun) is not None


def _shared_depth(entry: Synset, below: tuple[str, ...], levels: int) -> int | None:
    """Return how many levels up a sense meets one of the key's kinds below the asked kind
    (the closer, the truer a rival), or None where it meets none."""
    for depth, level in enumerate(climb([entry.offset], levels)):
        if set(level) & set(below):
            return depth
    return None


def _article_nouns(sentences: Sequence[Span]) -> list[str]:
    """Return the article's common nouns and noun compounds, lemmatised, in order."""
    found: list[str] = []
    for sentence in sentences:
        for t in sentence:
            if t.pos_ != "NOUN" or not t.is_alpha or not t.is_lower:
                continue
            before = t.doc[t.i - 1] if t.i > sentence.start else None
            if before is not None and before.dep_ == "compound" and before.is_lower:
                found.append(f"{before.lower_} {t.lemma_.lower()}")  # "brain damage"
            found.append(t.lemma_.lower())
    return list(dict.fromkeys(found))


def _relatives(entry: Synset, key: str, text: str, asked: str) -> list[str]:
    """Return WordNet's things of the key's kind the article does not say: its sisters, then
    its parent's (cretinism, alone with "myxedema" under hypothyroidism: hyperthyroidism, the
    other glandular diseases), commonest first. A rare key's rivals may be as rare as it is
    (a reader who knows "cretinism" knows "hyperthyroidism"); none rarer."""
    floor = min(COMMON_ZIPF, zipf_frequency(key, "en"))
    kin = _kin(entry)
    found: list[str] = []
    parents = [t for s, t in entry.pointers if s == _PARENT]
    grand = [t for p in parents if (up := synset(p)) for s, t in up.pointers if s == _PARENT]
    for level in (parents, grand):
        names = []
        for offset in level:
            above = synset(offset)
            for s, child in above.pointers if above is not None else ():
                member = synset(child) if s == _CHILD and child not in kin else None
                name = member.lemmas[0].replace("_", " ") if member is not None else ""
                if not name.isalpha() or not name.islower() or senses(name)[:1] != (child,):
                    continue  # a name ("Addison's disease"), a phrase, or another's word
                if zipf_frequency(name, "en") < floor or _within(name, entry.definition):
                    continue  # a curiosity, or what the key is defined as
                if not _within(name, asked) and not _within(name, text.lower()):
                    names.append(name)
        found += [n for n in commonest(names, key) if n not in found]
    return found


def _kin(entry: Synset) -> set[str]:
    """Return a sense with its parents and children: never its rival."""
    return {t for s, t in entry.pointers if s in (_PARENT, _CHILD)} | {entry.offset}


def _within(name: str, text: str) -> bool:
    """Tell whether a text says a word or phrase as whole words."""
    return f" {name} " in f" {pattern(r'[^a-z ]').sub(' ', text.lower())} "


def defined_noun_rivals(fact: Fact, text: str, stem: str, sentences: Sequence[Span]) -> list[str]:
    """Return a defined noun's wrong options: the article's own things of the asked kind
    closest to the key first (none said beside the key: its sentence is the explanation),
    then WordNet's (`_relatives`); none the question says, none a kind or sub-kind of the key
    or of another option ("health problem" is a kind deafness is of)."""
    entry = single_sense(fact.unit)
    below = _below_kind(entry, fact.described) if entry is not None else None
    if entry is None or below is None:
        return []
    kin = _kin(entry)
    beside = " ".join(s.text for s in sentences if _defines(s, fact))
    ranked = []
    for order, lemma in enumerate(_article_nouns(sentences)):
        rival = single_sense(lemma)
        name = lemma.replace("_", " ")
        if rival is None or rival.offset in kin or _within(name, stem) or _within(name, beside):
            continue
        depth = _shared_depth(rival, below, _LEVELS)
        if depth is not None:
            ranked.append((depth, order, name, rival))
    # a rival another is a kind of is their kind, no sister ("health problem": deafness's)
    above = {o for *_, r in ranked for level in list(climb([r.offset], _LEVELS))[1:] for o in level}
    chosen = [
        name for _, _, name, r in sorted(ranked, key=lambda x: x[:2]) if r.offset not in above
    ]
    chosen = chosen[:WANTED]
    return (chosen + [n for n in _relatives(entry, fact.unit, text, stem) if n not in chosen])[
        :WANTED
    ]
