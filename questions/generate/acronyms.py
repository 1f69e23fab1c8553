"""Acronyms in a question: spelled out when the article names what they stand for.

A reader weeks later does not know what "USI" or "FTU" is. An acronym is spelled out when
the article gives a name whose initials it is ("University of Southern Indiana" … "USI",
"Johnson Space Center (JSC)": the Schwartz–Hearst definition is one such name); an acronym
the article never spells out and that is not a common word ("NASA", "UK") refuses the
question.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from questions.generate.compiled import pattern
from questions.generate.entcache import ents_of
from questions.generate.models import said_otherwise
from questions.generate.pools import zipf
from questions.generate.textsearch import says
from questions.generate.wordnet import spelled_out
from questions.schema import normalise

Span = Any
# Entity kinds that are names an acronym can stand for.
_NAMES = frozenset({"ORG", "FAC", "EVENT", "LAW", "GPE", "LOC", "PRODUCT", "WORK_OF_ART", "NORP"})
_ACRONYM = re.compile(r"(?<![\w.-])([A-Z][A-Z&]{1,5})(?:'s)?(?![\w.-])")
_QUOTED = re.compile(r'"[^"]+"|“[^”]+”')  # a quotation, straight or curly marks
KNOWN_ZIPF = 3.0  # an acronym this common in English ("NASA" 4.2, "EPA" 3.9) needs no spelling


def initials(name: str) -> str:
    """Return the initials of a name's capitalised words ("University of Southern Indiana" ->
    "USI"); function words ("of", "the", "for") and numbers give none."""
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'-]*", name) if w[0].isupper())


_PLACES = frozenset({"GPE", "LOC", "NORP"})


def acronym_names(docs: Iterable[Any]) -> dict[str, str]:
    """Map each acronym of the article to the one name it stands for, "the" kept where the
    article says it ("USI" -> "the University of Southern Indiana")."""
    found: dict[str, set[str]] = {}
    definite: set[str] = set()  # names the article says with "the"
    places: set[str] = set()  # "US" the article says as a place: no university's initials
    for doc in docs:
        for ent in ents_of(doc):
            if ent.label_ in _PLACES:  # "US", and "United States" that may stand for it
                places.update((ent.text.removeprefix("the ").replace(".", ""), ent.text))
            if ent.label_ not in _NAMES or len(ent) < 2:
                continue
            start = 1 if ent[0].lower_ == "the" else 0
            name = ent[start:].text
            short = initials(name)
            if 2 <= len(short) <= 6 and short != name:
                before = ent.doc[ent.start - 1] if ent.start > 0 else None
                if start == 1 or (before is not None and before.lower_ == "the"):
                    definite.add(name)
                found.setdefault(short, set()).add(name)
    return {
        short: ("the " if name in definite else "") + name
        for short, (name, *others) in ((s, sorted(n)) for s, n in found.items())
        if not others and (short not in places or name in places)
    }


def acronym_descriptions(docs: Iterable[Any]) -> dict[str, str]:
    """Map each acronym the article describes by an apposition to that description ("NISA,
    the Japanese government nuclear authority," -> "the Japanese government nuclear
    authority"): a question then says what it is, though never what its letters stand for."""
    found: dict[str, set[str]] = {}
    for doc in docs:
        for token in doc:
            if not _ACRONYM.fullmatch(token.text) or token.pos_ != "PROPN":
                continue
            # the apposition right after it, which the parse may hang on the phrase's head
            # ("A spokesperson for NISA, the … authority,")
            after = token.i + 2 < len(doc) and doc[token.i + 1].text == ","
            follows = [t for t in doc if t.dep_ == "appos" and t.left_edge.i == token.i + 2]
            for appos in follows if after else []:
                words = [t for t in appos.subtree if not t.is_punct]
                plain = appos.pos_ == "NOUN" and appos.text.islower()
                if plain and words[0].lower_ == "the" and len(words) <= _DESCRIBED:
                    found.setdefault(token.text, set()).add(" ".join(t.text for t in words))
    return {short: text for short, (text, *others) in
            ((s, sorted(d)) for s, d in found.items()) if not others}  # fmt: skip


_DESCRIBED = 8  # words: a description, not a clause


_ARTICLES = frozenset({"the", "a", "an"})


# a year, a season or an ordinal between a determiner and the acronym it governs
_NUMBER_WORD = re.compile(r"^(?:\d[\d–/-]*|\d+(?:st|nd|rd|th))$")


def _as_name(long: str, stem: str, at: int, determiners: frozenset[str]) -> str:
    """Fit a spelled-out name into the question: no second determiner, a capital at the
    start."""
    words = stem[:at].split()
    while words and _NUMBER_WORD.match(words[-1]):
        words.pop()  # "the 2015 NFL season": "the 2015 National Football League season"
    before = words[-1:]
    # an article is a determiner wherever it stands: "the US President" (a stem's own "the",
    # no word of its sentence) is "the United States President", never "the the …"
    if long.startswith("the ") and before and (before[0].lower() in determiners | _ARTICLES
                                               or before[0].endswith("'s")):  # fmt: skip
        long = long[4:]  # "a USI instructor": "a University of Southern Indiana instructor"
    return long[:1].upper() + long[1:] if at == 0 else long


def expand_acronyms(
    stem: str, names: dict[str, str], key: str, determiners: frozenset[str] = frozenset()
) -> str:
    """Spell out each acronym of a question the first time it appears, unless the answer is
    that name or the acronym (the question would give it away, or ask what it already says).
    `determiners`: the words of the question that are determiners ("a", "its", "which")."""
    done: set[str] = set()
    out, last = [], 0
    quoted = [q.span() for q in _QUOTED.finditer(stem)]  # the speaker's words, word for word
    for match in _ACRONYM.finditer(stem):
        short = match.group(1)
        long = names.get(short)
        if long is None or short in done or short in key:
            continue
        if any(a < match.start() < b for a, b in quoted):
            continue  # 'Who said "AFCA has …"?': not "the American Foundation … has"
        if stem[match.start() - 1 : match.start()] == "(":
            continue  # "(JSC)" after its name: the definition itself
        if _currency_follows(stem, match.end()):
            continue  # "US$240 million" is one amount of money, not the country's name
        bare = long.removeprefix("the ")
        if normalise(bare) == normalise(key) or bare in stem:
            done.add(short)
            continue
        done.add(short)
        out.append(stem[last : match.start()])
        out.append(_as_name(long, stem, match.start(), determiners) + match.group(0)[len(short) :])
        last = match.end()
    out.append(stem[last:])
    return "".join(out)


def _currency_follows(text: str, at: int) -> bool:
    """Tell whether a currency sign (Unicode's category Sc: "$", "€", "£") opens the text
    at `at`: the letters before it name the currency ("US$", "HK$", "NZ$"), not a place."""
    return at < len(text) and unicodedata.category(text[at]) == "Sc"


def unexplained_acronym(stem: str, names: dict[str, str], key: str) -> str | None:
    """Refuse a question that says an acronym the article never spells out and that few
    readers know ("FTU", "TEPCO"); a common one ("NASA", "UK", WordNet's "FDIC") or the
    answer itself is kept, and so is one of a quotation's own words that the question does
    not ask about ("Who said '… the FDIC increases …'?": the speaker's words, matched, not
    explained)."""
    quoted = [q.span() for q in _QUOTED.finditer(stem) if "_____" not in q.group(0)]
    for match in _ACRONYM.finditer(stem):
        short = match.group(1)
        if short in names or short in key or short == "I":
            continue
        if any(start < match.start() < end for start, end in quoted):
            continue
        if zipf(short.lower()) < KNOWN_ZIPF and not spelled_out(short):
            # one a general dictionary (WordNet) spells out is known too: "FDIC"
            return f"the question says {short!r}, which the article never spells out"
    return None


def spelled_options(
    key: str, distractors: list[str], names: dict[str, str], stem: str = "", source: str = ""
) -> tuple[str, list[str]]:
    """Give the key and wrong options as the names the article spells out ("USI" ->
    "University of Southern Indiana", "Wilkins" -> "Kristen Wilkins"): an option is read
    weeks later, without the article; a wrong option that is then the key, or another
    option, or that the source sentence says, is dropped. A key the question's blank
    already opens ("Kristen _____") stays."""

    def spelled(option: str) -> str:
        return names[option].removeprefix("the ") if option in names else option

    shown = spelled(key)
    opening = shown.removesuffix(key).strip()
    if opening and pattern(rf"\b{re.escape(opening)} _____").search(stem):
        shown = key
    seen = {normalise(shown)}
    said = normalise(source)
    out = []
    for option in map(spelled, distractors):
        # "STS-1" is not said by "STS-135": whole words only
        folded = normalise(option)
        if folded not in seen and not _whole_words(folded, said):
            seen.add(folded)
            out.append(option)
    return shown, out


def drop_person_labels(sentence: Span, names: dict[str, str], replace: dict[int, str]) -> None:
    """Leave out an unexplained acronym that only labels a person ("FTU's Alice Mak",
    "Frederick Fung of ADPL"): the person's name is the fact; the label would refuse the
    question."""
    for token in sentence:
        short = token.text
        if not _ACRONYM.fullmatch(short) or short in names or zipf(short.lower()) >= KNOWN_ZIPF:
            continue
        head = token.head
        if token.dep_ == "poss" and head.ent_type_ == "PERSON":
            label = [token, *(c for c in token.children if c.tag_ == "POS")]
        elif token.dep_ == "pobj" and head.lower_ == "of" and head.head.ent_type_ == "PERSON":
            label = [head, token]
        else:
            continue
        if not any(t.i in replace for t in label):
            replace.update({t.i: "" for t in label})


def spelled_otherwise(key: str, headline: str, acronyms: dict[str, str]) -> bool:
    """Tell whether a headline names the key in its other spelling: "Internet Explorer 6"
    for "IE6", "the University of Southern Indiana" for "USI", or the reverse."""
    if said_otherwise(key, headline) or _country_otherwise(key, headline):
        return True
    folded, said = normalise(key), normalise(headline)
    for acronym, name in acronyms.items():
        spelled = normalise(name.removeprefix("the "))
        if folded == normalise(acronym) and _whole_words(spelled, said):
            return True
        if folded == spelled and _whole_words(normalise(acronym), said):
            return True
    return False


def _country_otherwise(key: str, headline: str) -> bool:
    """Tell whether a headline names a country key by another of its names ("US beef" for
    "U.S.", "Britain" for "United Kingdom"): the line above the question gives it away. A
    nation inside a country ("Scotland") is no name of the country, nor of a sister nation
    ("Wales"); the country's own name ("UK") still tells its nation ("England") away."""
    from questions.generate.gazetteer import country_code
    from questions.generate.nationhood import constituents

    code = country_code(key)
    if not code:
        return False
    names = re.findall(r"[A-Z][\w.]*(?: [A-Z][\w.]*){0,3}", headline)
    runs = {" ".join(n.split()[i:j]) for n in names
            for i in range(len(n.split())) for j in range(i + 1, len(n.split()) + 1)}  # fmt: skip
    inside = constituents()
    return any(country_code(run) == code and normalise(run) not in inside for run in runs)


def _whole_words(part: str, text: str) -> bool:
    """Tell whether a folded phrase is said as whole words in a folded text."""
    return says(text, part)  # no pattern compiled per phrase: asked per acronym and question
