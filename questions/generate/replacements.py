"""What a question should say instead of some of a sentence's words: relative dates resolved
against the article's date, "he" and "she" named, "now" noted so the question is dated."""

from __future__ import annotations

import calendar
import re
from typing import Any

from questions.generate.anaphoric import anaphoric_said
from questions.generate.baremonths import bare_month_year
from questions.generate.datedverbs import reduced_passive, weekday_ahead
from questions.generate.dates import DAY_WORDS, RELATIVE, ArticleDate, resolve_relative
from questions.generate.dayparts import day_part_said, part_of_day
from questions.generate.entcache import ents_of
from questions.generate.leaning import for_example, fronts_inversion, leaning
from questions.generate.persons import Cast, antecedent_person
from questions.generate.quotemarks import quoted_words
from questions.generate.subjectedge import time_run_into_noun
from questions.generate.thatless import said_that

Span = Any
_SUBJECTS = ("nsubj", "nsubjpass")
_TIME_PREPOSITIONS = frozenset({"in", "on", "at", "during"})  # a resolved date says its own
# "February 6 this year"; "the last year of the war" is no date to resolve, "the next year" an
# anaphoric one (anaphoric.py)
_YEAR_WORDS = re.compile(r"(?<!\bthe )\b(?:this|last|next) year\b", re.IGNORECASE)


def _bare_participle(date: Span) -> bool:
    """Tell whether a date's phrase is all that follows a reduced passive ("a report released
    on Wednesday that claimed …"): dropped, it leaves "a report released that claimed"."""
    prep = date.head if date.dep_ == "pobj" else date
    verb = prep.head
    if not reduced_passive(verb):
        return False
    return not any(c.i != prep.i and c.dep_ not in ("punct",) for c in verb.children)


def _whole_relative(ent: Span) -> Span:
    """Return a date with the "this", "last" or "next" the model left out of it ("This
    [year]'s theme"): the bare unit is no date, the whole a relative one to resolve."""
    before = ent.doc[ent.start - 1] if ent.start > ent.sent.start else None
    if ent.label_ != "DATE" or len(ent) != 1 or before is None or before.head.i != ent.start:
        return ent
    if before.dep_ != "det" or before.lower_ not in ("this", "last", "next"):
        return ent
    from spacy.tokens import Span as SpacySpan  # the package loads only with the pipeline

    return SpacySpan(ent.doc, ent.start - 1, ent.end, label="DATE")


def _dated_phrase(date: Span) -> list[Span]:
    """Return a preposition's date phrase ("On Monday"), less an aside on the date that is no
    date, with its comma: "On Sunday, 71-year-old Maeve O'Connell, the singer, died" read as
    the day's aside is a misparse of the sentence's subject, which the date must not take."""
    phrase = list(date.head.subtree)
    # "on Thursday, and by the upper house on Friday": a partner the parse hung on the
    # preposition is a phrase of its own, with its own date; the date's phrase ends before it
    partners = [c.left_edge.i for c in date.head.children if c.dep_ in ("cc", "conj")]
    if partners and min(partners) > date.i:
        phrase = [t for t in phrase if t.i <= date.right_edge.i]
    for aside in date.children:
        if aside.dep_ == "appos" and aside.ent_type_ != "DATE":
            before = aside.left_edge.i - 1
            kept = {t.i for t in aside.subtree} | (
                {before} if date.doc[before].text == "," else set()
            )
            phrase = [t for t in phrase if t.i not in kept or t.i == date.i]
    return phrase


def _aside(token: Span) -> list[Span]:
    """Return the comma-set aside a token sits in (", the highest in this constituency")."""
    node = token
    while node.head.i != node.i:
        start = node.left_edge.i
        if node.dep_ in ("appos", "acl", "relcl", "advcl") and start > 0:
            before = node.doc[start - 1]
            if before.text == ",":
                return [before, *node.subtree]
        node = node.head
    return []


def _modifier_phrase(noun: Span) -> list[Span]:
    """Return the adverbial phrase a noun heads ("this time", "in this constituency"), if any."""
    while noun.dep_ == "poss":
        noun = noun.head  # "in this year's speech"
    if noun.dep_ == "npadvmod" and noun.head.pos_ in ("VERB", "AUX"):
        return list(noun.subtree)
    prep = noun.head
    if noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.pos_ in ("VERB", "AUX"):
        # "at this summit" says when or where, and "With this victory, X is …" (before the
        # verb) sets the scene: the statement holds without them; "asked police for this
        # report" says what was asked for: cut, the question says another thing
        setting = prep.lower_ in _SETTING_PREPOSITIONS or prep.i < prep.head.i
        return list(prep.subtree) if setting else []
    return []


# prepositions of time and place: their phrase sets the scene, no argument of the verb
_SETTING_PREPOSITIONS = _TIME_PREPOSITIONS | {"throughout", "over", "within", "across"}


_THIS_YEARS_PART = re.compile(
    r"^the (?:end|start|beginning|middle|rest|first half|second half) of the year$",
    re.IGNORECASE,
)


def dropped_now(sentence: Span, replace: dict[int, str]) -> bool:
    """Tell whether a sentence's "now" was dropped, so its question must be dated."""
    return any(t.lower_ == "now" and replace.get(t.i) == "" for t in sentence)


def _dated_owner(noun: Span, said: str, replace: dict[int, str]) -> str:
    """Say a resolved date that owns a noun ("Saturday's protests") the way English says a
    full date: "the protests of June 28, 2008", never "June 28, 2008's protests". Where the
    noun has words after it ("Saturday's protests against beef") the date goes before it
    ("the June 28, 2008 protests against beef") unless it is a part of the day; a bare year
    keeps its "'s" ("2021's summit")."""
    if said.isdigit():
        return said + "'s"
    after = [t for t in noun.rights if not t.is_punct]
    # "today's early morning in Chile": "the early morning of November 28, 2010 in Chile"; a
    # part of the day is said of its date whatever follows it, never "the … 2010 morning"
    if (after and not part_of_day(noun.lemma_.lower())) or noun.i in replace:
        return f"the {said}"
    replace[noun.i] = f"{noun.text} of {said}"
    return "the"


def _fronted_time(date: Span, said: str) -> tuple[list[Span], str]:
    """Return the words of a fronted time the parse ran into the subject ("[In] the past year
    youth unemployment") and what to say for them: the resolved date with its preposition
    and the comma that ends it ("In 2013, youth unemployment"), or nothing when unresolved."""
    doc = date.doc
    before = doc[date.start - 1] if date.start > date.sent.start else None
    lead = [before] if before is not None and before.dep_ in ("prep", "mark") else []
    if said and lead:  # "Since last year": "since 2013"
        said = f"{lead[0].lower_} {said.split(' ', 1)[-1]}"
    return [*lead, *date], f"{said}," if said else ""


def replacements(
    sentence: Span, anchor: ArticleDate | None, person: dict[str, str], cast: Cast
) -> dict[int, str] | None:
    """Map tokens to what a question should say instead: dates resolved, pronouns named.

    Return None when a relative date that cannot be resolved is the sentence's subject or
    object: leaving it out would leave no sentence.
    """
    replace: dict[int, str] = {}
    for ent in map(_whole_relative, ents_of(sentence)):
        on = ent.root.dep_ == "pobj" and ent.root.head.lower_ == "on"
        if on and ent.label_ == "TIME" and len(ent) == 2 and ent[0].text in calendar.day_name:
            said = resolve_relative(ent[0].text, anchor, weekday_ahead(ent.root)) or ""
            if said:  # "on Sunday morning": "on the morning of March 2, 2014"
                replace[ent.start], replace[ent.start + 1] = f"the {ent[1].text} of {said[3:]}", ""
        part = day_part_said(ent, anchor)  # "last night": "on the night of January 13, 2019"
        if part is not None:
            replace.update({t.i: part if t.i == ent.start else "" for t in ent})
        if ent.label_ != "DATE":
            continue
        month_year = bare_month_year(ent, anchor)  # "in February": "in February 2014"
        if month_year is not None:
            replace[ent.start] = f"{ent.text} {month_year}"
            continue
        this_year = _THIS_YEARS_PART.match(ent.text)
        if this_year and anchor is not None and anchor.year is not None:
            # "by the end of the year": of the article's year, which the question must say
            start = ent.start + len(this_year[0].split()) - 2
            replace[start], replace[start + 1] = str(anchor.year), ""
            continue
        anaphoric = anaphoric_said(ent, anchor)  # "the previous year": the sentence's year's
        if anaphoric == "":
            continue  # no year before it to count from: as the article words it, never guessed
        if RELATIVE.match(ent.text) or anaphoric:
            root = ent.root
            tokens = _dated_phrase(root) if root.dep_ == "pobj" else list(ent)
            if root.dep_ == "pobj" and root.head.dep_ != "prep":
                tokens = list(ent)
            said = anaphoric or resolve_relative(ent.text, anchor, weekday_ahead(root)) or ""
            if said and root.dep_ == "pobj" and root.head.lower_ not in _TIME_PREPOSITIONS:
                tokens, said = list(ent), said.split(" ", 1)[-1]  # "before [March 2011]"
            if time_run_into_noun(ent):  # "Last year female smoking rose": the clause's time
                tokens, said = _fronted_time(ent, said)
            elif root.dep_ in ("compound", "nmod", "amod", "poss"):
                said = said.split(" ", 1)[-1] if said else ""  # "the [Thursday] opening"
                part = root.head  # "late on Monday evening": "on the evening of March 3, 2014"
                if (
                    said
                    and root.dep_ == "compound"
                    and part.ent_type_ == "TIME"
                    and part.i == root.i + 1
                ):
                    said, tokens = f"the {part.text} of {said}", [root, part]
                if not said and root.dep_ == "compound" and part.dep_ == "poss":
                    root = part  # "over [Monday night's] broadcast" undated: no "night's"
                if root.dep_ == "poss" and said:
                    tokens += [c for c in root.children if c.dep_ == "case" and c not in tokens]
                    said = _dated_owner(root.head, said, replace)
                elif root.dep_ == "poss":
                    tokens = _modifier_phrase(root.head) or _aside(root) or list(ent)
                    if tokens == list(ent):
                        return None  # "this year's speech" with no date: nothing to say
            elif not said and root.dep_ not in ("pobj", "npadvmod", "advmod"):
                return None  # "this year happens to be…": nothing left to ask without a date
            elif not said and _bare_participle(root):
                return None  # "a report released [on Wednesday] that …": no bare "released"
            elif root.dep_ in _SUBJECTS or root.dep_ in ("dobj", "attr"):
                said = said.split(" ", 1)[-1]  # "2021 happens to be", not "in 2021 happens"
            for n, token in enumerate(tokens):
                replace[token.i] = said if n == 0 else ""
            continue
        found = _YEAR_WORDS.search(ent.text)
        if found and anchor is not None and anchor.year is not None:
            year = resolve_relative(found.group(0), anchor) or ""
            inside = [t for t in ent if found.start() <= t.idx - ent.start_char < found.end()]
            # "February 6, 2015", but "the spring of 2016": no comma after a preposition
            before = ent.doc[inside[0].i - 1] if inside and inside[0].i else None
            comma = "" if before is not None and before.pos_ == "ADP" else ", "
            for n, token in enumerate(inside):
                replace[token.i] = comma + year.removeprefix("in ") if n == 0 else ""
        elif found:
            for token in ent:
                if found.start() <= token.idx - ent.start_char < found.end():
                    replace[token.i] = ""
    for token in sentence:
        day = token.lower_ in DAY_WORDS
        if day and token.i not in replace and token.ent_type_ in ("", "DATE", "TIME"):  # not a name
            replace[token.i] = resolve_relative(token.lower_, anchor) or ""
        elif token.dep_ == "advmod" and token.i not in replace and leaning(token, anchor):
            if fronts_inversion(token):
                return None  # "Also charged are …" without "Also": "Charged are …"
            replace[token.i] = ""  # "also" points back; "now" is dated by the question instead
        elif for_example(token):
            for i in range(token.i, token.i + 3):  # "For example," - of what, the article says
                replace[i] = ""
    for token in sentence:
        if token.lower_ in ("this", "these", "that", "those") and token.dep_ == "det":
            phrase = _modifier_phrase(token.head) or _aside(token)
            verb = token.head.head
            if (
                token.head.dep_ == "npadvmod"
                and token.head.i - 2 <= sentence.start
                and not any(c.dep_ in _SUBJECTS for c in verb.children)
            ):
                return None  # "This past week marked the opening": the parse has no subject
            for t in phrase:
                replace.setdefault(t.i, "")  # "at this summit": vague, and not needed
    quoted = quoted_words(sentence)
    for token in sentence:
        if token.lower_ in ("he", "she", "his", "her") and token.tag_ in ("PRP", "PRP$"):
            named = antecedent_person(sentence, token, person, cast, quoted)
            if named is not None:
                replace[token.i] = named + ("'s" if token.tag_ == "PRP$" else "")
    said_that(sentence, replace)
    return replace
