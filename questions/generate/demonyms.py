"""The countries a text names by their people: an adjective ("the French side") or a people's
noun, singular or plural ("the Americans", "a Spaniard", "the Kiwis").

Blind review 58 failed "Which country beat the Americans 2-1 …?" keyed Germany beside
"United States": a side cannot beat itself, so the stem's own people rule their country
out. `pools.is_demonym` reads a shared beginning ("Afghan", "Afghanistan") and misses
"Americans" (of a name of two words) and "French"; WordNet ties an adjective to its country
by its pertainym (`nationwords.adjective_nation`) and a people's noun by the member holonym
of its commonest person sense ("American": a member of the United States).
"""

from __future__ import annotations

import re
from functools import lru_cache

from questions.generate.gazetteer import country_code
from questions.generate.nationwords import adjective_nation
from questions.generate.wordnet import PERSON_FILE, lemma_text, senses, synset

_MEMBER_OF = "#m"  # WordNet's member holonym: "American" is a member of "United States"
_CAPITALISED = re.compile(r"[A-Z][\w'’]*(?: [A-Z][\w'’]*)*")
_LONGEST = 2  # "South Korean", "New Zealanders": a people's word is at most two words


def _singulars(word: str) -> tuple[str, ...]:
    """Return the forms a plural people's noun may have in the singular ("Americans":
    "American"; "Frenchmen": "Frenchman"; "Swiss": itself), the word itself first."""
    forms = [word]
    if word.endswith("men"):
        forms.append(word[:-3] + "man")
    if word.endswith("es"):
        forms.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss"):
        forms.append(word[:-1])
    return tuple(forms)


@lru_cache(maxsize=2048)
def people_noun_nation(word: str) -> str:
    """Return the code of the one country a capitalised people's noun names by the commonest
    person sense written so ("Americans": US, "Kiwi": NZ; "Georgian", first a native of the
    US state, none), or ""."""
    for single in _singulars(word):
        for offset in senses(single):
            entry = synset(offset)
            if entry is None or entry.lexfile != PERSON_FILE:
                continue
            if single not in (lemma_text(lemma) for lemma in entry.lemmas):
                continue  # "kiwi", the bird or the fruit, is no people
            wholes = [synset(t) for symbol, t in entry.pointers if symbol == _MEMBER_OF]
            codes = {code for whole in wholes if whole is not None for lemma in whole.lemmas
                     if (code := country_code(lemma_text(lemma)))}  # fmt: skip
            return codes.pop() if len(codes) == 1 else ""
    return ""


@lru_cache(maxsize=1024)
def people_nations(text: str, nouns: bool = False) -> frozenset[str]:
    """Return the codes of the countries a text names by their people's adjective or noun
    ("the Americans", "the French", "South Korean") closing a run of capitalised words
    ("French Open" is a name); a country's own name is no people's word. With `nouns`, only
    a people's noun that is no adjective ("the Americans", a side; not "Brazilian students",
    who may be at home in Brazil)."""
    found: set[str] = set()
    for run in _CAPITALISED.findall(text.replace("-", " ")):
        words = run.split()
        # the run's last words only: "American" of "American States" or "French Open" is
        # part of a name, no people ("the Organization of American States" is no US body)
        for span in (" ".join(words[-n:]) for n in range(1, min(_LONGEST, len(words)) + 1)):
            if country_code(span):
                continue  # "Brazil" names its country, not its people: read as a name
            adjective = adjective_nation(span)
            if code := (not nouns and adjective) or (not adjective and people_noun_nation(span)):
                found.add(code)
    return frozenset(found)
