"""Naming "the document" by the one thing of that kind an earlier sentence said.

A story says "the Home Office is to begin issuing questionnaires …" and two sentences on
"The document … must be completed in English": the document is the questionnaire, and a
question keeping "the document" leaves the player asking which. WordNet files a
questionnaire under "document", so when an earlier sentence said exactly one thing of that
kind (by a noun of its own, not "document") and said it at most `WINDOW` sentences before,
the question says that thing ("the questionnaire"). Left alone: a noun near the top of
WordNet ("the event", "the day") or one for a thought or a state anything may be called
("the idea", "the situation": a headline or an idiom explains them far more often than not),
a noun the article said before by its own word ("a document", "the leaked document": that
one may be meant), two earlier things of the kind, a thing said as someone's ("their
bombing": "the attack" may be another's), or a person.

A headline's description ("… at international robotics competition") stands for "the
competition" in `definites`; when an earlier sentence names the one thing of that noun by
proper words ("The FIRST Global competition"), that name says which and is said instead.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from questions.generate.antecedents import WINDOW, _bare, _noun
from questions.generate.general import GENERAL_DEPTH
from questions.generate.hypernyms import climb, is_kind_of
from questions.generate.introduced import described_here
from questions.generate.namedthings import TIMES
from questions.generate.persons import person_noun
from questions.generate.quotemarks import quoted_words
from questions.generate.topickinds import StoryKinds, name_topic_kinds
from questions.generate.wordnet import senses, synset

Span = Any
# WordNet's lexicographer files of nouns a kind names well: noun.act, noun.artifact,
# noun.communication, noun.event ("the attack", "the device", "the document", "the contest")
KIND_FILES = frozenset({4, 6, 10, 11})
KIND_STEPS = 3  # "questionnaire" -> "form" -> "document": a kind this near says which thing
_MAX_CLIMB = 20  # deeper than any WordNet noun
_NAMING = frozenset({"compound", "amod"})  # the words of "the FIRST Global competition"


@dataclass
class Kinds:
    """What earlier sentences said: each thing's noun and words, each noun's proper names."""

    # "questionnaire": "questionnaire"; None: said as someone's ("her plans", "the Church's
    # attempts"), a thing of one owner, and "the idea" may be another's
    things: dict[str, str | None] = field(default_factory=dict)
    last: dict[str, int] = field(default_factory=dict)  # the sentence each noun was last said in
    named: dict[str, set[str]] = field(default_factory=dict)  # "competition": {"FIRST Global …"}
    said: dict[str, str] = field(default_factory=dict)  # "document": "questionnaire", as named
    own: set[str] = field(default_factory=set)  # nouns said other than as a named bare "the X"
    count: int = 0  # sentences read


def _first(lemma: str) -> tuple[str, ...]:
    """Return the commonest noun sense of a lemma, or nothing."""
    return senses(lemma.lower())[:1]


def _specific(lemma: str) -> bool:
    """Tell whether a noun's commonest sense is a made thing, a message, an act or an event
    lying deeper than `GENERAL_DEPTH` in WordNet: it says what kind of thing ("document",
    "attack"), not only that it is one ("event"), nor a thought or a state anything may be
    called ("the idea", "the situation")."""
    first = _first(lemma)
    entry = synset(first[0]) if first else None
    if entry is None or entry.lexfile not in KIND_FILES:
        return False
    return len(list(climb(first, _MAX_CLIMB, first=True))) - 1 > GENERAL_DEPTH


def _words(noun: Any) -> str:
    """Return a noun's own words, singular: its compounds and lemma ("Lockerbie bombing"),
    only the lemma when a date or number is among them ("the 1988 bombing": which, a date
    would need resolving)."""
    before = [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
    start = min((c.left_edge.i for c in before), default=noun.i)
    lemma = str(noun.lemma_).lower()
    if any(t.dep_ != "compound" or t.ent_type_ in TIMES for t in noun.doc[start : noun.i]):
        return lemma
    return " ".join([*(t.text for t in noun.doc[start : noun.i]), lemma])


def _proper_name(noun: Any) -> str | None:
    """Return "FIRST Global competition" of "The FIRST Global competition": a common noun
    after "the" and capitalised words of no entity only ("the European team" says where
    the team is from, not its name), or None."""
    before = list(noun.doc[noun.left_edge.i : noun.i])
    if len(before) < 2 or before[0].lower_ != "the":
        return None
    words = before[1:]
    if any(t.dep_ not in _NAMING or not words[0].i <= t.head.i <= noun.i for t in words):
        return None  # "the FIRST Global competition" (the parser's "FIRST" is an adjective)
    if not all(t.text[:1].isupper() and not t.ent_type_ and t.is_alpha for t in words):
        return None
    return " ".join(t.text for t in [*words, noun])


def note_kinds(sentence: Span, kinds: Kinds, replace: dict[int, str] | None = None) -> None:
    """Record the things a sentence says, by noun, and each noun said by its own word."""
    for noun in sentence:
        if noun.pos_ != "NOUN" or noun.tag_ not in ("NN", "NNS") or noun.ent_type_:
            continue
        if noun.dep_ in ("compound", "nmod", "poss"):
            continue
        lemma = noun.lemma_.lower()
        if replace is None or noun.i not in replace:
            kinds.own.add(lemma)  # a "the document" named here is the questionnaire again
        if not person_noun(lemma):
            owned = any(c.dep_ == "poss" for c in noun.children)
            kinds.things[lemma] = None if owned else kinds.things.get(lemma, _words(noun))
            kinds.last[lemma] = kinds.count
        name = _proper_name(noun) if noun.tag_ == "NN" else None
        if name is not None:
            kinds.named.setdefault(lemma, set()).add(name)
    kinds.count += 1


def _kind_thing(lemma: str, kinds: Kinds) -> str | None:
    """Return the one earlier thing filed under this noun's kind, or None: none, two, one
    said as someone's, or one said too far back to be the one still talked about."""
    target = _first(lemma)
    found = [
        other
        for other in kinds.things
        if other != lemma and is_kind_of(_first(other), target, KIND_STEPS + 1, first=True)
    ]
    if len(found) != 1 or kinds.count - kinds.last[found[0]] > WINDOW:
        return None
    return kinds.things[found[0]]


def name_kinds(
    sentence: Span,
    kinds: Kinds,
    replace: dict[int, str],
    titled: dict[str, str],
    story: tuple[StoryKinds, Span | None] | None = None,
) -> None:
    """Say the one earlier thing of its kind for a bare "the document", and an earlier proper
    name for a headline's description of "the competition"; with the `story`'s kinds and the
    sentence before, the lead's one thing of its kind for "the animal" (`topickinds`)."""
    quoted = quoted_words(sentence)
    for noun in sentence:
        lemma = noun.lemma_.lower()
        if noun.i in quoted or not _noun(noun) or described_here(noun):
            continue
        after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
        if after is not None and after.lower_ == "of":
            continue
        titled_here = noun.i in replace and replace[noun.i] == titled.get(lemma)
        names = kinds.named.get(lemma, set())
        if titled_here and len(names) == 1:
            replace[noun.i] = next(iter(names))
            continue
        if noun.i in replace or not _bare(noun) or noun.doc[noun.i - 1].i in replace:
            continue
        if person_noun(lemma) or not _specific(lemma):
            continue
        if lemma in kinds.own:
            continue  # "a document" said before: "the document" may be that one
        said = kinds.said.get(lemma) or _kind_thing(lemma, kinds)
        if said is not None:
            replace[noun.i] = said
            kinds.said[lemma] = said
    if story is not None:
        name_topic_kinds(sentence, story[0], story[1], replace)


def restate(carried: str | None, kinds: Kinds) -> str | None:
    """Say a carried "the document" as it was named ("the questionnaire")."""
    if carried is None or len(carried.split()) != 2 or not carried.startswith("the "):
        return carried
    said = kinds.said.get(carried.split()[1])
    return f"the {said}" if said else carried
