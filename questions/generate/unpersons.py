"""Names the model took for people that the article writes as places or organisations: "the
Kutai Kartanegara district", "builders PT Hutama Karya", "Fars" of "Fars News Agency",
"Tsunami Alerts" of "National System of Tsunami Alerts".

Blind review 23 found a district and a company offered beside people, and people offered
beside an agency: the small model labels such names PERSON, and the article's pool of
people then takes them. Such a name is neither a person key nor a person's option.

Blind review 33 found the tail of an agency's name offered as a speaker: the model cut
"National System of" off as a body and called the rest a person.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache

from questions.generate.compiled import pattern
from questions.generate.facts import Fact
from questions.generate.persons import HONORIFICS, person_noun
from questions.generate.placeunits import hypernym_lemmas
from questions.generate.pools import is_any_first_name, is_surname
from questions.generate.wordnet import senses

# What a name followed by such a noun is: a part of a land, or a body of people.
_UNLIKE = frozenset({"region", "administrative_district", "organization", "organisation"})
# A kin group, a head's office or a drive is named by a person: "the Obama administration"
_LED = frozenset({"family", "household", "administration", "government", "campaign", "team"})
# A company's legal form written before or after its name (a closed class of the world's
# usual ones): "PT Hutama Karya", "Acme Ltd".
LEGAL_FORMS = ("PT", "Ltd", "Inc", "LLC", "GmbH", "AG", "SA", "PLC", "Corp", "Co", "Tbk", "BV",
               "NV", "Pty", "OAO", "OOO", "JSC", "SpA")  # fmt: skip
_LEGAL = "(?:" + "|".join(LEGAL_FORMS) + ")"


@cache
def _unlike_noun(word: str) -> bool:
    """Tell whether a lower-case noun names a place unit or an organisation (WordNet)."""
    chain = hypernym_lemmas(word)
    return (
        bool(chain)
        and chain[0] not in _LED
        and not _LED & set(chain[:3])
        and bool(_UNLIKE & set(chain))
    )


def written_unlike_person(name: str, text: str, article: Sequence[Fact]) -> bool:
    """Tell whether the article writes a name as a place or an organisation: only ever as the
    opening of a longer capitalised name ("Lee Kong Chian Natural History Museum") or the end
    of one headed by a noun for no person ("National System of Tsunami Alerts"); or, where
    it reads as no one's name by the name lists, followed by a unit or body noun ("the …
    district", "… agency"), with a company's legal form, or as the opening of an
    organisation's or place's longer name ("Fars" of "Fars News Agency")."""
    words = name.split()
    if words and _only_inside_names(name, text):
        return True  # "Lee Kong Chian" of "Lee Kong Chian Natural History Museum", every time
    if words and _only_name_tail(name, text):
        return True  # "Tsunami Alerts" of "National System of Tsunami Alerts", every time
    if not words or any(is_any_first_name(w) or is_surname(w) for w in words):
        return False  # "Ford" of "Ford Motor Company" may be a person as well
    if honoured(name, text):
        return False  # "Mr. Saakashvili": a person, whatever "a former Saakashvili ally" reads as
    if _written_as_body(name, text) or only_told(name, text):
        return True
    return any(
        f.kind in ("organization", "place") and f.text.startswith(f"{name} ") for f in article
    )


@lru_cache(maxsize=4096)
def _written_as_body(name: str, text: str) -> bool:
    """Tell whether the text sets a name before a unit or body noun or beside a company's
    legal form; asked once per name and article, since every option of every question asks
    it again (a text's hash is computed once, so the cache costs a look-up)."""
    said = re.escape(name)
    for noun in pattern(rf"\b{said} ([a-z]+)\b").findall(text):
        if _unlike_noun(noun):
            return True
    return pattern(rf"\b{_LEGAL}\.? {said}\b|\b{said},? {_LEGAL}\b").search(text) is not None


@lru_cache(maxsize=4096)
def honoured(name: str, text: str) -> bool:
    """Tell whether the text writes a name after an honorific ("Mr.", "Mrs", "Ms"): a word
    said of no one but a person, so the name is someone's wherever else it stands."""
    before = pattern(rf"\b([A-Z][a-z]+)\.? {re.escape(name)}(?![\w'’-])").findall(text)
    return any(word.casefold() in HONORIFICS for word in before)


@lru_cache(maxsize=4096)
def only_told(name: str, text: str) -> bool:
    """Tell whether the text says a name only as the one told ("she told Wikinews her
    organization …"): the outlet the article's source spoke to, not someone of the story
    (a blind review found "Wikinews" offered as a rhino's name)."""
    said = re.escape(name)
    mentions = len(pattern(rf"(?<![\w'’-]){said}(?![\w'’-])").findall(text))
    told = len(pattern(rf"\b(?:told|tells?|telling) {said}(?![\w'’-])").findall(text))
    return mentions > 0 and told == mentions


# what may follow a person's name and still be the person: "Martin Luther King Jr."
_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})


@lru_cache(maxsize=4096)
def _only_inside_names(name: str, text: str) -> bool:
    """Tell whether every time the text says a name a capitalised word follows it, so it is
    only ever the opening of a longer name (a museum, a prize, a street named after someone),
    never a person of the story ("Lee Kong Chian said" would be one)."""
    after = pattern(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])(\s?)(\S*)").findall(text)
    if not after:
        return False
    return all(
        space == " " and word[:1].isupper() and word.rstrip(".,") not in _SUFFIXES
        for space, word in after
    )


# "<Head> of <name>" inside a sentence, with the word before it: a capitalised word after a
# word or a comma, so no sentence's opening ("Some of Arjona's fans"); the head is the
# name's, then, not the text's
HEAD_OF = r"(?<![^\s(])([\w'’]+,?) ([A-Z][a-z]+) of "


def body_head(before: str, word: str) -> bool:
    """Tell whether a capitalised word heading "… of" (`before`: the word ahead of it) is a
    noun WordNet knows in no sense as a person ("National System", "University"; not
    "Duke", "Minister", no surname like "Kempf", nor one after a first name: "John Hill")."""
    lemma = word.lower()
    if is_any_first_name(before.rstrip(",")) or not senses(lemma) or person_noun(lemma):
        return False
    return not is_surname(word) or before[:1].isupper()  # "Anglican Church", not "spokesman Hill"


@lru_cache(maxsize=4096)
def _only_name_tail(name: str, text: str) -> bool:
    """Tell whether every time the text says a name it ends a longer capitalised name headed
    by a noun WordNet knows in no sense as a person ("National System of Tsunami Alerts",
    "University of Chile"): a body's or a place's name, never someone of the story. A head
    that may be a person ("Duke of", "Minister of") or no noun ("Kempf of") proves nothing."""
    said = re.escape(name)
    mentions = len(pattern(rf"(?<![\w'’-]){said}(?![\w'’-])").findall(text))
    heads = pattern(rf"{HEAD_OF}{said}(?![\w'’-])").findall(text)
    return bool(heads) and len(heads) == mentions and all(body_head(*h) for h in heads)
