"""Review rules from a read of every corpus question: what a stem leaves out or gives away.

"Who held a video meeting with Russian President Putin?" dropped its "On June 28" (in an
article with no dateline or headline to date it); "Who said he had only seen the Silver
Clouds installation?" had three women among its options; 'Who said "I thought that in real
life it was really kind of magical"?' leaves "it" to the article.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping, Sequence
from typing import Any

from questions.generate.compiled import pattern
from questions.generate.dates import ranked_date
from questions.generate.entcache import ents_of
from questions.generate.facts import Fact
from questions.generate.gendered import blank_gender
from questions.generate.kinds import own_kind
from questions.generate.occasion import RESOLVED, STATED_DAY, YEAR_BEFORE
from questions.generate.people import gender_of
from questions.generate.pools import first_name_gender
from questions.generate.quotemarks import quoted_words
from questions.generate.refusals import BLANK
from questions.generate.variants import SCALES

Span = Any
_DATED = re.compile(r"\b(?:1[5-9]\d\d|20\d\d)\b")
_ORDINAL = re.compile(r"\b\d+(?:st|nd|rd|th)\b")
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m",
                   "she": "f", "her": "f", "hers": "f", "herself": "f"}  # fmt: skip
_QUOTED = re.compile(r'"[^"]*"')
_SUBJECTS = ("nsubj", "nsubjpass")
_MONTH_NAMES = frozenset(calendar.month_name[1:])
# A clause the extraposed "it" stands for: "It's clear that …", "It is reasonable to …"
_EXTRAPOSED = ("ccomp", "xcomp", "csubj", "csubjpass")


def dropped_occasion(sentence: Span, fact: Fact, stem: str, dated: bool) -> str | None:
    """Refuse a question that leaves out when its sentence's event happened ("On June 28",
    "Almost every time he attended the summit") and names no year of its own, in an article
    whose date or headline (`dated`) will not say it either."""
    if dated or _DATED.search(stem) or _ORDINAL.search(f"{stem} {fact.text}"):
        return None  # "the United Nations 75th Anniversary Summit" says which one
    words = {w.lower() for w in re.findall(r"[\w'-]+", stem)}
    for ent in ents_of(sentence):
        if ent.label_ not in ("DATE", "TIME") or fact.start <= ent.start < fact.end:
            continue
        if ranked_date(ent) is not ent or _other_clause(sentence, fact, ent):
            continue  # "the ninth consecutive year that …": a rank, no time the event had
        # "June 28 [this year]": its stated part says it; "last year" only all its words
        before = sentence.doc[ent.start - 1].lower_ if ent.start else ""  # "this [year]'s"
        phrase = " ".join(t.lower_ for t in ent if t.tag_ != "POS")
        phrase = f"{before} {phrase}" if before == "this" else phrase
        if phrase in RESOLVED and STATED_DAY.search(stem):
            continue  # "the speech on September 17" for "this year's speech": its own day
        if phrase == "last year" and pattern(rf"\b{YEAR_BEFORE} {STATED_DAY.pattern}").search(stem):
            continue  # "the summit the year before the one on September 17"
        said = [t.lower_ for t in _stated(ent)] or [t.lower_ for t in ent if t.is_alpha]
        if any(w not in words for w in said if w not in ("the", "a", "an")):
            return f"the question leaves out {ent.text!r}"
    for token in sentence:
        # "Almost every time he attended …": the occasion is a clause, not a date
        every = any(c.lower_ in ("every", "each") for c in token.children)
        if token.lower_ == "time" and token.dep_ == "npadvmod" and every and "time" not in words:
            return "the question leaves out 'every time …'"
    return None


def _clause_of(token: Any) -> Any:
    """Return the main or conjoined clause's verb a token belongs to."""
    while token.dep_ not in ("ROOT", "conj") or token.pos_ not in ("VERB", "AUX"):
        if token.head.i == token.i:
            return token
        token = token.head
    return token


def _other_clause(sentence: Span, fact: Fact, ent: Span) -> bool:
    """Tell whether a date lies in another of the sentence's joined clauses than the answer
    ("… since 2013, and it is also the _____ time that …"): it dates that clause's event,
    not the one asked; a date fronted before the subject ("In 2013, …") dates them all."""
    here = _clause_of(sentence.doc[fact.start])
    there = _clause_of(ent.root)
    if here.i == there.i or ent.start == sentence.start:
        return False
    joined = (here.dep_ == "conj" and here.head.i == there.i) or (
        there.dep_ == "conj" and there.head.i == here.i
    )
    subject = next((c for c in there.children if c.dep_ in _SUBJECTS), None)
    return joined and subject is not None and ent.start > subject.i


def stem_gender(stem: str) -> str:
    """Return "m" or "f" when the stem, outside its quotations, says only "he"/"his" or only
    "she"/"her", else ""."""
    outside = _QUOTED.sub(" ", stem)  # a quotation's "she" may be anyone
    said = {_PRONOUN_GENDER[w] for w in re.findall(r"[a-z]+", outside.lower())
            if w in _PRONOUN_GENDER}  # fmt: skip
    return next(iter(said)) if len(said) == 1 else ""


def other_gender(option: str, stem: str, genders: Mapping[str, str]) -> bool:
    """Tell whether a person option is known (by the article's "he"/"she" or a first-name
    list) to be of the other gender than the stem's pronoun says, or the word for a person
    before its blank ("his girlfriend _____": hers, whatever "his" says)."""
    gender = blank_gender(stem) or stem_gender(stem)
    known = (gender_of(option, genders) or first_name_gender(option)) if gender else ""
    return bool(known) and known != gender


def _stated(ent: Span) -> list[Any]:
    """Return a date's stated words, its month and numbers ("June 28" of "June 28 this
    year"), or none: a day alone ("the 25th of last month") says no date."""
    stated = [t for t in ent if t.like_num or t.text in _MONTH_NAMES]
    dated = any(t.text in _MONTH_NAMES or (t.text.isdigit() and len(t.text) == 4) for t in stated)
    return stated if dated else []


def named_occasion(sentence: Span, fact: Fact, stem: str, dated: bool) -> str:
    """Say the date an undated wh-question's sentence opens with and the question leaves
    out: "With whom did Xi hold a video meeting?" of "On June 28 this year, when Xi held a
    video meeting with Putin, …" becomes "… meeting on June 28?"."""
    first = sentence[0]
    if dated or not stem.endswith("?") or first.lower_ not in ("on", "in"):
        return stem
    date = [e for e in ents_of(sentence) if e.start == first.i + 1 and e.label_ == "DATE"]
    stated = _stated(date[0]) if date else []
    if not stated or fact.start <= date[0].start < fact.end or _DATED.search(stem):
        return stem
    told = sentence.doc[stated[0].i : stated[-1].i + 1].text
    if len(stated) != stated[-1].i - stated[0].i + 1 or told in stem:
        return stem  # "In June and in July": no one phrase to say
    return f"{stem[:-1]} {first.lower_} {told}?"


def gendered_pronoun(
    stem: str, fact: Fact, options: Sequence[str], genders: Mapping[str, str]
) -> str | None:
    """Refuse a person question whose stem says "he" or "she" when its options are not all
    of that gender: "Who said he had only seen …?" picks the one man of four."""
    if fact.kind != "person":
        return None
    for option in options:
        if other_gender(option, stem, genders):
            return f"the question's pronoun is not {option!r}'s"
    return None


def referential_it(sentence: Span) -> str | None:
    """Refuse a quotation whose subject is an "it" or "they" the quotation never names
    ('"… in real life it was really kind of magical"'): the reader cannot tell what."""
    doc = sentence.doc
    # The quotation's first subject other than its speakers ("I", "we", "you"): a later
    # "it" may stand for it ("America's obsession … is as strong today as it was")
    subjects = [doc[i] for i in sorted(quoted_words(sentence)) if doc[i].dep_ in _SUBJECTS]
    for token in subjects:
        if token.lower_ in ("i", "we", "you"):
            continue
        if token.lower_ not in ("it", "they"):
            return None
        head = token.head
        clauses = [c for c in head.children if c.dep_ in _EXTRAPOSED]
        clauses += [c for a in head.children if a.dep_ == "acomp" for c in a.children
                    if c.dep_ in _EXTRAPOSED]  # fmt: skip
        if not any(c.i > token.i for c in clauses):
            return f"the quotation's {token.text!r} stands for words it does not say"
        return None  # "It's clear that …": the clause is what "it" stands for
    return None


def undated_ordinal(sentence: Span, fact: Fact, stem: str) -> str | None:
    """Refuse an ordinal counted within a period the question leaves relative ("in which
    game of the day": which day?, and "fourth" of a three-game day reads as a trick)."""
    if fact.kind != "ordinal":
        return None
    counted = sentence.doc[fact.start : fact.end].root.head
    for prep in counted.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for period in prep.children:
            ent = [
                e for e in ents_of(sentence) if e.start <= period.i < e.end and e.label_ == "DATE"
            ]
            if ent and not _stated(ent[0]) and f"of {ent[0].text}" in stem:
                return f"'{counted.text} of {ent[0].text}' says no date"
    return None


AMOUNT = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(thousand|million|billion|trillion)?", re.I)
NEAR = 10.0  # an article's other sum this many times the key's is another order of thing


def near_amount(option: str, key: str) -> bool:
    """Tell whether an article's other amount is within a factor of ten of the key's: "$700
    billion" is no rum industry's tax rebate beside "$192 million"."""
    values = []
    for text in (option, key):
        found = AMOUNT.search(text)
        if found is None:
            return True  # unread: left to the other rules
        scale = SCALES.get((found.group(2) or "").lower(), 1.0)
        values.append(float(found.group(1).replace(",", "")) * scale)
    low, high = sorted(values)
    return low > 0 and high / low <= NEAR


def same_digits(option: str, key: str) -> bool:
    """Tell whether an article's other whole number is written with as many digits as a key
    of a thousand or more: "491,667" among "58,825", "60,760" and "84,121" is the one a
    test-wise reader picks (review 28), however near in size."""
    digits = [re.sub(r"[^\d]", "", text) for text in (option, key)]
    plain = all(re.fullmatch(r"\d{1,3}(?:,\d{3})*|\d+", t.strip()) for t in (option, key))
    if not plain or not all(digits) or int(digits[1]) < 1000:
        return True  # a sum with a unit, a word, a small count: left to the other rules
    return len(digits[0]) == len(digits[1])


_KIND_OF = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)* of [A-Z]")  # "University of X"


def without_the(option: str, stem: str, text: str) -> bool:
    """Tell whether a name goes in "the _____" though the article never writes "the" before
    it ("at the _____, Fayetteville": not "the Skidmore College", nor "the People Power")."""
    if f"the {BLANK}" not in stem.lower() or (_KIND_OF.match(option) and own_kind(option)):
        return False  # "the California Institute of Technology": a kind of body "of" a name
    found = [m.start() for m in re.finditer(re.escape(option), text)]
    return bool(found) and not any(text[max(0, i - 4) : i].lower() == "the " for i in found)


def tied_back(option: str, stem: str, pointing: Sequence[tuple[str, frozenset[str]]]) -> bool:
    """Tell whether the article names an option in a sentence that points back to a thing the
    stem asks about ("That exhibit was part of a collaboration combining the collections
    from Duke University …": Duke's is the exhibit asked of, as well as UNC Greensboro's);
    `pointing` is the article's `pointing_sentences`."""
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", _QUOTED.sub(" ", stem))}
    return any(option in text and things & words for text, things in pointing)


# "A similar system": like one only the article's story names ("similar to X" names it)
_COMPARED = re.compile(r"\b[Ss]imilar\b(?! to\b)")


def unframed_comparison(stem: str) -> str | None:
    """Refuse a question that likens its thing to the article's ("A similar fast-track system
    … was rejected", "… landed amid similar fanfare"): a headline line above it names the
    story, not what the thing is like (blind review 47)."""
    asked = stem.split("\n", 1)[1] if stem.startswith("📰") and "\n" in stem else stem
    if not _COMPARED.search(_QUOTED.sub(" ", asked)):
        return None
    return "the question likens its thing to one only the article's story names"
