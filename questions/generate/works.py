"""Named works introduced by their type noun: "her song Hello", "his album 25", "the film Jaws".

spaCy labels a title set after its noun a person, an organisation, a work of art or nothing,
from one mention to the next ("Hello" is nothing, "Lemonade" a person), so no option of the
same label is found and the fact dies. The noun says what the name is: a noun whose WordNet
sense is a kind of work (a musical composition, an album, a movie, a literary or dramatic
composition, a show, a creation such as a book or a painting) makes the name right after it
a work of that kind. Its options are the other names the article sets after a noun of the
same sense ("his album Blackstar" for "her album 25"), and the question asks the kind
("Which song …?"). A number title ("album 25") is a name then, never a count or a year.

A work the article says did the same deed as the key (won the same award, was released
too) is never an option: the key must be the one right answer.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from questions.generate.facts import Fact
from questions.generate.hypernyms import climb
from questions.generate.wordnet import PERSON_FILE, senses, synset
from questions.schema import normalise

WORK = "work"
# WordNet synsets (by offset) a work's sense reaches: made to be heard, read, watched, seen
_WORK_KINDS = frozenset(
    {
        "07037465",  # musical_composition: song, anthem, hymn
        "06591815",  # album: one or more recordings issued together
        "06613686",  # movie: film, documentary
        "06364329",  # literary_composition: novel, poem, story
        "07007684",  # dramatic_composition: play, screenplay
        "06619428",  # broadcast: a television or radio programme, a serial
        "07026352",  # opera
        "04599396",  # work (a product of creative effort): book, publication
        "02743547",  # art (the products of creativity): painting, sculpture
    }
)
_SENSES = 2  # a work sense among a noun's commonest: "record" as evidence, not as a disc
_LEVELS = 8  # deep enough to reach "creation" from "statue"
_MAX_NAME = 6  # "The Lord of the Rings": a title is short
_JOINS = frozenset({"of", "the"})  # go on with a title: "Lord of the Rings"
_CLOSE = frozenset({",", ".", ";", ":", "!", "?", ")"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_OBJECTS = frozenset({"dobj", "attr", "oprd"})
_UP = 4  # steps from a title to the verb that says its deed: name, noun, "for", verb
MIN_OTHERS = 2  # two other works of the kind make a three-option question at least


@lru_cache(maxsize=2048)
def work_sense(noun: str) -> str:
    """Return the offset of a noun's commonest sense that is a kind of work, or "": none
    for a noun that may mean someone ("music icon Prince": an idol, not a painting)."""
    common = senses(noun)[:_SENSES]
    if any((s := synset(o)) and s.lexfile == PERSON_FILE for o in common):
        return ""
    for offset in common:
        for level in climb([offset], _LEVELS):
            if _WORK_KINDS.intersection(level):
                return offset
    return ""


def _title_end(doc: Any, start: int) -> int:
    """Return where a title that starts at `start` ends, or `start` when none starts there."""
    first = doc[start]
    # "album 25", "novel 1984 Revisited": a number opens a title as a capital does
    if not (first.text.isdigit() or (first.is_alpha and first.text[:1].isupper())):
        return start
    end = start + 1
    while end < len(doc) and end - start < _MAX_NAME:
        word = doc[end]
        if word.lower_ in _JOINS and end + 1 < len(doc) and doc[end + 1].text[:1].isupper():
            end += 1  # "Lord of the Rings"
        elif word.is_alpha and word.text[:1].isupper() and word.tag_ != "POS":
            end += 1
        else:
            break
    return end


def _title_after(noun: Any) -> tuple[int, int] | None:
    """Return the span of a title set right after a work noun ("song Hello", "album, 25,")."""
    doc = noun.doc
    start = noun.i + 1
    comma = start < len(doc) and doc[start].text == ","
    start += comma
    if start >= len(doc):
        return None
    end = _title_end(doc, start)
    if end == start or (end - start >= _MAX_NAME):
        return None
    after = doc[end] if end < len(doc) else None
    if comma and after is not None and after.text not in _CLOSE:
        return None  # "the album, Blackstar Tour dates …": a description goes on
    if after is not None and (after.tag_ == "POS" or after.pos_ in ("NOUN", "PROPN", "NUM")):
        return None  # "the film Jaws sequel", "album 25 years ago": the name qualifies a noun
    words = range(start, end)
    linked = noun.head.i in words or any(doc[i].head.i == noun.i for i in words)
    if doc[start].ent_type_ in ("DATE", "TIME") and doc[start].is_alpha:
        return None  # "their work Monday": a day, no title
    clause = doc[start:end].root.head  # "the story Trump told": the name is the teller
    if clause.dep_ in ("relcl", "acl") and clause.head.i == noun.i:
        return None
    # "her song Formation won …": the parse may hang the title elsewhere; a noun its
    # determiner or owner picks out, then a capitalised title at once, is still named by it
    picked = any(c.dep_ in ("det", "poss") and c.i < noun.i for c in noun.children)
    linked = linked or (picked and not comma)
    return (start, end) if linked else None


def _adjective_noun(token: Any) -> bool:
    """Tell whether a noun was tagged as an adjective of the title after it ("his novel
    Harbour Lights": "novel" an amod), picked out by a determiner or owner before it."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    owner = before is not None and before.dep_ in ("det", "poss") and before.head == token.head
    return token.pos_ == "ADJ" and token.dep_ == "amod" and token.head.i > token.i and owner


def work_mentions(sentence: Any) -> list[tuple[int, int, str, str]]:
    """Return the titles a sentence sets after a work noun: (start, end, noun, sense)."""
    found = []
    for token in sentence:
        if (
            not (token.pos_ == "NOUN" or _adjective_noun(token))
            or not token.is_lower
            or (
                token.dep_ == "compound"
                and (token.head.i > token.i + 1 and token.head.pos_ == "NOUN")
            )
        ):
            continue  # "the song writer John Smith": the name is the writer's
        sense = work_sense(token.lemma_)
        span = _title_after(token) if sense else None
        if span is not None:
            found.append((*span, token.lemma_, sense))
    return found


def _phrases(verb: Any, skip: range) -> frozenset[str]:
    """Return the things a verb's object says, one folded phrase each ("song of the year")."""
    heads = [c for c in verb.children if c.dep_ in _OBJECTS and c.i not in skip]
    for head in list(heads):
        heads += [c for c in head.conjuncts if c.i not in skip]
    phrases = set()
    for head in heads:
        inner = {t.i for c in head.children if c.dep_ in ("conj", "cc") for t in c.subtree}
        words = [t.text for t in head.subtree if t.i not in inner and not t.is_punct]
        phrases.add(normalise(" ".join(words)))
    return frozenset(phrases)


def deed(doc: Any, start: int, end: int) -> str:
    """Return what a title is said to do or undergo: the verb that governs it and the
    things its object names ("win|song of the year"), or "" when none is found."""
    token = doc[start:end].root
    for _ in range(_UP):
        if token.head.i == token.i:
            break
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            skip = range(start - 1, end)
            return "|".join([token.lemma_, *sorted(_phrases(token, skip))])
    return ""


def same_deed(one: str, other: str) -> bool:
    """Tell whether two deeds may be one: the same verb and no object, or a shared one."""
    if not one or not other:
        return False
    verb, *things = one.split("|")
    other_verb, *other_things = other.split("|")
    if verb != other_verb:
        return False
    # the parse may cut an award's name short ("record" of "Record of the Year"): a phrase
    # held in another is shared
    return (
        not things
        or not other_things
        or any(a in b or b in a for a in things for b in other_things)
    )


def named_works(per_sentence: list[list[Fact]], sentences: Sequence[Any]) -> list[list[Fact]]:
    """Add each title an article sets after a work noun, as a work of that noun's kind, when
    the article names two other works of the kind; drop the model's facts over it."""
    mentions = [(n, m) for n, s in enumerate(sentences) for m in work_mentions(s)]
    names: dict[str, set[str]] = {}
    for n, (start, end, _, sense) in mentions:
        names.setdefault(sense, set()).add(normalise(sentences[n].doc[start:end].text))
    out = [list(found) for found in per_sentence]
    for index, (start, end, noun, sense) in mentions:
        doc = sentences[index].doc
        apart = [f for f in out[index] if f.end <= start or f.start >= end]
        if len(names[sense]) <= MIN_OTHERS:  # no two other works of the kind: no options
            if doc[start].text.isdigit():  # "album 1989": a title, never a count or a year
                out[index] = apart
            continue
        kept = apart
        text = str(doc[start:end].text)
        kept.append(Fact(index, start, end, text, "WORK_OF_ART", WORK, sense, noun,
                         deed(doc, start, end)))  # fmt: skip
        out[index] = sorted(kept, key=lambda f: f.start)
    return out


def unkept_works(sentences: Sequence[Any], first: int) -> list[Fact]:
    """Return the works of sentences no question is asked from (a quotation's): options,
    and deeds no option may share."""
    found = []
    for n, sentence in enumerate(sentences):
        doc = sentence.doc
        for start, end, noun, sense in work_mentions(sentence):
            text = str(doc[start:end].text)
            found.append(Fact(first + n, start, end, text, "WORK_OF_ART", WORK, sense, noun,
                              deed(doc, start, end)))  # fmt: skip
    return found


def work_options(fact: Fact, key: str, article: Sequence[Fact], taken: set[str]) -> list[str]:
    """Return the article's other works of the key's kind, none said to do the key's deed."""
    kind = [f for f in article if f.kind == WORK and f.subtype == fact.subtype]
    shared = {normalise(f.text) for f in kind if same_deed(f.described, fact.described)}
    shared -= {normalise(key)}
    # a work the article names twice is one option, kept only if no mention shares the deed
    chosen: list[str] = []
    for f in kind:
        folded = normalise(f.text)
        if folded in taken or folded in shared or folded in {normalise(c) for c in chosen}:
            continue
        chosen.append(f.text)
    return chosen[:3]


def work_noun(answer: Any) -> set[int]:
    """Return the words a "which <noun>" stands for besides a title: its noun and what
    picks the noun out ("her song" of "her song Hello", "Adele's album" of "Adele's album 25")."""
    doc = answer.doc
    at = answer.start - 1 - (answer.start > 1 and doc[answer.start - 1].text == ",")
    noun = doc[at] if at >= 0 else None
    if noun is None or not work_sense(noun.lemma_):
        return set()
    if not (noun.pos_ == "NOUN" or _adjective_noun(noun)):
        return set()
    words = {noun.i}
    # "her song": the noun's own; "his novel Harbour Lights" tagged so: the title's, before it
    owners = [*noun.children, *(noun.head.children if noun.pos_ == "ADJ" else ())]
    for child in owners:
        if child.i < noun.i and child.dep_ in ("det", "poss", "amod", "nummod"):
            words |= {t.i for t in child.subtree}
    if at < answer.start - 1:
        words.add(at + 1)  # the comma before the title
    return words


def _said(token: Any, replace: dict[int, str]) -> str:
    """Return a possessor or subject as the question says it: "Adele" of "her", "Adele's"."""
    words = [replace.get(t.i, t.text) for t in token.subtree if t.tag_ != "POS"]
    return " ".join(w for w in words if w).removesuffix("'s").removesuffix("’s").strip()


def maker_after(answer: Any) -> bool:
    """Tell whether a title is followed by its maker ("the film Night Ferry by Karl Holm"):
    a wh-phrase would leave "by Karl Holm" hanging on the verb."""
    doc = answer.doc
    return bool(answer.end < len(doc) and doc[answer.end].lower_ == "by")


def work_maker(answer: Any, verb: Any, replace: dict[int, str]) -> str:
    """Return whose work a "which song" asks, when the clause's subject is someone else
    ("Which song by Adele won …?" of "Adele's song Hello won …"), or ""."""
    words = work_noun(answer)
    owners = [answer.doc[i] for i in words if answer.doc[i].dep_ == "poss"]
    if len(owners) != 1:
        return ""
    if owners[0].pos_ == "PRON" and owners[0].i not in replace:
        return ""  # "his film": whose, the question cannot say
    maker = _said(owners[0], replace)
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    if not maker[:1].isupper() or any(normalise(_said(s, replace)) == normalise(maker)
                                      for s in subjects):  # fmt: skip
        return ""  # "her song" of Adele's own clause: "For which song did Adele win …?"
    return maker
