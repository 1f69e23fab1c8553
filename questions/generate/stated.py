"""The facts each sentence states, named and labelled, and the chosen candidates as questions."""

from __future__ import annotations

from questions.generate.common import common_facts
from questions.generate.context import Parsed
from questions.generate.examples import listed_items
from questions.generate.facts import Fact, sentence_facts
from questions.generate.ids import question_id
from questions.generate.models import numbered_names
from questions.generate.places import places_named, unnamed_states
from questions.generate.ranges import date_ranges
from questions.generate.rank import Candidate
from questions.generate.relabel import people_named, short_names, things_named
from questions.generate.result import ReportRow
from questions.generate.terms import quoted_terms
from questions.schema import Question


def stated_facts(parsed: Parsed) -> list[list[Fact]]:
    """Return each sentence's facts, with names, places, series and list items labelled."""
    stated = [sentence_facts(s, n) for n, s in enumerate(parsed.sentences)]
    stated = numbered_names(stated, parsed.sentences)  # "IE6", "STS-135": not places
    stated = date_ranges(stated, parsed.sentences)  # "between July 2003 and December 2004"
    stated = listed_items(stated, parsed.sentences)  # "soybean", of "species such as …"
    stated = quoted_terms(stated, parsed.sentences)  # the "four communities" Xi proposed
    stated = unnamed_states(places_named(stated, parsed.sentences), parsed.sentences)
    per_sentence = people_named(stated, parsed.sentences)  # "Tasmania", the model unnamed
    per_sentence = things_named(per_sentence, parsed.sentences)  # "the Polaroid format"
    per_sentence = short_names(per_sentence)  # "Columbia" of "Space Shuttle Columbia"
    # "What did Gloria develop …?": eczema, with the other skin diseases as options
    return common_facts(per_sentence, parsed.sentences, parsed.replace, parsed.setting.headline)


def as_questions(chosen: list[Candidate]) -> tuple[list[Question], list[ReportRow]]:
    """Turn the chosen candidates into questions with stable ids, and their report rows."""
    questions, rows = [], []
    for c in chosen:
        key = question_id(c.fact, c.source, c.stem.rule)
        subtype = [c.fact.subtype] if c.fact.subtype else []
        tags = (c.stem.form, c.fact.kind, *subtype, c.stem.rule)
        questions.append(Question(
            text=c.stem.text, options=c.options, answer=c.answer, explanation=c.explanation,
            source=c.source, tags=tags, id=key,
        ))  # fmt: skip
        rows.append(ReportRow(key, c.stem.text, c.stem.form, c.fact.kind, c.score, c.notes))
    return questions, rows
