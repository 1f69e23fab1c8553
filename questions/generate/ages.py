"""Stage 4e: "How old was Thomas Sam in May 2009?" from a person's age set off after the name.

News gives a person's age in commas right after the full name ("Thomas Sam, 42, and his wife
Manju Sam, 36, …"). The age holds on the article's date, so the question names that date;
without one, or where the sentence is set at another time ("In 1990, …"), it is not asked.
The options are ages near the key's: another person's age of the same sentence would be in
the question's own sentence, and a doubled or halved age reads as absurd.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from typing import Any

from questions.generate.compiled import pattern
from questions.generate.dates import YEAR, ArticleDate
from questions.generate.deceased import perished_people
from questions.generate.entcache import ents_of
from questions.generate.facts import Fact
from questions.generate.roles import as_of
from questions.generate.setting import Setting
from questions.generate.write import Stem
from questions.schema import normalise

Span = Any
AGE = "age"
AGE_RULE = "rule:age"
OLDEST = 110  # a number after a name past this is no age ("Apollo, 1969,")
# Near ages an editor could have printed, on both sides of the key, never doubled or halved.
_STEPS = (-7, 5, -4, 9, 3, -10, 6, -3)
_MONTH = re.compile(r"\b(?:" + "|".join(m for m in calendar.month_name if m) + r")\b")


def _age_after(sentence: Span, fact: Fact) -> Any:
    """Return the number set off in commas after a person's name ("Sam, 42,", "Akihito, aged
    83."), or that of the "a 42-year-old …" set off after it, or None."""
    doc = sentence.doc
    at = fact.end
    if fact.kind != "person" or at + 2 >= sentence.end:
        return None
    comma, number, after = doc[at], doc[at + 1], doc[at + 2]
    described = [t.lower_ for t in doc[at + 1 : min(at + 7, sentence.end)]]
    if described[:1] in (["a"], ["an"]) and described[2:6] == ["-", "year", "-", "old"]:
        number = doc[at + 2]  # "Jane Roe, a 14-year-old student from …,": her age too
    elif described[:1] == ["aged"] and at + 3 < sentence.end:
        number, after = doc[at + 2], doc[at + 3]  # "applies to only Akihito, aged 83."
    elif comma.text != "," or after.text not in (",", ".", ";"):
        return None
    if comma.text != "," or not number.text.isdigit():
        return None
    return number if 0 < int(number.text) <= OLDEST else None


def _dated_otherwise(sentence: Span, number: Any) -> bool:
    """Tell whether the sentence names a time of its own ("In 1990, …", "last March"): the
    age may then be the one at that time, not on the article's date."""
    return any(
        ent.label_ in ("DATE", "TIME")
        and not ent.start <= number.i < ent.end
        and (YEAR.search(ent.text) or _MONTH.search(ent.text) or ent.text.lower().endswith("ago"))
        for ent in ents_of(sentence)
    )


def _full_name(name: str, setting: Setting | None) -> str:
    """Return a person's name as a question says it: a full name as it is; one word as the
    full name the article gives it ("Brady": Sarah Brady), or bare where the headline names
    the person by that one word ("Akihito" under "… Emperor Akihito to abdicate …"); else ""."""
    if " " in name:
        return name
    if setting is None:
        return ""
    full = setting.people.get(name, "")
    if full and " " in full:
        return full
    headline = setting.headline or ""
    return name if pattern(rf"\b{re.escape(name)}\b").search(headline) else ""


def stated_ages(
    sentences: Sequence[Span],
    facts: Sequence[Sequence[Fact]],
    anchor: ArticleDate | None,
    setting: Setting | None = None,
) -> list[list[tuple[Fact, Stem]]]:
    """Return, per sentence, each person's age as a fact and its question, "How old was
    <name> <on the article's date>?"."""
    when = as_of(anchor)
    out: list[list[tuple[Fact, Stem]]] = [[] for _ in sentences]
    if when is None:
        return out  # an age without a date is no fact: it changes every year
    dead: frozenset[str] | None = None  # read only for an article that states an age
    for index, (sentence, own) in enumerate(zip(sentences, facts, strict=True)):
        mourned = False  # "murdering X, 24, and Y, 23": a list's later ages are the dead's too
        for fact in own:
            number = _age_after(sentence, fact)
            name = _full_name(fact.text, setting) if number is not None else ""
            if not name or _dated_otherwise(sentence, number):
                continue
            # "accused of murdering David Miller, 24,": the age he died at, not his age then
            dead = perished_people(sentences) if dead is None else dead
            mourned = mourned or bool({normalise(name), normalise(fact.text)} & dead)
            if mourned:
                continue
            age = Fact(index, number.i, number.i + 1, number.text, "CARDINAL", AGE, "", "year")
            out[index].append((age, Stem(f"How old was {name} {when}?", "wh", AGE_RULE)))
    return out


def age_variants(key: str) -> list[str]:
    """Return ages near the key ("42": 35, 47, 38, …), none below one."""
    value = int(key) if key.isdigit() else 0
    return [str(value + step) for step in _STEPS if value + step > 0] if value else []
