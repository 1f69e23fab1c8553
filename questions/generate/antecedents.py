"""Naming "the plan" and "it" by the phrase that introduced them a sentence or two before.

A story says "a plan to rebuild the Old Mill bridge" once and then "the plan"; "a meeting at
the town hall" and then "the meeting"; "The bridge stays closed …" and then "crossed it". A
question keeping the short form points back into the article; said with the words that
introduced it ("the plan to rebuild the Old Mill bridge"), it stands alone. Only a chain
of mentions each at most `WINDOW` sentences after the one before is followed, only when the
article introduced one such thing (two descriptions of it, or an undescribed "a plan", leave
it unnamed), and never a person: a question naming the wrong thing is worse than none.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from questions.generate.entcache import ents_of
from questions.generate.introduced import described_here, determiner
from questions.generate.namedthings import (
    TIMES,
    description,
    introduced_by_name,
    made_by,
    owner,
    said_otherwise,
    same_thing,
)
from questions.generate.persons import person_noun
from questions.generate.wordnet import PERSON_FILE, senses, synset

Span = Any
WINDOW = 3  # a mention this many sentences after the last one still continues the chain
MAX_WORDS = 8  # a description longer than this makes the question too long to read
_ROLES = frozenset({"nsubj", "nsubjpass", "dobj"})
_POINTING = frozenset({"the", "this", "that"})
_CLAUSES = frozenset({"ccomp", "xcomp", "csubj", "csubjpass", "advcl"})  # "It seems that …"


@dataclass
class _Chain:
    """One thing the article keeps mentioning: the words naming it, and where it was last."""

    name: str | None  # "the plan to rebuild the Old Mill bridge"; None: two things, or none
    last: int


@dataclass
class Antecedents:
    """The things said so far that a later "the plan" or "it" may point back to."""

    chains: dict[str, _Chain] = field(default_factory=dict)
    things: list[str | None] = field(default_factory=list)  # the last sentence's "it" candidates
    # the one thing of a noun the article names ("the hashtag #SaveTheDunes"), however far
    # back; None once it describes two, brings in a new one ("a hashtag") or says one by
    # words the name lacks ("its own hashtag", "the second hashtag", "both hashtags")
    named: dict[str, str | None] = field(default_factory=dict)
    owners: dict[str, set[str]] = field(default_factory=dict)  # "request": {"the City of …"}
    bodies: dict[str, frozenset[str]] = field(default_factory=dict)  # its name's kinds: GPE
    count: int = 0  # sentences read

    def alive(self, lemma: str) -> str | None:
        """Return the name of the one thing of this noun still being talked about, or None."""
        chain = self.chains.get(lemma)
        if chain is None or self.count - chain.last > WINDOW:
            return None
        return chain.name


def _noun(token: Any) -> bool:
    """Tell whether a token is a singular common noun heading its own phrase."""
    return bool(token.tag_ == "NN" and token.pos_ == "NOUN" and not token.ent_type_
                and token.dep_ not in ("compound", "nmod", "poss"))  # fmt: skip


def _bare(noun: Any) -> bool:
    """Tell whether a noun is said only "the plan" (or "this plan"): nothing says which."""
    if determiner(noun) not in _POINTING or noun.doc[noun.i - 1].lower_ not in _POINTING:
        return False
    return not any(c.i < noun.i and c.dep_ != "det" for c in noun.children)


def _clean(words: list[Any]) -> bool:
    """Tell whether a description's words stand alone: no pronoun, no date or number that
    would need resolving, and no "the plan" of its own ("the town hall" is named by "town")."""
    for t in words:
        if t.tag_ in ("PRP", "PRP$", "WDT", "WP") or t.ent_type_ in TIMES or t.like_num:
            return False
        if (
            t.tag_ in ("NN", "NNS")
            and determiner(t) in _POINTING
            and not any(c.dep_ in ("compound", "amod") or c.pos_ == "PROPN" for c in t.children)
        ):
            return False
    return True


def _after(noun: Any) -> list[Any]:
    """Return the words after a noun that say which one it is: its prepositional phrases and
    "to" clause ("a plan to rebuild the Old Mill bridge"), and for an object the place its
    verb names right after it ("hold a meeting at the town hall"), up to a comma or a date."""
    doc, end, parts = noun.doc, noun.i + 1, []
    followers = [c for c in noun.children if c.i > noun.i]
    if noun.dep_ == "dobj":
        followers += [c for c in noun.head.children if c.i > noun.i and c.dep_ == "prep"]
    for child in sorted(followers, key=lambda c: c.i):
        infinitive = child.dep_ == "acl" and any(
            t.dep_ == "aux" and t.lower_ == "to" for t in child.children
        )
        placed = child.dep_ == "prep" and (child.head == noun or child.lower_ in ("at", "in"))
        if child.left_edge.i != end or not (infinitive or placed):
            break
        words = list(doc[end : child.right_edge.i + 1])
        cut = next((n for n, t in enumerate(words) if t.is_punct), len(words))
        if not _clean(words[:cut]) or cut < 2:
            break
        parts += words[:cut]
        end += cut
        if cut < len(words):
            break  # ", which has been closed since …": an aside, not which one
    return parts if len(parts) <= MAX_WORDS else []


def _name(noun: Any) -> str | None:
    """Return the words a phrase names its thing by, or None when it says no more than "a
    plan": "a plan to rebuild …" and "the Old Mill bridge" (a name before it) do."""
    det = determiner(noun)
    before = [c for c in noun.children if c.i < noun.i and c.dep_ != "det"]
    words = [t for c in before for t in c.subtree]
    if det in ("a", "an"):
        after = _after(noun)
        if not after or not _clean(words):
            return None
        return " ".join(["the", *(t.text for t in sorted(words, key=lambda t: t.i)),
                         noun.text, *(t.text for t in after)])  # fmt: skip
    named = words and all(t.pos_ == "PROPN" or t.dep_ == "compound" for t in words)
    if det == "the" and named and any(t.pos_ == "PROPN" for t in words):
        start = min(t.i for t in words)
        if start == noun.i - len(words) and noun.doc[start - 1].lower_ == "the":
            return "the " + str(noun.doc[start : noun.i + 1].text)  # not "The", opening
    return None


def name_antecedents(sentence: Span, seen: Antecedents, replace: dict[int, str]) -> None:
    """Say "the plan" and "it" by the words that introduced the thing a sentence or two
    before, when the article has one such thing ("the plan to rebuild the Old Mill bridge")."""
    lemmas = [t.lemma_.lower() for t in sentence]
    for noun in sentence:
        lemma = noun.lemma_.lower()
        # "The request was made by the City of …": the City's, said once (not "the request
        # of the City … was made by the City …", however the article named it before)
        bare = _noun(noun) and _bare(noun) and not described_here(noun)
        made = made_by(noun, seen.owners.get(lemma, set())) if bare else None
        if made is not None and replace.get(noun.i, made[0]) == made[0]:
            replace[noun.i] = made[0]
            replace.update(dict.fromkeys(made[1], ""))
            continue
        if noun.i in replace or noun.doc[noun.i - 1].i in replace or not _noun(noun):
            continue
        if not _bare(noun) or lemma in lemmas[: noun.i - sentence.start] or person_noun(lemma):
            continue
        name = seen.alive(lemma)
        if name is None and lemmas.count(lemma) == 1 and not _other_body(sentence, seen, lemma):
            # "The ruling replaced its own ruling": which one the bare one is, a guess
            name = seen.named.get(lemma)
        if name is None or described_here(noun):
            continue
        det = noun.doc[noun.i - 1]
        if det.lower_ != "the":  # "this plan" is the plan to …
            replace[det.i] = "The" if det.text[0].isupper() else "the"
        replace[noun.i] = name.removeprefix("the ")
    if len(seen.things) != 1 or seen.things[0] is None:
        return
    for token in sentence:
        if token.lower_ not in ("it", "its") or token.tag_ not in ("PRP", "PRP$"):
            continue
        if token.i in replace or _antecedent_here(sentence, token) or not _thing(token):
            return
        named = seen.things[0] + ("'s" if token.lower_ == "its" else "")
        replace[token.i] = named[0].upper() + named[1:] if token.text[0].isupper() else named


def _antecedent_here(sentence: Span, token: Any) -> bool:
    """Tell whether "it" may point to a noun of its own sentence said before it."""
    return any(t.tag_ in ("NN", "NNP") for t in sentence if t.i < token.i)


def _thing(token: Any) -> bool:
    """Tell whether an "it" stands for a thing: "crossed it", "It carries …", not "it is time
    to …", "It seems that …" (a clause it stands for)."""
    if token.lower_ == "its":
        return True
    verb = token.head
    if token.dep_ == "dobj" or (token.dep_ == "pobj" and verb.dep_ == "prep"):
        return True
    if token.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_ == "be":
        return False
    return not any(c.dep_ in _CLAUSES for c in verb.children)


def _thing_noun(token: Any) -> bool:
    """Tell whether a word heads a phrase saying one thing "it" could stand for: a singular
    noun not a person nor a date ("the drone", "Leeds"), or a name of no person or date."""
    if token.dep_ in ("compound", "nmod", "poss") or token.ent_type_ in TIMES:
        return False
    if token.tag_ == "NNP":
        return bool(token.ent_type_ != "PERSON")
    first = senses(token.lemma_.lower())[:1]  # "a drone" may be an idler, but is a machine
    entry = synset(first[0]) if first else None
    return token.tag_ == "NN" and (entry is None or entry.lexfile != PERSON_FILE)


def _introducing(noun: Any) -> bool:
    """Tell whether a noun's phrase brings in a thing: not what another thing is said to be
    ("It was not treated as an appropriations bill in the House", "is a plan to …")."""
    if noun.dep_ in ("attr", "oprd"):
        return False
    return not (noun.dep_ == "pobj" and noun.head.lower_ in ("as", "like", "unlike"))


def record(sentence: Span, seen: Antecedents) -> None:
    """Note the things a sentence mentions: a new description starts a chain (a second one,
    or an undescribed "a plan", leaves the noun unnamed), a bare "the plan" continues it."""
    things: list[str | None] = []
    for noun in sentence:
        if noun.dep_ in _ROLES and (noun.lower_ == "it" or (
            noun.tag_ == "NNP" and noun.ent_type_ != "PERSON")):  # fmt: skip
            things.append(None)  # a named thing, or "it" again: not ours to name
        if noun.tag_ == "NNS" and noun.lemma_.lower() in seen.named:
            seen.named[noun.lemma_.lower()] = None  # "both rulings": two of them
        if not _noun(noun):
            continue
        lemma, name = noun.lemma_.lower(), _name(noun) if _introducing(noun) else None
        _name_once(noun, lemma, seen)
        chain = seen.chains.get(lemma)
        if name is not None:
            # a second description while the first is still talked about: two things
            fresh = seen.alive(lemma) in (None, name) and not (
                chain and chain.name is None and seen.count - chain.last <= WINDOW
            )
            seen.chains[lemma] = _Chain(name if fresh else None, seen.count)
        elif _bare(noun) and chain is not None and not described_here(noun):
            current = seen.alive(lemma)
            chain.name, chain.last = current, seen.count  # too far back: no longer named
            name = current
        else:  # "a bridge", "the new bridge", "the bill" said first, 'the message "Hi"': not
            # the one before ("the new bridge": which one, none says)
            seen.chains[lemma] = _Chain(None, seen.count)
        role = noun.dep_ in _ROLES and noun.head.pos_ in ("VERB", "AUX")
        if role and not person_noun(lemma):  # "the engineer" is no "it"
            things.append(name)
    # "inspected the bridge with a drone. It flew …": any other thing of the sentence may be
    # the "it", subject or not
    seen.things = things if len(things) == sum(map(_thing_noun, sentence)) else [None]
    seen.count += 1


def _other_body(sentence: Span, seen: Antecedents, lemma: str) -> bool:
    """Tell whether a sentence names another of the kind the noun's naming names ("Milan,
    where police stopped tractors in the centre" after "the centre of Turin"): the bare
    noun may be that one's."""
    name, kinds = seen.named.get(lemma) or "", seen.bodies.get(lemma, frozenset())
    words = set(name.split())
    return any(e.label_ in kinds and not set(e.text.split()) <= words for e in ents_of(sentence))


def _name_once(noun: Any, lemma: str, seen: Antecedents) -> None:
    """Note a "the" noun named by a name beside it or an "of" phrase; a second naming of
    another thing, an unnamed description, a new "a" one or one said by other words ("its
    own ruling", "the second ruling") leaves the noun unnamed."""
    named, det = seen.named, determiner(noun)
    described, name = (
        description(noun) if det == "the" else
        introduced_by_name(noun) if _introducing(noun) else (False, None)
    )  # fmt: skip
    known = named.get(lemma)
    owned = not det and any(c.dep_ == "poss" for c in noun.children)  # "the Court's ruling"
    if (
        known is not None
        and not described
        and ((det not in _POINTING and not owned) or said_otherwise(noun, known))
    ):
        named[lemma] = None  # "a ruling", "its own ruling" after the named one: another
        return
    if det == "the" and (maker := owner(noun)) is not None:
        seen.owners.setdefault(lemma, set()).add(maker)
    if not described:
        return
    if lemma not in named:
        named[lemma] = name
        words = set((name or "").split())  # its name's own words: not "on Friday" after it
        seen.bodies[lemma] = frozenset(
            t.ent_type_
            for t in noun.subtree
            if t.ent_type_ and t.ent_type_ not in TIMES and t.text in words
        )
    elif (known := named[lemma]) is not None and (name is None or not same_thing(known, name)):
        named[lemma] = None
