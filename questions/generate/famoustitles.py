"""A nation blanked in a famous person's title: "2012 _____ presidential election candidates
Barack Obama and Mitt Romney", "_____ President Vladimir Putin". Every reader knows which
country such people run in or lead, so the blank tests nothing the article says and its
rival countries read as absurd (an Iranian election between Obama and Romney).

A person is famous here when WordNet knows them as an instance of a category (Nelson
Mandela), or when their surname is in no list of names, is no word of WordNet's, and yet
English text writes it as often as a common word: a name the news keeps repeating ("Obama"),
not an ordinary surname ("Nicholson") nor a rare one ("Lazarov"). The title of someone the
reader does not know ("_____ Ambassador Hamdullah Mohib") is the article's fact and is asked.
"""

from __future__ import annotations

from typing import Any

from questions.generate.entcache import ents_of
from questions.generate.facts import Fact
from questions.generate.famous import famous_people
from questions.generate.gazetteer import country_code
from questions.generate.nationality import NATIONALITY
from questions.generate.persons import person_noun
from questions.generate.pools import is_any_first_name, is_surname, zipf
from questions.generate.wordnet import senses

# As common in English text as an everyday word (about once in two million words): a name
# in no name list written this often is one the news keeps repeating
FAMOUS_ZIPF = 3.3
_TITLE_WORDS = 5  # "presidential election candidates": a title's words between nation and name
_TITLE_TAGS = frozenset({"ADJ", "NOUN", "PROPN", "NUM"})


def famous_name(name: str) -> bool:
    """Tell whether a person's name is one every reader knows (see the module's doc)."""
    if famous_people(name):
        return True
    words = name.split()
    last = words[-1] if words else ""
    if len(words) < 2 or not last.isalpha() or is_surname(last) or is_any_first_name(last):
        return False
    return not senses(last.lower()) and zipf(last.lower()) >= FAMOUS_ZIPF


def famous_titled_nation(sentence: Any, fact: Fact) -> str | None:
    """Refuse a nation key said in the title of a person the sentence names ("2012 _____
    presidential election candidates Barack Obama and …", "President Barack Obama of the
    _____", "X, president of _____") when one of the people so titled is famous: their
    country is general knowledge, no fact to test."""
    if not (fact.kind == NATIONALITY or (fact.kind == "place" and country_code(fact.text))):
        return None
    titled = _titled_after(sentence, fact) or _titled_of(sentence, fact)
    famous = next((name for name in titled if famous_name(name)), None)
    if famous is None:
        return None
    return f"{famous!r}'s country is general knowledge, not the article's fact"


def _titled_after(sentence: Any, fact: Fact) -> list[str]:
    """Return the people whose title the key opens, named right after it ("_____
    presidential candidates X and Y"): the title's words and the names, in order."""
    doc = sentence.doc
    title: list[Any] = []
    at = fact.end
    while at < sentence.end and len(title) <= _TITLE_WORDS and doc[at].ent_type_ != "PERSON":
        title.append(doc[at])
        at += 1
    if at >= sentence.end or not title or any(t.pos_ not in _TITLE_TAGS for t in title):
        return []
    if not person_noun(title[-1].lemma_.lower()):
        return []  # "US warships X …": no person's title
    person = next((e for e in ents_of(sentence) if e.start == at and e.label_ == "PERSON"), None)
    if person is None:
        return []
    head = person.root.i
    joined = [e.text for e in ents_of(sentence) if e.label_ == "PERSON" and _joined(e.root, head)]
    return [person.text, *joined]


def _titled_of(sentence: Any, fact: Fact) -> list[str]:
    """Return the person the key is the "of" of ("President X of the _____", "X, president
    of _____"): the name itself, or the title noun set beside it."""
    root = sentence.doc[fact.start : fact.end].root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "of":
        return []
    owner = prep.head
    if owner.dep_ == "appos" and person_noun(owner.lemma_.lower()):
        owner = owner.head  # "X, president of _____": X
    person = next((e for e in ents_of(sentence) if e.label_ == "PERSON" and owner in e), None)
    return [person.text] if person is not None else []


def _joined(root: Any, head: int) -> bool:
    """Tell whether a name's root is joined to the token at `head` ("X and Y": Y to X)."""
    return bool(root.dep_ == "conj" and root.head.i == head)
