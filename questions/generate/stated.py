"""The facts each sentence states, named and labelled, and the chosen candidates as questions."""

from __future__ import annotations

from questions.generate.ages import AGE, stated_ages
from questions.generate.billnumbers import bill_numbers
from questions.generate.bodyforms import bodies_named, body_forms
from questions.generate.calledkinds import called_names, media_named
from questions.generate.common import common_facts
from questions.generate.context import Parsed
from questions.generate.dates import ArticleDate
from questions.generate.deathage import death_ages
from questions.generate.defined import DEFINED, stated_definitions
from questions.generate.definednouns import DEFINED_NOUN, defined_noun_stems
from questions.generate.described import described_stems
from questions.generate.describedplaces import described_mentions
from questions.generate.examples import listed_items
from questions.generate.facts import Fact, sentence_facts
from questions.generate.forenamed import forenamed
from questions.generate.ids import question_id
from questions.generate.kindcompounds import compound_kinds
from questions.generate.listedplaces import listed_places
from questions.generate.means import MEANS, stated_means
from questions.generate.models import numbered_names
from questions.generate.nationality import NATIONALITY, stated_nationalities
from questions.generate.nonpersons import nonpersons, without_nonpersons
from questions.generate.partscores import part_scores
from questions.generate.personplaces import person_places
from questions.generate.placednames import placed_names
from questions.generate.places import places_named, unnamed_states
from questions.generate.ranges import date_ranges
from questions.generate.rank import Candidate
from questions.generate.relabel import people_named, short_names, surnamed_people, things_named
from questions.generate.result import ReportRow
from questions.generate.roles import role_stems
from questions.generate.runtogether import split_run_together
from questions.generate.scorelines import SCORE, stated_scores
from questions.generate.sistercompounds import sister_compounds
from questions.generate.terms import quoted_terms
from questions.generate.unplacedstates import unplaced_states
from questions.generate.votetally import VOTE, stated_votes
from questions.generate.works import named_works
from questions.generate.write import Stem
from questions.schema import Question

# facts asked only by the question written for them
GIVEN_ONLY = frozenset({AGE, SCORE, VOTE, MEANS, DEFINED, NATIONALITY, DEFINED_NOUN})  # or subtype


def stated_facts(parsed: Parsed) -> list[list[Fact]]:
    """Return each sentence's facts, with names, places, series and list items labelled."""
    stated = [sentence_facts(s, n) for n, s in enumerate(parsed.sentences)]
    stated = numbered_names(stated, parsed.sentences)  # "IE6", "STS-135": not places
    stated = bill_numbers(stated, parsed.sentences)  # "H.R.1424, a bill": no common noun
    stated = named_works(stated, parsed.sentences)  # "her album 25": no year, an album
    stated = date_ranges(stated, parsed.sentences)  # "between July 2003 and December 2004"
    stated = listed_items(stated, parsed.sentences)  # "soybean", of "species such as …"
    stated = quoted_terms(stated, parsed.sentences)  # the "four communities" Xi proposed
    stated = unnamed_states(places_named(stated, parsed.sentences), parsed.sentences)
    stated = unplaced_states(stated)  # "Gulf allies": no province of Papua New Guinea
    stated = forenamed(stated, parsed.sentences)  # "Andry Rajoelina" of "Mr Rajoelina"
    per_sentence = people_named(stated, parsed.sentences)  # "Tasmania", the model unnamed
    # "Newton" of "Cam Newton"; "Okada" of "Okada hit a triple", a quoted or short sentence
    per_sentence = person_places(per_sentence, parsed.sentences, parsed.every)
    # "The city of Jackson approved …" of an article naming Peter Jackson: the city
    per_sentence = described_mentions(per_sentence, parsed.sentences)
    # "through Nathula, in Sikkim": a place, whatever the model's label
    per_sentence = placed_names(per_sentence, parsed.sentences)
    # "Pichilemu", "Santiago Centro" of "cities such as …": places, not people
    per_sentence = listed_places(per_sentence, parsed.sentences)
    per_sentence = split_run_together(per_sentence, parsed.sentences)  # "Saddam Hussein Sabir …"
    per_sentence = surnamed_people(per_sentence)  # "Stan Lee" … "Lee was making his …"
    per_sentence = things_named(per_sentence, parsed.sentences)  # "the Polaroid format"
    per_sentence = short_names(per_sentence)  # "Columbia" of "Space Shuttle Columbia"
    # "Jupiter is the largest planet": a planet, not a town; "mentioned on Twitter": a medium
    per_sentence = media_named(called_names(per_sentence, parsed.sentences), parsed.sentences)
    # "press agency Prensa Latina", "the Temple of Taposiris Magna": no person
    per_sentence = without_nonpersons(per_sentence, nonpersons(parsed.every))
    # "sponsored by Acme Tech" of "Acme Institute of Technology (Acme Tech)": a body
    per_sentence = bodies_named(per_sentence, body_forms(parsed.sentences))
    # "What did Gloria develop …?": eczema, with the other skin diseases as options
    per_sentence = common_facts(per_sentence, parsed.sentences, parsed.replace,
                                parsed.setting.headline)  # fmt: skip
    per_sentence = compound_kinds(per_sentence, parsed.sentences)  # "the _____ movement"
    # "This year's theme was _____": water security, beside the article's national security
    return sister_compounds(per_sentence, parsed.sentences)


def given_stems(
    parsed: Parsed, stated: list[list[Fact]], anchor: ArticleDate | None
) -> tuple[dict[tuple[int, int], Stem], list[list[tuple[Fact, Stem]]]]:
    """Return the questions written for facts outside the parse's forms: per (sentence,
    answer start) an office ("Who was the …?") or description ("What was the first …?"),
    and per sentence the facts asked only so, ages and match scores, with their questions."""
    sentences = parsed.sentences
    offices = described_stems(sentences, stated)
    offices |= role_stems(sentences, stated, parsed.replace, anchor)  # an office first
    ages = stated_ages(sentences, stated, anchor, parsed.setting)
    dead = death_ages(sentences, stated, parsed.every, parsed.setting)  # needs no date
    means = stated_means(sentences, parsed.replace)  # "How did Xi attend …?": via video
    scores = stated_scores(sentences)
    # "By what score did China win the first set?": a part of the match by its order
    scores = [s + p for s, p in zip(scores, part_scores(sentences), strict=True)]
    votes = stated_votes(sentences, parsed.replace)  # "By what vote was the bill passed?"
    # "What nationality are Zaw Lin and Wai Phyo?": a country's adjective said of people
    nations = stated_nationalities(sentences, parsed.replace)
    # "What is the priority direction of …?": the phrase holding a named role
    roles = stated_definitions(sentences, parsed.replace, parsed.setting.acronyms)
    # "Which condition is characterised by …?": a common noun an apposition defines
    roles = [r + d for r, d in zip(roles, defined_noun_stems(sentences), strict=True)]
    every = zip(ages, dead, scores, votes, nations, means, roles, strict=True)
    return offices, [a + d + s + v + n + m + r for a, d, s, v, n, m, r in every]


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
