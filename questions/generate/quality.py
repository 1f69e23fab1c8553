"""Stage 6b: the checks a blind review asked for, on the parse of the question's sentence.

Each check returns why the question fails (or None). They refuse rather than repair: the
share of acceptable questions is what a reader notices, not their number.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from questions.generate import wholestems
from questions.generate.alsodoers import also_doers
from questions.generate.amounts import defined_amount
from questions.generate.concessive import side_clause_negation
from questions.generate.definednouns import DEFINED_NOUN
from questions.generate.describers import describes_someone
from questions.generate.durations import SHAPES, blank_ago
from questions.generate.entcache import ents_of
from questions.generate.enumerated import counted_member
from questions.generate.examples import ITEM
from questions.generate.facts import Fact
from questions.generate.factual import counterfactual, either_branch
from questions.generate.famoustitles import famous_titled_nation
from questions.generate.farplaces import far_places
from questions.generate.floating import (
    cut_relative,
    lone_quantifier,
    name_read_as_auxiliary,
    stray_comma,
    trailing_coordinator,
)
from questions.generate.giveaways import compatriot_named
from questions.generate.givennames import single_names, titled_single
from questions.generate.journeys import unstarted_journey
from questions.generate.leftover import left_behind
from questions.generate.located import body_place
from questions.generate.lonenames import LONE
from questions.generate.measures import counted_in_stem
from questions.generate.misread import misread_verb
from questions.generate.movement import broken_movement
from questions.generate.negatedstems import negated, reported_negation
from questions.generate.optionkinds import COMMON_ZIPF
from questions.generate.options import (
    OptionContext,
    implausible_options,
)
from questions.generate.owned import unowned_gift
from questions.generate.pools import is_first_name, zipf
from questions.generate.references import said_in_stem
from questions.generate.repeatedwhen import repeated_when
from questions.generate.reported import quoted_place
from questions.generate.roles import ROLE_RULE
from questions.generate.samedeed import repeated_deed
from questions.generate.samples import sample_member
from questions.generate.strikes import strike_checks
from questions.generate.unique import also_so, open_list, repeated_ordinal, shared_answer
from questions.generate.variants import range_variants
from questions.generate.worldknown import known_holder

SHORT_WORDS = 10  # a sentence this long or longer usually says enough about its event
SHORT_WH = 7  # a wh-question names its event in fewer words: the wh-phrase carries the rest
_OPENING = re.compile(r"^(?:And|But|Or|So|Then|Also)\b")


def thin_context(sentence: Any, fact: Fact, stem: str) -> str | None:
    """Refuse a short question that names only one thing ("Who replaced Axel Witsel?",
    "There were _____ votes in the Senate."): it does not say which match, bill or year."""
    if len(stem.split()) >= (SHORT_WORDS if "_____" in stem else SHORT_WH):
        return None
    answer = range(fact.start, fact.end)
    named = {
        e.text for e in ents_of(sentence) if e.start not in answer and said_in_stem([e.text], stem)
    }
    return None if len(named) >= 2 else "a short question that names too little"


def stranded_aside(sentence: Any, fact: Fact, stem: Any) -> str | None:
    """Refuse a wh-question that kept a comma-set phrase the parse hung on the verb after the
    answer's words moved away ("… elected with 58,825 votes, the highest in …" -> "With how
    many votes was she elected the highest in …?")."""
    if stem.form != "wh":
        return None
    for token in sentence:
        start = token.left_edge.i
        if token.dep_ != "dep" or start < fact.end or sentence.doc[start - 1].text != ",":
            continue
        words = [t.text for t in sentence.doc[start : min(token.right_edge.i + 1, start + 2)]]
        if said_in_stem(words, stem.text) and not said_in_stem([",", *words], stem.text):
            return "a phrase set off by a comma lost its comma"
    return None


def dangling_opening(stem: str) -> str | None:
    """Refuse a sentence that opens by leaning on the one before ("And Tunisia lost …")."""
    return "the sentence leans on the one before" if _OPENING.match(stem) else None


def descriptor_in_name(sentence: Any, fact: Fact) -> str | None:
    """Refuse a name key that starts with a description ("Nonpartisan Paul Tse",
    "Pan-democrat Lam Cheuk-ting", which the model may call an organisation), or a number
    key that is a range ("ten to 32": no option of the same form is plausibly wrong)."""
    if (
        fact.kind in ("count", "quantity", "money", "percent")
        and re.search(r"\b(?:to|and|or)\b|[–-]\s*\d", fact.text)
        and not (fact.subtype in SHAPES and range_variants(fact.text))  # "11 to 85 days"
    ):
        return "the answer is a range"
    if fact.kind not in ("person", "name", "organization"):
        return None
    first = fact.text.split()[0]
    if "-" in first and first.split("-")[0].lower() in ("pan", "pro", "anti", "ex"):
        return "the name carries a description"
    if fact.kind != "person":
        return None
    if (
        first[:1].isupper()
        and len(fact.text.split()) > 1  # "Eastman" alone is the name, not a word before it
        and not is_first_name(first)  # "Dean Kamen", "Brian Chan": a name, not "Republican"
        and zipf(first.lower()) >= 2.5
        and first.lower().endswith(("an", "ist", "ic", "al", "ive"))
        and describes_someone(first)  # "Republican", not "Ban" (a prohibition) of "Ban Ki-moon"
    ):
        return "the name carries a description"
    return None


def key_fragment(sentence: Any, fact: Fact) -> str | None:
    """Refuse a name key cut out of a longer name: "Orbiter Processing" of "Orbiter
    Processing Facility-1", "Andy Warhol Foundation" of "… for the Visual Arts" ("of the"
    often joins two names: "the Council of Heads of State of the SCO")."""
    if fact.kind not in ("organization", "place", "event", "document", "title"):
        return None
    after = [t.text for t in sentence.doc[fact.end : fact.end + 3]]
    joined = after and after[0][:1].isupper() and after[0][:1].isalpha()
    coined = any(c.isdigit() or c == "-" for c in after[0]) if after else False
    if joined and (coined or zipf(after[0].lower()) < COMMON_ZIPF):  # not "Member States"
        return "the answer is part of a longer name"
    if len(after) == 3 and after[:2] == ["for", "the"] and after[2][:1].isupper():
        return "the answer is part of a longer name"
    start = sentence.start
    before = [t.text for t in sentence.doc[max(start, fact.start - 3) : fact.start]]
    if len(before) == 3 and before[1:] == ["for", "the"] and before[0].istitle():
        return "the answer is part of a longer name"
    return None


def doubled_when(stem: str) -> str | None:
    """Say when a "When …?" question keeps the sentence's own "when" clause: "When was
    Columbia lost when it disintegrated …?" reads as a riddle (review 10)."""
    asked = stem.splitlines()[-1]
    return "two 'when's" if asked.startswith("When ") and " when " in asked else None


def review_problem(
    sentence: Any,
    fact: Fact,
    stem: Any,
    distractors: Sequence[str],
    origin: str,
    context: OptionContext,
    article: Sequence[Fact],
    *,
    listed: bool = False,
    situated: bool = False,
) -> tuple[str, str | None]:
    """Return the first review rule a question breaks, as (reason, detail), or (reason, None);
    a `listed` key (one item of a list, asked with options the article never names) is
    unique however many items the list has; a `situated` question names its story or match
    in the words put before it, so a short one is no riddle."""
    checks: tuple[tuple[str, Callable[[], str | None]], ...] = (
        (
            "answer may not be unique",
            # an item of a kind's list is asked as one: its options are no item of the list
            # (a noun asked by its definition is asked no slot of the sentence)
            lambda: (
                open_list(sentence, fact)
                if listed or fact.kind == ITEM or fact.subtype == DEFINED_NOUN
                else shared_answer(sentence, fact, stem.rule == ROLE_RULE)
            ),
        ),
        (
            "answer may not be unique",
            # "the _____ in tax breaks … is not offset": the "not" is said of one named sum;
            # a "not" inside what someone said is theirs, not the question's
            lambda: (
                None
                if defined_amount(sentence, fact)
                or reported_negation(sentence, fact)
                or side_clause_negation(sentence, fact)
                else negated(stem.text)
            ),
        ),
        ("answer may not be unique", lambda: also_so(sentence, fact, distractors, article)),
        ("answer may not be unique", lambda: also_doers(sentence, fact, distractors, context)),
        # "including"; but 'Who said "…"?' asks the one member who said it
        (
            "answer may not be unique",
            lambda: None if stem.rule.endswith("-quote") else sample_member(sentence, fact),
        ),
        ("answer may not be unique", lambda: counted_member(sentence, fact)),  # "Four towns, …"
        ("not a fact", lambda: counterfactual(sentence, fact)),
        ("not a fact", lambda: either_branch(sentence, fact, stem.text)),
        ("not a fact", lambda: quoted_place(sentence, fact, stem.form)),  # inside a quotation
        ("wrong key", lambda: body_place(sentence, fact, stem.text)),  # "…Center, in Madrid,"
        ("answer in question", lambda: counted_in_stem(stem.text, fact.text, fact.kind)),
        ("ungrammatical", lambda: key_fragment(sentence, fact)),
        ("no context", lambda: None if situated else thin_context(sentence, fact, stem.text)),
        ("no context", lambda: unowned_gift(sentence, fact)),  # a headline says no more
        ("no context", lambda: unstarted_journey(sentence, fact, stem.text)),  # "… to X": from?
        ("ungrammatical", lambda: dangling_opening(stem.text)),
        ("ungrammatical", lambda: misread_verb(sentence, stem.text, fact, stem.form)),
        ("ungrammatical", lambda: doubled_when(stem.text)),
        ("ungrammatical", lambda: stranded_aside(sentence, fact, stem)),
        ("ungrammatical", lambda: lone_quantifier(sentence, stem.text)),
        ("ungrammatical", lambda: stray_comma(stem.text)),
        ("ungrammatical", lambda: trailing_coordinator(stem.text)),
        ("ungrammatical", lambda: cut_relative(sentence, stem.text)),
        ("ungrammatical", lambda: left_behind(sentence, fact, stem.text)),
        ("ungrammatical", lambda: name_read_as_auxiliary(sentence)),
        ("not standalone", lambda: wholestems.unsaid_part(sentence, fact, stem.text)),
        ("ungrammatical", lambda: wholestems.cut_stem(sentence, fact, stem.text, stem.form)),
        ("answer may not be unique", lambda: repeated_ordinal(sentence, fact, context.sentences)),
        ("answer may not be unique", lambda: repeated_when(sentence, fact, context.sentences)),
        (
            "answer may not be unique",
            lambda: repeated_deed(
                sentence, fact, context.deeds, context.scene, (stem.text, context.sentences)
            ),
        ),
        ("description in the name", lambda: descriptor_in_name(sentence, fact)),
        (
            "answer in question",
            lambda: compatriot_named(stem.text, sentence, fact, distractors, context.nations),
        ),
        ("not worth asking", lambda: blank_ago(fact, stem.form)),  # "_____ ago": the reader's
        ("not worth asking", lambda: known_holder(stem, fact.text)),  # "… U.S. President …?"
        ("not worth asking", lambda: famous_titled_nation(sentence, fact)),  # "_____ Obama"
        (
            "implausible options",
            lambda: implausible_options(
                fact, distractors, context, _lone(fact, distractors, origin, article, context)
            ),
        ),
        ("implausible options", lambda: determined_person(sentence, fact)),
        ("ungrammatical", lambda: broken_movement(stem.text, stem.form, stem.rule)),
        (
            "implausible options",
            lambda: None if listed else far_places(fact, origin, article, context),
        ),
        *strike_checks(sentence, fact, stem, distractors, context.sentences),  # review 47
    )
    for name, check in checks:
        problem = check()
        if problem is not None:
            return name, problem
    return "review rules", None


def _lone(fact: Fact, distractors: Sequence[str], origin: str, article: Sequence[Fact],
          context: OptionContext) -> bool:  # fmt: skip
    """Tell whether a person's options are, as the key is, names the article gives after a
    title alone ("Baroness Stowell": "Cormack", "Alli"), no surname of a full name."""
    if origin == LONE:
        return True
    if fact.kind != "person" or " " in fact.text:
        return False
    singles = single_names(article, context)
    return titled_single(fact.text, singles, article, context) and set(distractors) <= singles


def determined_person(sentence: Any, fact: Fact) -> str | None:
    """Refuse a "person" key the sentence says with its own "the" ("Much like the Moon is to
    the Earth"): a name of a person takes no article, so it is a thing the model misread, and
    the article's people would be its options."""
    if fact.kind != "person" or fact.start == 0:
        return None
    before = sentence.doc[fact.start - 1]
    if before.lower_ == "the" and fact.start <= before.head.i < fact.end:
        return f"{fact.text!r} is said with 'the': a thing, not a person"
    return None
