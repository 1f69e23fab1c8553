"""Stage 4b: "Who was the NASA Administrator in April 2011?" from a name and its office.

News names people with their office, before the name ("English captain Harry Kane") or in a
comma-set apposition ("Hamdullah Mohib, Afghanistan's ambassador to the US"). An office held
by one person at a time, dated by the article, is a question that stands alone with one
right answer. Only such offices are asked, and only where the article gives that office to
no one else.
"""

from __future__ import annotations

import calendar
import re
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from questions.generate.dates import ArticleDate
from questions.generate.entcache import ents_of
from questions.generate.facts import Fact
from questions.generate.officetime import holding_time
from questions.generate.render import join
from questions.generate.titleholders import SINGLE_HOLDER
from questions.generate.write import Stem

Span = Any
Token = Any
# Offices one person holds at a time within an organisation ("NASA Administrator", "Senate
# Majority Leader") and those a country has one of ("Russian President"); "senator", "member"
# or "player" are shared by many and would make a second right answer.
COUNTRY_HEAD = frozenset({"president", "chancellor", "premier", "king", "queen"})
_MODIFIERS = ("compound", "amod", "nmod", "poss", "case", "punct")
MAX_TITLE = 8
ROLE_RULE = "rule:role"


def before_name(doc: Span, fact: Fact) -> list[Token]:
    """Return the office written before the name: "NASA Administrator" of "… Charles Bolden"."""
    root = doc[fact.start : fact.end].root
    out: list[Token] = []
    i = fact.start - 1
    while i >= 0 and doc[i].dep_ in _MODIFIERS and _leans(doc[i], fact.end):
        out.insert(0, doc[i])
        i -= 1
    if out and out[-1].head.i != root.i and out[-1].head.i not in range(fact.start, fact.end):
        return []
    return out


def _leans(token: Token, end: int) -> bool:
    """Tell whether a word before a name leans on a word after it, up to the name's end; a
    possessive's "'s" through its owner ("China 's Premier Wen Jiabao")."""
    after = range(token.i + 1, end)
    owner = token.head if token.dep_ == "case" and token.head.i == token.i - 1 else None
    return token.head.i in after or (owner is not None and owner.head.i in after)


def _apposed(doc: Span, fact: Fact) -> list[Token]:
    """Return a definite apposition set off after the name: ", the President of Afghanistan,".

    The small model often hangs the apposition on a neighbour ("Writing to newspapers, Naoto
    Kan, the Japanese prime minister, …"), so what counts is where it stands: right after the
    name's comma, closed by a comma of its own.
    """
    start = fact.end + 1
    if start >= len(doc) or doc[fact.end].text != ",":
        return []
    for head in doc[start : min(len(doc), start + MAX_TITLE + 2)]:
        if head.dep_ != "appos" or head.left_edge.i != start:
            continue
        cut = {t.i for c in head.children if c.dep_ in ("relcl", "acl", "appos", "punct", "cc",
                                                        "conj") for t in c.subtree}  # fmt: skip
        tokens = [t for t in head.subtree if t.i not in cut]
        after = tokens[-1].i + 1
        closed = after < len(doc) and doc[after].text == ","
        # "… with Peruvian minister Manuel Rodríguez, the Colombian minister, Carolina Barco,
        # said": a name right after the closing comma is the one the office introduces
        if closed and after + 1 < len(doc) and doc[after + 1].ent_type_ == "PERSON":
            return []
        definite = tokens[0].lower_ == "the" or any(t.dep_ == "poss" for t in tokens)
        definite = definite or (tokens[0].i == head.i and bare_office(head))  # no "a"
        if closed and definite and all(t.pos_ not in ("VERB", "AUX", "PRON") for t in tokens):
            return tokens
    return []


def _apposing(doc: Span, fact: Fact) -> list[Token]:
    """Return the definite office of one holder a name is set after as its apposition ("The
    recently inaugurated Administrator of NASA, Jim Bridenstine, said"), without the words on
    how new its holder is ("recently inaugurated", "newly elected"): they describe the person."""
    root = doc[fact.start : fact.end].root
    head = root.head
    if root.dep_ != "appos" or head.i >= fact.start or doc[fact.start - 1].text != ",":
        return []
    while head.dep_ == "pobj" and head.head.dep_ == "prep":  # hung on "NASA" of "… of NASA"
        head = head.head.head
    if fact.end >= len(doc) or doc[fact.end].text != ",":
        return []  # a name closing the sentence may begin a list ("…, A, B and C")
    if head.lemma_.lower() not in SINGLE_HOLDER | COUNTRY_HEAD | {"minister"}:
        return []  # "the owner of Trace Canada": a firm may have several
    new = {t.i for c in head.children if c.dep_ == "amod" and c.tag_ in ("VBN", "VBG")
           for t in c.subtree}  # fmt: skip
    tokens = [t for t in head.subtree if t.i < fact.start - 1 and t.i not in new]
    if not tokens or (tokens[0].lower_ == "the" and tokens[0].head.i != head.i):
        return []  # "the Afghan team's coach": the question would lose the team's "the"
    definite = tokens[0].lower_ == "the" or any(t.dep_ == "poss" for t in tokens)
    if not definite or any(t.pos_ in ("VERB", "AUX", "PRON") or t.text == "," for t in tokens):
        return []
    return tokens


def bare_office(head: Token) -> bool:
    """Tell whether an apposition without an article names one holder: English drops "the"
    before an office one person holds of a named body ("Jane Roe, Director of the Lakeside
    Trust,"), never before one of many ("professor of history at Yale", "a director at …")."""
    if head.lemma_.lower() not in SINGLE_HOLDER or head.tag_ in ("NNS", "NNPS"):
        return False
    of = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"]
    named = {"ORG", "GPE"}  # the body the office heads: its name, not "of a local charity"
    return bool(of) and any(t.ent_type_ in named for t in of[0].subtree)


def _office(tokens: list[Token], apposed: bool, replace: dict[int, str]) -> str | None:
    """Return the office as a noun phrase, or None unless one holder at a time is certain.

    An apposition with "the" or a possessive says the article knows one holder; an office
    before a name must be one that a named organisation or country has only one of.
    """
    if tokens and tokens[0].lower_ in ("the", "a", "an"):
        tokens = tokens[1:]
    # the question's date says when: "current" says it again, "former" says another holder
    times = {t.i: holding_time(t.text) for t in tokens if t.pos_ in ("ADJ", "ADV")}
    if "other" in times.values():
        return None
    tokens = [t for t in tokens if times.get(t.i) != "now"]
    if not 2 <= len(tokens) <= MAX_TITLE or any(t.i in replace for t in tokens):
        return None  # "their home": a pronoun the question cannot keep
    heads = [t for t in tokens if t.head.i not in {u.i for u in tokens} or t.dep_ == "ROOT"]
    head = heads[-1]  # "NASA Administrator": both lean on the name; the office is the last
    if head.pos_ not in ("NOUN", "PROPN") or head.tag_ in ("NNS", "NNPS"):
        return None
    if any(t.ent_type_ in ("PERSON", "DATE", "CARDINAL") for t in tokens):
        return None  # "Kim's coach" is about another person
    kinds = {t.ent_type_ for t in tokens if t.i != head.i}
    lemma = head.lemma_.lower()
    if apposed and kinds & {"ORG", "GPE", "NORP"}:
        return join(tokens)  # "the Japanese prime minister", "Afghanistan's ambassador"
    if lemma not in SINGLE_HOLDER | COUNTRY_HEAD:
        return None
    if "ORG" in kinds or (kinds & {"GPE", "NORP"} and lemma in COUNTRY_HEAD):
        return join(tokens)
    return None  # "the President", "the Swedish captain": of what, the question cannot say


def held_office(doc: Span, fact: Fact, person: bool, said: dict[int, str]) -> str | None:
    """Return the one-holder office the sentence gives a name, before it or set off beside
    it ("China's Premier", "Administrator of NASA"), or None."""
    before = before_name(doc, fact) if person else []
    around = ((before, False), (_apposed(doc, fact), True), (_apposing(doc, fact), True))
    return next(
        (office for tokens, apposed in around if (office := _office(tokens, apposed, said))),
        None,
    )


def as_of(anchor: ArticleDate | None) -> str | None:
    """Say when the article saw what it states held: "in April 2011"."""
    if anchor is None or anchor.year is None:
        return None
    return f"in {calendar.month_name[anchor.month]} {anchor.year}"


def role_stems(
    sentences: Sequence[Span],
    facts: Sequence[Sequence[Fact]],
    replace: Sequence[dict[int, str]],
    anchor: ArticleDate | None,
) -> dict[tuple[int, int], Stem]:
    """Map (sentence, answer start) to "Who was the <office> <when>?" (or "Which
    organization was …" for an organisation set off by its role)."""
    when = as_of(anchor)
    if when is None:
        return {}  # an office without a date is no fact: its holder changes
    found: dict[tuple[int, int], tuple[str, str]] = {}
    holders: dict[str, set[str]] = defaultdict(set)
    dated: dict[tuple[int, int], str | None] = {}
    for sentence, own, said in zip(sentences, facts, replace, strict=True):
        for fact in own:
            person = fact.kind == "person" and " " in fact.text
            if not person and fact.kind != "organization":
                continue
            office = held_office(sentence.doc, fact, person, said)
            if office is not None:
                wh = "Who" if person else "Which organization"
                found[(fact.sentence, fact.start)] = (wh, office)
                dated[(fact.sentence, fact.start)] = own_date(sentence, anchor)
                holders[office.lower()].add(fact.text.split()[-1])
    text = " ".join(s.text for s in sentences)
    for office, names in holders.items():  # "Russian President Dmitry Medvedev" elsewhere
        after = rf"(?i:{re.escape(office)})\s+(?:[A-Z][\w.'’-]*\s+)*([A-Z][\w'’-]+)"
        # "U.S. President Donald Trump's policies": the holder's possessive is the holder
        names.update(re.sub(r"['’]s?$", "", m.group(1)) for m in re.finditer(after, text))
    return {
        where: Stem(f"{wh} was {_article(office)}{office} {dated[where] or when}?", "wh", ROLE_RULE)
        for where, (wh, office) in found.items()
        if len(holders[office.lower()]) == 1 and dated[where] != ""
    }


_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")
_MONTHS = {name.lower(): name for name in calendar.month_name if name}


def own_date(sentence: Span, anchor: ArticleDate | None) -> str | None:
    """Return when a sentence dates what it tells, if a year before the article's ("On
    March 30, 1981, … US President Ronald Reagan": "in March 1981", the office held then,
    not as of the article); None when it names no earlier year, "" when several. A later
    year ("will run again in 2012") names the office's holder as of the article."""
    if anchor is None or anchor.year is None:
        return None
    dates = [e for e in ents_of(sentence) if e.label_ == "DATE" and _YEAR.search(e.text)]
    years = {found[1] for e in dates if (found := _YEAR.search(e.text))}
    years = {year for year in years if int(year) < anchor.year}
    if not years:
        return None
    if len(years) > 1:
        return ""  # "from 1981 to 1989": when the office was held is not one time
    year = years.pop()
    months = {_MONTHS[t.lower_] for e in dates if year in e.text for t in e if t.lower_ in _MONTHS}
    return f"in {months.pop()} {year}" if len(months) == 1 else f"in {year}"


def _article(office: str) -> str:
    """Return "the " before an office unless a possessive already makes it definite."""
    return "" if "'s " in office or "’s " in office else "the "
