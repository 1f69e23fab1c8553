"""Who holds a role the question asks for: "Who served as Kiprop's guide?" and "By whom
was Kiprop guided?" ask for a guide; the race's runners, whom the article gives another
role (or has guided), are ruled out by a reader, its other guides are not.

The article gives a person a role by a title or apposition (`kinds.person_roles`), by
"served as Kiprop's guide" or "was Kiprop's guide", or by doing a verb that is itself a
role noun ("guided by Tom Okoth": a guide). The one the role is done for ("Kiprop's guide",
"Kiprop was guided") is its client, no holder.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Any

from lemminflect import getAllLemmas

from questions.generate.benchroles import (
    OFFICIALS,
    career_roles,
    owned_titles,
    person_of,
    plays_role,
)
from questions.generate.derived import deriving_verbs
from questions.generate.entcache import ents_of
from questions.generate.kinds import folded_name
from questions.generate.persons import person_noun
from questions.generate.wordnet import PERSON_FILE, lemma_text, senses, synset
from questions.schema import normalise

_SERVE = frozenset({"serve", "act", "work", "be"})  # "served as …'s guide", "was …'s guide"
_WORD = re.compile(r"[A-Za-z]+")


@lru_cache(maxsize=1024)
def role_class(word: str) -> frozenset[str]:
    """Return a role noun with its WordNet synonyms as a person and the verbs derived from it
    ("coach": manager, handler, coach the verb): one role, however the article words it."""
    found = {word}
    for offset in senses(word):
        entry = synset(offset)
        if entry is not None and entry.lexfile == PERSON_FILE:
            found.update(w for lemma in entry.lemmas if " " not in (w := lemma_text(lemma).lower()))
    return frozenset(found | deriving_verbs(word, PERSON_FILE))


def _same(one: Iterable[str], other: Iterable[str]) -> bool:
    """Tell whether two sets of role words share a role."""
    wanted = set(other)
    return any(role_class(word) & wanted or word in wanted for word in one)


def stated_duties(
    sentences: Sequence[Any], titles: Mapping[str, str]
) -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """Return the role words the article gives each person (folded), as holder and as
    client: "Tom Okoth served as Kiprop's guide" makes Okoth a guide and Kiprop its client."""
    held: dict[str, set[str]] = {n: {r} for n, r in titles.items() if person_noun(r)}
    for name, role in owned_titles(sentences).items():  # "Liverpool's goalkeeper Karius"
        held.setdefault(name, {role})
    served: dict[str, set[str]] = {}
    people = {folded_name(e.text) for s in sentences for e in ents_of(s) if e.label_ == "PERSON"}
    for name, roles in career_roles(sentences, people).items():  # "his managing career"
        held.setdefault(name, set()).update(roles)
    for sentence in sentences:
        for ent in ents_of(sentence):
            if ent.label_ != "PERSON":
                continue
            name, root = folded_name(ent.text), ent.root
            for role, client in _holder_of(root):
                held.setdefault(name, set()).add(role)
                if client is not None:
                    served.setdefault(person_of(client), set()).add(role)
    served.pop("", None)
    return _frozen(held), _frozen(served)


def _frozen(found: Mapping[str, set[str]]) -> dict[str, frozenset[str]]:
    """Return a map's sets frozen."""
    return {name: frozenset(words) for name, words in found.items()}


def _holder_of(root: Any) -> list[tuple[str, Any]]:
    """Return the roles a name's head token holds in its clause, each with its client token
    (or None): "served as Kiprop's guide", "guided by Okoth", "Okoth guided Kiprop"."""
    head = root.head
    out: list[tuple[str, Any]] = []
    if root.dep_ == "nsubj" and head.lemma_.lower() in _SERVE:
        for noun in _predicates(head):
            owner = next((c for c in noun.children if c.dep_ == "poss"), None)
            out.append((noun.lemma_.lower(), owner))
    verb = head.head if root.dep_ == "pobj" and head.dep_ == "agent" else None
    verb = head if root.dep_ == "nsubj" and head.pos_ == "VERB" else verb
    if verb is not None and not verb.is_stop and _role_verb(verb.lemma_.lower()):
        done = "nsubjpass" if verb is not head else "dobj"
        client = next((c for c in verb.children if c.dep_ == done), None)
        top = verb
        while top.dep_ == "conj":  # "who did not finish but was guided by …"
            top = top.head
        if top.dep_ == "relcl" and (client is None or client.tag_ in ("WP", "WDT")):
            client = top.head  # "Pomykalov who was guided by …": the one "who" stands for
            client = next((c for c in client.children if c.dep_ == "appos"), client)
        out.append((verb.lemma_.lower(), client))
    return out


def _role_verb(verb: str) -> bool:
    """Tell whether a verb is the act of a person noun of its own word ("guide", "coach",
    "captain") in its commonest sense: its doer holds that role; "set" or "force" (a
    person in a rare sense) names a deed, no role."""
    first = next(iter(senses(verb)), "")  # the noun's commonest sense: "force" is a power
    entry = synset(first) if first else None
    person = entry is not None and entry.lexfile == PERSON_FILE
    return person and verb in deriving_verbs(verb, PERSON_FILE)


def _predicates(verb: Any) -> list[Any]:
    """Return the person nouns a verb says its subject is: "as … guide", "was … guide"."""
    nouns = [c for c in verb.children if c.dep_ == "attr"]
    nouns += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
              for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    return [n for n in nouns if n.pos_ == "NOUN" and person_noun(n.lemma_.lower())]


def one_name(folded: str, name: str) -> bool:
    """Tell whether two folded names are one person's, in full or by surname ("laso")."""
    return name == folded or name.endswith(f" {folded}") or folded.endswith(f" {name}")


def _lookup(folded: str, found: Mapping[str, frozenset[str]]) -> frozenset[str]:
    """Return a person's roles, named in full or by surname either way ("laso")."""
    out: set[str] = set()
    for name, words in found.items():
        if one_name(folded, name):
            out |= words
    return frozenset(out)


def held_by(option: str, held: Mapping[str, frozenset[str]]) -> frozenset[str]:
    """Return the roles the article gives an option, named in full or by surname."""
    return _lookup(normalise(option), held)


def asked_role(key: str, stem: str, held: Mapping[str, frozenset[str]]) -> frozenset[str]:
    """Return the roles the key holds that the stem asks for by noun or verb ("guide",
    "guided"), or none: the question is then on who holds that role."""
    ours = _lookup(normalise(key), held)
    if not ours:
        return frozenset()
    forms = stem_forms(stem)
    return frozenset(r for r in ours if role_class(r) & forms)


@lru_cache(maxsize=1024)
def stem_forms(stem: str) -> frozenset[str]:
    """Return the words a question says outside its headline and quotations, each with its
    plain forms ("guided": "guide"), once per question."""
    asked = re.sub(r'^📰[^\n]*\n|"[^"]*"', "", stem)  # the headline or a quotation asks nothing
    words = {w.lower() for w in _WORD.findall(asked)}
    forms = {f for w in words for f in (w, w[:-1], w[:-2], w.removesuffix("ing"))}
    # "managing" is "manage": a verb's lemma where cutting its ending leaves none
    forms.update(lemma for w in words for lemma in getAllLemmas(w).get("VERB", ()))
    return frozenset(forms)


def role_clash(
    option: str,
    asked: frozenset[str],
    held: Mapping[str, frozenset[str]],
    served: Mapping[str, frozenset[str]],
) -> bool:
    """Tell whether the article has the asked role done for an option (the runner guided),
    or, where it tells that role as done for someone, gives the option another role (a
    medalist for a guide): no plausible holder. An office done for no one ("ambassador")
    rules out no other office ("President")."""
    if not asked:
        return False
    folded = normalise(option)
    if _same(_lookup(folded, served), asked):
        return True  # "Kiprop's guide" is no guide
    theirs = _lookup(folded, held)
    if not theirs or _same(theirs, asked):
        return False  # another guide is the likeliest wrong answer; a name of no role fits
    return any(_same(words, asked) for words in served.values())  # guides and the guided


def role_peers(
    pool: Sequence[str], key: str, stem: str, held: Mapping[str, frozenset[str]]
) -> list[str]:
    """Return the pool's people the article gives the role the stem asks of the key: the
    options to try first ("Who served as Kiprop's guide?": the race's other guides)."""
    return _holders(pool, asked_role(key, stem, held), held)


def speaker_peers(pool: Sequence[str], key: str, held: Mapping[str, frozenset[str]]) -> list[str]:
    """Return the pool's people the article gives the key's own role, for a question on who
    said something ("hospital spokesperson X": the other spokespeople): the likeliest other
    speakers of it, to try first."""
    return _holders(pool, _lookup(normalise(key), held), held)


def role_mates(pool: Sequence[str], key: str, held: Mapping[str, frozenset[str]]) -> list[str]:
    """Return the pool's people the article itself gives the key's role ("another federal
    judge, Ann Donnelly" beside Judge Robart), to try first whatever the question asks: a
    full name by its own roles only, so "Nancy Reagan" takes no "President Reagan"'s."""
    roles = _lookup(normalise(key), held)
    if not roles:
        return []
    return [name for name in pool if _same(_own_roles(normalise(name), held), roles)]


def _own_roles(folded: str, held: Mapping[str, frozenset[str]]) -> frozenset[str]:
    """Return the roles of a full name as the article gives it, or of a surname those of
    the full names it ends."""
    if " " in folded:
        return held.get(folded, frozenset())
    ends = [words for name, words in held.items() if name.endswith(f" {folded}")]
    return frozenset(w for words in ends for w in words)


def _holders(
    pool: Sequence[str], roles: frozenset[str], held: Mapping[str, frozenset[str]]
) -> list[str]:
    """Return the pool's people the article gives one of `roles`; none for no roles."""
    if not roles:
        return []
    return [name for name in pool if _same(_lookup(normalise(name), held), roles)]


def runs_side(words: Iterable[str]) -> bool:
    """Tell whether role words name one who runs a side or a match (a manager, a referee):
    the game's own words, not "director", a manager only in another sense."""
    return bool(set(words) & OFFICIALS)


def plays_apart(
    option: str,
    asked: frozenset[str],
    held: Mapping[str, frozenset[str]],
    playing: frozenset[str],
) -> bool:
    """Tell whether an option plays where the question asks who runs a side, or runs one
    where it asks a player's role: a scorer or a goalkeeper is no manager."""
    if not asked:
        return False
    folded = normalise(option)
    theirs = _lookup(folded, held)
    if theirs and _same(theirs, asked):
        return False
    if runs_side(asked):  # a player's role or deed; the story's president may be its coach
        return plays_role(theirs) or any(one_name(folded, name) for name in playing)
    # "Liverpool's goalkeeper _____": no manager; a company's manager may be its president
    return plays_role(asked) and runs_side(theirs)


def beside_holders(
    pool: Sequence[str],
    asked: frozenset[str],
    held: Mapping[str, frozenset[str]],
    said_in: Mapping[str, tuple[int, ...]],
    by_sentence: Sequence[frozenset[str]],
) -> list[str]:
    """Return the pool's people the article names in a sentence with a holder of the asked
    side's role and gives no role of their own: "joining Bob Paisley and Carlo Ancelotti"
    beside the club's manager, likelier managers than its scorers."""
    if not asked or not runs_side(asked):
        return []
    holders = [name for name, words in held.items() if _same(words, asked)]
    where = {at for name in holders for at in said_in.get(name, ())}
    named = {n for at in where if at < len(by_sentence) for n in by_sentence[at]}
    beside = [p for p in pool if any(one_name(normalise(p), n) for n in named)]
    return [p for p in beside if not _lookup(normalise(p), held)]
