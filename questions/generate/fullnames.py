"""Say each person's full name where a question has only the surname ("Professor Eastman" ->
"Professor Cres Eastman"), never inside a quotation, which is given word for word."""

from __future__ import annotations

import re


def full_names(
    stem: str,
    people: dict[str, str],
    key: str,
    titles: frozenset[str] = frozenset(),
    places: frozenset[str] = frozenset(),
) -> str:
    """Say each person's full name where the question has only the surname ("Professor
    Eastman" -> "Professor Cres Eastman"); not for the answer, nor after a capitalised word that is
    not one of the article's `titles` (the words it puts before a full name: "Professor"), nor
    before one ("Wong Kwok-hing"), nor a name the sentence's parse calls a place (`places`:
    "the national team of Jordan" is the country, whoever Michael Jordan is)."""
    for last, full in people.items():
        if full in stem or last in key.split() or full == last or last in places:
            continue
        for match in re.finditer(rf"(?<![\w-]){re.escape(last)}(?![\w-])", stem):
            before = stem[: match.start()].split()
            word = before[-1] if before else ""
            if word[:1].isupper() and word[-1:].isalnum() and word not in titles:
                continue  # "Tom Eastman", "Space Center": another person, or another name
            if re.match(r"\s+[A-Z][a-z]", stem[match.end() :]):
                continue  # "Wong Kwok-hing" is not Raymond Wong: the family name first
            if _quoted_at(stem, match.start()):
                continue  # a quotation is given word for word
            after = stem[match.end() :]
            if after[:1] in ("'", "’") and after[1:2] != "s" and not full.endswith("s"):
                after = after[0] + "s" + after[1:]  # "James' efforts": "James Brady's efforts"
            stem = stem[: match.start()] + full + after
            break  # each person's first mention: a question may name several people
    return stem


def _quoted_at(text: str, at: int) -> bool:
    """Tell whether a position of a text lies inside a quotation (an odd number of straight
    or curly opening quotes before it)."""
    before = text[:at]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")
