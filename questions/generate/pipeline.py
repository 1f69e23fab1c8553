"""Run the stages in order: check, clean, parse, facts, write, distract, filter, rank."""

from __future__ import annotations

from collections import Counter

from questions.generate.candidate import write_candidate
from questions.generate.clean import clean_article
from questions.generate.context import parse
from questions.generate.dates import ArticleDate, parse_date_text
from questions.generate.defined import defined_rivals
from questions.generate.errors import NotEnoughText
from questions.generate.finishing import UNRESOLVED
from questions.generate.garbled import garbled
from questions.generate.language import check_article
from questions.generate.nonpersons import nonpersons, without_nonpersons
from questions.generate.onematch import report_scenes
from questions.generate.options import article_context
from questions.generate.rank import MAX_QUESTIONS, Candidate, select
from questions.generate.references import POINTS_BACK
from questions.generate.relabel import distinct, full_people, unkept_facts
from questions.generate.result import GenerationResult
from questions.generate.scenes import (
    name_this_win,
    paragraph_scenes,
)
from questions.generate.stated import GIVEN_ONLY, as_questions, given_stems, stated_facts
from questions.generate.terms import unkept_terms
from questions.generate.works import unkept_works
from questions.schema import QuestionSet
from questions.text import N_, Text

__all__ = ["GenerationResult", "generate", "generate_set"]


def generate(
    text: str,
    *,
    slug: str,
    title: str,
    max_questions: int | None = None,
    source: str | None = None,
    date: str | None = None,
) -> GenerationResult:
    """Generate a quiz from an English news article, with a report on how it was made."""
    check_article(text)
    article = clean_article(text)
    check_article(article.text)  # headings and credits do not count as prose
    anchor: ArticleDate | None = parse_date_text(date) if date else None
    if anchor is None and article.dateline:
        anchor = parse_date_text(article.dateline)
    parsed = parse(article.paragraphs, anchor, article.title)
    parsed.scenes = paragraph_scenes(article.headings, article.heading_at, len(article.paragraphs))
    parsed.scenes, parsed.held = report_scenes(parsed.sentences, parsed.paragraph, parsed.scenes)
    name_this_win(parsed.sentences, parsed.paragraph, parsed.scenes, parsed.replace)
    per_sentence = stated_facts(parsed)
    kept = [f for found in per_sentence for f in found if not garbled(f, parsed)]
    unkept = without_nonpersons([unkept_facts(parsed)], nonpersons(parsed.every))[0]
    terms = unkept_terms(parsed.unkept, len(parsed.sentences))  # "Shanghai Spirit": an option
    article_facts = distinct(kept + full_people(unkept) + terms)  # the options: all its people
    article_facts += defined_rivals(parsed.every)  # "Cutting fares" for "Keeping …"
    article_facts += unkept_works(parsed.unkept, len(parsed.sentences))  # and their deeds
    rejected: Counter[str] = Counter()
    candidates: list[Candidate] = []
    every_fact = [f for found in per_sentence for f in found] + unkept
    # One sentence a line: a name opening a sentence is not the tail of the last one's
    # ("… Udvar-Hazy Center. Space Shuttle Discovery"). What names are and who does what
    # come from every sentence, the ones too vague to ask ("This past week …") too.
    names = article_context("\n".join(s.text for s in parsed.sentences), every_fact,
                            parsed.every, anchor.year if anchor else None,
                            anchor.date if anchor else None,
                            parsed.setting.nation)  # fmt: skip
    offices, ages = given_stems(parsed, per_sentence, anchor)  # "How old was …?" only so
    for index, found in enumerate(per_sentence):
        for fact, office in [(f, offices.get((index, f.start))) for f in found] + ages[index]:
            if garbled(fact, parsed):
                rejected["garbled name"] += 1
                continue
            only = fact.kind in GIVEN_ONLY or fact.subtype in GIVEN_ONLY  # an age: only so
            asked = (office,) if only else (None, office)
            for given in asked if office is not None else (None,):
                candidate = write_candidate(
                    fact, index, parsed, article_facts, rejected, names, given
                )
                if candidate is not None:
                    candidates.append(candidate)
    limit = min(max_questions or MAX_QUESTIONS, MAX_QUESTIONS)
    standalone = [c for c in candidates if not any(n.startswith(UNRESOLVED) for n in c.notes)]
    # a question pointing back to what it never names is no question, whatever is left
    told = [c for c in candidates if not any(n.endswith(POINTS_BACK) for n in c.notes)]
    setting = parsed.setting  # its headline tells one key of a mirror pair
    chosen = select(standalone, limit, rejected, setting) or select(told, limit, rejected, setting)
    if not chosen:
        raise NotEnoughText(_refusal(rejected))
    questions, rows = as_questions(chosen)
    qset = QuestionSet(slug=slug, title=title, source=source, language="en",
                       questions=tuple(questions))  # fmt: skip
    return GenerationResult(
        qset=qset,
        facts=len(article_facts),
        candidates=len(candidates),
        rejected=tuple(sorted(rejected.items(), key=lambda kv: (-kv[1], kv[0]))),
        rows=tuple(rows),
        sentences=len(parsed.sentences),
        covered=len({c.fact.sentence for c in chosen}),
        parsed_words=parsed.parsed_words,
        skipped_words=parsed.skipped_words,
        dated=anchor is not None,
    )


def generate_set(
    text: str,
    *,
    slug: str,
    title: str,
    max_questions: int | None = None,
    source: str | None = None,
    date: str | None = None,
) -> QuestionSet:
    """Generate a quiz (a QuestionSet) from an English news article."""
    return generate(text, slug=slug, title=title, max_questions=max_questions, source=source,
                    date=date).qset  # fmt: skip


def _refusal(rejected: Counter[str]) -> Text:
    """Return why no question was kept: every question the article gave was a blank in its
    sentence, and a quiz is at most half blanks (so none is kept without another kind), or it
    gave too few facts at all; telling the first "too few dates" would be untrue."""
    if rejected["too many blanks"]:
        return Text(
            N_(
                "No questions could be made from this article: its facts could only be asked "
                "as blanks in its sentences, and at most half of a quiz may be such blanks. "
                "Try a longer news article."
            )
        )
    return Text(
        N_(
            "No questions could be made from this article: it has too few dates, "
            "numbers, names or events that can be asked about. Try a longer news article."
        )
    )
