"""Who runs a side and who plays for one: a manager's rivals are managers, no scorers.

"Who won the trophy as Real Madrid's manager?" offered beside three goal scorers is answered
by the role alone: a player is no manager. The article tells who plays by a player's deed
(the doer of "scored", "kicked": WordNet derives a player from the verb) and who runs a
side by a role noun, also one said as a career ("his managing career": a manager). The
people beside a role's holders in their sentences ("joining Bob Paisley and Carlo
Ancelotti") are the likeliest holders the article does not title.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

from lemminflect import getAllLemmas

from questions.generate.bodynames import verb_senses
from questions.generate.derived import deriving_verbs
from questions.generate.entcache import ents_of
from questions.generate.hypernyms import is_kind_of
from questions.generate.kinds import folded_name
from questions.generate.persons import person_noun
from questions.generate.wordnet import PERSON_FILE, senses, synset

# People who run a match or a side and play in none: a rule of the game, not a word list.
OFFICIALS = frozenset({"referee", "umpire", "linesman", "coach", "manager"})
_AGENT_ENDINGS = ("", "r", "er", "or")  # "manage": manager; "coach": coach; "play": player
_PLAYER_KINDS = ("player", "athlete")  # the kinds a player's role noun is under
_LEVELS = 4  # "tackler" > football player > athlete: a few kinds up
_OWNERS = frozenset({"his", "her"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


@lru_cache(maxsize=1)
def _player_senses() -> frozenset[str]:
    """Return WordNet's senses of a game's player and an athlete."""
    return frozenset(senses(word)[0] for word in _PLAYER_KINDS if senses(word))


@lru_cache(maxsize=2048)
def agent_noun(verb: str) -> str:
    """Return the person noun naming the doer of a verb, by its own word ("manage": manager,
    "coach": coach), when WordNet derives that noun from the verb; else ""."""
    for ending in _AGENT_ENDINGS:
        noun = verb + ending if not (ending == "r" and not verb.endswith("e")) else ""
        if noun and verb in deriving_verbs(noun, PERSON_FILE):
            return noun
    return ""


@lru_cache(maxsize=2048)
def player_deed(verb: str) -> bool:
    """Tell whether a verb is a player's deed: its commonest sense that WordNet derives a
    person from derives a kind of player or athlete ("score": scorer; "substitute": the
    athlete sent on), not a stand-in or an assistant ("replace", "assist")."""
    for derived, _ in verb_senses(verb.lower()):
        people = [t for t in derived if (e := synset(t)) is not None and e.lexfile == PERSON_FILE]
        if people:
            return is_kind_of(people, _player_senses(), _LEVELS)
    return False


def plays_role(words: Iterable[str]) -> bool:
    """Tell whether a role word names a player in one of its senses ("goalkeeper")."""
    return any(is_kind_of(senses(word), _player_senses(), _LEVELS) for word in words)


def person_of(token: Any) -> str:
    """Return the folded name a token heads: its entity's (whatever label the model gave a
    name, "Ildar Pomykalov" an ORG), else its proper-noun compound's, else ""."""
    for ent in ents_of(token.doc):
        if ent.start <= token.i < ent.end:
            return folded_name(ent.text)
    if token.pos_ != "PROPN":
        return ""
    words = [c.text for c in token.lefts if c.dep_ == "compound"] + [token.text]
    return folded_name(" ".join(words))


def players(sentences: Sequence[Any]) -> frozenset[str]:
    """Return the people (folded) the article has do a player's deed: "Bale scored", "Salah,
    who had scored 44 goals"."""
    found: set[str] = set()
    for sentence in sentences:
        for token in sentence:
            verb, doer, top = token.head, token, token
            while top.dep_ == "conj" and top.head is not top:  # "Fa'atau and Tuilagi scored"
                top = top.head
            if top is not token and top.dep_ in _SUBJECTS and token.pos_ == "PROPN":
                verb = top.head
            elif token.dep_ == "pobj" and verb.dep_ == "agent":
                verb = verb.head  # "assisted by Marcelo": Marcelo did it
            elif token.dep_ not in _SUBJECTS:  # "Carvajal was substituted off": he played
                continue
            if verb.pos_ != "VERB":
                continue
            if token.tag_ == "WP":  # "Salah, who had scored": Salah, however it is parsed
                before = token.doc[token.i - 1] if token.i > 0 else token
                before = token.doc[token.i - 2] if before.is_punct and token.i > 1 else before
                doer = verb.head if verb.dep_ == "relcl" else before
            if doer.pos_ == "PROPN" and player_deed(verb.lemma_.lower()):
                found.add(person_of(doer))
        found.update(_deed_doers(sentence))
    found.discard("")
    return frozenset(found)


def _deed_doers(sentence: Any) -> set[str]:
    """Return the people a player's deed said as a noun is done by: "a tackle by Madrid's
    captain Sergio Ramos" (the noun is the verb's own word, "tackle")."""
    found: set[str] = set()
    for token in sentence:
        if token.dep_ != "pobj" or token.head.lower_ != "by" or token.head.head.pos_ != "NOUN":
            continue
        deed = token.head.head.lower_
        if not any(player_deed(verb) for verb in getAllLemmas(deed).get("VERB", ())):
            continue
        doers = [token, *(c for c in token.children if c.dep_ == "appos")]  # "captain Ramos"
        found.update(person_of(d) for d in doers if d.pos_ == "PROPN")
    return found


def owned_titles(sentences: Sequence[Any]) -> dict[str, str]:
    """Return the role a person noun owned by a side gives the name right after it, however
    the model hangs the noun ("Liverpool's goalkeeper Loris Karius tried", the noun taken
    for a second subject): a goalkeeper, no manager."""
    found: dict[str, str] = {}
    for sentence in sentences:
        for ent in ents_of(sentence):
            before = ent.doc[ent.start - 1] if ent.label_ == "PERSON" and ent.start else None
            if before is None or before.pos_ != "NOUN" or before.ent_type_:
                continue
            owned = any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in before.children)
            role = before.lemma_.lower()
            if owned and person_noun(role):
                found.setdefault(folded_name(ent.text), role)
    return found


def career_roles(sentences: Sequence[Any], people: Iterable[str]) -> dict[str, set[str]]:
    """Return the roles the article gives people by a career or days of a role's verb:
    "Klopp has lost six finals in his managing career" makes Klopp a manager."""
    known = frozenset(people)
    found: dict[str, set[str]] = {}
    for sentence in sentences:
        for token in sentence:
            if not token.lower_.endswith("ing") or token.dep_ not in ("amod", "compound"):
                continue  # "managing" (VBG) or "coaching" (tagged a noun): a verb's -ing
            owner = next((c for c in token.head.children if c.dep_ == "poss"), None)
            verbs = getAllLemmas(token.lower_).get("VERB", ())
            role = next((noun for verb in verbs if (noun := agent_noun(verb))), "")
            name = _owner_name(owner, known) if owner is not None and role else ""
            if name:
                found.setdefault(name, set()).add(role)
    return found


def _owner_name(owner: Any, known: frozenset[str]) -> str:
    """Return the person a possessive names: a name, or "his"/"her" for its clause's
    subject; "" unless the article names that person somewhere (a club owns no career)."""
    if owner.lower_ in _OWNERS:
        verb = owner
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        owner = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if owner is None:
            return ""
    name = person_of(owner) if owner.pos_ == "PROPN" else ""
    return name if any(k == name or k.endswith(f" {name}") for k in known) else ""
