"""A place name that stands for a team: "Denver increased the score", "Ohio punted".

In a match report a city or a state that scores, wins, leads or kicks is the team of
that place, not the place: "Which city increased the score?" asks a false kind of thing, and
other cities (Queens, Manhattan) offered beside it are absurd. Where the place is where
something happened ("The game was played in Santa Clara") it is a place, and asked as one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from questions.generate import verbfiles
from questions.generate.facts import Fact
from questions.generate.kinds import kind_word
from questions.generate.scorelines import score_goals
from questions.generate.scoretext import SCORE_IN_TEXT

Token = Any
# A country that plays is its national team, which bears its name: "Which country beat
# Panama?" is said of a tournament, with its other teams as options (`sides`). A city or a
# state only names a club's home, and other cities offered beside it are absurd.
_PLACES = frozenset({"city", "state"})
# a score in the text ("13–7", "2-1"): the article reports a match; unlike scorelines' own
# pattern (which reads the scores of its sentences) a score before a full stop counts here
_CHANGE = "30"  # verb.change: "increase", "extend", "narrow" (the score, the margin)


def reports_match(sentences: Sequence[Any]) -> bool:
    """Tell whether an article states a match's score anywhere ("led 13–7")."""
    return any(SCORE_IN_TEXT.search(sentence.text) for sentence in sentences)


def stands_for_team(fact: Fact, sentence: Any) -> bool:
    """Tell whether a city or a state of a match report is the subject or agent of a
    verb of play ("Denver increased the score", "was beaten by Ohio") or the side a match
    verb is played against ("Portland will face Denver"): a team."""
    if fact.kind != "place" or fact.subtype not in _PLACES:
        return False
    root = sentence.doc[fact.start : fact.end].root
    while root.dep_ == "conj":  # "Denver and Carolina both punted": each punted
        root = root.head
    if root.dep_ == "nsubj":
        return _match_verb(root.head)
    if root.dep_ == "pobj" and root.head.dep_ == "agent":
        return _match_verb(root.head.head)  # "was beaten by Denver"
    # "reached Houston", "entered Texas": a place; "beat Denver", "faced Panama": a side
    return root.dep_ == "dobj" and _against(root.head)


def _against(verb: Token) -> bool:
    """Tell whether a verb's first or second sense is WordNet's competition ("beat",
    "defeat", "face", "play"): its object is the other side."""
    return verb.pos_ in ("VERB", "AUX") and verbfiles.played_against(verb.lemma_)


def _match_verb(verb: Token) -> bool:
    """Tell whether a verb a place does in a match report is play: one with a competition
    sense, if not a state ("punted", "kicked", "won"; not "held"), one with a score of its
    own ("led 13–7"), or a change to what a match counts ("increased the score")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    files = verbfiles.verb_files(verb.lemma_)
    if verbfiles.COMPETITION in files and not verbfiles.reports_no_deed(verb.lemma_):
        return True
    if any(score_goals(child.text) for child in verb.children):
        return True  # its own score: not "hosted the game, which ended 24–10"
    if verbfiles.verb_file(verb.lemma_) != _CHANGE:
        return False
    objects = (c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN")
    return any(verbfiles.verb_file(o.lemma_) == verbfiles.COMPETITION for o in objects)


def club_places(per_sentence: Sequence[Sequence[Fact]]) -> frozenset[str]:
    """Return the places that open the name of a club the article names: "Canberra" of "the
    Canberra Capitals", a place and a plural nickname (a firm's name ends on a singular
    noun: "Canberra Hospital", "Washington Post"), whatever the model called the club's name
    (a person, a place: "the Brisbane Bullets regular season")."""
    clubs: set[str] = set()
    for found in per_sentence:
        for fact in found:
            words = fact.text.removeprefix("the ").removeprefix("The ").split()
            # a person's surname is no plural noun the lexicon knows ("Orlando Jones")
            known = fact.kind != "person" or bool(kind_word(words[-1]))
            if len(words) > 1 and _plural_name(words[-1]) and known:
                clubs.update(" ".join(words[:cut]) for cut in range(1, len(words)))
    return frozenset(clubs)


def _plural_name(word: str) -> bool:
    """Tell whether a capitalised word is a plural noun ("Capitals", "Broncos", "Lakers")."""
    if not word[:1].isupper() or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return False
    singular = kind_word(word)
    return singular != word.lower()  # no noun the lexicon knows ("Lakers") reads as plural


def plays_as_club(fact: Fact, sentence: Any, clubs: frozenset[str]) -> bool:
    """Tell whether a city or a state of a match report that opens a club's name the article
    gives is a verb's subject or object ("Canberra fell apart", "sent Canberra to the line"):
    that club, whatever the verb; where a preposition places it ("in Canberra") it is a
    place, and a copula's subject ("Canberra is the capital") is said of the place."""
    if fact.kind != "place" or fact.subtype not in _PLACES or fact.text not in clubs:
        return False
    root = sentence.doc[fact.start : fact.end].root
    while root.dep_ == "conj":  # "Canberra and Perth both scored": each a club
        root = root.head
    verb = root.head
    if root.dep_ not in ("nsubj", "nsubjpass", "dobj") or verb.pos_ not in ("VERB", "AUX"):
        return False
    return bool(verb.lemma_ != "be")
