"""Stage 6b: the checks a blind review asked for, on the parse of the question's sentence.

Each check returns why the question fails (or None). They refuse rather than repair: the
share of acceptable questions is what a reader notices, not their number.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from questions.generate.facts import Fact
from questions.generate.pools import is_first_name, place_kind, zipf
from questions.schema import normalise

SHORT_WORDS = 10  # a sentence this long or longer usually says enough about its event
SHORT_WH = 7  # a wh-question names its event in fewer words: the wh-phrase carries the rest
_NEGATION = re.compile(r"\b(?:not|never|no longer|neither|nor)\b|n't\b", re.IGNORECASE)
_OPENING = re.compile(r"^(?:And|But|Or|So|Then|Also)\b")
_REFERRING = frozenset(
    {"previous", "other", "another", "latter", "former", "same", "then", "later", "earlier"}
)
_ANCHOR_POS = frozenset({"PROPN", "NUM"})
_INITIALS = re.compile(r"^(?:[A-Z]\.)+ ?[A-Z][a-z]+$")
_CODE = re.compile(r"^[A-Z.]{1,4}-?\d+$")  # "RI-1", "H.R.1424"
_NAME_BEFORE = re.compile(r"[A-Z][\w.&'-]* (?:(?:for|of) the )?$")
COMMON_ZIPF = 4.0  # a single word this common is a word, not a name ("State")
_NUMBER_KINDS = frozenset({"count", "money", "percent", "quantity", "number"})
_PLACE_KINDS = frozenset({"country", "state", "city"})
_ROLE_KINDS = frozenset({"place", "organization", "event"})


def _in_stem(words: Sequence[str], stem: str) -> bool:
    """Tell whether the words appear, in order and adjacent, in the question's text."""
    return re.search(r"(?<!\w)" + r"\W+".join(map(re.escape, words)) + r"(?!\w)", stem,
                     re.IGNORECASE) is not None  # fmt: skip


def unresolved_reference(sentence: Any, fact: Fact, stem: str) -> str | None:
    """Refuse a question that keeps a reference only the article resolves.

    "The match", "the constituency", "the scenario": a definite common noun whose phrase
    names nothing (no proper noun, no number) points back into the article; so do "then",
    "the previous …", "other …" and "another …".
    """
    answer = range(fact.start, fact.end)
    for token in sentence:
        if token.i in answer:
            continue
        referring = token.lower_ in _REFERRING and token.pos_ in ("ADJ", "ADV", "DET")
        if referring and _in_stem([token.text], stem):
            return f"the question says {token.text!r} without naming what it refers to"
        if token.lower_ != "the" or token.dep_ != "det":
            continue
        head = token.head
        if head.tag_ not in ("NN", "NNS") or not head.is_alpha or head.i in answer:
            continue
        if _aside(head, answer):
            continue
        phrase = [t for t in head.subtree if t.i >= token.i]
        if any(t.pos_ in _ANCHOR_POS or t.i in answer for t in phrase if t.i != head.i):
            continue
        words = [t.text for t in sentence.doc[token.i : head.i + 1]]
        if _in_stem(words, stem):
            return f"the question says {' '.join(words)!r} without naming it"
    return None


def _aside(token: Any, answer: range) -> bool:
    """Tell whether a word sits in an adverbial clause the answer is not in ("after a shell
    landed near the area"): background the question does not need to be identified."""
    for ancestor in token.ancestors:
        clause = ancestor.dep_ in ("advcl", "pcomp") and ancestor.pos_ in ("VERB", "AUX")
        if clause and any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in ancestor.children):
            return not any(t.i in answer for t in ancestor.subtree)
    return False


def thin_context(sentence: Any, fact: Fact, stem: str) -> str | None:
    """Refuse a short question that names only one thing ("Who replaced Axel Witsel?",
    "There were _____ votes in the Senate."): it does not say which match, bill or year."""
    if len(stem.split()) >= (SHORT_WORDS if "_____" in stem else SHORT_WH):
        return None
    answer = range(fact.start, fact.end)
    named = {e.text for e in sentence.ents if e.start not in answer and _in_stem([e.text], stem)}
    return None if len(named) >= 2 else "a short question that names too little"


def dangling_opening(stem: str) -> str | None:
    """Refuse a sentence that opens by leaning on the one before ("And Tunisia lost …")."""
    return "the sentence leans on the one before" if _OPENING.match(stem) else None


def negated(stem: str) -> str | None:
    """Refuse a question about what is not so ("Which country does the ban not cover?"):
    many other options are not so either, so the key is not the only right answer."""
    return "a negated question has many right answers" if _NEGATION.search(stem) else None


def shared_answer(sentence: Any, fact: Fact) -> str | None:
    """Refuse a key that is one item of a list ("Teams from Morocco and Iran"): the article
    may give the same slot other items elsewhere, so the key need not be the only one."""
    tokens = sentence.doc[fact.start : fact.end]
    root = tokens.root
    if root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.children):
        return "the answer is one item of a list"
    if any(t.lower_ == "along" for t in root.head.children) or "along with" in sentence.text:
        return "the answer shares its role with another name"
    return None


def repeated_ordinal(sentence: Any, fact: Fact, article: Sequence[Any]) -> str | None:
    """Refuse "Which goal did Lukaku score?" when the subject acts more than once in the
    article: another ordinal may be just as right. An ordinal of a named series ("the 20th
    meeting of the SCO") is unique and kept."""
    if fact.kind != "ordinal":
        return None
    noun = sentence.doc[fact.start : fact.end].root.head
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return None
    verb = noun.head if noun.dep_ in ("dobj", "attr", "nsubjpass") else noun
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    said = [sum(s.text in other.text for other in article) for s in subjects]
    if said and all(n <= 1 for n, s in zip(said, subjects, strict=True) if s.pos_ == "PROPN"):
        return None
    return "another ordinal may be just as right"


def descriptor_in_name(sentence: Any, fact: Fact) -> str | None:
    """Refuse a person key that starts with a description ("Nonpartisan Paul Tse")."""
    if fact.kind != "person":
        return None
    first = fact.text.split()[0]
    if "-" in first and first.split("-")[0].lower() in ("pan", "pro", "anti", "ex"):
        return "the name carries a description"
    if (
        first[:1].isupper()
        and zipf(first.lower()) >= 2.5
        and first.lower().endswith(("an", "ist", "ic", "al", "ive"))
    ):
        return "the name carries a description"
    return None


def _person_like(name: str) -> bool:
    """Tell whether a name reads as a person's ("Dean Kamen", "K.C. Maurer")."""
    words = name.split()
    initials = _INITIALS.match(name) is not None and zipf(words[-1].lower()) < 3
    return initials or (len(words) > 1 and is_first_name(words[0]))


def _has_digit(text: str) -> bool:
    """Tell whether a number is written in figures."""
    return any(c.isdigit() for c in text)


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


def wrong_kind(fact: Fact, key_place: str, option: str) -> bool:
    """Tell whether an option is another kind of thing than the key: a country offered for a
    city, a city for a country, a person for an organisation."""
    if fact.kind in _NUMBER_KINDS and _has_digit(fact.text) != _has_digit(option):
        return True  # "five thousand" among "60,760" and "58,825" gives itself away
    if fact.kind == "organization":
        common = " " not in option and zipf(option.lower()) >= COMMON_ZIPF  # "State"
        return _person_like(option) or common
    if key_place == "country":
        return place_kind(option) != "country"
    if key_place in _PLACE_KINDS:
        return place_kind(option) != key_place
    return False


@lru_cache(maxsize=4096)
def fragment(option: str, text: str) -> bool:
    """Tell whether the article only ever says an option inside a longer name: "Visual Arts"
    of "the Andy Warhol Foundation for the Visual Arts"."""
    found = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(option)}(?!\w)", text)]
    return bool(found) and all(_NAME_BEFORE.search(text[max(0, i - 40) : i]) for i in found)


def broken_movement(stem: str, form: str, rule: str) -> str | None:
    """Refuse a wh-question whose clause came apart: a tail after a comma with no verb
    ("Which organization observed from the long line, the big hit of the evening?"), or an
    inverted subject split by a comma ("How many votes did "X" seats, Y receive?")."""
    if form != "wh":
        return None
    core = re.sub(r", as of [^?]*\?$", "?", stem)
    if re.search(r", (?:the|a|an) [^,?]*\?$", core):
        return "the question ends in a loose phrase"
    if not rule.endswith("-subject") and re.search(r",(?! \d)", core):
        return "the question's clause is split by a comma"
    return None


@dataclass(frozen=True)
class OptionContext:
    """What an option is judged against: the key, the question and the whole article."""

    fact: Fact
    stem: str
    text: str  # the article's kept sentences
    surnames: frozenset[str]  # last words of the people the article names in full
    alone: frozenset[str]  # people the article names by one word ("Warhol")
    sides: frozenset[str]  # teams, parties, places the question names (the article's: all)
    by_sentence: tuple[frozenset[str], ...]  # the names each sentence states
    sentences: Sequence[Any] = ()  # the article's parsed sentences


def article_context(
    text: str, article: Sequence[Fact], sentences: Sequence[Any] = ()
) -> OptionContext:
    """Gather once per article what `option_problem` needs (a question adds its own part)."""
    surnames = frozenset(
        f.text.split()[-1] for f in article if f.kind == "person" and " " in f.text
    )
    alone = frozenset(f.text for f in article if f.kind == "person" and " " not in f.text)
    by_sentence: dict[int, set[str]] = {}
    for f in article:
        by_sentence.setdefault(f.sentence, set()).add(normalise(f.text))
    roles = frozenset(f.text for f in article if f.kind in _ROLE_KINDS)
    placeholder = Fact(0, 0, 0, "", "", "", "", "")
    return OptionContext(placeholder, "", text, surnames, alone, roles,
                         tuple(frozenset(v) for v in by_sentence.values()), sentences)  # fmt: skip


def option_context(base: OptionContext, fact: Fact, stem: str) -> OptionContext:
    """Return the article's context for one question: its key and the sides it names."""
    sides = frozenset(normalise(name) for name in base.sides
                      if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", stem))  # fmt: skip
    return replace(base, fact=fact, stem=stem, sides=sides)


def option_problem(option: str, ctx: OptionContext) -> str | None:
    """Say why an option cannot be right in place, or None.

    A fragment of a longer name of the article ("Visual Arts") is no option. A person must
    be named as one ("Warhol Polaroid" is not), and where the question names a side (a
    team, a party, a state) must appear in the article beside it somewhere, so Korea's
    players are not offered as Sweden's scorer.
    """
    fact = ctx.fact
    if fact.text[:1].isupper() and not option[:1].isupper():
        return f"{option!r} is not a name"
    if fact.kind not in ("place", "person") and fragment(option, ctx.text):
        return f"{option!r} is a fragment of a longer name"
    if fact.kind != "person":
        return None
    if " " in option and option.split()[0] in ctx.surnames | ctx.alone:
        return f"{option!r} is not a person's name"
    first_names = is_first_name(fact.text) and is_first_name(option)  # "Gloria": "Emma"
    if " " not in option and option not in ctx.surnames and not first_names:
        return f"{option!r} is no surname of a person the article names in full"
    folded = normalise(option)
    said = [found for found in ctx.by_sentence if folded in found]
    if ctx.sides and said and not any(found & ctx.sides for found in said):
        return f"{option!r} never appears beside {sorted(ctx.sides)[0]!r}"
    return None


@lru_cache(maxsize=4096)
def said_as_word(word: str, text: str) -> bool:
    """Tell whether the article writes a name as a plain lower-case word ("the bill")."""
    return re.search(rf"\b{re.escape(word)}\b", text) is not None


def implausible_options(fact: Fact, distractors: Sequence[str], ctx: OptionContext) -> str | None:
    """Refuse a question whose key is of the wrong kind or whose options cannot be right."""
    if fact.kind == "organization" and _person_like(fact.text):
        return f"{fact.text!r} looks like a person, not an organisation"
    as_word = said_as_word(fact.text.lower(), ctx.text)
    if fact.kind in ("organization", "person") and as_word:  # "homeopathy", "bill"
        return f"{fact.text!r} is a word of the article, not a name"
    if fact.kind == "organization" and _CODE.match(fact.text):
        return f"{fact.text!r} is a code (a district, a bill), not an organisation"
    return next((p for p in (option_problem(o, ctx) for o in distractors) if p), None)


def far_places(fact: Fact, origin: str, article: Sequence[Fact]) -> str | None:
    """Refuse places drawn from a list when the article names others of the key's kind: the
    article's own (North Korea for South Korea) are the plausible ones."""
    if fact.kind != "place" or origin != "library":
        return None
    kinds = {fact.subtype, "place"} if fact.subtype == "country" else {fact.subtype}
    own = [f for f in article if f.kind == "place" and f.subtype in kinds
           and normalise(f.text) != normalise(fact.text)]  # fmt: skip  # "North Korea"
    return "places from a list, though the article names its own" if own else None


def review_problem(
    sentence: Any,
    fact: Fact,
    stem: Any,
    distractors: Sequence[str],
    origin: str,
    context: OptionContext,
    article: Sequence[Fact],
) -> tuple[str, str | None]:
    """Return the first review rule a question breaks, as (reason, detail), or (reason, None)."""
    checks: tuple[tuple[str, Callable[[], str | None]], ...] = (
        ("answer may not be unique", lambda: shared_answer(sentence, fact)),
        ("answer may not be unique", lambda: negated(stem.text)),
        ("ungrammatical", lambda: key_fragment(sentence, fact)),
        ("no context", lambda: thin_context(sentence, fact, stem.text)),
        ("ungrammatical", lambda: dangling_opening(stem.text)),
        ("answer may not be unique", lambda: repeated_ordinal(sentence, fact, context.sentences)),
        ("description in the name", lambda: descriptor_in_name(sentence, fact)),
        ("implausible options", lambda: implausible_options(fact, distractors, context)),
        ("ungrammatical", lambda: broken_movement(stem.text, stem.form, stem.rule)),
        ("implausible options", lambda: far_places(fact, origin, article)),
    )
    for name, check in checks:
        problem = check()
        if problem is not None:
            return name, problem
    return "review rules", None
