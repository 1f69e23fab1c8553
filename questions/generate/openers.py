"""A name that opens a sentence, which the parser took for a common noun ("Riverside last
reached the final …": a noun), is a name still when the article writes it with a capital
mid-sentence as a name of its own: the question must not write "did riverside last reach".

The other way round, a common noun that opens a sentence ("Trains will run until 2 a.m.")
has its capital only from its place: the model may take it for a person or a body, and a
question would ask "Who will run …?" keyed "Trains". Unless the article capitalises it
inside a sentence too, it is no name."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from questions.generate.entcache import ents_of, forget_ents


def mend_opening_names(docs: Iterable[Any]) -> None:
    """Tag a sentence's opening common noun as a proper noun when the article capitalises
    the same word inside a sentence ("for Riverside, which trailed …")."""
    docs = list(docs)
    inside = _capitalised_inside(docs)
    for doc in docs:
        for sentence in doc.sents:
            first = sentence[0]
            # "Mendes was convicted …": a name ending in "s" is tagged a plural noun
            if first.pos_ == "NOUN" and first.tag_ in ("NN", "NNS") and first.text in inside:
                first.tag_, first.pos_ = "NNP", "PROPN"  # a name, as it is everywhere else


def unname_opening_nouns(docs: Iterable[Any]) -> None:
    """Drop the entity the model made of a sentence's opening common noun ("Trains",
    "Commuters") that the article never capitalises inside a sentence."""
    docs = list(docs)
    # any capital inside a sentence, in a longer name too ("Tom Hunter … Hunter scored")
    inside = {t.text for doc in docs for t in doc if not t.is_sent_start and t.is_title}
    for doc in docs:
        kept = [ent for ent in ents_of(doc) if not _common_opener(ent, inside)]
        if len(kept) != len(ents_of(doc)):
            doc.ents = kept
            forget_ents(doc)  # its kept entities are these no more


def _capitalised_inside(docs: list[Any]) -> set[str]:
    """Return the words the article capitalises inside a sentence, as names of their own."""
    return {
        token.text
        for doc in docs
        for token in doc
        if not token.is_sent_start and token.is_title and token.is_alpha and _alone(token)
    }


def _common_opener(ent: Any, inside: set[str]) -> bool:
    """Tell whether an entity is one word opening its sentence that the parser reads as a
    common noun and WordNet knows as one in lower case ("Trains": train), written nowhere
    else with a capital."""
    from questions.generate.wordnet import senses, synset  # loads with the model

    word = ent[0]
    if len(ent) != 1 or not word.is_sent_start or word.tag_ not in ("NN", "NNS"):
        return False
    if word.text in inside or not word.is_title:
        return False
    found = senses(word.lemma_.lower())
    first = synset(found[0]) if found else None  # its most frequent sense
    return first is not None and any(lemma[:1].islower() for lemma in first.lemmas)


def _alone(token: Any) -> bool:
    """Tell whether a capitalised word stands as a name of its own, not one word of a longer
    name ("Liver" of "the British Liver Trust" says nothing of "Liver disease kills …")."""
    doc = token.doc
    near = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
    return not any(t.is_title or t.pos_ == "PROPN" for t in near)


def lower_opening_common_nouns(docs: Iterable[Any]) -> None:
    """Tag a sentence's opening word the model took for a name only by its capital ("Lunch
    was served …": a person) as the common noun it is, so a question that moves it inside
    writes "was lunch served", not "was Lunch served", and asks no "who" of it."""
    docs = list(docs)
    inside = _capitalised_inside(docs) | {t.text for d in docs for t in d if _in_name(t)}
    for doc in docs:
        for sentence in doc.sents:
            word = sentence[0]
            if word.tag_ in ("NNP", "NNPS") and word.text not in inside and _plain_noun(word):
                word.tag_, word.pos_ = ("NNS" if word.tag_ == "NNPS" else "NN"), "NOUN"
                word.lemma_ = _noun_lemma(word)
                if word.ent_type_:  # a one-word entity of its own: no one, nothing named
                    doc.ents = [
                        ent for ent in ents_of(doc) if word.i not in range(ent.start, ent.end)
                    ]
                    forget_ents(doc)


def _in_name(token: Any) -> bool:
    """Tell whether a capitalised word is one word of a longer name ("Rice" of "Condoleezza
    Rice" at a sentence's start): the same word opening another sentence is that name."""
    doc = token.doc
    near = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
    return token.is_title and any(t.pos_ == "PROPN" and t.is_title for t in near)


def _plain_noun(word: Any) -> bool:
    """Tell whether a capitalised word alone is a common noun by WordNet: every sense of it
    in lower case ("lunch"); a word WordNet also has as a name ("Bush", "Gates", "Rice")
    may be a surname, and a word of a longer name ("Lunch Club") is that name's."""
    from questions.generate.wordnet import senses, synset  # loads with the model

    if not word.is_title or not word.is_alpha or len(word) < 3:
        return False
    after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    if after is not None and (after.is_title or after.pos_ == "PROPN" or after.ent_iob_ == "I"):
        return False
    # "University of Harwick opened …": the head of a longer name, a name's word in its phrase
    if any(t.pos_ == "PROPN" and t.i != word.i for t in word.subtree):
        return False
    found = [synset(offset) for offset in senses(_noun_lemma(word))]
    if not found or any(entry is None for entry in found):
        return False
    lemmas = [lemma for entry in found if entry is not None for lemma in entry.lemmas]
    own = [lemma for lemma in lemmas if lemma.lower() == _noun_lemma(word)]
    return bool(own) and all(lemma.islower() for lemma in own)


def _noun_lemma(word: Any) -> str:
    """Return a word's lower-case noun lemma ("trains": train), by lemminflect."""
    from lemminflect import getLemma

    return str((getLemma(word.lower_, upos="NOUN") or (word.lower_,))[0])
