"""One fact's question: write it, complete its context and options, and run every check."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace as changed
from functools import partial

from questions.generate.aftermath import placed_after
from questions.generate.carriedsetting import with_setting
from questions.generate.cataphora import speaker_bound
from questions.generate.changestart import without_start
from questions.generate.clauselist import clause_partners, unsaid
from questions.generate.context import Parsed, Span
from questions.generate.conversions import conversion_aside
from questions.generate.danglingrefs import needed_setting
from questions.generate.deedmates import deed_mates
from questions.generate.draftchecks import Draft, first_problem
from questions.generate.elidedcount import bare_numbers
from questions.generate.event import situate
from questions.generate.facts import Fact
from questions.generate.filters import explanation, not_standalone
from questions.generate.finishing import UNRESOLVED, scored, unresolved_words, without_unresolved
from questions.generate.forms import before_replaced, write_form
from questions.generate.headlined import headline_demonstratives
from questions.generate.keyaside import key_role_aside
from questions.generate.library import pooled, seeded_random
from questions.generate.listedwh import listed_question
from questions.generate.located import venue_city
from questions.generate.measures import NUMBER_KINDS, story_named
from questions.generate.needless import refused_long, set_aside, shortened
from questions.generate.objectmates import object_mates
from questions.generate.options import OptionContext, option_context
from questions.generate.othernamed import named_pointers
from questions.generate.otherslist import deed_sharers
from questions.generate.people import spelled_source
from questions.generate.pronouns import as_written, bound_pronouns, dangling, own_pronouns
from questions.generate.quotedwh import unpaired_quote
from questions.generate.rank import Candidate
from questions.generate.recorded import credited
from questions.generate.relativewhen import figure_at_relative_time
from questions.generate.replacements import dropped_now
from questions.generate.reported import saying_demonstratives
from questions.generate.retried import retry_cut
from questions.generate.reviewed import named_occasion
from questions.generate.scenes import match_named, paragraph_place, scene_cast, sentence_setting
from questions.generate.semiclauses import set_in
from questions.generate.setting import Setting
from questions.generate.shown import shown_options
from questions.generate.slips import spelled_right
from questions.generate.speakers import person_pronouns
from questions.generate.spoken import spoken_by
from questions.generate.thingkinds import asked_as_thing
from questions.generate.unclosed import unclosed_aside
from questions.generate.unique import shared_answer
from questions.generate.withheld import NOTHING, Withheld, withheld_problem
from questions.generate.write import Stem, cloze
from questions.generate.yearspan import year_aside
from questions.schema import QUESTION_MAX


def write_candidate(fact: Fact, index: int, parsed: Parsed, article_facts: list[Fact],
               rejected: Counter[str], names: OptionContext, given: Stem | None = None,
               ) -> Candidate | None:  # fmt: skip
    """Write, complete and check one question for a fact (or the question `given` for it);
    count the reason when it fails."""
    return _written(fact, index, parsed, article_facts, rejected, names, given, frozenset())


def _written(fact: Fact, index: int, parsed: Parsed, article_facts: list[Fact],
             rejected: Counter[str], names: OptionContext, given: Stem | None,
             cut: frozenset[int], topic: bool = False, withheld: Withheld = NOTHING,
             ) -> Candidate | None:  # fmt: skip
    """Write and check a fact's question without the sentence's words `cut` (`topic`: framed
    by the headline's topic where the headline leaves no room; `withheld`: context lines
    that gave its key away)."""
    sentence = parsed.sentences[index]
    again = partial(_written, fact, index, parsed, article_facts, Counter(), names, given,
                    withheld=withheld)  # fmt: skip
    retry = partial(_written, fact, index, parsed, article_facts, rejected, names, given,
                    withheld=withheld)  # fmt: skip
    replace, own = _replacements(sentence, parsed.replace[index], fact, cut)
    form = _question_form(sentence, fact, replace, given)
    if isinstance(form, str):
        rejected[form] += 1
        return None
    fact, stem, why, listed = form
    stem = changed(stem, text=set_in(stem.text, stem.form, sentence))  # "…; Part B is …": in?
    stem = changed(stem, text=credited(stem.text, stem.form, sentence))  # "…, according to X?"
    if fact.kind == "organization":  # "Which street was Dublin's main thoroughfare?"
        stem = changed(stem, text=asked_as_thing(stem.text, fact.text, names.things))
    if not cut and refused_long(stem) and (shorter := shortened(again, sentence, fact)):
        return shorter  # its wh-question was too long to read: asked without its asides
    aside = key_role_aside(sentence, fact) if stem.form == "cloze" and not cut else frozenset()
    if aside and fact.kind == "person":  # "_____, First Minister of Scotland,": its holder
        return retry(aside)
    notes: list[str] = [f"no wh: {why}"] if stem.form == "cloze" else []
    fact = venue_city(fact, stem, names.text)  # "Where did Sweden face …?": Nizhny Novgorod
    told = stem  # the question as the sentence says it, for the rules on its own wording
    stem, setting, now, unexplained = _situated(stem, fact, parsed, index, replace, topic,
                                                withheld)  # fmt: skip
    source, context, key, distractors, origin = _shown(
        fact, stem, told, setting, parsed, index, article_facts, names, listed
    )
    again_without = frozenset() if cut else retry_cut(sentence, fact, stem, origin, distractors,
                                                       names.text)  # fmt: skip
    if again_without:  # "Dr. _____" among politicians, "Who from Spain" with one Spaniard
        return retry(again_without)
    if len(distractors) < 3:
        notes.append(f"{len(distractors)} distractors")
    options = [key, *distractors]
    seeded_random("order", stem.text).shuffle(options)
    why_text = explanation(source)
    storied = _storied(fact, stem, setting)
    bound = _bound_words(sentence, fact, told, stem, parsed, own, replace)
    opening = set_aside(sentence, fact) if not cut else frozenset()  # "While …,": an aside
    situated = not (unexplained and unexplained[0] == "no context")
    # too long to be situated, or leaning on the aside's own "it": asked without the aside
    if opening and (not situated or not_standalone(told.text, told.rule, bound)):
        return retry(opening)
    if unexplained and unexplained[0] == "no context" and not topic:  # the headline too long
        return retry(cut, True)
    stem = changed(stem, text=spelled_right(sentence, stem.text, names.text))  # "orcestrated"
    stem = changed(stem, text=without_start(stem.text))  # "from 9 to _____": no sum to do
    if not cut and len(stem.text) > QUESTION_MAX and (shorter := shortened(again, sentence, fact)):
        return shorter  # too long for a quiz poll: asked without its asides
    draft = Draft(fact, sentence, stem, told, setting, context, key, distractors, origin,
                  options, source, why_text)  # fmt: skip
    problem = first_problem(draft, parsed, article_facts, listed, storied, unexplained, bound)
    # the line above it alone gives the key away ("📰 Turkish …" over "Which country …?"):
    # written again with one that does not, the headline's topic or no month
    problem, more = withheld_problem(draft, parsed, withheld, problem)
    if more is not None:
        return retry(cut, topic, withheld=more)
    if problem is not None:
        rejected[problem] += 1
        return None
    unresolved = unresolved_words(draft, replace, given, parsed.every)
    # asked again without words, its reasons counted apart: only a resolved question is kept
    resolved = without_unresolved(
        again,
        draft,
        unresolved,
        cut,
    )
    if resolved is not None:
        return resolved
    if unresolved is not None:
        rejected["unresolved reference"] += 1
        notes.append(f"{UNRESOLVED}: {unresolved}")
    stem = _as_written(draft, replace, given, parsed, index, now)
    return scored(changed(draft, stem=stem), notes, parsed, index)


def _replacements(sentence: Span, replace: dict[int, str], fact: Fact, cut: frozenset[int]
                  ) -> tuple[dict[int, str], frozenset[str]]:  # fmt: skip
    """Return what the question says for the sentence's words, and the key's own pronouns."""
    replace, own = own_pronouns(
        sentence, replace, fact.text, range(fact.start, fact.end)
    )  # "his": the key's
    replace = {**replace, **dict.fromkeys(cut, "")}
    # a bare number asked itself: its noun is the wh-phrase's ("how many people voted")
    replace = {i: said for i, said in replace.items() if i not in _asked_bare(sentence, fact)}
    replace.update(dict.fromkeys(year_aside(sentence, fact), ""))  # "in _____, 200 years ago"
    replace.update(dict.fromkeys(conversion_aside(sentence, fact), ""))  # "€_____ (US$71,000)"
    replace.update(dict.fromkeys(unclosed_aside(sentence, fact), ""))  # "(US$71,000." left open
    # "the other one, T. b. gambiense,": the name says which
    replace.update(dict.fromkeys(named_pointers(sentence, fact) - set(replace), ""))
    return replace, own


def _asked_bare(sentence: Span, fact: Fact) -> set[int]:
    """Return the answer's bare number, whose counted noun `elidedcount` named."""
    return {t.i for t in bare_numbers(sentence) if fact.start <= t.i < fact.end}


def _question_form(sentence: Span, fact: Fact, replace: dict[int, str], given: Stem | None
                   ) -> tuple[Fact, Stem, str, bool] | str:  # fmt: skip
    """Return the fact as stated, its question, why no wh-word and if listed; or why none."""
    if any(fact.start <= i < fact.end for i in replace):
        stated = before_replaced(fact, sentence, replace)
        if stated is None:
            return "answer left out (a relative date or a label)"
        fact = stated
    asked = _asked(sentence, fact, replace, given)
    if asked is not None and asked[0].form == "wh" and figure_at_relative_time(sentence, fact):
        return "a relative 'when' clause's figure, asked without its time"  # "36 … recorded"
    return "no question form" if asked is None else (fact, *asked)


def _asked(sentence: Span, fact: Fact, replace: dict[int, str], given: Stem | None
           ) -> tuple[Stem, str, bool] | None:  # fmt: skip
    """Return the fact's question, why it has no wh-word, and whether a list's item is asked."""
    # One item of a list ("China, Russia, Kazakhstan, …") is asked with its partners shown
    # and options no part of the article names: the only right one is then the key.
    listed = given is None and shared_answer(sentence, fact) is not None and pooled(fact)
    if spoken_by(sentence) and shared_answer(sentence, fact) is not None:
        return None  # a speaker's list: quoted whole, or not at all
    if listed:
        stem, why = listed_question(sentence, fact, replace), ""  # its partners shown
        if stem is None:
            stem, why = cloze(fact, list(sentence), replace), "the answer is one item of a list"
    else:
        stem, why = write_form(sentence, fact, replace, given)  # the filters judge the named form
    return None if stem is None else (stem, why, listed)


def _situated(stem: Stem, fact: Fact, parsed: Parsed, index: int, replace: dict[int, str],
              topic: bool, withheld: Withheld,
              ) -> tuple[Stem, Setting, bool, tuple[str, str] | None]:  # fmt: skip
    """Return the question situated, its setting, a dropped "now" and why it is unsituated."""
    sentence = parsed.sentences[index]
    stem = placed_after(stem, parsed.sentences, parsed.paragraph, index)  # "… in March?"
    # "At the end of the first half, who was second …?": the setting the sentence before set
    stem = with_setting(stem, needed_setting(sentence, fact.kind == "person"), sentence)
    now = dropped_now(sentence, replace)
    setting = sentence_setting(parsed.setting, parsed.scenes, parsed.paragraph[index], parsed.held)
    setting = withheld.applied(setting)  # no line that gave the key away, nor its month
    text, unexplained = situate(stem.text, fact.text, setting, sentence, now, topic)
    placed = paragraph_place(setting, sentence, stem.text, fact.text, now)  # "In the Kowloon …"
    setting, text, unexplained = placed or (setting, text, unexplained)
    text = named_occasion(sentence, fact, text, setting.dated)  # "… meeting on June 28?"
    return Stem(text, stem.form, stem.rule), setting, now, unexplained


def _shown(fact: Fact, stem: Stem, told: Stem, setting: Setting, parsed: Parsed, index: int,
           article_facts: list[Fact], names: OptionContext, listed: bool,
           ) -> tuple[str, OptionContext, str, list[str], str]:  # fmt: skip
    """Return the explanation's source, the options' context, key, distractors and origin."""
    sentence = parsed.sentences[index]
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
        | deed_sharers(sentence, fact, parsed.every, context)  # "others who …"
        | deed_mates(sentence, fact, parsed.every, context)  # "… would back X"
        | object_mates(sentence, fact, parsed.every, context),  # "own it"
        setting.spelled(fact.kind == "person"),  # "Jackson" the city: no Peter Jackson
    )  # fmt: skip
    return source, context, key, distractors, origin


def _storied(fact: Fact, stem: Stem, setting: Setting) -> bool:
    """Return whether the question's story or match, named before it, situates it."""
    story = stem.form == "wh" and story_named(fact.kind, stem.text)  # dated by its headline
    story = story or match_named(stem.text, setting)  # "In England's win over …, who …?"
    # a name's blank sharing a word with the headline is situated too ("… university exhibits"
    # / "The exhibit at the University of …"); a number's is not ("There were _____ votes …")
    headlined = fact.kind not in NUMBER_KINDS and story_named(fact.kind, stem.text)
    return story or headlined


def _bound_words(sentence: Span, fact: Fact, told: Stem, stem: Stem, parsed: Parsed,
                 own: frozenset[str], replace: dict[int, str]) -> frozenset[str]:  # fmt: skip
    """Return the pronouns and demonstratives the question's own words resolve."""
    at = range(fact.start, fact.end)
    bound = bound_pronouns(sentence, at, told.text, replace) | own  # "when it"
    bound |= person_pronouns(sentence, at, parsed.cast.gender_of, told)
    bound |= speaker_bound(sentence, told.text, replace)  # "Roe said he spoke …"
    bound |= saying_demonstratives(sentence, fact, told.text)  # "Who said … this issue?"
    bound |= headline_demonstratives(sentence, stem.text)  # "this process" of "📰 … process"
    return bound


def _as_written(draft: Draft, replace: dict[int, str], given: Stem | None, parsed: Parsed,
                index: int, now: bool) -> Stem:  # fmt: skip
    """Return the question with the sentence's pronouns as written where it asks the same."""
    sentence, fact, stem, setting = draft.sentence, draft.fact, draft.stem, draft.setting
    lean = as_written(sentence, replace)
    if lean != replace and ", as of " not in stem.text:
        shown = write_form(sentence, fact, lean, given)[0]  # as written ("his wife"), situated
        shown = placed_after(shown, parsed.sentences, parsed.paragraph, index) if shown else None
        carried = needed_setting(sentence, fact.kind == "person")
        shown = with_setting(shown, carried, sentence) if shown else None
        if shown and shown.rule == stem.rule and not dangling(shown.text, sentence, replace, lean):
            said = situate(shown.text, fact.text, setting, sentence, now)[0]
            said = named_occasion(sentence, fact, said, setting.dated)
            if not unpaired_quote(said):  # as checked, else: never half a quotation
                said = spelled_right(sentence, said, draft.context.text)
                return changed(stem, text=without_start(said))
    return stem
