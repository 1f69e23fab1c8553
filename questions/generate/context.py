"""Stage 2: parse the prose worth parsing, and make each sentence stand on its own.

A cheap pass picks what spaCy parses (the article in reading order, long paragraphs cut at
sentence ends, up to a word budget), so a huge or one-sentence upload stays linear. Then each
kept sentence gets the words said instead of its pronouns and relative dates.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from questions.generate.acronyms import drop_person_labels
from questions.generate.acts import name_acts
from questions.generate.agreement import agreed_verbs
from questions.generate.antecedents import Antecedents, name_antecedents, record
from questions.generate.apostrophes import mend_apostrophe_names
from questions.generate.backnamed import name_described_back
from questions.generate.barenames import written_bare
from questions.generate.carried import carried_subject, name_carried_it
from questions.generate.clausemates import name_clause_mates
from questions.generate.dates import ArticleDate
from questions.generate.definites import (
    bare_periods,
    name_country,
    name_definites,
    name_scene,
    named_heads,
    opening_scene,
    plain_another,
    story_country,
    title_heads,
)
from questions.generate.demonstratives import plain_these
from questions.generate.elidedcount import name_elided_counts
from questions.generate.entcache import ents_of
from questions.generate.entities import mend_names
from questions.generate.filters import written_names
from questions.generate.fronted import mend_dated_places, mend_fronted_subjects
from questions.generate.introduced import Key, introductions, name_introduced
from questions.generate.joined import mend_participles
from questions.generate.jointsubject import name_joint_they
from questions.generate.kindgiven import Given, name_given, note_given
from questions.generate.kindnames import Kinds, name_kinds, note_kinds, restate
from questions.generate.leadthing import lead_said, name_by_lead
from questions.generate.likened import plain_similar
from questions.generate.namedit import name_it, subject_name
from questions.generate.nearness import unanchored_nearby
from questions.generate.newcomers import name_newcomers
from questions.generate.newthings import NewThings
from questions.generate.nlp import load_nlp, parsed_headline, without_tensor
from questions.generate.nounroots import mend_noun_roots
from questions.generate.occasion import (
    LEAD_SENTENCES,
    lead_occasion,
    name_dated_topic,
    name_last_years,
    name_same_day,
    name_this_years,
    said_day,
)
from questions.generate.openers import (
    lower_opening_common_nouns,
    mend_opening_names,
    unname_opening_nouns,
)
from questions.generate.openingperson import name_body_they, name_opening_person
from questions.generate.persons import Cast, article_cast, narrative
from questions.generate.prose import prose
from questions.generate.prowords import name_there
from questions.generate.purposes import Occasion, mend_purpose, name_purpose, next_occasion
from questions.generate.quotemarks import quoted_words
from questions.generate.recorded import mark_records
from questions.generate.reduced import mend_reduced_relative
from questions.generate.replacements import replacements
from questions.generate.reporters import mend_reported, name_they, other_actors, plural_reporter
from questions.generate.restated import restated_passive, said_that, subject_comma
from questions.generate.semiclauses import dropped_joint
from questions.generate.sentcache import keep_sentences
from questions.generate.setting import Setting, article_setting
from questions.generate.slips import written_twice
from questions.generate.spoken import mark_speakers
from questions.generate.tense import absolute_participle
from questions.generate.tiednames import Tied, name_tied, note_tied
from questions.generate.topickinds import story_kinds
from questions.generate.unanchored import unanchored_times
from questions.schema import normalise

Span = Any
WORD_BUDGET = 8_000  # words parsed at most: 60 questions never need more
CHUNK_CHARS = 4_000  # a paragraph longer than this is cut at a sentence end
_CUT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'])")


@dataclass
class Parsed:
    """The kept sentences of an article, with what each one's words should be replaced by."""

    sentences: list[Span] = field(default_factory=list)
    every: list[Span] = field(default_factory=list)  # kept or not: what the article knows
    paragraph: list[int] = field(default_factory=list)  # paragraph number of each sentence
    replace: list[dict[int, str]] = field(default_factory=list)
    mentions: Counter[str] = field(default_factory=Counter)  # sentences naming each entity
    parsed_words: int = 0
    skipped_words: int = 0
    anchor: ArticleDate | None = None  # the article's date (dateline, --date or caption)
    setting: Setting = field(default_factory=Setting)  # event, date, people, acronyms
    scenes: list[str | None] = field(default_factory=list)  # each paragraph's match, if any
    cast: Cast = field(default_factory=Cast)  # the article's people and their genders
    held: str | None = None  # a one-match report's own event, its setting naming none

    @cached_property
    def written(self) -> frozenset[str]:
        """Return the names the article writes capitalised and never in lower case, read once
        an article (each question's context check asks; per question it cost a long article
        O(n²): 19 s of 23)."""
        return written_names(self.every)

    @property
    def unkept(self) -> list[Span]:
        """Return the sentences no question is made from (quotations, …): their people are
        still options."""
        kept = {(id(s.doc), s.start) for s in self.sentences}
        return [s for s in self.every if (id(s.doc), s.start) not in kept]


def chunks(paragraphs: tuple[str, ...]) -> tuple[list[tuple[int, str]], int, int]:
    """Cut paragraphs into pieces spaCy parses quickly; stop at the word budget."""
    pieces: list[tuple[int, str]] = []
    words = skipped = 0
    for number, paragraph in enumerate(paragraphs):
        start = 0
        while start < len(paragraph):
            end = min(len(paragraph), start + CHUNK_CHARS)
            if end < len(paragraph):
                cuts = [m.start() for m in _CUT.finditer(paragraph, start + CHUNK_CHARS // 4, end)]
                end = cuts[-1] if cuts else (paragraph.rfind(" ", start, end) + 1 or end)
            piece = paragraph[start:end].strip()
            start = max(end, start + 1)
            size = piece.count(" ") + 1
            if words + size > WORD_BUDGET:
                skipped += size
                continue
            words += size
            if piece:
                pieces.append((number, piece))
    return pieces, words, skipped


def parse(
    paragraphs: tuple[str, ...], anchor: ArticleDate | None, title: str | None = None
) -> Parsed:
    """Parse the article's prose and work out each sentence's replacements."""
    pieces, words, skipped = chunks(paragraphs)
    nlp = load_nlp()
    parsed = Parsed(parsed_words=words, skipped_words=skipped, anchor=anchor)
    # 32 pieces a batch: the parser steps a batch's sentences together, so fewer, larger
    # batches spend less of the parse on each step's overhead (a fifth of it, from 4), and
    # a piece's parse is the same in any batch; a 10x article's peak RSS was no higher
    docs = [(number, without_tensor(doc)) for (number, _), doc in
            zip(pieces, nlp.pipe([p for _, p in pieces], batch_size=32), strict=True)]  # fmt: skip
    for _, doc in docs:
        mend_names(doc)  # "Lydia Buchtmann for Food Standards Australia": a person, a body
        mend_reported(doc)  # "They estimated by 2050, … would increase …": what they said
        mend_noun_roots(doc)  # "Around 450 troops disembarked on Monday": they disembarked
        mend_reduced_relative(doc)  # "X, dubbed Y, has been given …": X is given it
        mend_fronted_subjects(doc)  # "At noon, near the pier in Salem, Oregon, X opened …"
        mend_dated_places(doc)  # "on May 2, 2014, near the pier …": where it happened
        mark_records(doc)  # 'It is noted on X that "…"': a record, read as the article's
        mark_speakers(doc)  # '"… If …, you lose 15 points," Dr Lee said.': hers
        mend_purpose(doc)  # "put forward four proposals for this": the putting's purpose
        mend_participles(doc)  # "four pirates riding in a skiff came …": they came
    mend_opening_names(doc for _, doc in docs)  # "Riverside last reached …": a name
    unname_opening_nouns(doc for _, doc in docs)  # "Trains will run …": no one
    lower_opening_common_nouns(doc for _, doc in docs)  # "Lunch was served …": a noun
    mend_apostrophe_names(doc for _, doc in docs)  # "O'Riordan joined …": Dolores O'Riordan
    keep_sentences(doc for _, doc in docs)  # the parse is mended: its sentences stay put
    heading = parsed_headline(title) if title else None
    names = title_heads(heading, " ".join(paragraphs)) if heading is not None else {}
    only, topic = named_heads(doc for _, doc in docs)
    titled = {head: said for head, said in names.items() if head not in only}
    kinds, story = Kinds(), story_kinds(heading, [doc for _, doc in docs])  # "the animal"
    country = story_country(doc for _, doc in docs)  # "around the country": its own
    names.update(only)
    these = {**topic, **names}  # "this organization": the article's own, if it has one
    bare = written_bare((doc for _, doc in docs), only.values())  # "Gatwick Airport"
    parsed.setting = article_setting(heading, [doc for _, doc in docs], anchor)
    cast = article_cast((doc for _, doc in docs), quoted_words)  # "Vasquez": Elena Vasquez
    parsed.cast = cast
    last_person: dict[str, str] = {}  # whom the narrative's "he" and "she" mean
    last_thing: str | None = None
    carried: str | None = None  # the sentence before's subject, said by a common noun
    alone = False  # that sentence was its paragraph's only one
    introduced: dict[Key, str | None] = {}
    seen = Antecedents()  # "a plan to rebuild …" for a later "the plan", "it"
    given = Given()  # "folk band The Lantern Keepers" for a later "the band"
    tied = Tied()  # "a Atlas V 401 rocket" for a later "the rocket"
    new = NewThings(only)  # "passed a law …. The law gives …": that law, not the named one
    if heading is not None:
        note_given(heading[:], given, lead=True)
    before: Span | None = None
    previous: Span | None = None
    opening = lead_said(next(docs[0][1].sents), heading) if docs else None  # what it brings in
    lead = [s for _, doc in docs[:LEAD_SENTENCES] for s in doc.sents]
    # An undated article's "this year's speech" is its lead's: "On September 17, …"
    lead_day, lead_nouns = (None, frozenset()) if anchor and anchor.year else lead_occasion(lead)
    day: str | None = None  # the day "the same day" means
    reporter: str | None = None  # the paragraph's plural reporters: "They estimated …"
    reported = -1  # the paragraph they reported in
    occasion: Occasion | None = None  # "When attending the joint summit, …": its speaker's
    for number, doc in docs:
        scene = opening_scene(doc)  # "In the Kowloon West geographical constituency, …"
        # an "It" opening a paragraph may mean anything the paragraph before said, unless
        # that paragraph was the one sentence whose subject is carried
        carried = carried if number == reported or alone else None
        reporter, reported = (reporter, reported) if number == reported else (None, number)
        for sentence in doc.sents:
            parsed.every.append(sentence)
            new.start(sentence)
            replace = replacements(sentence, anchor, last_person, cast)
            if replace is not None:
                name_by_lead(sentence, before, opening, replace)  # "It", "the bill": the lead's
                name_same_day(sentence, day, replace)
                name_this_years(sentence, lead_day, lead_nouns, replace)
                name_last_years(sentence, lead_day, lead_nouns, replace)
                unanchored_times(sentence, anchor, replace)  # "Initially, …": before what?
                name_elided_counts(sentence, replace)  # "only 38 are working": 38 observers
            day = said_day(sentence, day)
            if replace is not None:
                name_they(sentence, reporter, replace)
                name_joint_they(sentence, before, cast, replace)  # "A and B …. They went …"
                name_opening_person(sentence, before, cast, replace)  # "al-Megrahi …. He …"
                name_body_they(sentence, before, replace)  # "Arsenal started …. They pressed …"
            held = None if other_actors(sentence, reporter) else reporter
            reporter = plural_reporter(sentence) or held
            previous, before = before, sentence
            last_person = narrative(
                sentence, replace or {}, cast, last_person, quoted_words(sentence)
            )
            if replace is not None and last_thing is not None:
                name_it(sentence, last_thing, replace)
            if replace is not None:  # "The document … It also must be returned …"
                name_carried_it(sentence, carried, replace)
            last_thing, carried = subject_name(sentence), carried_subject(sentence)
            alone = sentence.start == 0 and sentence.end == len(doc)
            at, occasion = next_occasion(occasion, sentence, replace or {}, parsed.every)
            if replace is not None:  # "put forward three suggestions for this"
                name_purpose(sentence, at, replace)
            note_given(sentence, given, lead=number == docs[0][0] or len(parsed.every) <= 1)
            if replace is None or not prose(sentence):
                introductions(sentence, introduced)
                record(sentence, seen)
                note_kinds(sentence, kinds)
                note_tied(sentence, tied)
                continue
            name_scene(sentence, scene if sentence.start > 0 else {}, replace)  # not its opener
            name_newcomers(sentence, parsed.every, replace)  # "the march": the counter-march
            name_definites(sentence, names, these, replace, bare, cast.titled, new.unnamed())
            name_dated_topic(sentence, lead_day, topic, replace)  # "the summit on September 17"
            name_country(sentence, country, replace, previous)
            name_acts(sentence, previous, replace)  # "The broadcasts": South Korea's
            name_there(sentence, previous, replace, quoted_words(sentence))  # "troops there"
            bare_periods(sentence, replace)
            absolute_participle(sentence, replace)
            restated_passive(sentence, replace)  # "left six dead after they were killed"
            said_that(sentence, replace)  # "said although …": "said that although …"
            subject_comma(sentence, replace)  # "X for FSANZ, says …": "X for FSANZ says …"
            replace.update({t.i: "" for t in sentence if t.lower_ == "respectively"})
            replace.update(dropped_joint(sentence))  # "…; and Part C is …": from "Part C"
            unanchored_nearby(sentence, replace)  # "a nearby camp": near the sentence before's
            replace.update(written_twice(sentence, replace))  # "the the protein"
            replace.update(agreed_verbs(sentence, replace))  # "the installation were": "was"
            name_introduced(sentence, introduced, replace)  # only by an earlier sentence
            introductions(sentence, introduced)
            name_antecedents(sentence, seen, replace)
            name_described_back(sentence, previous, replace)  # "the accords": free trade ones
            name_clause_mates(sentence, replace)  # "Pork is …, and its price": pork's
            record(sentence, seen)
            name_given(sentence, previous, given, replace)  # "the band": the Lantern Keepers
            name_kinds(sentence, kinds, replace, titled, (story, previous))  # "the animal" too
            note_kinds(sentence, kinds, replace)
            name_tied(sentence, tied, replace)  # "the rocket": the Atlas V 401 rocket
            note_tied(sentence, tied)
            carried = restate(carried, kinds)  # "It also must be returned": the questionnaire
            plain_another(sentence, replace, quoted_words(sentence))
            plain_similar(sentence, replace, quoted_words(sentence))  # "a similar system"
            plain_these(sentence, replace, quoted_words(sentence))  # "these moons": "the"
            drop_person_labels(sentence, parsed.setting.acronyms, replace)
            parsed.sentences.append(sentence)
            parsed.paragraph.append(number)
            parsed.replace.append(replace)
            parsed.mentions.update({normalise(e.text) for e in ents_of(sentence)})
    return parsed
