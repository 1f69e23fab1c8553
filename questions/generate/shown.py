"""The options as a question shows them: the article's spelt-out names, in the key's form.

Split from `distractors` (which chooses the options): an acronym is shown as the name the
article spells out ("JSC": Johnson Space Center), so two options chosen apart may show as
one, and a surname key may want full names instead.
"""

from __future__ import annotations

from collections.abc import Sequence

from questions.generate.acronyms import spelled_options
from questions.generate.articlememo import per_article
from questions.generate.bodyforms import Bodies, fold, other_forms
from questions.generate.bodytwins import one_body
from questions.generate.closest import WANTED
from questions.generate.distractors import choose_distractors
from questions.generate.facts import Fact
from questions.generate.lonenames import LONE, lone_options
from questions.generate.misspelt import respelt
from questions.generate.optioncase import figure_case
from questions.generate.options import OptionContext
from questions.generate.reviewed import other_gender
from questions.generate.sameperson import Persons, one_person
from questions.generate.surnamed import mononym
from questions.generate.surnamekeys import SURNAMES, surname_options
from questions.schema import normalise


def shown_options(
    fact: Fact,
    article: Sequence[Fact],
    source: str,
    stem: str,
    context: OptionContext | None,
    avoid: frozenset[str],
    names: dict[str, str],
) -> tuple[str, list[str], str]:
    """Return the key as the question shows it, its wrong options in the same form and where
    they came from: a surname the article spells in full ("said Bolden": Charles Bolden)
    gets full names where surnames, shown so, would fall short; an option lost to spelling
    ("JSC" shown as "Johnson Space Center", already an option) is replaced by another."""
    key = fact.text
    answers = avoid  # the caller's: right too; what the loop adds to `avoid` is only wrong
    if fact.kind == "person" and _withheld(key):
        return key, [], "refused"  # "Stefan W": no other name is cut so, it stands out
    # "Menzies Cambell", a slip of "Menzies Campbell": shown as the article mostly spells him
    # (the article's slips, worked out once, not again for each of its person questions)
    slips = (
        per_article(context, "respelt", lambda: respelt(_full_names(context), context.text))
        if fact.kind == "person" and context
        else {}
    )
    while True:
        # "Djehuty": "Hatshepsut", "Thutmosis III" (the story's other single-named people)
        lone = lone_options(fact, key, article, source, context, avoid)
        if lone is not None and not lone:
            return key, [], "refused"  # "Thutmosis III" with no other pharaoh to set by
        # "Obama", a surname no list knows as one: "Bush", "Mitchell" (the article's others)
        last = surname_options(fact, key, article, source, context, avoid)
        distractors, origin = (
            (lone, LONE)
            if lone
            else (last, SURNAMES)
            if last is not None
            else choose_distractors(fact, key, article, source, stem, context, avoid, answers)
        )
        distractors = [slips.get(normalise(d), d) for d in distractors]
        genders = context.genders if context is not None else {}
        # "Who said he …" with "Wilkins" chosen: "Kristen Wilkins" is a woman
        wrong = {normalise(d) for d in distractors if fact.kind == "person"
                 and other_gender(names.get(d, d), stem, genders)} - avoid  # fmt: skip
        if wrong:
            avoid |= wrong
            continue
        forms = context.persons if context is not None and fact.kind == "person" else {}
        bodies = context.bodies if context is not None else {}
        twins = _twins(key, distractors, forms, bodies) - avoid  # "US House", "U.S. House"
        if twins:
            avoid |= twins
            continue
        shown, spelled = spelled_options(fact.text, distractors, names, stem, source)
        lost = _lost(distractors, spelled, names) - avoid  # a pool that ignores `avoid`: none
        if lost and len(spelled) < WANTED:
            avoid |= lost  # ask again without them: each round rules out one more
            continue
        surnames = fact.kind == "person" or origin == SURNAMES  # "Obama": "Bush", "Mitchell"
        if surnames and " " not in shown:  # "Mertens" (of an unknown "Dries")
            spelled = spelled_options(fact.text, distractors, {}, stem, source)[1]  # surnames
        distractors = spelled
        if fact.kind != "person":  # "eight | Two": "two", as a figure is written mid-sentence
            return (*figure_case(fact.kind, shown, distractors), origin)
        # a full name among surnames, or the reverse, is the answer; but one known by a
        # single name ("Beyoncé") has no other form: the others' full names ("Bruno Mars")
        alone = origin == LONE or (" " not in shown and mononym(shown, article, context))
        distractors = [d for d in distractors if (" " in d) == (" " in shown) or alone]
        if len(distractors) >= WANTED or " " in key or " " not in shown:
            return shown, distractors, origin
        key = shown  # "Rush", "Cantrell" beside "Charles Bolden": ask again for full names


def _lost(chosen: Sequence[str], shown: Sequence[str], names: dict[str, str]) -> frozenset[str]:
    """Return the folded options that spelling dropped: shown as another option, as the key
    or as a name the question's sentence says."""
    kept = [normalise(option) for option in shown]
    lost = set()
    for option in chosen:  # in order: the second of two that show alike is the one lost
        name = normalise(names.get(option, option).removeprefix("the "))
        if name in kept:
            kept.remove(name)
        else:
            lost.add(normalise(option))
    return frozenset(lost)


def _twins(
    key: str, options: Sequence[str], forms: Persons, bodies: Bodies | None = None
) -> set[str]:
    """Return the options that name the key or an option before them again, spelled with or
    without full stops ("U.S. House of Representatives", "US House of Representatives"), as
    another name of one person (`forms`: "Granda", "Ricardo Gonzalez", his alias) or of one
    body (`bodies`: "Acme Tech" of "Acme Institute of Technology (Acme Tech)"; or by its own
    words: "EPA", "United States Environmental Protection Agency"), whatever pools they
    were drawn from."""
    seen = {normalise(key).replace(".", "")}
    named = {fold(key)}  # the bodies' names shown before
    before = [key]
    twins = set()
    for option in options:
        bare = normalise(option).replace(".", "")
        body = bool(other_forms(option, bodies or {}) & named)
        body = body or any(one_body(option, other) for other in before)
        if bare in seen or body or any(one_person(option, other, forms) for other in before):
            twins.add(normalise(option))
        seen.add(bare)
        named.add(fold(option))
        before.append(option)
    return twins


def _withheld(name: str) -> bool:
    """Tell whether a name ends in a lone initial, its surname withheld ("Stefan W"): the
    article's other people, named in full, would give it away by its form alone."""
    words = name.split()
    return len(words) > 1 and len(words[-1].rstrip(".")) == 1 and words[-1][:1].isupper()


def _full_names(context: OptionContext) -> list[str]:
    """Return the folded full names of the article's people (more than one word)."""
    return [name for name in context.persons if " " in name]
