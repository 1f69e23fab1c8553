"""Run the stages in order: clean, split, resolve, extract, write, distract, filter, rank."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from questions.generate.clean import CleanArticle, clean_article
from questions.generate.dates import DateValue
from questions.generate.distractors import Pools, choose_distractors, seeded_random
from questions.generate.errors import NotEnoughText
from questions.generate.facts import NAME_KINDS, Fact, Registry, extract_facts, head_word
from questions.generate.filters import (
    answer_in_stem,
    count_visible,
    distractor_in_source,
    duplicate_options,
    explanation,
    grammar_problem,
    lacks_context,
    not_standalone,
    not_verbatim,
    similar,
    telegram_limits,
    too_few_options,
)
from questions.generate.language import check_article
from questions.generate.phrases import fold
from questions.generate.resolve import Context, find_anchor, resolve_sentence
from questions.generate.sentences import Sentence, split_sentences
from questions.generate.write import Stem, write_stems
from questions.schema import TITLE_MAX, Question, QuestionSet, normalise, slugify

PER_SENTENCE = 2  # questions from one sentence: more would give each other away
PER_ANSWER = 2  # questions with the same answer: more would be repetitive
# How much each kind of fact is worth asking about; real questions score higher than gaps.
KIND_SCORE = {
    "date": 3.0, "year": 3.0, "month": 2.8, "count": 3.0, "quantity": 3.3, "money": 3.4,
    "percent": 3.1, "ordinal": 2.7, "saying": 3.2, "term": 2.0, "list": 2.7,
    "document": 3.1, "event": 2.9, "organization": 2.5, "place": 2.5, "person": 1.8,
}  # fmt: skip
MAIN_SUBJECT = 4  # a name in this many sentences is the story's subject, not a question
WEAK_UNITS = frozenset({"years", "days", "months", "weeks", "time", "times", "hours"})


@dataclass(frozen=True)
class Analysis:
    """Everything the stages before question writing found in an article."""

    article: CleanArticle
    sentences: tuple[Sentence, ...]
    resolved: tuple[str, ...]  # each sentence made to stand alone
    facts: tuple[Fact, ...]
    anchor: DateValue | None
    acronyms: dict[str, str]
    persons: frozenset[str]  # surnames of everyone named
    proper: frozenset[str]  # words the article capitalises mid-sentence: parts of names
    with_persons: frozenset[int]  # sentences that name a person


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


@dataclass(frozen=True)
class GenerationResult:
    """The generated set and a report on what was rejected and why."""

    qset: QuestionSet
    facts: int
    candidates: int
    rejected: tuple[tuple[str, int], ...]  # (reason, how many), most frequent first

    @property
    def rejected_total(self) -> int:
        """Return how many candidates were rejected in all."""
        return sum(count for _, count in self.rejected)


def analyse(text: str) -> Analysis:
    """Clean, split and resolve an article and extract its facts."""
    article = clean_article(text)
    sentences = split_sentences(article)
    anchor = find_anchor(article, sentences)
    context = Context(anchor=anchor)
    registry = Registry(lower_words=frozenset(re.findall(r"\b[a-z][a-z'-]+", article.text)))
    resolved: list[str] = []
    facts: list[Fact] = []
    for sentence in sentences:
        text_ = resolve_sentence(sentence, context)
        found = extract_facts(text_, sentence.index, registry)
        resolved.append(text_)
        facts.extend(found)
        persons = [
            registry.surnames.get(f.text.split()[-1], f.text) for f in found if f.kind == "person"
        ]
        names = [
            (head_word(f.text.split()).lower(), f.text)
            for f in found
            if f.kind in ("organization", "document", "event") and f.subtype != "acronym"
        ]
        day = next(
            (f.date for f in found if f.kind == "date" and f.date and f.date.day and f.date.year),
            None,
        )
        context.observe(sentence, persons, names, day, text_)
    return Analysis(
        article=article,
        sentences=tuple(sentences),
        resolved=tuple(resolved),
        facts=tuple(facts),
        anchor=anchor,
        acronyms=dict(registry.acronyms),
        persons=frozenset(registry.surnames),
        proper=frozenset(re.findall(r"(?<=[a-z,] )[A-Z][a-z]+", article.text)),
        with_persons=frozenset(f.sentence for f in facts if f.kind == "person"),
    )


def default_title(text: str, stem: str) -> str:
    """Return a set title: the article's heading line, else the file stem in title case."""
    article = clean_article(text)
    if article.title and len(article.title) <= TITLE_MAX:
        return article.title
    words = [w for w in re.split(r"[-_\s]+", stem) if w]
    # Keep an acronym the article spells in capitals ("sco" -> "SCO").
    titled = [
        w.upper() if re.search(rf"\b{re.escape(w.upper())}\b", text) and w.isalpha() else
        w.capitalize()
        for w in words
    ]  # fmt: skip
    return (" ".join(titled) or "Article quiz")[:TITLE_MAX].strip()


def _score(fact: Fact, stem: Stem, mentions: Counter[str]) -> float:
    """Rate a candidate: the kind of fact, a real question over a gap, short over long."""
    score = KIND_SCORE.get(fact.kind, 2.0) + (0.8 if stem.form == "wh" else 0.0)
    score -= 0.006 * max(0, len(stem.text) - 150)
    if mentions[normalise(fact.text)] > 3:
        score -= 0.8  # the article's main subject: easy to guess, and asked about elsewhere
    if fact.unit in WEAK_UNITS:
        score -= 1.0
    if fact.kind == "organization" and fact.subtype == "acronym":
        score -= 1.0
    if fact.kind == "place" and fact.subtype == "place":
        score -= 0.5
    return score


def _question_id(fact: Fact, source: str) -> str:
    """Give a question an id that survives rewording: its kind, answer and source sentence."""
    digest = hashlib.sha1(f"{normalise(source)}|{normalise(fact.text)}".encode()).hexdigest()
    return f"{fact.tags[-1]}-{slugify(fact.text)[:24].strip('-')}-{digest[:6]}"


def _fact_key(fact: Fact) -> str:
    """Identify the fact a question tests; a count is the same fact in any sentence."""
    if fact.kind in ("count", "quantity", "money", "percent") and fact.unit:
        return f"{fact.kind}:{fact.value}:{fact.unit}"
    return f"{fact.sentence}:{fact.kind}:{normalise(fact.text)}"


def _answer_key(fact: Fact) -> str:
    """Identify an answer for the per-answer limit: a person by surname."""
    if fact.kind == "person":
        return "person:" + normalise(fact.text.split()[-1])
    return normalise(fact.text)


Check = Callable[[], str | None]


def _alias_in_stem(stem: str, fact: Fact, analysis: Analysis) -> str | None:
    """Reject a stem that names its answer another way ("SCO" for the organisation)."""
    answer = normalise(fact.text)
    for short, full in analysis.acronyms.items():
        if answer == fold(full):
            if answer_in_stem(stem, short):
                return f"the question names the answer as {short!r}"
        elif answer == fold(short) and answer_in_stem(stem, full):
            return f"the question names the answer as {full!r}"
    return None


def _main_subjects(analysis: Analysis) -> frozenset[str]:
    """Return the names the article keeps coming back to: asking for them is too easy."""
    sentences: dict[str, set[int]] = {}
    for fact in analysis.facts:
        if fact.kind in ("person", "place", "organization", "document", "event"):
            key = fact.text.split()[-1] if fact.kind == "person" else fact.text
            sentences.setdefault(normalise(key), set()).add(fact.sentence)
    return frozenset(name for name, where in sentences.items() if len(where) >= MAIN_SUBJECT)


def _build(
    fact: Fact,
    stem: Stem,
    analysis: Analysis,
    pools: Pools,
    rejected: Counter[str],
    mentions: Counter[str],
) -> Candidate | None:
    """Choose options for a stem and run every filter; count the reason when it fails."""
    source = analysis.sentences[fact.sentence].text
    distractors = choose_distractors(fact, pools, stem.text)
    options = [fact.text, *distractors]
    seeded_random("order", stem.text).shuffle(options)
    answer = options.index(fact.text)
    why = explanation(source, fact.text)
    persons = fact.sentence in analysis.with_persons
    checks: list[tuple[str, Check]] = [
        ("too few options", lambda: too_few_options(options)),
        ("answer in stem", lambda: answer_in_stem(stem.text, fact.text)),
        ("alias in stem", lambda: _alias_in_stem(stem.text, fact, analysis)),
        ("distractor in source", lambda: distractor_in_source(source, options, fact.text)),
        ("duplicate options", lambda: duplicate_options(options)),
        ("telegram limits", lambda: telegram_limits(stem.text, options, answer, why)),
        ("grammar", lambda: grammar_problem(stem.text, options)),
        ("not standalone", lambda: not_standalone(stem.text, persons)),
        ("no context", lambda: lacks_context(stem.text)),
        ("count visible", lambda: count_visible(stem.text, fact)),
    ]
    for name, check in checks:
        if check() is not None:
            rejected[name] += 1
            return None
    return Candidate(fact, stem, tuple(options), answer, source, why,
                     _score(fact, stem, mentions))  # fmt: skip


def _select(
    candidates: list[Candidate], max_questions: int | None, rejected: Counter[str]
) -> list[Candidate]:
    """Keep the best candidates: one per fact, few per sentence and answer, no near-twins."""
    # The same stem with different answers is ambiguous ("How many suggestions did…?").
    stems = Counter(normalise(c.stem.text) for c in candidates)
    answers: dict[str, set[str]] = {}
    for c in candidates:
        answers.setdefault(normalise(c.stem.text), set()).add(normalise(c.fact.text))
    ranked = sorted(candidates, key=lambda c: (-c.score, c.fact.sentence, c.fact.start))
    chosen: list[Candidate] = []
    per_sentence: Counter[int] = Counter()
    per_answer: Counter[str] = Counter()
    keys: set[str] = set()
    by_answer: dict[str, list[Candidate]] = {}
    for candidate in ranked:
        fact = candidate.fact
        folded_stem = normalise(candidate.stem.text)
        answer = _answer_key(fact)
        if stems[folded_stem] > 1 and len(answers[folded_stem]) > 1:
            rejected["ambiguous"] += 1
            continue
        if _fact_key(fact) in keys:
            rejected["same fact"] += 1
            continue
        siblings = [c for c in chosen if c.fact.sentence == fact.sentence]
        if per_sentence[fact.sentence] >= PER_SENTENCE or any(
            (c.fact.start < fact.end and fact.start < c.fact.end) or c.fact.tags[0] == fact.tags[0]
            for c in siblings
        ):
            rejected["sentence already asked"] += 1
            continue
        limit = 1 if fact.kind == "person" else PER_ANSWER
        if per_answer[answer] >= limit:
            rejected["answer already asked"] += 1
            continue
        if any(similar(c.stem.text, candidate.stem.text) >= 80 for c in by_answer.get(answer, [])):
            rejected["near duplicate"] += 1
            continue
        chosen.append(candidate)
        per_sentence[fact.sentence] += 1
        per_answer[answer] += 1
        keys.add(_fact_key(fact))
        by_answer.setdefault(answer, []).append(candidate)
    if max_questions is not None:
        chosen = chosen[: max(max_questions, 0)]
    return sorted(chosen, key=lambda c: (c.fact.sentence, c.fact.start))


def generate(
    text: str,
    *,
    slug: str,
    title: str,
    max_questions: int | None = None,
    source: str | None = None,
) -> GenerationResult:
    """Generate a quiz from an English news article, with a report on rejected candidates."""
    check_article(text)
    analysis = analyse(text)
    check_article(analysis.article.text)  # headings and credits do not count as prose
    pools = Pools(
        facts=list(analysis.facts),
        sentences=dict(enumerate(analysis.resolved)),
        acronyms=analysis.acronyms,
    )
    mentions: Counter[str] = Counter(normalise(f.text) for f in analysis.facts)
    rejected: Counter[str] = Counter()
    candidates: list[Candidate] = []
    subjects = _main_subjects(analysis)
    for fact in analysis.facts:
        source_text = analysis.sentences[fact.sentence].text
        if not_verbatim(fact.text, source_text, fact) is not None:
            rejected["not verbatim"] += 1
            continue
        key = fact.text.split()[-1] if fact.kind == "person" else fact.text
        if fact.kind in NAME_KINDS and normalise(key) in subjects:
            rejected["main subject"] += 1
            continue
        resolved = analysis.resolved[fact.sentence]
        for stem in write_stems(fact, resolved, analysis.anchor, analysis.proper):
            candidate = _build(fact, stem, analysis, pools, rejected, mentions)
            if candidate is not None:
                candidates.append(candidate)
                break
    chosen = _select(candidates, max_questions, rejected)
    if not chosen:
        raise NotEnoughText(
            "No questions could be made from this article: it has too few dates, numbers, "
            "names or quotations that can be asked about. Try a longer news article."
        )
    questions = tuple(
        Question(
            text=c.stem.text,
            options=c.options,
            answer=c.answer,
            explanation=c.explanation,
            source=c.source,
            tags=c.fact.tags,
            id=_question_id(c.fact, c.source),
        )
        for c in chosen
    )
    qset = QuestionSet(slug=slug, title=title, source=source, language="en", questions=questions)
    return GenerationResult(
        qset=qset,
        facts=len(analysis.facts),
        candidates=len(candidates),
        rejected=tuple(sorted(rejected.items(), key=lambda kv: (-kv[1], kv[0]))),
    )


def generate_set(
    text: str,
    *,
    slug: str,
    title: str,
    max_questions: int | None = None,
    source: str | None = None,
) -> QuestionSet:
    """Generate a quiz (a QuestionSet) from an English news article."""
    return generate(text, slug=slug, title=title, max_questions=max_questions, source=source).qset
