"""Stage 4's choice of form: which question a fact is asked as, from a quotation's speaker to
one blank, and the stated part of a date whose tail the article leaves relative."""

from __future__ import annotations

import re
from typing import Any

from questions.generate.absolute import absolute_question, described_question
from questions.generate.adverbial import when_clause_question
from questions.generate.affiliation import affiliation_question
from questions.generate.agedat import age_question
from questions.generate.astold import as_told_question
from questions.generate.counted import among_question, doing_question, done_to_question
from questions.generate.durationwh import duration_question
from questions.generate.existential import there_question
from questions.generate.facts import Fact
from questions.generate.founded import founded_question
from questions.generate.homeplace import home_question, second_place
from questions.generate.inner import inner_question
from questions.generate.located import located_question
from questions.generate.officeof import office_question
from questions.generate.participles import participle_question
from questions.generate.quotedwh import kept_whole
from questions.generate.quotes import quote_question, spoken_question
from questions.generate.spans import span_end_question
from questions.generate.spoken import spoken_by
from questions.generate.stems import WH_CHARS, shorter
from questions.generate.tooktime import took_question
from questions.generate.trimmed import closing_predicate
from questions.generate.write import Stem, cloze, wh_question

CLOZE_WORDS = 40  # a longer sentence with one blank is a chore to read


def before_replaced(fact: Fact, sentence: Any, replace: dict[int, str]) -> Fact | None:
    """Keep the stated part of a date whose tail is relative ("June 28 [this year]")."""
    end = next(i for i in range(fact.start, fact.end) if i in replace)
    span = sentence.doc[fact.start : end]
    if fact.kind != "date" or not re.search(r"\d", span.text) or not span.text.strip():
        return None
    return Fact(fact.sentence, fact.start, end, span.text.strip(" ,"), fact.label, fact.kind,
                fact.subtype, fact.unit)  # fmt: skip


# Questions of one sentence shape each, tried in order before the general wh-question.
_SHAPES = (
    when_clause_question,  # "On June 28, when X held …"
    among_question,  # "X are among the 163 teams in …"
    doing_question,  # "45,756 migrants crossing … last year"
    there_question,  # "There were two Syrian teams scheduled to …"
    age_question,  # "… at the age of four months"
    duration_question,  # "… 12,000 years ago", "… about two months old", "as long as …"
    took_question,  # "it took India only 35 years" (to go …)
    absolute_question,  # "…, with Junius Ho defeating …"
    described_question,  # "STS-135, which will be the last …"
    participle_question,  # "Writing to seven …, Kan …"
    founded_question,  # "Started in 1990, the Taipei lantern festival …"
    span_end_question,  # "… was carried out between July 2003 and December 2004"
    as_told_question,  # "As Heald told The Huffington Post, US surface ozone has …"
    home_question,  # "… died in her Memphis, Tennessee home"
)


def write_form(
    sentence: Any, fact: Fact, replace: dict[int, str], given: Stem | None
) -> tuple[Stem | None, str]:
    """Write the best form for a fact: the `given` one, a quotation's speaker, a wh-question
    over the parse (a fronted date through its "when" clause), a name asked inside its
    subject, else one blank; say why wh failed."""
    if spoken_by(sentence):  # '"If …, you lose 15 points."': only as its speaker's words
        return spoken_question(sentence, fact), "the sentence is quoted"
    if given is None and second_place(sentence, fact):  # "her Memphis, _____ home"
        return None, "the state of a city's home is asked with the city"
    stem, why = (given, "") if given is not None else (quote_question(sentence, fact), "")

    def whole(written: Stem | None) -> Stem | None:
        """Keep a question showing the sentence's quotations whole or not at all: moved out
        of 'said "We cleared 700 trees"', a wh-question keeps '… did we clear "'."""
        return kept_whole(written, sentence, replace)

    for shaped in _SHAPES:
        if stem is not None:
            break
        stem = whole(shaped(sentence, fact, replace))
    if stem is None:  # "The Museum of Flight in Seattle was proposed": not where it was
        stem = whole(located_question(sentence, fact, replace, subject_only=True))
    if stem is None:
        stem, why = wh_question(sentence, fact, replace)
        if stem is not None and whole(stem) is None:
            stem, why = None, "the question would misquote the speaker"
    if stem is None:
        stem = whole(inner_question(sentence, fact, replace))
        stem = stem or whole(located_question(sentence, fact, replace))
    if stem is None:  # "Tom Hale, chairman of the Board,": of which body he is chairman
        stem = whole(office_question(sentence, fact, replace))
    if stem is None:  # "… by Michael Worobey of the University of Arizona": whose he is
        stem = whole(affiliation_question(sentence, fact, replace))
    if stem is None:  # "the first of 48 flights allowed to …": what was done to the 48
        stem = whole(done_to_question(sentence, fact, replace))
    if stem is not None and len(stem.text) > WH_CHARS:
        tail = closing_predicate(sentence, fact) - set(replace)
        trimmed = wh_question(sentence, fact, {**replace, **dict.fromkeys(tail, "")})[0]
        trimmed = whole(trimmed)  # words cut inside a quotation misquote it
        if tail and trimmed is not None and len(trimmed.text) <= WH_CHARS:
            return trimmed, ""  # the statement before its closing "and …" is true alone
        stem, why = None, "the question would be too long"
    if stem is None:  # 'said "it is reasonable to assume …"': its speaker, not a blank
        stem = quote_question(sentence, fact, run_in=True)
    if stem is None:
        stem = cloze(fact, list(sentence), replace)  # asides not holding the answer cut
        if stem is not None and len(stem.text.split()) > CLOZE_WORDS:
            stem = cloze(fact, shorter(fact, list(sentence)), replace)  # one list item, …
        if stem is not None and len(stem.text.split()) > CLOZE_WORDS:
            stem = None
    # half of a quotation the sentence leaves open ('said, "The Museum …'), or a quotation
    # cut short by a word left out: the question misquotes the speaker
    return whole(stem), why
