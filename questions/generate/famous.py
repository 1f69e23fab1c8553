"""Real rivals for a famous person: WordNet's others of the key's category, of the key's era.

A made-up name beside a real president is one every player strikes out, so a famous key
whose article names no other person of its role was refused. WordNet 3.0 knows many famous
people as instances of a category (George W. Bush of President of the United States,
Hirohito of emperor) and dates them by their gloss's closing years ("(1901-1989)", "(born in
1946)"). A rival is another instance alive at the same time as the key and born within a
generation and a half of it: a ruler of the key's own age, never a Nero beside Hirohito.
"""

from __future__ import annotations

import re
from functools import lru_cache

from questions.generate.pools import is_any_first_name
from questions.generate.wordnet import PERSON_FILE, Synset, lemma_text, senses, synset

# Born this many years apart at most: a generation and a half. Reagan (1911) and Clinton
# (1946) led in one age; Hirohito (1901) and the Meiji emperor (1852) did not.
ERA_GAP = 40
PRESENT = 2006  # WordNet 3.0's year: a person it gives no death year lived then
FAMOUS = "famous people"  # where such options come from: real people, two suffice
_INSTANCE = "@i"
# "(1901-1989)", "(born in 1946)", "(1924-)", "(circa 600-529 BC)", "(630?-562 BC)"
_YEARS = re.compile(
    r"\((?:circa |born (?:in )?)?(\d{1,4})\??(?:\s*-\s*(\d{1,4})?\??)?\s*(BC|AD)?\)\s*$"
)
_BORN = re.compile(r"\(born (?:in )?\d")


def life(entry: Synset) -> tuple[int, int] | None:
    """Return a person's years of birth and death by their gloss (a living one's death as
    WordNet's year; BC as negative), or None where the gloss gives no birth year."""
    gloss = entry.gloss.strip()
    found = _YEARS.search(gloss)
    if found is None:
        return None
    sign = -1 if found[3] == "BC" else 1
    born = int(found[1]) * sign
    if _BORN.search(gloss) or (found[2] is None and "-" in found[0]):
        return born, PRESENT  # "(born in 1946)", "(1924-)": alive when WordNet was made
    if found[2] is None:
        return None  # "(died 1965)" is no birth; a lone year is no life
    died = int(found[2]) * sign
    return (born, died) if born <= died else None  # "(1865-1823)": a slip, no era


def same_era(one: tuple[int, int], other: tuple[int, int]) -> bool:
    """Tell whether two lives were lived at once: alive together, born within `ERA_GAP`."""
    together = max(one[0], other[0]) <= min(one[1], other[1])
    return together and abs(one[0] - other[0]) <= ERA_GAP


def _person(key: str) -> Synset | None:
    """Return the one person synset with the key as a lemma, or None (none, or several:
    "George Bush" is both presidents)."""
    found = _people(key)
    return found[0] if len(found) == 1 else None


def famous_people(key: str) -> list[Synset]:
    """Return the famous people a name is a lemma of: WordNet's instances of a category
    ("George W. Bush" of President of the United States)."""
    return [entry for entry in _people(key) if any(s == _INSTANCE for s, _ in entry.pointers)]


def _people(key: str) -> list[Synset]:
    """Return the person synsets with the key as a lemma."""
    return [
        entry
        for offset in senses(key)
        if (entry := synset(offset)) is not None
        and entry.lexfile == PERSON_FILE
        and key in (lemma_text(lemma) for lemma in entry.lemmas)
    ]


def _titled(words: list[str], category: Synset) -> bool:
    """Tell whether a name opens with a title ("President Reagan", "Queen Isabella",
    "Saint Olaf"): the category's own word, or a person noun that is no first name."""
    first = words[0].lower()
    own = {w.lower() for lemma in category.lemmas for w in lemma.split("_")}
    if first in own:
        return True
    person = any(
        (s := synset(o)) and s.lexfile == PERSON_FILE and first in s.lemmas for o in senses(first)
    )  # a common noun's lemma is lower case: "president", not "Nixon"
    return person and not is_any_first_name(words[0])


def _shape(words: list[str]) -> tuple[int, tuple[int, ...]]:
    """Return a name's shape: its word count and where its initials stand ("George W. Bush":
    three words, an initial second)."""
    return len(words), tuple(i for i, w in enumerate(words) if w.endswith("."))


def _surname_of(word: str, entry: Synset) -> bool:
    """Tell whether a one-word lemma is the last word of a fuller one ("Reagan" of
    "Ronald_Reagan"), a surname, not a name alone ("Napoleon", "Cleopatra")."""
    return any(lemma.endswith(f"_{word}") for lemma in entry.lemmas)


def _untitled(name: str, category: Synset) -> str:
    """Return a name without the title it opens with ("President John F. Kennedy": "John F.
    Kennedy"; "President Reagan": "Reagan"); a name of one word is the name itself ("Carter",
    though a carter drives a cart)."""
    words = name.split()
    while len(words) > 1 and _titled(words, category):
        words = words[1:]
    return " ".join(words)


def written_like(member: Synset, key: str, category: Synset, own: Synset) -> str:
    """Return a member's name written as the key is: one word for one, a surname for a
    surname ("Nixon" beside "Reagan") and a name alone for one; else first and last name,
    of the key's initials where it has them ("John F. Kennedy" beside "George W. Bush", else
    "Jimmy Carter"); never a title, nor a name WordNet gives someone else too ("George
    Bush"); "" when none fits."""
    want = key.split()
    names = [
        lemma_text(lemma) for lemma in member.lemmas if lemma[:1].isupper() and "(" not in lemma
    ]
    shaped = [n for n in (_untitled(n, category) for n in names) if _unique(n)]
    if len(want) == 1:
        surname = _surname_of(key, own)
        return next((n for n in shaped if " " not in n and _surname_of(n, member) == surname), "")
    same = [n for n in shaped if _shape(n.split()) == _shape(want) and _shape(want)[1]]
    plain = [n for n in shaped if len(n.split()) == 2 and not _shape(n.split())[1]]
    return next(iter(same + plain), "")


def _unique(name: str) -> bool:
    """Tell whether WordNet gives a name of several words to one person only."""
    return " " not in name or len(_people(name)) <= 1


def famous_rivals(key: str) -> tuple[str, ...]:
    """Return other people of the key's WordNet category and era in the key's name form,
    birth years nearest the key's first, or () when WordNet does not know the key's life.
    Of several categories (Cleopatra: queen, Egyptian) the first giving two rivals serves."""
    return _famous(key)[1]


def famous_category(key: str) -> Synset | None:
    """Return the WordNet category the key's famous rivals are of ("President of the United
    States" for Ronald Reagan), or None when it has none."""
    return _famous(key)[0]


@lru_cache(maxsize=1024)
def _famous(key: str) -> tuple[Synset | None, tuple[str, ...]]:
    """Return the category that gives the key two rivals of its era, and those rivals."""
    own = _person(key)
    lived = life(own) if own is not None else None
    if own is None or lived is None:
        return None, ()
    surname = key.split()[-1]
    for symbol, target in own.pointers:
        category = synset(target) if symbol == _INSTANCE else None
        if category is None:
            continue
        found: list[tuple[int, str]] = []
        for kind, offset in category.pointers:
            member = synset(offset) if kind == "~i" and offset != own.offset else None
            their = life(member) if member is not None else None
            if member is None or their is None or not same_era(lived, their):
                continue
            name = written_like(member, key, category, own)
            if name and name.split()[-1] != surname:  # "George H.W. Bush": the key's own name
                found.append((abs(their[0] - lived[0]), name))
        if len(found) >= 2:
            return category, tuple(name for _, name in sorted(found))
    return None, ()
