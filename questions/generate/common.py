"""Common nouns worth asking: the thing a sentence is about, with WordNet's sisters as options.

spaCy tags no entity in "Gloria developed severe eczema", yet the disease is what a teacher
asks ("What did Gloria develop …?"). A common noun has no pool of rivals in the article, so
its wrong options are its sisters in WordNet (eczema: acne, lupus, psoriasis — the other skin
diseases), and only where WordNet is sure what the word means: one noun sense, of a kind of
thing that has sisters (a disease, a gas, a device), never a person, a place or a time. The
noun is asked only as the object or complement of the sentence's main verb, where it carries
the sentence's point, or as an illness after "died of" (`ailments`); an adjective before it
("severe") stays in the question unless WordNet lists the two ("pancreatic cancer").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

from wordfreq import zipf_frequency

from questions.generate.ailments import ailment_kind, ailment_object
from questions.generate.compiled import pattern
from questions.generate.doers import deed, doer_rivals
from questions.generate.facts import Fact
from questions.generate.indefinite import indefinite
from questions.generate.keysense import sense_fits
from questions.generate.listednouns import fact_sense, listed_key, single_sense
from questions.generate.pronouns import as_written
from questions.generate.saidnouns import plural as plural_of
from questions.generate.saidnouns import said_in
from questions.generate.sisters import commonest, plain_sister, words_beside
from questions.generate.wordnet import Synset, find_line, senses, synset

NOUN = "noun"
Span = Any
Token = Any
# Artifacts and foods are grouped by use, loosely: a "station" is a facility beside an
# "arboretum" and a "backroom". Their sisters are asked only under a narrow parent (trophy:
# gold, silver, bronze medals), of a dozen kinds at most.
_LOOSE = frozenset({6, 13})
# An animal under a parent of many kinds is one of a broad level: "placental" holds the
# rodents beside "livestock" and the bats; a family ("great ape") or genus is narrow.
_NARROWED = _LOOSE | {5}
NARROW = 12
_OBJECTS = frozenset({"dobj", "attr", "oprd", "nsubjpass"})  # what the verb acts on or says
_CLAUSES = frozenset({"ROOT", "xcomp", "conj"})  # the main clause, or a verb it governs
# A preposition's object is asked (as a blank) where the preposition is the main verb's or a
# participle's that describes its object ("fired rounds aimed at a loudspeaker"), and one
# that takes an argument: "ended 1–1 on the scoreboard" says where, not what.
_PREP_CLAUSES = _CLAUSES | {"acl", "ccomp"}  # "suggested that it spread from _____": what is said
_ARGUMENT_PREPS = frozenset({"with", "from", "at", "for", "by", "against", "into", "to"})
MAIN_SUBJECT = 4  # a noun of the headline said this often is what the story is about
WANTED = 3
FEWEST = 2  # a kind with only two other members (clock: watch, timer) makes a three-option poll
_PARENT, _CHILD = frozenset({"@"}), frozenset({"~"})
TOPIC = "topic"  # a noun the article says in more than one sentence: a gold-like fact
TOPIC_SCORE = 1.0  # what a topic noun gains: level with a name that is not in the lead


def _written(lemma: str) -> str:
    """Return a WordNet lemma as written ("noble_gas": "noble gas")."""
    return lemma.split("(")[0].replace("_", " ")


def _kin(entry: Synset) -> frozenset[str]:
    """Return the offsets of a synset's parents, grandparents and children: never a rival
    ("skin disease" for eczema is true too, and so is a kind of eczema)."""
    parents = {t for s, t in entry.pointers if s in _PARENT}
    grand = {t for p in parents if (up := synset(p)) for s, t in up.pointers if s in _PARENT}
    children = {t for s, t in entry.pointers if s in _CHILD}
    return frozenset(parents | grand | children | {entry.offset})


def _sisters(entry: Synset, key: str) -> list[list[str]]:
    """Return the sisters of a synset under each of its parents, each list the commonest
    first: their first lemma, lower case, as many words as the key, not sharing its words."""
    kin = _kin(entry)
    own = {_written(lemma).lower() for lemma in entry.lemmas}  # "silver" of "silver medal"
    words = len(key.split())
    groups = []
    for parent in _kinds(entry):
        kinds = sum(1 for s, _ in parent.pointers if s in _CHILD)
        if entry.lexfile in _NARROWED and kinds > NARROW:
            continue
        names = []
        for s, offset in parent.pointers:
            member = synset(offset) if s in _CHILD and offset not in kin else None
            name = _written(member.lemmas[0]) if member is not None else ""
            if member is None or not name.islower() or words_beside(name, key) != words:
                continue  # a named thing, or a phrase among single words, stands out
            if not name.replace(" ", "").isalpha() or senses(name)[:1] != (offset,):
                continue  # "cartridge" beside "microphone": read as ammunition first
            if any(_within(o, name) or _within(name, o) for o in own):
                continue  # "celery salt" beside "salt": a kind of it; "gold medal" is no kind
            if member.lexfile != entry.lexfile:
                continue  # "high explosive", a substance, beside "nuclear weapon": no weapon
            if not plain_sister(member, name, entry):
                continue  # "booby prize" beside "silver medal", "gun deck": no rival
            if " " not in name and find_line("index.adj", name):
                continue  # "died from _____": "sore", "cold" read as adjectives, a misfit
            names.append(name)
        groups.append(commonest(names, key))
    return groups


def _kinds(entry: Synset) -> list[Synset]:
    """Return the kinds a synset is of, an illness of which it is the only member replaced
    by that kind's own ("prostate cancer", alone under "adenocarcinoma": the carcinomas).
    Only among illnesses: elsewhere the kind above is broader ("health problem", alone under
    "pathological state", would get "good health")."""
    found = []
    for symbol, target in entry.pointers:
        parent = synset(target) if symbol in _PARENT else None
        if parent is None:
            continue
        if [t for s, t in parent.pointers if s in _CHILD] == [entry.offset]:
            ups = [t for s, t in parent.pointers if s in _PARENT and ailment_kind(t)]
            found += [up for t in ups if (up := synset(t))]
        else:
            found.append(parent)
    return found


def _within(part: str, whole: str) -> bool:
    """Tell whether a phrase holds another as whole words ("salt" in "celery salt")."""
    return f" {part} " in f" {whole} "


def _indefinite(name: str) -> str:
    """Return the indefinite article a noun takes, by how it is said ("an acne", "a unit")."""
    return indefinite(name)


def common_rivals(fact: Fact, text: str) -> list[str]:
    """Return three wrong options for a common noun: its commonest WordNet sisters under its
    most specific parent (helium: neon, argon, xenon — the noble gases, not every element), in
    the key's number, none the article says; two where its kind has only two others (a clock:
    a watch, a timer); [] when fewer are known. A noun said to do a deed gets its doers."""
    if fact.described:  # "a loudspeaker that broadcasts …": no microphone broadcasts
        return doer_rivals(fact, text)
    entry = fact_sense(fact)  # a listed noun's: the one its list's kind picks
    if entry is None or not sense_fits(entry, text):  # a carrier's deck in a shuttle story
        return []
    plural = fact.text.lower() != fact.unit
    article = fact.label.split()[-1]  # "a _____": no option that takes "an"
    groups = [
        [n for n in g if not said_in(n, text) and article in ("NOUN", _indefinite(n))]
        for g in _sisters(entry, fact.unit)
    ]
    # A word of several kinds (chlorine: an element, a gas, a halogen) gets sisters of two of
    # them ("air" is a gas, no element); else those of its narrowest kind (a skin disease).
    seen = Counter(n for g in groups for n in g)
    both = sorted((n for n in seen if seen[n] > 1), key=lambda n: (-zipf_frequency(n, "en"), n))
    fitting = sorted((g for g in groups if len(g) >= WANTED), key=len)
    # A kind that lies within another of the key's kinds (the halogens, all elements) holds
    # its nearest kin, who do what it does: "treating water with _____" takes iodine beside
    # chlorine, never hydrogen, merely another gas; two such kin make a three-option poll.
    within = [g for g in groups if len(g) >= FEWEST and any(set(g) < set(h) for h in groups)]
    if within:
        nearest = min(within, key=len)[:WANTED]
        return [plural_of(n) for n in nearest] if plural else nearest
    if len(both) < WANTED and not fitting:
        # No kind has three: a kind with exactly two is still the key's true rivals, asked
        # with three options; more kinds of two would be a guess between them.
        pairs = [g for g in groups if len(g) == FEWEST]
        if len(pairs) != 1:
            return []
        return [plural_of(n) for n in pairs[0]] if plural else pairs[0]
    chosen = (both if len(both) >= WANTED else fitting[0])[:WANTED]
    return [plural_of(n) for n in chosen] if plural else chosen


def _key_span(noun: Token) -> tuple[int, str] | None:
    """Return where a noun's key starts and its WordNet lemma: the noun with the words it is
    compounded of ("silver medal"), or with an adjective where WordNet knows the whole
    ("pancreatic cancer", not "severe eczema"); None where WordNet does not know the
    compound ("water security": no sisters, and the bare "security" would misstate it)."""
    before = [t for t in noun.children if t.dep_ == "compound" and t.i < noun.i]
    named = _named(noun, min((t.i for t in before), default=noun.i))
    if before:
        return named
    # An adjective right before the noun names a kind only where WordNet lists the phrase:
    # "pancreatic cancer" is a cancer beside "lung cancer"; "severe" leaves "eczema" asked.
    adjective = noun.doc[noun.i - 1] if noun.i > noun.sent.start else None
    if adjective is not None and adjective.dep_ == "amod" and adjective.head.i == noun.i:
        return _named(noun, adjective.i) or named
    return named


def _named(noun: Token, start: int) -> tuple[int, str] | None:
    """Return a noun's words from `start` and their lemma, where WordNet has one sense of it."""
    words = noun.doc[start : noun.i + 1]
    if any(not t.is_alpha or not t.is_lower or t.ent_type_ for t in words):
        return None  # a name, a number or a hyphenated word inside: no common noun
    lemma = " ".join([*(t.lower_ for t in words[:-1]), noun.lemma_.lower()])
    return (start, lemma) if single_sense(lemma) is not None else None


def _main_object(noun: Token) -> bool:
    """Tell whether a noun is the object or complement of the main clause's verb."""
    if noun.pos_ != "NOUN":
        return False
    # a passive's agent ("spread by tsetse flies") is its doer: an argument as "with" is
    if noun.dep_ == "pobj" and noun.head.dep_ in ("prep", "agent"):
        verb = noun.head.head
        if noun.head.lower_ not in _ARGUMENT_PREPS:
            return False
        return verb.pos_ == "VERB" and verb.dep_ in _PREP_CLAUSES
    verb = noun.head
    return noun.dep_ in _OBJECTS and verb.pos_ in ("VERB", "AUX") and verb.dep_ in _CLAUSES


def _defined(noun: Token) -> bool:
    """Tell whether a noun carries a relative clause ("the clock he made to school"): the
    question drops it, and with it what the parse hung there of the main verb's ("What did
    Mohamed bring?", not where)."""
    return any(c.dep_ == "relcl" for c in noun.children)


# Names a noun may classify ("the Superbird 7 spacecraft"); a place or people before a noun
# ("the Texas floods", "Chinese vaccines") says where or whose, not what the noun is.
_WHERE_OR_WHOSE = frozenset({"GPE", "LOC", "NORP", "DATE", "TIME"})


def _classifies_names(noun: Token) -> bool:
    """Tell whether a noun only says what kind of thing the names before it are ("with the
    Kestrel 4 and TZ-12 _____"): the names tell what it is, and the blank tests nothing."""
    for child in noun.lefts:
        for t in child.subtree:
            if t.i < noun.i and t.pos_ == "PROPN" and t.ent_type_ not in _WHERE_OR_WHOSE:
                return True
    return False


def _lemma_counts(sentences: Sequence[Span]) -> Counter[str]:
    """Count the sentences that use each noun lemma: a noun said again is the story's."""
    counts: Counter[str] = Counter()
    for sentence in sentences:
        counts.update({t.lemma_.lower() for t in sentence if t.pos_ == "NOUN"})
    return counts


def common_facts(
    stated: list[list[Fact]],
    sentences: Sequence[Span],
    replace: Sequence[dict[int, str]],
    headline: str | None,
) -> list[list[Fact]]:
    """Add each sentence's common-noun object as a fact, where WordNet has sisters for it and
    no pronoun of the sentence is resolved by a guess ("She died from …": whose death the
    question would state is the guess's); one whose person the sentence names is no guess."""
    counts = _lemma_counts(sentences)
    said = (headline or "").lower()
    out = []
    for index, (found, sentence) in enumerate(zip(stated, sentences, strict=True)):
        taken = {i for f in found for i in range(f.start, f.end)}
        added = []
        # "he" beside the "Mohamed" it stands for is the sentence's own word, no guess
        kept = as_written(sentence, replace[index])
        guessed = any(sentence.doc[i].pos_ == "PRON" and w for i, w in kept.items())
        for noun in sentence if not guessed else ():
            # a list's item, its sense the list's kind ("seafood, milk": the food), is asked
            # where the list is the main verb's object, as one item of it (`library.pooled`)
            shaped = _key_span(noun) if noun.pos_ == "NOUN" else None
            # "pancreatic cancer": a phrase WordNet knows is asked whole, as before
            listed = listed_key(noun) if shaped is None or shaped[0] == noun.i else None
            shaped = (noun.i, listed[1]) if listed else shaped
            if shaped is None or taken & set(range(shaped[0], noun.i + 1)):
                continue
            # the main verb's object, or an illness said after "died of", "suffering from"
            point = _main_object(listed[0] if listed else noun) or ailment_object(noun, shaped[1])
            does = deed(noun) if _defined(noun) else ""  # a clause the blank question keeps
            if not point or (_defined(noun) and not does) or _classifies_names(noun):
                continue
            start, lemma = shaped
            text = noun.doc[start : noun.i + 1].text
            used = counts[noun.lemma_.lower()]
            if used >= MAIN_SUBJECT and pattern(rf"\b{re.escape(noun.lemma_)}").search(said):
                continue  # "rebuild their _____" in a robotics story: the robot, by heart
            topic = used > 1  # said again: the story's, a teacher's key fact
            before = noun.doc[start - 1].lower_ if start > sentence.start else ""
            label = f"NOUN {before}" if before in ("a", "an") else "NOUN"  # what the blank says
            sense = listed[2].offset if listed else ""
            fact = Fact(index, start, noun.i + 1, text, label, NOUN, TOPIC if topic else "", lemma,
                        described=does, sense=sense)  # fmt: skip
            if len(common_rivals(fact, "")) >= FEWEST:  # else no options: not worth writing
                added.append(fact)
        out.append(found + added)
    return out


def common_score(fact: Fact) -> float:
    """Return what a common noun adds to its kind's score: a topic of the story ranks with
    names; any other noun below them, asked only where they leave room."""
    return TOPIC_SCORE if fact.kind == NOUN and fact.subtype == TOPIC else 0.0
