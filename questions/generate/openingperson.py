"""Who an opening "He" or "She" is, and who an opening "They" is when it means a body.

News names a person in one sentence and goes on with "He" in the next: "Abdelbaset
al-Megrahi has been buried in Janzur. He was the only individual convicted …". The
narrative's person (persons.py) needs the name's gender and a main subject; a name whose
gender its first name does not tell ("al-Megrahi", "Adamowicz"), or a person the sentence
before names outside its subject ("a public apology by Martin Winterkorn. He then resigned
…"), is left unnamed there. Where the sentence before, in the same paragraph, names exactly
one person, of no other gender than the pronoun's, and no unnamed person ("a cosplayer",
"his lawyer") nor a pronoun of that gender before the name that someone else could be,
"He" opening the main clause can only be that person.

British news says "they" of a team or a company: "Arsenal started out the match strongly.
They pressed their advantage …". An opening "They" is named by the organisation that is
the main subject of the sentence before, in its paragraph, when that sentence has no plural
noun nor other name of a body or people "they" could mean. A wrong name is worse than none.
"""

from __future__ import annotations

from typing import Any

from questions.generate.clauses import SUBJECT
from questions.generate.entcache import ents_of
from questions.generate.entityspans import entity_of
from questions.generate.persons import HONORIFICS, Cast, person_noun
from questions.generate.quotemarks import quoted_words
from questions.generate.speakers import PRONOUN_GENDERS
from questions.generate.wordnet import PERSON_FILE, senses, synset

Span = Any
Token = Any
_DESCRIBING = frozenset({"appos", "attr", "compound"})  # "Kan, the prime minister": his own
_PERSON = "00007846"  # WordNet's person: "individual", "someone" (a top noun, not noun.person)
_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})
_OTHERS = frozenset({"PERSON", "ORG", "NORP", "GPE"})  # what else "they" might mean


def _opening(sentence: Span, before: Span | None, words: tuple[str, ...]) -> Token | None:
    """Return the sentence's first word when it is one of `words` as the main clause's
    subject, outside a quotation, and the sentence before is of the same paragraph."""
    first = sentence[0]
    if first.lower_ not in words or first.tag_ != "PRP" or first.dep_ not in SUBJECT:
        return None
    if first.head.i != sentence.root.i or before is None or before.doc is not sentence.doc:
        return None
    return None if first.i in quoted_words(sentence) else first


def _said(token: Token) -> tuple[str, str]:
    """Return the name a token is a word of, as written less its "'s", and its entity label."""
    ent = entity_of(token)
    said = ent.text if ent is not None else token.text
    return said.removesuffix("'s").removesuffix("’s"), ent.label_ if ent is not None else ""


def _earlier(before: Span) -> Span:
    """Return the paragraph's words before the sentence before (a piece is one paragraph's)."""
    return before.doc[: before.start]


def _people(sentence: Span, cast: Cast) -> set[str]:
    """Return the full names of the people a sentence names (the article's, or a person's)."""
    found = set()
    for token in sentence:
        if token.pos_ != "PROPN" and token.ent_type_ != "PERSON":
            continue
        said, label = _said(token)
        if said in cast.names:
            found.add(cast.names[said])  # "Adamowicz": Paweł Adamowicz, whatever the label
        elif label == "PERSON":
            found.add(_with_title(token, said))
    return found


def _with_title(token: Token, said: str) -> str:
    """Return a name with the title words the model left out of it ("Mr Justice Green"):
    honorifics and singular person nouns just before it, not a body ("… Armed Forces")."""
    ent = entity_of(token)
    start = end = ent.start if ent is not None else token.i
    while start > token.sent.start and _title(token.doc[start - 1]):
        start -= 1
    return " ".join([*(t.text for t in token.doc[start:end]), said])


def _title(word: Token) -> bool:
    """Tell whether a capitalised word is a title said before a name ("Mr.", "Justice")."""
    plain = word.lower_.rstrip(".")
    if word.pos_ != "PROPN" or word.tag_ != "NNP" or word.ent_type_:
        return False
    return plain in HONORIFICS or person_noun(plain)


def _person_first(lemma: str) -> bool:
    """Tell whether a noun's first sense is a person ("lawyer", "individual"; "town" is a
    place first), or WordNet does not know it ("a cosplayer"): it may be one."""
    first = senses(lemma)[:1]
    if not first:
        return True
    entry = synset(first[0])
    return first[0] == _PERSON or (entry is not None and entry.lexfile == PERSON_FILE)


def _unsure_subject(sentence: Span, cast: Cast) -> bool:
    """Tell whether a sentence has a name for a subject that may be a person the model did
    not label one ("Robben picked up the scraps", tagged a body): "he" may mean that one."""
    return any(
        t.pos_ == "PROPN"
        and t.dep_ in SUBJECT
        and _said(t)[0] not in cast.names
        and _said(t)[1] in ("", "ORG")
        for t in sentence
    )


def _unnamed_person(token: Token) -> bool:
    """Tell whether a word is a singular person noun no name is given with ("a cosplayer",
    "his lawyer"), not a title or description of a name ("captain Richard Phillips")."""
    # "An individual has been arrested": the model may tag the noun an adjective
    noun = token.tag_ == "NN" and token.pos_ == "NOUN"
    if not (noun or (token.tag_ == "JJ" and token.dep_ in _ROLES)):
        return False
    if not _person_first(token.lemma_.lower()):
        return False
    if token.dep_ in _DESCRIBING or any(c.dep_ == "appos" for c in token.children):
        return False
    return any(c.dep_ in ("det", "poss") for c in token.children)


def name_opening_person(sentence: Span, before: Span | None, cast: Cast,
                        replace: dict[int, str]) -> None:  # fmt: skip
    """Say who an opening subject "He" or "She" is when the sentence before, in its
    paragraph, names one person only, whose gender may be the pronoun's, and no one else."""
    first = _opening(sentence, before, ("he", "she"))
    if first is None or first.i in replace or before is None:
        return
    wanted = PRONOUN_GENDERS[first.lower_]
    people = _people(before, cast)
    if len(people) != 1 or any(_unnamed_person(t) for t in before) or _unsure_subject(before, cast):
        return  # two people, or one the article never names: which one, unsure
    full = people.pop()
    if _people(_earlier(before), cast) - {full}:
        return  # "Obama landed … The visit honoured Mandela. He told …": the paragraph's man
    if cast.gender(full) not in ("", wanted):
        return  # "James Brady also died … She is survived by …": not him
    named = next(t for t in before if t.ent_type_ == "PERSON" or _said(t)[0] in cast.names)
    if any(PRONOUN_GENDERS.get(t.lower_) == wanted and t.tag_ in ("PRP", "PRP$")
           for t in before if t.i < named.i):  # fmt: skip
        return  # "His coach, Ole Lund, said …": the "his" is someone else a "he" may be
    replace[first.i] = full


def _subject_body(sentence: Span) -> str | None:
    """Return the organisation a sentence's main subject names, if it is one, as said."""
    subject = next((c for c in sentence.root.children if c.dep_ in SUBJECT), None)
    if subject is None or subject.pos_ != "PROPN":
        return None
    said, label = _said(subject)
    ent = entity_of(subject)
    if label != "ORG" or ent is None or ent.root.i != subject.i:
        return None
    the = sentence.doc[ent.start - 1] if ent.start > sentence.start else None
    return "the " + said if the is not None and the.lower_ == "the" else said


def name_body_they(sentence: Span, before: Span | None, replace: dict[int, str]) -> None:
    """Say which body an opening subject "They" is when the sentence before, in its
    paragraph, has an organisation for its main subject ("Arsenal started out …") and no
    plural noun, person or other body "they" could mean."""
    first = _opening(sentence, before, ("they",))
    if first is None or first.i in replace or before is None or quoted_words(before):
        return
    body = _subject_body(before)
    own = (
        {t.i for t in before if t.ent_iob_ != "O" and _said(t)[0] == body.removeprefix("the ")}
        if body
        else set()
    )
    if body is None or any(t.tag_ in ("NNS", "NNPS") and t.i not in own for t in before):
        return  # "the fans", "the Gunners": others "they" may mean ("Rovers" is the body)
    earlier = _earlier(before)
    if any(t.dep_ in SUBJECT and (t.tag_ in ("NNS", "NNPS") or t.lower_ == "they")
           for t in earlier):  # fmt: skip
        return  # "Demonstrators gathered … The BBC reported it. They chanted": the crowd
    if any(e.label_ in _OTHERS and e.text.removeprefix("the ") != body.removeprefix("the ")
           for e in ents_of(earlier)):  # fmt: skip
        return  # the paragraph's other body or person may be "they"
    if any(e.label_ in _OTHERS and e.text.removeprefix("the ") != body.removeprefix("the ")
           for e in ents_of(before)):  # fmt: skip
        return  # "Arsenal beat Chelsea": either may be "they"
    replace[first.i] = body
