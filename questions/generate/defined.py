"""Stage 4: "What is the priority direction of the Acme Union's work?" for a sentence that
says what holds a named thing's one role ("Keeping the roads open is the priority direction
of the Acme Union's work").

The answer is a phrase no entity marks: what the role is given to, often a gerund phrase.
Its wrong options are the article's other phrases of the same form, the things it names as
aims or roles elsewhere ("Cutting fares", "Building new bridges"), none sharing a content
word with the key (a variant of it would be true as well).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from questions.generate.closest import closest
from questions.generate.facts import Fact
from questions.generate.render import capitalise, join
from questions.generate.write import Stem

Span = Any
Token = Any
DEFINED = "definition"
DEFINED_RULE = "rule:definition"
GERUND = "gerund"
_COPULAS = frozenset({"be", "remain"})
_CONTENT = frozenset({"NOUN", "PROPN", "ADJ", "VERB", "NUM"})
MIN_WORDS, MAX_WORDS = 2, 8  # a phrase, not a word nor a clause


def _phrase(head: Token, items: set[int]) -> list[Token]:
    """Return a list item's words: its head and dependents but the other items, and no
    joining word after it."""
    words, todo = [], [head]
    while todo:
        word = todo.pop()
        words.append(word)
        todo.extend(c for c in word.children if c.i not in items)
    words.sort(key=lambda t: t.i)
    while words and (words[-1].is_punct or words[-1].dep_ == "cc"):
        words.pop()  # "clean, and" before the next item
    return words


def _held(sentence: Span) -> tuple[Token, Token] | None:
    """Return the subject and the role of a sentence "<phrase> is/remains the <role of a
    named thing>", or None: the role is one ("the"), and named, so the question stands."""
    root = sentence.root
    if root.lemma_ not in _COPULAS:
        return None
    subject = next((c for c in root.children if c.dep_ in ("csubj", "nsubj")), None)
    role = next((c for c in root.children if c.dep_ == "attr"), None)
    if subject is None or role is None or subject.left_edge.i != sentence.start:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in role.children):
        return None
    if not any(t.pos_ == "PROPN" for t in role.subtree):
        return None  # "the most urgent task at present": whose, the question cannot say
    words = list(subject.subtree)
    if words[0].pos_ in ("DET", "PRON") or any(t.ent_type_ for t in words):
        return None  # "This is …", "China is …": a reference, or a name asked as its kind
    if subject.dep_ == "csubj" and subject.tag_ != "VBG":
        return None  # "To win is …": not a thing done
    return (subject, role) if MIN_WORDS <= len(words) <= MAX_WORDS else None


def _bare(name: str) -> str:
    """Return a name without its "the": a noun's modifier takes no article of its own."""
    return name.removeprefix("the ")


def _fact(index: int, words: Sequence[Token], gerund: bool) -> Fact:
    """Return a phrase as a fact; its unit holds its content lemmas."""
    doc = words[0].doc
    text = doc[words[0].i : words[-1].i + 1].text
    lemmas = " ".join(sorted({t.lemma_.lower() for t in words if t.pos_ in _CONTENT}))
    return Fact(index, words[0].i, words[-1].i + 1, text, "", DEFINED,
                GERUND if gerund else "", lemmas)  # fmt: skip


def stated_definitions(
    sentences: Sequence[Span], replace: Sequence[dict[int, str]], acronyms: dict[str, str]
) -> list[list[tuple[Fact, Stem]]]:
    """Return, per sentence, the phrase holding a named role as a fact and its question,
    "What is <the role>?"; an acronym modifying a noun spelled out bare ("of Acme Union
    work", not "of the Acme Union work")."""
    out: list[list[tuple[Fact, Stem]]] = [[] for _ in sentences]
    for index, sentence in enumerate(sentences):
        held = _held(sentence)
        if held is None:
            continue
        subject, role = held
        root = sentence.root
        if any(c.dep_ in ("aux", "auxpass", "neg") for c in root.children):
            continue  # "will remain", "might be", "is not": "What remain …?" drops the hedge
        end = role.right_edge.i + 1  # the full stop after the role
        tail = [t for t in sentence if root.i <= t.i < end]
        if end + 1 < sentence.end:
            continue  # more after the role: a second statement the question would make
        said = dict(replace[index])
        said.update({w.i: _bare(acronyms[w.text]) for w in tail
                     if w.dep_ == "compound" and w.text in acronyms})  # fmt: skip
        text = "What " + join(tail, said) + "?"
        fact = _fact(index, list(subject.subtree), subject.tag_ == "VBG")
        out[index].append((fact, Stem(text, "wh", DEFINED_RULE)))
    return out


def _gerund_items(sentence: Span, index: int) -> list[Fact]:
    """Return the gerund phrases of a sentence's list ("building bridges, cutting fares, …"),
    however the parse joins them: two or more, each after a colon, a comma or "and"."""
    doc = sentence.doc
    verbs = [v for v in sentence
             if v.tag_ == "VBG" and any(c.dep_ == "dobj" for c in v.children)
             and v.i > sentence.start and doc[v.i - 1].text in (":", ",", "and")]  # fmt: skip
    if len(verbs) < 2:
        return []  # one gerund alone is part of its clause, not an item named
    items = {v.i for v in verbs}
    out = []
    for verb in verbs:
        words = _phrase(verb, items - {verb.i})
        if any(t.pos_ == "PRON" or t.dep_ == "neg" for t in words):
            continue  # "not forgetting his aims": whose, only its sentence says
        if words[-1].i - words[0].i + 1 == len(words) and MIN_WORDS <= len(words) <= MAX_WORDS:
            out.append(_fact(index, words, True))
    return out


def defined_rivals(sentences: Sequence[Span]) -> list[Fact]:
    """Return every phrase of the article that may stand as another's option: those holding
    a role, and the gerund phrases of its lists."""
    out: list[Fact] = []
    for index, sentence in enumerate(sentences):
        held = _held(sentence)
        if held is not None:
            out.append(_fact(index, list(held[0].subtree), held[0].tag_ == "VBG"))
        out.extend(_gerund_items(sentence, index))
    return out


def defined_options(fact: Fact, key: str, article: Sequence[Fact], source: str,
                    taken: set[str]) -> list[str]:  # fmt: skip
    """Pick a phrase's options: the article's others of its form, none sharing a content word
    with the key or an option before it (a variant would be true too), nor said beside it."""
    said = [set(fact.unit.split())]
    folded = source.lower()
    pool = []
    for other in article:
        words = set(other.unit.split())
        if other.kind != DEFINED or other.subtype != fact.subtype:
            continue
        if any(words & s for s in said) or other.text.lower() in folded:
            continue
        said.append(words)
        pool.append(capitalise(other.text) if key[:1].isupper() else other.text)
    return closest(pool, key, lambda o: True, taken)
