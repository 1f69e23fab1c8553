"""One fact's question: write it, complete its context and options, and run every check."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace as changed
from functools import partial

from questions.generate.addedamount import unbased_amount
from questions.generate.aftermath import placed_after
from questions.generate.clauselist import clause_partners, unsaid
from questions.generate.context import Parsed
from questions.generate.cutshort import asked_total
from questions.generate.deeds import shared_deed
from questions.generate.event import situate, unframed
from questions.generate.facts import Fact
from questions.generate.filters import (
    answer_in_stem,
    duplicate_options,
    explanation,
    key_part_in_stem,
    lacks_context,
    not_standalone,
    telegram_limits,
    unattributed_quote,
)
from questions.generate.forms import before_replaced, write_form
from questions.generate.giveaways import (
    adverb_ordinal,
    broken_hyphen,
    echoed_option,
    headline_key,
    headline_listed_count,
    leader_nation,
    listed_count,
    named_capital,
    reciprocal_side,
)
from questions.generate.headlined import headline_demonstratives
from questions.generate.keyaside import key_role_aside
from questions.generate.kinowners import kin_owner
from questions.generate.library import pooled, seeded_random
from questions.generate.listedwh import listed_question
from questions.generate.located import venue_city
from questions.generate.measures import NUMBER_KINDS, story_named
from questions.generate.nationality import kind_giveaway
from questions.generate.needless import refused_long, set_aside, shortened
from questions.generate.options import OptionContext, option_context
from questions.generate.otherslist import deed_sharers
from questions.generate.owners import second_owner
from questions.generate.people import spelled_source
from questions.generate.pronouns import (
    as_written,
    bound_pronouns,
    dangling,
    own_pronouns,
)
from questions.generate.quality import review_problem
from questions.generate.quotes import QUOTE_RULE
from questions.generate.rank import Candidate, importance
from questions.generate.recounted import recounted
from questions.generate.references import unresolved_reference
from questions.generate.regions import REGION_OF_CITY, locates_city
from questions.generate.replacements import dropped_now
from questions.generate.reported import (
    asks_speaker,
    said_words,
    saying_demonstratives,
    unsaid_telling,
)
from questions.generate.retried import retry_cut
from questions.generate.reviewed import (
    dropped_occasion,
    gendered_pronoun,
    named_occasion,
    number_words,
    referential_it,
    undated_ordinal,
    unframed_comparison,
)
from questions.generate.scenes import (
    match_named,
    named_by_scene,
    paragraph_place,
    scene_cast,
    sentence_setting,
)
from questions.generate.shown import shown_options
from questions.generate.slips import misspelt, spelled_right
from questions.generate.speakers import person_pronouns
from questions.generate.spoken import spoken_by
from questions.generate.stems import closing_words
from questions.generate.synonyms import described_nouns
from questions.generate.three import THREE_OPTIONS, too_few_options
from questions.generate.trimmed import said_opener
from questions.generate.unique import bare_first_name, placed_only, shared_answer
from questions.generate.write import Stem, cloze, run_on
from questions.generate.yearspan import year_aside
from questions.schema import QUESTION_MAX, normalise

UNRESOLVED = "unresolved reference"  # kept only when an article has no better question


def write_candidate(fact: Fact, index: int, parsed: Parsed, article_facts: list[Fact],
               rejected: Counter[str], names: OptionContext, given: Stem | None = None,
               ) -> Candidate | None:  # fmt: skip
    """Write, complete and check one question for a fact (or the question `given` for it);
    count the reason when it fails."""
    return _written(fact, index, parsed, article_facts, rejected, names, given, frozenset())


def _written(fact: Fact, index: int, parsed: Parsed, article_facts: list[Fact],
             rejected: Counter[str], names: OptionContext, given: Stem | None,
             cut: frozenset[int], topic: bool = False) -> Candidate | None:  # fmt: skip
    """Write and check a fact's question without the sentence's words `cut` (`topic`: framed
    by the headline's topic where the headline leaves no room)."""
    sentence = parsed.sentences[index]
    again = partial(_written, fact, index, parsed, article_facts, Counter(), names, given)
    replace, own = own_pronouns(
        sentence, parsed.replace[index], fact.text, range(fact.start, fact.end)
    )  # "his": the key's
    replace = {**replace, **dict.fromkeys(cut, "")}
    replace.update(dict.fromkeys(year_aside(sentence, fact), ""))  # "in _____, 200 years ago"
    if any(fact.start <= i < fact.end for i in replace):
        stated = before_replaced(fact, sentence, replace)
        if stated is None:
            rejected["answer left out (a relative date or a label)"] += 1
            return None
        fact = stated
    # One item of a list ("China, Russia, Kazakhstan, …") is asked with its partners shown
    # and options no part of the article names: the only right one is then the key.
    listed = given is None and shared_answer(sentence, fact) is not None and pooled(fact)
    if spoken_by(sentence) and shared_answer(sentence, fact) is not None:
        rejected["no question form"] += 1  # a speaker's list: quoted whole, or not at all
        return None
    if listed:
        stem, why = listed_question(sentence, fact, replace), ""  # its partners shown
        if stem is None:
            stem, why = cloze(fact, list(sentence), replace), "the answer is one item of a list"
    else:
        stem, why = write_form(sentence, fact, replace, given)  # the filters judge the named form
    if stem is None:
        rejected["no question form"] += 1
        return None
    if not cut and refused_long(stem) and (shorter := shortened(again, sentence, fact)):
        return shorter  # its wh-question was too long to read: asked without its asides
    aside = key_role_aside(sentence, fact) if stem.form == "cloze" and not cut else frozenset()
    if aside and fact.kind == "person":  # "_____, First Minister of Scotland,": its holder
        return _written(fact, index, parsed, article_facts, rejected, names, given, aside)
    notes: list[str] = [f"no wh: {why}"] if stem.form == "cloze" else []
    fact = venue_city(fact, stem, names.text)  # "Where did Sweden face …?": Nizhny Novgorod
    told = stem  # the question as the sentence says it, for the rules on its own wording
    stem = placed_after(stem, parsed.sentences, parsed.paragraph, index)  # "… in March?"
    now = dropped_now(sentence, replace)
    setting = sentence_setting(parsed.setting, parsed.scenes, parsed.paragraph[index], parsed.held)
    text, unexplained = situate(stem.text, fact.text, setting, sentence, now, topic)
    placed = paragraph_place(setting, sentence, stem.text, fact.text, now)  # "In the Kowloon …"
    setting, text, unexplained = placed or (setting, text, unexplained)
    text = named_occasion(sentence, fact, text, setting.dated)  # "… meeting on June 28?"
    stem = Stem(text, stem.form, stem.rule)
    source = spelled_source(sentence, fact)
    at = parsed.paragraph[index]
    scene = parsed.scenes[at] if at < len(parsed.scenes) else None
    cast = scene_cast(parsed.scenes, parsed.paragraph, article_facts, scene) if scene else None
    context = option_context(names, fact, stem.text, told.text, cast or frozenset(), sentence)
    # "Who produced the album?" of "A wrote the lyrics, B produced the album, …": the other
    # clauses' doers did other deeds, and the question shows none of them
    partners = clause_partners(sentence, fact) if stem.form == "wh" else frozenset()
    key, distractors, origin = shown_options(
        fact, [] if listed else article_facts, unsaid(source, partners), stem.text, context,
        (frozenset(parsed.mentions) if listed else frozenset())
        | deed_sharers(sentence, fact, parsed.every), setting.spelled(),  # "others who …"
    )  # fmt: skip
    again_without = frozenset() if cut else retry_cut(sentence, fact, stem, origin, distractors,
                                                       names.text)  # fmt: skip
    if again_without:  # "Dr. _____" among politicians, "Who from Spain" with one Spaniard
        return _written(fact, index, parsed, article_facts, rejected, names, given, again_without)
    if len(distractors) < 3:
        notes.append(f"{len(distractors)} distractors")
    options = [key, *distractors]
    seeded_random("order", stem.text).shuffle(options)
    why_text = explanation(source)
    story = stem.form == "wh" and story_named(fact.kind, stem.text)  # dated by its headline
    story = story or match_named(stem.text, setting)  # "In England's win over …, who …?"
    # a name's blank sharing a word with the headline is situated too ("… university exhibits"
    # / "The exhibit at the University of …"); a number's is not ("There were _____ votes …")
    headlined = fact.kind not in NUMBER_KINDS and story_named(fact.kind, stem.text)
    bound = bound_pronouns(sentence, range(fact.start, fact.end), told.text) | own  # "when it"
    bound |= person_pronouns(sentence, range(fact.start, fact.end), parsed.cast.gender_of, told)
    bound |= saying_demonstratives(sentence, fact, told.text)  # "Who said … this issue?"
    bound |= headline_demonstratives(sentence, stem.text)  # "this process" of "📰 … process"
    opening = set_aside(sentence, fact) if not cut else frozenset()  # "While …,": an aside
    situated = not (unexplained and unexplained[0] == "no context")
    # too long to be situated, or leaning on the aside's own "it": asked without the aside
    if opening and (not situated or not_standalone(told.text, told.rule, bound)):
        return _written(fact, index, parsed, article_facts, rejected, names, given, opening)
    if unexplained and unexplained[0] == "no context" and not topic:  # the headline too long
        return _written(fact, index, parsed, article_facts, rejected, names, given, cut, True)
    stem = changed(stem, text=spelled_right(sentence, stem.text))  # "orcestrated": no slip
    if not cut and len(stem.text) > QUESTION_MAX and (shorter := shortened(again, sentence, fact)):
        return shorter  # too long for a quiz poll: asked without its asides
    review = review_problem(sentence, fact, told, distractors, origin, context, article_facts,
                            listed=listed, situated=story or headlined)  # fmt: skip
    for name, problem in (
        ("too few options", too_few_options(fact, key, distractors, origin)),
        unexplained or ("unexplained acronym", None),
        review,
        (
            "answer in question",
            answer_in_stem(stem.text, fact.text) or answer_in_stem(stem.text, key),
        ),
        ("answer in question", key_part_in_stem(stem.text, key, distractors)),
        ("not standalone", not_standalone(told.text, told.rule, bound)),
        ("not standalone", unattributed_quote(told.text)),  # '"… the _____ …".': whose?
        ("ungrammatical", run_on(stem.text)),
        ("misspelt", misspelt(sentence, stem.text)),
        ("ungrammatical", broken_hyphen(" / ".join([stem.text, *options]))),
        ("implausible options", adverb_ordinal(sentence, fact)),
        ("not worth asking", named_capital(sentence, fact)),  # "the Libyan capital _____"
        ("not worth asking", leader_nation(sentence, fact)),  # "_____ President George W. Bush"
        ("the stem gives the answer away", listed_count(sentence, fact, stem.text)),
        (
            "the headline gives the answer away",
            headline_listed_count(sentence, fact, parsed.setting.headline),
        ),
        ("answer may not be unique", reciprocal_side(sentence, fact)),
        ("answer may not be unique", shared_deed(sentence, fact, stem.text, parsed.every)),
        ("answer may not be unique", second_owner(sentence, fact)),  # "… once belonged to"
        ("answer may not be unique", kin_owner(sentence, fact)),  # "Whose aunt …?"
        ("answer may not be unique", placed_only(sentence, fact)),  # "… located in …"
        ("answer may not be unique", bare_first_name(sentence, fact)),  # "her husband, Erik"
        ("wrong key", asked_total(sentence, fact, stem.form, stem.rule)),  # "13 of 23" not done
        ("not standalone", unsaid_telling(sentence, fact, told.text)),
        ("not standalone", undated_ordinal(sentence, fact, stem.text)),
        ("not worth asking", recounted(sentence, fact, parsed.every)),
        ("answer in question", echoed_option(stem.text, key, distractors)),
        ("answer in question", kind_giveaway(fact, key, stem.text, distractors, context, parsed)),
        ("answer in question", headline_key(fact, key, parsed.setting.headline)),
        # judged as situated ("UK officials will scrap …"), without the framing it was given;
        # a name's blank under its story's headline line is situated by that line
        (
            "no context",
            None
            if story or headlined
            else lacks_context(unframed(stem.text), told.form, parsed.written),
        ),
        ("no context", dropped_occasion(sentence, fact, stem.text, setting.dated)),
        ("not standalone", unframed_comparison(stem.text)),
        ("not standalone", unbased_amount(sentence, fact, stem.text)),  # "18 more seconds"
        ("gendered pronoun", gendered_pronoun(stem.text, fact, options, context.genders)),
        ("not standalone", referential_it(sentence) if told.rule.endswith("-quote") else None),
        ("duplicate options", duplicate_options(options)),
        ("telegram limits", telegram_limits(stem.text, options, why_text)),
    ):
        if problem is not None:
            rejected[name] += 1
            return None
    # A question on an office says only the office, named by its organisation or country.
    named = frozenset(i for i, said in replace.items() if re.search(r"\b[A-Z]", said))
    # A quotation's words are the speaker's: "Who said '… the economy'?" asks who, not which.
    asked = given or told.rule == QUOTE_RULE.format(kind=fact.kind)
    # "Who said 500 … received the initial invitation?": the saying's words are the speaker's
    named |= said_words(sentence, fact) if asks_speaker(told.text) else frozenset()
    described = described_nouns(sentence, replace)  # "the [international robotics] competition"
    unresolved = unresolved_reference(sentence, fact, stem.text, named, described, parsed.every)
    unresolved = None if asked else unresolved
    unresolved = named_by_scene(unresolved, stem.text, setting)
    opener = said_opener(sentence, fact) if unresolved and not cut else frozenset()
    if opener and stem.form == "wh":  # "In the last phone call, X stated …": who stated it
        shorter = _written(fact, index, parsed, article_facts, Counter(), names, given, opener)
        if shorter is not None and not any(n.startswith(UNRESOLVED) for n in shorter.notes):
            return shorter
    closing = closing_words(sentence, fact) if unresolved and not cut else frozenset()
    if closing and stem.form == "wh":  # "… and deepen cooperation in the fight against …"
        shorter = _written(fact, index, parsed, article_facts, Counter(), names, given, closing)
        if shorter is not None and not any(n.startswith(UNRESOLVED) for n in shorter.notes):
            return shorter
    if unresolved is not None:
        rejected["unresolved reference"] += 1
        notes.append(f"{UNRESOLVED}: {unresolved}")
    lean = as_written(sentence, replace)
    if lean != replace and ", as of " not in stem.text:
        shown = write_form(sentence, fact, lean, given)[0]  # as written ("his wife"), situated
        shown = placed_after(shown, parsed.sentences, parsed.paragraph, index) if shown else None
        if shown and shown.rule == stem.rule and not dangling(shown.text, sentence, replace, lean):
            said = situate(shown.text, fact.text, setting, sentence, now)[0]
            said = named_occasion(sentence, fact, said, setting.dated)
            stem = changed(stem, text=spelled_right(sentence, said))
    if all(len(key) > len(o) for o in distractors):
        notes.append("key is the longest option")
    if origin != "article":
        notes.append(f"distractors from {origin}")
    repeated = sum(1 for e in sentence.ents if parsed.mentions[normalise(e.text)] > 1)
    score, more = importance(fact, stem, parsed.paragraph[index], parsed.mentions, repeated)
    if locates_city(sentence, fact):  # "Irving, _____": a map's fact, the town the story's
        score, more = round(score - REGION_OF_CITY, 2), [*more, "region of a named city"]
    if len(options) < 4:  # a guess is right one time in three: a sentence's other fact first
        score, more = round(score - THREE_OPTIONS, 2), [*more, "three options"]
    answer = options.index(key)
    options = number_words(fact, options)
    return Candidate(fact, stem, tuple(options), answer, source, why_text,
                     score, tuple(notes + more))  # fmt: skip
