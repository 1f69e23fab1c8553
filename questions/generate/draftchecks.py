"""A written question's checks: the first one it fails names the reason it is refused."""

from __future__ import annotations

from dataclasses import dataclass

from questions.generate.addedamount import unbased_amount
from questions.generate.changestart import summed_change
from questions.generate.context import Parsed, Span
from questions.generate.conversions import bracketed_conversion
from questions.generate.countedmembers import named_members
from questions.generate.cutshort import asked_total
from questions.generate.danglingrefs import dangling_reference
from questions.generate.deedrivals import rivals_apart
from questions.generate.deeds import shared_deed
from questions.generate.distances import split_distance
from questions.generate.elidedcount import unnamed_count
from questions.generate.event import unframed
from questions.generate.facts import Fact
from questions.generate.filters import (
    answer_in_stem,
    duplicate_options,
    key_part_in_stem,
    lacks_context,
    not_standalone,
    telegram_limits,
    unattributed_quote,
)
from questions.generate.giveaways import (
    adverb_ordinal,
    broken_hyphen,
    echoed_option,
    headline_listed_count,
    leader_nation,
    listed_count,
    named_capital,
    reciprocal_side,
)
from questions.generate.headlinekeys import headline_key
from questions.generate.kinowners import kin_owner
from questions.generate.namedwh import series_end_answer
from questions.generate.nationality import kind_giveaway
from questions.generate.opencompared import open_comparison
from questions.generate.options import OptionContext
from questions.generate.owners import second_owner
from questions.generate.paircount import paired_count
from questions.generate.pertained import pertained_key
from questions.generate.placemodifier import modifier_place
from questions.generate.quality import review_problem
from questions.generate.quotedwh import unpaired_quote
from questions.generate.recounted import recounted
from questions.generate.reported import described_addressee, unsaid_telling
from questions.generate.reviewed import (
    dropped_occasion,
    gendered_pronoun,
    referential_it,
    undated_ordinal,
    unframed_comparison,
)
from questions.generate.scalelimits import short_of_whole
from questions.generate.setting import Setting
from questions.generate.slips import misspelt
from questions.generate.three import THING, too_few_options
from questions.generate.unclosed import unpaired_bracket
from questions.generate.unique import bare_first_name, placed_only
from questions.generate.write import Stem, run_on

# (reason, problem): the question fails the check when its problem is not None
Check = tuple[str, object]


def said_kinds(context: OptionContext) -> dict[str, str]:
    """Return the kind the article's words give each name, by folded name: the noun set
    beside it ("DAB, a party"), and under `THING` the team, street or school it is said to be
    ("football club Real Madrid")."""
    return {**context.kinds, **{THING + name: kind for name, kind in context.things.items()}}


@dataclass(frozen=True)
class Draft:
    """A fact's question as written and situated, with its options, before its checks."""

    fact: Fact
    sentence: Span
    stem: Stem  # the question as asked: situated, spelled right
    told: Stem  # the question as the sentence says it, for the rules on its own wording
    setting: Setting
    context: OptionContext
    key: str
    distractors: list[str]
    origin: str  # where the distractors came from
    options: list[str]  # the key and the distractors, shuffled
    source: str  # the sentence the explanation quotes
    explained: str  # the explanation shown with the answer


def first_problem(draft: Draft, parsed: Parsed, article_facts: list[Fact], listed: bool,
                  storied: bool, unexplained: tuple[str, str] | None, bound: frozenset[str],
                  ) -> str | None:  # fmt: skip
    """Return the reason of the first check the draft fails, or None when it passes them all."""
    review = review_problem(draft.sentence, draft.fact, draft.told, draft.distractors,
                            draft.origin, draft.context, article_facts,
                            listed=listed, situated=storied)  # fmt: skip
    # every check is run before the first failed one is looked for, as one list
    checks = [
        *_wording_checks(draft, unexplained, review, bound),
        *_fact_checks(draft, parsed),
        *_reading_checks(draft, parsed, storied),
    ]
    for name, problem in checks:
        if problem is not None:
            return name
    return None


def _wording_checks(draft: Draft, unexplained: tuple[str, str] | None, review: Check,
                    bound: frozenset[str]) -> list[Check]:  # fmt: skip
    """Check the options, the review's verdict and the question's own words."""
    fact, stem, told, key, distractors = (
        draft.fact, draft.stem, draft.told, draft.key, draft.distractors
    )  # fmt: skip
    return [
        (
            "too few options",
            too_few_options(
                fact,
                key,
                distractors,
                draft.origin,
                draft.context.surnames,
                said_kinds(draft.context),
            ),
        ),
        # "Who called off protests?": the reporter and a foreign minister left could not have
        ("too few options", rivals_apart(fact, key, distractors, draft.context)),
        unexplained or ("unexplained acronym", None),
        review,
        (
            "answer in question",
            answer_in_stem(stem.text, fact.text) or answer_in_stem(stem.text, key),
        ),
        ("answer in question", key_part_in_stem(stem.text, key, distractors)),
        ("not standalone", not_standalone(told.text, told.rule, bound)),
        ("not standalone", unattributed_quote(told.text)),  # '"… the _____ …".': whose?
        # the last net under every form: a mark without its pair is half of what was said
        ("unpaired quotation mark", unpaired_quote(stem.text)),
        ("unpaired bracket", unpaired_bracket(stem.text)),  # "(US$71,000.": an aside left open
        ("ungrammatical", run_on(stem.text)),
        ("ungrammatical", split_distance(draft.sentence, fact, stem.text, stem.form)),
        ("misspelt", misspelt(draft.sentence, stem.text)),
        ("answer in question", summed_change(stem.text)),  # "rose by 3 from 9 to _____"
        ("ungrammatical", broken_hyphen(" / ".join([stem.text, *draft.options]))),
    ]


def _fact_checks(draft: Draft, parsed: Parsed) -> list[Check]:
    """Check that the sentence's fact is worth asking, its key unique and given nowhere."""
    sentence, fact, stem = draft.sentence, draft.fact, draft.stem
    return [
        ("implausible options", adverb_ordinal(sentence, fact)),
        ("implausible options", paired_count(sentence, fact)),  # "_____ adults can marry"
        ("not worth asking", bracketed_conversion(sentence, fact)),  # "€375,000 (US$_____)"
        ("not worth asking", named_capital(sentence, fact)),  # "the Libyan capital _____"
        ("not worth asking", leader_nation(sentence, fact)),  # "_____ President George W. Bush"
        ("not worth asking", modifier_place(sentence, fact, stem.form)),  # "X, Y based site"
        ("the stem gives the answer away", listed_count(sentence, fact, stem.text)),
        ("the stem gives the answer away", named_members(sentence, fact, stem.text)),
        ("implausible options", short_of_whole(sentence, fact)),  # "at almost _____": 100%
        (
            "the headline gives the answer away",
            headline_listed_count(sentence, fact, parsed.setting.headline),
        ),
        ("answer may not be unique", reciprocal_side(sentence, fact)),
        ("answer may not be unique", shared_deed(sentence, fact, stem.text, parsed.every)),
        ("answer may not be unique", second_owner(sentence, fact)),  # "… once belonged to"
        ("answer may not be unique", kin_owner(sentence, fact, draft.origin)),  # "Whose aunt …?"
        ("answer may not be unique", placed_only(sentence, fact)),  # "… located in …"
        ("answer may not be unique", bare_first_name(sentence, fact)),  # "her husband, Erik"
        ("answer may not be unique", open_comparison(sentence, fact, draft.origin)),  # "ahead of"
        ("wrong key", asked_total(sentence, fact, stem.form, stem.rule)),  # "13 of 23" not done
    ]


def _reading_checks(draft: Draft, parsed: Parsed, storied: bool) -> list[Check]:
    """Check that the question reads alone, gives nothing away and fits a quiz poll."""
    sentence, fact, stem, told = draft.sentence, draft.fact, draft.stem, draft.told
    key, distractors, context, options = draft.key, draft.distractors, draft.context, draft.options
    return [
        ("not standalone", unsaid_telling(sentence, fact, told.text)),
        ("not standalone", described_addressee(sentence, told.text)),  # "told Tom … the man"
        ("not standalone", undated_ordinal(sentence, fact, stem.text)),
        # "… to the line again?", "started the fourth", "was second": the sentence before says
        ("not standalone", dangling_reference(sentence, stem.text)),
        ("not worth asking", recounted(sentence, fact, parsed.every)),
        ("answer in question", echoed_option(stem.text, key, distractors)),
        ("answer in question", kind_giveaway(fact, key, stem.text, distractors, context, parsed)),
        ("answer in question", pertained_key(stem.text, key, distractors)),  # "Jovian": Jupiter
        ("answer in question", headline_key(fact, key, parsed.setting.headline, distractors)),
        # judged as situated ("UK officials will scrap …"), without the framing it was given;
        # a name's blank under its story's headline line is situated by that line
        (
            "no context",
            None if storied else lacks_context(unframed(stem.text), told.form, parsed.written),
        ),
        ("no context", dropped_occasion(sentence, fact, stem.text, draft.setting.dated)),
        ("not standalone", unframed_comparison(stem.text)),
        ("not standalone", unbased_amount(sentence, fact, stem.text)),  # "18 more seconds"
        ("implausible options", series_end_answer(sentence, fact)),  # "from _____ to Obama"
        ("not standalone", unnamed_count(sentence, range(fact.start, fact.end), stem.text)),
        ("gendered pronoun", gendered_pronoun(stem.text, fact, options, context.genders)),
        ("not standalone", referential_it(sentence) if told.rule.endswith("-quote") else None),
        ("duplicate options", duplicate_options(options)),
        ("telegram limits", telegram_limits(stem.text, options, draft.explained)),
    ]
