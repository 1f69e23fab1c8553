"""Telling when "the law" points back to "a law" just brought in, not to the article's named one.

"Japan's parliament passed a law to allow Emperor Akihito to abdicate. The law gives Akihito
three years …": the article names one law elsewhere (the Imperial Household Law, the old law
the new one answers), so "the one name the article gives that kind of thing" would say "The
Imperial Household Law gives Akihito three years …", which is false. "A law" brings in a new
one, unnamed, and a "the law" in the same or the next sentence points back to it; the
question then says it by what introduced it ("the law to allow Emperor Akihito to abdicate"),
or leaves it. The name still stands where the article said it before the "a law" (the named
one was already in the story, "a law" being another only when it says so), or ties it to the
new one itself ("a law, the Imperial Household Law, …", "a law called …").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from questions.generate.antecedents import _clean  # words that stand alone in a question
from questions.generate.introduced import determiner
from questions.generate.render import join

Span = Any
Token = Any
_INDEFINITE = frozenset({"a", "an"})
_ASIDES = frozenset({"appos", "relcl", "acl", "advcl", "parataxis"})  # ", the National Diet,"
MAX_WORDS = 8  # a longer description makes the question too long to read
MAX_DOER = 4  # "Japan's parliament": who did it, said short


def _kept(head: Token) -> list[Token]:
    """Return a phrase's words less its asides (appositions, parentheses, clauses on its
    nouns) and less a prepositional phrase that does not stand alone ("with the province")."""
    dropped: set[int] = set()
    for t in head.subtree:
        aside = t != head and t.dep_ in _ASIDES
        if aside or (t.dep_ == "prep" and not _clean(list(t.subtree))):
            dropped.update(w.i for w in t.subtree)
        elif t.dep_ == "punct" and t.tag_ != "HYPH":  # "(FATA)", ", the National Diet,"
            dropped.add(t.i)
    return [t for t in head.subtree if t.i not in dropped]


def _purpose(noun: Token) -> list[Token] | None:
    """Return the "to" clause right after a noun that says what it is for ("a law to allow
    Emperor Akihito to abdicate"), the parser's clause on the noun or on its verb."""
    clauses = [*noun.children, *(noun.head.children if noun.dep_ == "dobj" else ())]
    for clause in clauses:
        if clause.dep_ not in ("acl", "relcl", "advcl") or clause.left_edge.i != noun.i + 1:
            continue
        if clause.tag_ != "VB" or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in clause.children
        ):
            continue
        words = _kept(clause)
        if len(words) <= MAX_WORDS and _clean(words):
            return words
    return None


def _doer(noun: Token) -> list[Token] | None:
    """Return who did what to an object and the verb ("passed a law": "Japan's parliament
    passed"), said as a relative clause on it ("the law Japan's parliament passed")."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1:
        return None
    words = _kept(subjects[0])
    if not words or len(words) > MAX_DOER or not _clean(words):
        return None
    return [*words, verb]


def description(noun: Token) -> str | None:
    """Return the words a "the law" pointing back to this "a law" is said by: its purpose,
    or who brought it in ("law to allow Emperor Akihito to abdicate"), or None."""
    words = _purpose(noun) or _doer(noun)
    if words is None:
        return None
    first = words[0]
    said = join(words)
    if first.is_sent_start and first.pos_ != "PROPN":  # "The assembly passed …"
        said = said[:1].lower() + said[1:]
    return f"{noun.text} {said}"


def _introducing(noun: Any) -> bool:
    """Tell whether a noun's phrase brings in a thing: not what another thing is said to be
    ("The Diet's law is a law of 1947", "as a law", "like a law")."""
    if noun.dep_ in ("attr", "oprd", "appos"):
        return False
    return not (noun.dep_ == "pobj" and noun.head.lower_ in ("as", "like", "unlike"))


@dataclass
class NewThings:
    """The kinds of named thing ("law" -> "Imperial Household Law") a sentence or the one
    before brought in anew with "a law", whose "the law" is that new one."""

    names: dict[str, str]  # the one name the article gives each kind: named_heads' own
    read: str = ""  # the article's text so far, lower-cased: where a name was said before
    before: frozenset[str] = frozenset()  # the kinds the sentence before brought in
    here: dict[str, int] = field(default_factory=dict)  # this sentence's, by their word
    said: dict[str, str | None] = field(default_factory=dict)  # how each new one is said

    def start(self, sentence: Span) -> None:
        """Read a sentence's "a law"s before its own "the law"s are named."""
        self.before, self.here = frozenset(self.here), {}
        for noun in sentence:
            name = self.names.get(noun.lower_, "").lower()
            if not name or noun.tag_ != "NN" or noun.pos_ != "NOUN" or noun.ent_type_:
                continue
            if determiner(noun) not in _INDEFINITE or not _introducing(noun):
                continue
            said = self.read + " " + sentence.doc[sentence.start : noun.i].text.lower()
            # "a law, the Imperial Household Law, …", "a law called …": the name is its own
            own = sentence.doc[noun.left_edge.i : noun.right_edge.i + 1].text.lower()
            if name in said or name in own:
                continue
            if noun.lower_ not in self.here:
                self.here[noun.lower_] = noun.i
                # the name said later in the same sentence: "the law" may be either
                later = sentence.doc[noun.i : sentence.end].text.lower()
                self.said[noun.lower_] = None if name in later else description(noun)
        self.read += " " + sentence.text.lower()

    def unnamed(self) -> dict[str, tuple[int, str | None]]:
        """Return each kind brought in anew with where and how it is said: a "the law" after
        that word (-1: the sentence before) is the new one, not the named one."""
        before = {kind: (-1, self.said.get(kind)) for kind in self.before}
        return {**before, **{kind: (i, self.said.get(kind)) for kind, i in self.here.items()}}
