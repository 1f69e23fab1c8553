"""Money marks that name a country: a currency's code or sign before an amount ("AU$2.1
billion", "A$5", "US$40", "£3", "AUD 2.1 billion").

Blind review 73 found "Which country exported 46,600 tonnes of uranium, to the value of over
AU$2.1 billion …?" keyed Australia: the amount's own mark answers it. A currency's issuer is
the country its ISO 4217 code begins with (AUD: AU); its marks are the code, Babel's English
sign for it ("A$", "£", "¥") and the country's codes before a dollar sign ("AU$", "CAN$").
A bare "$" and the euro's "€", shared by many countries, name none.
"""

from __future__ import annotations

import re
from functools import cache

WORD_ZIPF = 5.0  # a code this common in lower case is a word ("ALL", "TOP"), no mark
_SCALE = r"(?:\s(?:thousand|million|billion|trillion|[mbk]n?))?"
_AMOUNT = r"(?<![\d,.])\d[\d,.]*+"  # from a run's first digit, never backtracking


@cache
def _marks() -> dict[str, str]:
    """Map each mark that names one issuing country to its code ("AU$": AU, "GBP": GB)."""
    import pycountry
    from babel.numbers import get_currency_symbol

    found: dict[str, set[str]] = {}
    countries = {country.alpha_2: country.alpha_3 for country in pycountry.countries}
    for currency in pycountry.currencies:
        issuer = currency.alpha_3[:2]
        if issuer not in countries:
            continue  # "EUR", "XAF": no one country's
        sign = get_currency_symbol(currency.alpha_3, "en")
        marks = {currency.alpha_3, sign}
        if sign.endswith("$"):
            marks.add(issuer + "$")  # "AU$" beside Babel's "A$", "US$" beside a bare "$"
            marks.add(countries[issuer] + "$")  # "CAN$", "AUS$": the country's longer code
        for mark in marks - {"$"}:
            if not _word(mark):
                found.setdefault(mark, set()).add(issuer)
    return {mark: codes.pop() for mark, codes in found.items() if len(codes) == 1}


def _word(mark: str) -> bool:
    """Tell whether a code reads as an English word in capitals ("TOP 5", "CUP", "CAD")."""
    from questions.generate.pools import zipf
    from questions.generate.wordnet import senses

    lower = mark.lower()
    return mark.isalpha() and (zipf(lower) >= WORD_ZIPF or bool(senses(lower)))


@cache
def _pattern() -> re.Pattern[str]:
    """Return the pattern of a mark before an amount, or a code after one."""
    marks = "|".join(re.escape(m) for m in sorted(_marks(), key=len, reverse=True))
    codes = "|".join(m for m in sorted(_marks()) if re.fullmatch(r"[A-Z]{3}", m))
    return re.compile(rf"(?<![\w$])({marks}) ?(?=\d)|\b{_AMOUNT}{_SCALE} ({codes})\b")


def currency_nations(text: str) -> frozenset[str]:
    """Return the codes of the countries whose currency a text's amounts are marked in
    ("AU$2.1 billion": AU; "$5", "€5": none)."""
    found = _pattern().findall(text)
    return frozenset(_marks()[mark] for pair in found for mark in pair if mark)
