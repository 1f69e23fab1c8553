"""Stage 7: rate each candidate by how much it is worth asking, and pick a broad set."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from questions.generate.ages import AGE_RULE
from questions.generate.billnumbers import BILL
from questions.generate.cityregion import region_of_known_city
from questions.generate.common import NOUN, common_score
from questions.generate.facts import Fact
from questions.generate.filters import similar
from questions.generate.headerline import line_tells
from questions.generate.namedapart import question_words, words_named_apart
from questions.generate.officedeeds import deeds_to_come, office_beside_deed
from questions.generate.ranges import RANGE
from questions.generate.retold import Partners, same_fact, sentence_keys
from questions.generate.sentencepairs import (
    asks_attribution,
    blank_moved,
    mirror_losers,
    names_source,
    within,
)
from questions.generate.setting import Setting
from questions.generate.spans import SPAN_RULE
from questions.generate.variants import ordinal_words
from questions.generate.write import Stem
from questions.schema import normalise

MAX_QUESTIONS = 60
PER_SENTENCE = 2  # more from one sentence would give each other away
PER_ANSWER = 3  # a fourth question with one key (the story's main figure) reads as a refrain
KIND_SCORE = {
    "money": 3.4, "count": 3.2, "percent": 3.2, "date": 3.0, "year": 3.0, "document": 3.2,
    "event": 2.9, "organization": 2.6, "place": 2.5, "person": 2.6, "title": 2.6,
    "quantity": 2.8, "number": 2.6, "magnitude": 3.0, "level": 3.0,
    "fraction": 3.0, "frequency": 2.8, NOUN: 1.6, BILL: 3.2,  # "H.R.1424": a document's name
}  # fmt: skip
MAIN_SUBJECT = 4  # an answer named in this many sentences is what the story is about: easy


@dataclass(frozen=True)
class Candidate:
    """A question that passed every filter, before ranking."""

    fact: Fact
    stem: Stem
    options: tuple[str, ...]
    answer: int
    source: str
    explanation: str
    score: float
    notes: tuple[str, ...]  # rules that nearly rejected it


def importance(
    fact: Fact, stem: Stem, paragraph: int, mentions: Counter[str], repeated: int
) -> tuple[float, list[str]]:
    """Score a candidate: kind of fact, question form, the lead, the story's repeated names."""
    notes: list[str] = []
    score = KIND_SCORE.get(fact.kind, 2.0) + (1.0 if stem.form == "wh" else 0.0)
    score += common_score(fact)  # a noun the story repeats ranks with its names
    score += 1.0 if paragraph == 0 else 0.5 if paragraph < 3 else 0.0
    score += 0.25 * min(repeated, 4)
    if mentions[normalise(fact.text)] >= MAIN_SUBJECT:
        score -= 1.5
        notes.append("main subject")
    if len(stem.text) > 170:
        score -= 0.01 * (len(stem.text) - 170)
        notes.append("long question")
    return round(score, 2), notes


def fact_key(candidate: Candidate) -> str:
    """Identify the fact a question tests: a number or date is the same fact anywhere."""
    fact = candidate.fact
    if fact.subtype == RANGE or candidate.stem.rule == SPAN_RULE:  # when it ran, began, ended:
        return f"span:{fact.sentence}"  # one span, the others a refrain (or its answer shown)
    if fact.kind in ("count", "money", "percent", "quantity", "date", "magnitude"):
        return f"{fact.kind}:{normalise(fact.text)}"
    if candidate.stem.rule == AGE_RULE:  # "Thomas Sam, 42, and his wife Manju Sam, 36": a pair,
        return f"{AGE_RULE}:{fact.sentence}"  # asked twice a refrain taking the sentence's two
    office = ":office" if candidate.stem.rule == "rule:role" else ""  # another fact of the name
    return f"{fact.sentence}:{normalise(fact.text)}{office}"


def _ambiguous(candidates: list[Candidate]) -> set[int]:
    """Return the candidates a near-identical question with another answer makes ambiguous:
    of such a group the best-ranked one stays when no other's answer is among its options
    ("Where was she born?" keyed Memphis, with no Tennessee to choose), the rest go."""
    partners: dict[int, list[Candidate]] = {}
    # each candidate's folded key and stem and stem words, read once, not once a pair
    keys = [normalise(c.fact.text) for c in candidates]
    stems = [normalise(c.stem.text) for c in candidates]
    words = [question_words(c.stem.text) for c in candidates]
    for n, one in enumerate(candidates):
        for m in range(n + 1, len(candidates)):
            other = candidates[m]
            # only two wh-questions are ever partners: the rest of a pair's tests are pure
            if not one.stem.form == other.stem.form == "wh" or keys[n] == keys[m]:
                continue
            same = stems[n] == stems[m]
            if one.fact.sentence == other.fact.sentence and not same:
                continue  # one sentence's slots: "Who attended …?" and "When did X attend …?"
            if words_named_apart(words[n], words[m]):
                continue  # "… Division A …?" and "… Division B …?": two things, two answers
            if (
                not other_order(one.stem.text, other.stem.text)
                and similar(one.stem.text, other.stem.text) >= 90
                and abs(len(one.stem.text) - len(other.stem.text)) < 25
            ):
                partners.setdefault(id(one), []).append(other)
                partners.setdefault(id(other), []).append(one)
    out: set[int] = set()
    kept: set[int] = set()
    for candidate in candidates:  # best first
        mates = partners.get(id(candidate), [])
        if not mates:
            continue
        shown = {normalise(option) for option in candidate.options}
        if (
            any(id(m) in kept for m in mates)
            or any(normalise(m.fact.text) in shown for m in mates)
            or any(_other_place(candidate, m) for m in mates)
        ):
            out.add(id(candidate))
        else:
            kept.add(id(candidate))
    return out


def other_order(one: str, other: str) -> bool:
    """Tell whether two questions differ only in an ordinal ("… win the first set?", "… win
    the second set?"): they ask two things the article tells apart, not one thing twice."""
    words, others = normalise(one).split(), normalise(other).split()
    if len(words) != len(others) or words == others:
        return False
    ordinals = ordinal_words()
    return all(
        a in ordinals and b in ordinals for a, b in zip(words, others, strict=True) if a != b
    )


def _other_place(one: Candidate, other: Candidate) -> bool:
    """Tell whether two place keys asked alike are not a known city and its region ("London,
    Ontario": options for London read as England's; "Memphis, Tennessee": Memphis is asked)."""
    if one.fact.kind != "place" or other.fact.kind != "place":
        return False
    return not region_of_known_city(one.fact.text, other.fact.text)


def _gives_away(one: Candidate, other: Candidate) -> bool:
    """Tell whether two blanks of one sentence show each other's answer.

    A wh-question beside a blank of its sentence is kept: the bot never serves two questions
    of one sentence back to back, and the pair asks different things.
    """
    if one.fact.sentence != other.fact.sentence:
        return False
    if normalise(one.fact.text) == normalise(other.fact.text):  # an office and a deed of one
        # name ("Who was the Director of …?", "Who says …?"): two facts, unless one shows it
        return within(one.fact.text, one.stem.text) or within(other.fact.text, other.stem.text)
    if within(one.fact.text, other.fact.text) or within(other.fact.text, one.fact.text):
        return True  # '"_____ forces"' (three) beside '"_____"' offering "three forces"
    if one.stem.form != "cloze":
        return False
    if other.stem.form != "cloze":
        return False
    return normalise(one.fact.text) in normalise(other.stem.text) or normalise(
        other.fact.text
    ) in normalise(one.stem.text)


def _one_person(candidates: list[Candidate]) -> dict[str, str]:
    """Map a person's short name to the one fuller name it is part of ("xi" → "xi jinping"):
    five questions answered "Xi" or "Xi Jinping" are one refrain, not two."""
    names = {normalise(c.fact.text) for c in candidates if c.fact.kind == "person"}
    out: dict[str, str] = {}
    for name in names:
        words = set(name.split())
        fuller = [n for n in names if n != name and words < set(n.split())]
        if len(fuller) == 1:
            out[name] = fuller[0]
    return out


def _answer(candidate: Candidate, person: dict[str, str]) -> str:
    """Return a candidate's answer folded, a short name as the one fuller name it is part of."""
    answer = normalise(candidate.fact.text)
    return person.get(answer, answer)


def _first_answers(ranked: list[Candidate], person: dict[str, str]) -> set[int]:
    """Return the best-ranked candidate of each answer (as shown or as written)."""
    seen: set[str] = set()
    out: set[int] = set()
    for candidate in ranked:
        shown = {_answer(candidate, person), normalise(candidate.options[candidate.answer])}
        if not shown & seen:
            out.add(id(candidate))
        seen |= shown
    return out


def select(
    candidates: list[Candidate], limit: int, rejected: Counter[str], setting: Setting | None = None
) -> list[Candidate]:
    """Keep the best: one per fact, two per sentence, no near-twins, at most half clozes, one
    of a mirror pair (`setting`: the headline, which tells one of its keys)."""
    # of equal worth, four options before three: a guess is right less often
    ranked = sorted(
        candidates, key=lambda c: (-c.score, len(c.options) < 4, c.fact.sentence, c.fact.start)
    )
    ambiguous = _ambiguous(ranked)
    # of a pair with the blank moved, "Who says …?" asks only the source: the blank asking
    # what was said is kept instead, whichever ranks higher
    sources = {
        id(one)
        for one in ranked
        if one.stem.form == "wh"
        and asks_attribution(one)
        and any(blank_moved(one, other) or names_source(one, other) for other in ranked)
    }
    told = setting or Setting()  # no headline: the lower-ranked of a mirror pair goes
    mirrors = mirror_losers(
        ranked, lambda key: bool(told.headline and line_tells(told.headline, key, told))
    )
    chosen: list[Candidate] = []
    per_sentence: Counter[int] = Counter()
    per_answer: Counter[str] = Counter()
    keys: set[str] = set()
    person = _one_person(ranked)
    asked = sentence_keys(ranked)  # the keys a question may show beside its own
    partners: Partners = {}  # each question's partners, read once for every pair
    # A fresh answer first: a sentence's second key asked once ("CSTO") beats its first asked
    # again ("SCO"), which would take the sentence's place and then be refused as a repeat.
    # A three-option question claims its answer only after every four-option one has: it
    # adds a fact, never takes a better-asked one's place.
    fresh = _first_answers(sorted(ranked, key=lambda c: len(c.options) < 4), person)
    order = [c for c in ranked if id(c) in fresh] + [c for c in ranked if id(c) not in fresh]
    for at, candidate in enumerate(order):
        answer = normalise(candidate.fact.text)
        answer = person.get(answer, answer)
        # "SCO" shown as "Shanghai Cooperation Organization": one key, however it was written
        shown = {answer, normalise(candidate.options[candidate.answer])}
        reason = None
        if id(candidate) in ambiguous:
            reason = "ambiguous: a like question has another answer"
        elif fact_key(candidate) in keys:
            reason = "same fact"
        elif any(same_fact(c, candidate, asked, partners) for c in chosen):
            reason = "same fact told again"  # "Georgia" and "30-0" in the lead and later
        elif per_sentence[candidate.fact.sentence] >= PER_SENTENCE:
            reason = "sentence already asked twice"
        elif any(per_answer[a] >= PER_ANSWER for a in shown):
            reason = "answer already asked"
        elif office_beside_deed(candidate, ranked) and any(
            per_answer[a] + deeds_to_come(a, order[at + 1 :], person, ambiguous | sources)
            >= PER_ANSWER
            for a in shown
        ):
            # an office beside its holder's deed takes only the room the deeds leave: "Who
            # noted … could have forestalled …?" tells more than the title
            reason = "answer already asked"
        elif id(candidate) in mirrors:
            reason = "mirror of a better question"  # "…, along with Indonesia, …?" and back
        elif any(_gives_away(c, candidate) for c in chosen):
            reason = "gives away another answer"
        elif id(candidate) in sources or any(blank_moved(c, candidate) for c in chosen):
            reason = "the same question with the blank moved"  # the better one is kept
        elif any(
            normalise(c.fact.text) == answer and similar(c.stem.text, candidate.stem.text) >= 85
            for c in chosen
        ):
            reason = "near duplicate"
        if reason:
            rejected[reason] += 1
            continue
        chosen.append(candidate)
        per_sentence[candidate.fact.sentence] += 1
        per_answer.update(shown)
        keys.add(fact_key(candidate))
    chosen = chosen[:limit]
    wh = sum(c.stem.form == "wh" for c in chosen)
    clozes = [c for c in chosen if c.stem.form == "cloze"]
    excess = len(clozes) - wh
    if excess > 0:
        drop = {id(c) for c in sorted(clozes, key=lambda c: c.score)[:excess]}
        rejected["too many blanks"] += excess
        chosen = [c for c in chosen if id(c) not in drop]
    return sorted(chosen, key=lambda c: (c.fact.sentence, c.fact.start))
