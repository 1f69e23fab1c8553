"""Stage 4f: "By what score did Sweden defeat South Korea?" from a result a sentence reports.

A match report gives a result as a clause with its score: "Sweden defeated South Korea 1–0",
"Tunisia lost 1–2 to England". The model tags the score as a number, a date or nothing, and
runs the opponent into it ("South Korea 1–0"), so no other stage asks it. The question keeps
the sentence's own verb and opponent; which side won is the score's own order, so no list of
verbs of winning is needed. A score with no named opponent ("England winning 2–1") is not
asked: a side that played twice would make it ambiguous. The options are scores written in
the key's order (a win for a win, a loss for a loss, a draw for a draw): the article's other
results first, then near ones, never the key's sides swapped. A "to" infinitive on a past
verb ("came from behind to defeat Portugal 14-10") and a result's noun ("with a 30-0 victory
over Namibia") say a result too; a hyphenated score is one word (`nlp.joined_scores`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from questions.generate import verbfiles, wordnet
from questions.generate.facts import Fact
from questions.generate.scoretext import SCORE_IN_TEXT
from questions.generate.write import Stem

Span = Any
Token = Any
SCORE = "score"
SCORE_RULE = "rule:score"
_SCORE = re.compile(r"^(\d{1,2})[–—-](\d{1,2})$")  # "1–0": one token, as the model reads it
_TEAMS = frozenset({"GPE", "LOC", "ORG", "NORP", "PERSON"})  # a nation (LOC too), a club, a player
_AGAINST = frozenset({"to", "against", "over", "with"})  # "lost 1–2 to England"
_TIME = 28  # noun.time: "set", "half", "halftime", "quarter", "inning"
# WordNet's next senses up from a part of a match: tennis's "set", "half", "halftime"
_PARTS = frozenset({"playing_period", "part", "pause", "intermission"})


def score_goals(text: str) -> tuple[int, int] | None:
    """Return the two sides' goals a score says ("1–2": 1, 2), or None."""
    found = _SCORE.match(text)
    return (int(found[1]), int(found[2])) if found else None


def _team(tokens: Sequence[Token]) -> bool:
    """Tell whether words end in a named side ("debutants Panama", "South Korea")."""
    return bool(tokens) and tokens[-1].pos_ == "PROPN" and tokens[-1].ent_type_ in _TEAMS


def _infinitive(verb: Token) -> bool:
    """Tell whether a verb is a "to" infinitive on a past verb ("came from behind to defeat
    Portugal 14-10", "scored late to draw 12-12 with Canada"): its result is that verb's
    subject's, in the past."""
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return to and verb.tag_ == "VB" and verb.dep_ in ("advcl", "xcomp") and verb.head.tag_ == "VBD"


def result_subject(verb: Token) -> Token | None:
    """Return the named side a verb's subject is ("Sweden" of "Sweden defeated …"), or None."""
    if _infinitive(verb):
        verb = verb.head  # "Romania came from behind to defeat …": Romania defeated
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "conj":  # "Belgium won and Panama lost 0–3 to …"
        return None
    if subject is None or subject.pos_ != "PROPN" or subject.ent_type_ not in _TEAMS:
        return None
    return subject


def side_words(subject: Token) -> str | None:
    """Return the whole phrase a subject token heads, its article lower-cased ("the Senate"),
    or None when it goes on past the name ("Sweden, ranked 24th, …")."""
    doc = subject.doc
    if subject.right_edge.i != subject.i:
        return None
    words = [t.text for t in doc[subject.left_edge.i : subject.i + 1]]
    if doc[subject.left_edge.i].pos_ == "DET":  # "The Lions beat …": mid-question, "the"
        words[0] = words[0].lower()
    return " ".join(words)


def match_verb(verb: Token, goals: tuple[int, int]) -> bool:
    """Tell whether a verb reports a match: a competition sense first or second ("beat",
    "lose"), or any for a level score ("drew 1–1"). "ruled 5–4", "voted 52–48": a vote."""
    files = verbfiles.verb_files(verb.lemma_)
    within = files if goals[0] == goals[1] else files[:2]
    return verbfiles.COMPETITION in within


def _part_of_match(noun: Token) -> bool:
    """Tell whether a noun after a score names a part of a match, not the whole ("in the final
    set", "at half-time", "on aggregate", "in extra time"): a bare noun, or one WordNet files
    as a time whose next sense up is a playing period, a part or a pause."""
    if noun.pos_ != "NOUN":
        return False
    if not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children):
        return True  # "on aggregate", "on penalties", "in extra time": a way the score is counted
    return part_sense(noun.lemma_)


def part_sense(lemma: str) -> bool:
    """Tell whether WordNet files a noun as a time whose next sense up is a playing period, a
    part or a pause ("set", "half", "inning"): a part of a match."""
    for offset in wordnet.senses(lemma):
        found = wordnet.synset(offset)
        if found is None or found.lexfile != _TIME:
            continue
        ups = (wordnet.synset(t) for sym, t in found.pointers if sym == "@")
        if any(up and set(up.lemmas) & _PARTS for up in ups):
            return True
    return False


def _partial(score: Token) -> bool:
    """Tell whether a phrase after a score says it is a part of the match's result."""
    sentence = score.sent
    after = sentence.doc[score.i + 1 : sentence.end]
    return any(t.dep_ == "pobj" and _part_of_match(t) for t in after)


def _result_stem(verb: Token, score: Token) -> str | None:
    """Write "By what score did <side> <verb> <opponent>?" for a result clause, or None when
    the clause names no subject side, no opponent or is not a plain past statement."""
    doc = verb.doc
    subject = result_subject(verb)
    past = verb.tag_ == "VBD" or _infinitive(verb)
    if subject is None or not past or subject.i > verb.i or verb.i > score.i:
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None  # "did not beat": no result stated
    goals = score_goals(score.text)
    if goals is None or not match_verb(verb, goals) or _partial(score):
        return None
    between = list(doc[verb.i + 1 : score.i])
    after: list[Token] = []
    against = doc[score.i + 1] if score.i + 2 < len(doc) else None
    # "lost 1–2 to England", not "won 30-0 to record …": an infinitive's "to" names no side
    if against is not None and against.lower_ in _AGAINST and against.pos_ == "ADP":
        pobj = doc[score.i + 2]  # "lost 1–2 to England": the opponent after the score
        end = pobj.i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        after = list(doc[score.i + 1 : end])
    if any(t.is_punct or t.ent_type_ in ("DATE", "TIME", "CARDINAL") for t in between + after):
        return None  # a date or a clause between verb and score: not one plain result
    opponent = between if _team(between) else after if _team(after) else None
    if opponent is None or (between and after):
        return None
    words = " ".join(t.text for t in between + after)
    side = side_words(subject)
    return f"By what score did {side} {verb.lemma_} {words}?" if side else None


# a noun naming a match's result, the verb a question asks it by and the words before the
# opponent it may take ("a 30-0 victory over Namibia": "beat Namibia")
_RESULT_NOUNS = {
    "victory": ("beat", ("over", "against")),
    "win": ("beat", ("over", "against")),
    "defeat": ("lose to", ("to", "against", "by")),
    "loss": ("lose to", ("to", "against")),
    "draw": ("draw with", ("with", "against")),
}


def _noun_stem(score: Token) -> str | None:
    """Write "By what score did <side> beat <opponent>?" for a score qualifying a result's
    noun on a past verb ("Georgia won their first match with a 30-0 victory over Namibia",
    "Samoa recorded a 25-21 win against Tonga"), or None."""
    noun = score.head
    found = _RESULT_NOUNS.get(noun.lemma_.lower()) if noun.pos_ == "NOUN" else None
    if found is None or score.dep_ not in ("compound", "nummod", "amod") or score.i > noun.i:
        return None
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("with", "in") else None
    verb = noun.head if noun.dep_ == "dobj" else verb
    if verb is None or verb.tag_ != "VBD":
        return None
    subject = result_subject(verb)
    goals = score_goals(score.text)
    if subject is None or goals is None or subject.i > verb.i or _partial(score):
        return None
    level = goals[0] == goals[1]
    if any(c.dep_ == "neg" for c in verb.children) or level != (found[0] == "draw with"):
        return None  # "did not record a win"; a level "victory" is misread
    against = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in found[1]]
    pobj = next((c for c in against[0].children if c.dep_ == "pobj"), None) if against else None
    if pobj is None or not _team(list(pobj.doc[pobj.left_edge.i : pobj.i + 1])):
        return None
    side = side_words(subject)
    opponent = side_words(pobj) if pobj.right_edge.i == pobj.i else None
    return f"By what score did {side} {found[0]} {opponent}?" if side and opponent else None


def _verb_of(score: Token) -> Token | None:
    """Return the verb a score is the result of: its head, or the head of the noun the model
    read it as qualifying ("South Korea 1–0"), or None."""
    head = score.head
    return head if head.pos_ == "VERB" else None


def stated_scores(sentences: Sequence[Span]) -> list[list[tuple[Fact, Stem]]]:
    """Return, per sentence, each match result's score as a fact and its question."""
    out: list[list[tuple[Fact, Stem]]] = [[] for _ in sentences]
    for index, sentence in enumerate(sentences):
        for token in sentence:
            if score_goals(token.text) is None:
                continue
            if token.dep_ not in ("dobj", "npadvmod"):
                stem = _noun_stem(token)  # "with a 30-0 victory over Namibia"
                if stem is not None:
                    fact = Fact(index, token.i, token.i + 1, token.text, "CARDINAL", SCORE)
                    out[index].append((fact, Stem(stem, "wh", SCORE_RULE)))
                continue
            if any(score_goals(t.text) for t in sentence.doc[token.i + 1 : token.i + 4]):
                continue  # "beat Nadal 6–4, 6–3": one set of several, not the result
            verb = _verb_of(token)
            stem = _result_stem(verb, token) if verb is not None else None
            if stem is not None:
                fact = Fact(index, token.i, token.i + 1, token.text, "CARDINAL", SCORE)
                out[index].append((fact, Stem(stem, "wh", SCORE_RULE)))
    return out


def _ordered(goals: tuple[int, int], key: tuple[int, int]) -> tuple[int, int]:
    """Write a score in the key's order: the winner first for a win, last for a loss."""
    high, low = max(goals), min(goals)
    return (low, high) if key[0] < key[1] else (high, low)


def score_variants(key: str, text: str) -> list[str]:
    """Return scores for a key's options: the article's other results in the key's order
    (none a draw for a win), then near ones ("1–0": 2–0, 2–1, 3–1), written with its dash."""
    goals = score_goals(key)
    if goals is None:
        return []
    dash = key[len(str(goals[0]))]
    draw = goals[0] == goals[1]
    found = [(int(a), int(b)) for a, b in SCORE_IN_TEXT.findall(text)]
    steps = ((-1, -1), (1, 1), (2, 2), (3, 3)) if draw else ((1, 0), (1, 1), (2, 0), (2, 1), (0, 1))
    near = [(goals[0] + i, goals[1] + j) for i, j in steps if min(goals) + min(i, j) >= 0]
    seen: list[str] = []
    for pair in found + near:
        ordered = _ordered(pair, goals)
        if (ordered[0] == ordered[1]) != draw or max(ordered) > max(9, 2 * max(goals)):
            continue  # a draw is no option for a win, nor a win for a draw
        written = f"{ordered[0]}{dash}{ordered[1]}"
        if ordered != goals and written not in seen:  # a rugby score's rivals may pass 9
            seen.append(written)
    return seen
