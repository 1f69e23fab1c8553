"""The headline less the place word that opens its subject's own name ("Capitals beat
Latvian national team" of "Canberra Capitals beat …"), or a doer's nationality ("Egyptian"
of "Egyptian archaeologist finds …"): where that word gives a question's key away, the rest
still says the story with its verb, instead of "According to a September 2012 article, …",
which names none, or a shortening that drops the verb (review 85). A word that narrows what
the verb does or is done to ("Chinese" of "bans Chinese steel imports") is never cut: the
rest would say something false (fix34a)."""

from __future__ import annotations

from typing import Any

from questions.generate.entcache import ents_of
from questions.generate.render import capitalise

_MODIFIERS = ("compound", "amod", "nmod")  # a word that describes the noun after it
_NOUNS = ("NOUN", "PROPN")
_SUBJECTS = ("nsubj", "nsubjpass")  # who does (or has done to it) what the headline says
_GROUP_FILE = 14  # WordNet's noun.group lexicographer file: "team", "army", "club"


def unmodified_headlines(title: Any | None) -> tuple[str, ...]:
    """Return the headline less each place word that opens its subject's own longer name
    ("Canberra" of "Canberra Capitals"), its verb and the rest kept; none for a headline
    with no verb or with a colon."""
    if title is None or any(t.text in (":", ";") for t in title):
        return ()
    if not any(t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX") for t in title):
        return ()
    cuts = []
    for word in title:
        noun = word.head
        if word.dep_ not in _MODIFIERS or not word.ent_type_ or noun.pos_ not in _NOUNS:
            continue
        if noun.i < word.i or any(c.dep_ in _MODIFIERS for c in word.children):
            continue  # "forces of Chinese …"; "New Zealand": one of its words alone is no cut
        # "bans Chinese steel imports" -> "bans steel imports" is false: a word of the
        # object, or of any phrase but the doer's, narrows the deed itself
        if noun.dep_ not in _SUBJECTS or noun.head.dep_ != "ROOT":
            continue
        if not _opens_subject_name(word, noun):
            continue
        rest = "".join(t.text_with_ws for t in title if t.i != word.i).strip()
        cuts.append(capitalise(" ".join(rest.split())))
    return tuple(cuts)


def _opens_subject_name(word: Any, noun: Any) -> bool:
    """Tell whether a word is the place that opens the subject's own longer name
    ("Canberra" of "Canberra Capitals": a known city), not a name cut in two ("New" of
    "New Zealand"), or a name word of its own before a person or body ("Egyptian
    archaeologist")."""
    from questions.generate.gazetteer import place_kind

    ent = next((e for e in ents_of(word.doc) if e.start <= word.i < e.end), None)
    if ent is not None and len(ent) == 1:  # "Egyptian archaeologist finds …": one still did
        return _is_doer(noun)
    if ent is None or not ent.start <= noun.i < ent.end:
        return False
    return ent.start == word.i and place_kind(word.text) != "place"


def _is_doer(noun: Any) -> bool:
    """Tell whether a noun names a kind of person or body ("archaeologist", "parliament"),
    of whom the headline's deed is still true without the nationality; "Chinese imports
    rise" is not true of imports at large."""
    from questions.generate.wordnet import PERSON_FILE, first_sense

    entry = first_sense(noun.lemma_.lower())
    return entry is not None and entry.lexfile in (PERSON_FILE, _GROUP_FILE)


def rival_doer(name: Any, topic: Any) -> bool:
    """Tell whether a headline's name is the doer of a deed done to another party, that
    party's own name word left out of the topic's words ("Capitals" of "Capitals beat
    Chinese national team"): "Capitals: national team" would say the Capitals are that team
    (review 85); "Estonia: high-speed rail line" still reads as the country's own thing."""
    from questions.generate.wordnet import PERSON_FILE, first_sense

    verb = topic.head
    if topic.dep_ != "dobj" or name.dep_ not in ("nsubj", "nsubjpass") or name.head != verb:
        return False
    # only a team or people is a party of its own: "Australia bans Chinese steel imports"
    # still says "Australia: steel imports", Australia's own imports (fix34a)
    entry = first_sense(topic.lemma_.lower())
    if entry is None or entry.lexfile not in (_GROUP_FILE, PERSON_FILE):
        return False
    return any(c.ent_type_ and c.i < topic.i for c in topic.subtree if c.dep_ in ("amod", "poss"))
