"""A shallow clause reader: fronted adverbials, subject, verb group and the rest.

Question writing needs to turn "On June 15, 2001, the six heads of state … passed X in
Shanghai." into "In which city did the six heads of state … pass X on June 15, 2001?". That
needs the subject and the main verb; this module finds them with closed word lists, and
gives up (returns None) whenever the sentence does not fit the simple pattern.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from questions.generate.lexicon import (
    AUXILIARIES,
    DETERMINERS,
    PARTICIPLE_TO_BASE,
    PAST_TO_BASE,
    THIRD_TO_BASE,
)

FRONT_WORDS = frozenset(
    [
        "On",
        "In",
        "At",
        "During",
        "After",
        "Before",
        "Since",
        "By",
        "Over",
        "According",
        "When",
        "While",
        "Under",
        "With",
        "For",
        "As",
        "Looking",
        "Almost",
        "Following",
        "Despite",
        "Between",
        "From",
        "Throughout",
        "Earlier",
        "Later",
        "Amid",
        "Upon",
    ]
)
ADVERBS = frozenset(
    [
        "also",
        "once",
        "again",
        "never",
        "always",
        "still",
        "already",
        "just",
        "not",
        "jointly",
        "repeatedly",
        "officially",
        "formally",
        "finally",
        "recently",
        "then",
        "now",
        "only",
        "even",
        "further",
        "first",
    ]
)
SUBJECT_BREAKERS = frozenset(
    [
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "when",
        "where",
        "if",
        "because",
        "although",
        "while",
        "whether",
    ]
)
# A comma that does not end an adverbial: the one inside "September 17, 2021".
_ADVERBIAL_COMMA = re.compile(r",\s(?!\d{4}\b)")
_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*|\S")


@dataclass(frozen=True)
class Clause:
    """The parts of a simple declarative sentence."""

    fronted: tuple[str, ...]  # leading adverbials, without their commas
    subject: str
    aux: str  # the auxiliary as written ("has", "was"), or ""
    adverbs: str  # adverbs inside the verb group ("also", "repeatedly")
    verb: str  # the main verb as written ("passed"); "" when the auxiliary is the verb
    base: str  # the main verb's base form ("pass")
    tense: str  # "past", "present3", "present" or "aux"
    rest: str  # everything after the verb group, final punctuation removed
    end: str  # the final punctuation


def _split_fronted(text: str) -> tuple[list[str], str]:
    """Peel leading adverbials ("On June 15, 2001,", "At the summit,") off a sentence."""
    fronted: list[str] = []
    while len(fronted) < 3:
        first = text.split(" ", 1)[0]
        if first not in FRONT_WORDS and not (fronted and first.lower() in _lower(FRONT_WORDS)):
            break
        match = _ADVERBIAL_COMMA.search(text)
        if not match or match.start() > 140 or '"' in text[: match.start()]:
            break
        fronted.append(text[: match.start()])
        text = text[match.end() :]
    return fronted, text


def _lower(words: frozenset[str]) -> frozenset[str]:
    """Return the lower-cased words."""
    return frozenset(w.lower() for w in words)


def parse_clause(sentence: str) -> Clause | None:
    """Read fronted adverbials, subject, verb group and rest; None when the shape is unclear."""
    text = sentence.strip()
    end = text[-1] if text[-1:] in ".!?" else ""
    if end:
        text = text[:-1]
    fronted, body = _split_fronted(text)
    words = [(m.group(0), m.start()) for m in _WORD.finditer(body)]
    for index, (word, offset) in enumerate(words):
        if index == 0:
            continue
        previous = words[index - 1][0]
        lowered = word.lower()
        if lowered in SUBJECT_BREAKERS or word in ("(", '"', ";", ":"):
            return None
        tense = ""
        if lowered in AUXILIARIES and word.islower():
            tense = "aux"
        elif word in PAST_TO_BASE and previous.lower() not in DETERMINERS and word.islower():
            tense = "past"
        elif word in THIRD_TO_BASE and (previous[:1].isupper() or previous == ")"):
            tense = "present3"
        if not tense:
            continue
        subject = body[:offset].strip().rstrip(",")
        if not _good_subject(subject):
            return None
        return _verb_group(fronted, subject, words[index:], body, end, tense)
    return None


def _good_subject(subject: str) -> bool:
    """Tell whether a candidate subject looks like one noun phrase."""
    words = subject.split()
    if not 1 <= len(words) <= 16:
        return False
    if words[0].lower() in FRONT_WORDS or words[0].endswith("ing"):
        return False
    # Commas only inside a list of names ("China, Russia, and Uzbekistan").
    return all(part.removeprefix("and ")[:1].isupper() for part in subject.split(", ")[1:])


def _verb_group(
    fronted: list[str],
    subject: str,
    words: list[tuple[str, int]],
    body: str,
    end: str,
    tense: str,
) -> Clause | None:
    """Read the verb group starting at words[0] and build the clause."""
    first = words[0][0]
    aux = first if tense == "aux" else ""
    position = 0 if tense != "aux" else 1
    adverbs: list[str] = []
    while position < len(words) and words[position][0].lower() in ADVERBS:
        adverbs.append(words[position][0])
        position += 1
    if tense != "aux":
        verb = first if not adverbs else ""
        if adverbs:
            return None  # the verb was found first: adverbs cannot come after it
        base = PAST_TO_BASE.get(verb) or THIRD_TO_BASE.get(verb, "")
        rest_start = words[0][1] + len(verb)
    else:
        verb, base = "", ""
        if position < len(words):
            candidate = words[position][0]
            participle = PARTICIPLE_TO_BASE.get(candidate) or PAST_TO_BASE.get(candidate)
            if participle or candidate in ("be", "been"):
                verb, base = candidate, participle or "be"
                position += 1
        if not verb and aux in ("has", "have", "had"):
            # "the SCO has 8 member states": "has" is the main verb.
            tense = "present3" if aux == "has" else ("past" if aux == "had" else "present")
            verb, base, aux = aux, "have", ""
        rest_start = words[position][1] if position < len(words) else len(body)
    # Adverbs written before the verb ("also quoted") are found by looking back.
    before = subject.split()
    while tense != "aux" and before and before[-1].lower() in ADVERBS:
        adverbs.insert(0, before.pop())
    subject = " ".join(before)
    if not subject or (not base and tense != "aux"):
        return None
    rest = body[rest_start:].strip()
    return Clause(
        fronted=tuple(fronted),
        subject=subject,
        aux=aux,
        adverbs=" ".join(adverbs),
        verb=verb,
        base=base,
        tense=tense,
        rest=rest,
        end=end,
    )


def question_verb(clause: Clause) -> tuple[str, str]:
    """Return (auxiliary, verb phrase) for a question: "passed" -> ("did", "pass")."""
    adverbs = " ".join(a for a in clause.adverbs.split() if a.lower() not in ("also", "then"))
    adverbs = adverbs + " " if adverbs else ""
    if clause.tense == "aux":
        return clause.aux, (adverbs + clause.verb).strip()
    support = {"past": "did", "present3": "does", "present": "do"}[clause.tense]
    return support, (adverbs + clause.base).strip()
