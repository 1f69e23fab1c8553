"""What the story is about, said inside the month's framing where no headline line fits:
"According to a September 2012 article on the Canberra Capitals, which country …?" rather
than "According to a September 2012 article, which country …?", which names no game, team or
sport (review 86). The phrase is one of the headline's names (its doer first, then what the
verb acts on, never words in quotes), worded as the article says it; where none is left, a
question that names nothing of its own is refused (`names_nothing`)."""

from __future__ import annotations

import re
from typing import Any

from questions.generate.headlinetopic import headline_label
from questions.generate.verbfiles import speech_verb

# the doer first: the headline is about who does what; then what the verb acts on ("export
# uranium to India" is no story of India's)
_ROLES = (("nsubj", "nsubjpass"), ("dobj",))
_NOUN_CLAUSES = frozenset({"relcl", "acl"})  # a clause describing a noun, inside which none is
_COMPLEMENTS = frozenset({"ccomp", "xcomp", "csubj"})  # a clause completing a verb
_APART = frozenset({",", ";"})  # what sets two clauses of a headline side by side
_QUOTES = frozenset({"'", '"', "‘", "’", "“", "”"})
_NOUNS = ("NOUN", "PROPN")
# entity kinds that name a story's own actor, place or event; a date or figure names none
NAMING = frozenset(
    {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}
)
ABOUT = " on "  # "an article on the Bicentennial": what `with_context` puts before the phrase


def headline_subjects(title: Any | None, body: str) -> tuple[str, ...]:
    """Return the headline's noun phrases that a name makes one thing ("the Canberra
    Capitals", "the Bicentennial" of "country's Bicentennial"), each with the article's own
    "the" where it says one, and every word as the article writes it; () for none."""
    if title is None:
        return ()
    if _parallel(title):
        # "Cup: Korea draw with Saudi Arabia, Iran defeat Uzbekistan" tells two events: a
        # question on one framed by the other's subject misleads, the label before the
        # colon names both where it names an event, no place, source or speaker ("BBC:",
        # "Poland:"), and none where the article never says it as a name alone
        if headline_label(title) is None:
            return ()
        label = [t for t in title if t.i + 1 < len(title) and title[t.i + 1].text == ":"]
        return tuple(p for t in label[:1] if t.pos_ in _NOUNS and (p := _phrase(t, body)))
    found: list[str] = []
    for roles in _ROLES:
        for noun in title:
            if noun.dep_ in roles and _named(noun) and not _quoted(noun):
                phrase = _phrase(noun, body)
                if phrase:
                    found.append(phrase)
    return tuple(dict.fromkeys(found))


def _parallel(title: Any) -> bool:
    """Tell whether a headline gives named subjects to more than one verb of its own clause,
    none a verb of saying ("Obama says Iran must …" tells one story, of what Obama said)."""
    subjects = [
        t
        for t in title
        if t.dep_ in _ROLES[0] and _named(t) and not _quoted(t) and _own_clause(t.head)
    ]
    heads = {t.head.i for t in subjects}
    return len(heads) > 1 and not any(speech_verb(t.head.lemma_) for t in subjects)


def _own_clause(verb: Any) -> bool:
    """Tell whether a verb tells an event of its own: the headline's main verb, one beside it
    ("…, Denmark defeat Finland") or one setting the scene ("as Norway draw with Sweden"); not
    a clause describing a noun or completing a verb ("Microsoft buys startup Google tried to
    acquire": Google's trying is no second story). A clause a comma sets apart is one beside
    the other whatever the parse calls it ("Norway draw with Sweden, Denmark defeat …")."""
    if any(up.dep_ in _NOUN_CLAUSES for up in (verb, *verb.ancestors)):
        return False
    if verb.dep_ not in _COMPLEMENTS:
        return True
    # the clause's edges, or its own subject's start ("as Korea draw …, Iran defeat …" when
    # the parse hangs the first clause inside the second)
    doc = verb.doc
    starts = [verb.left_edge.i] + [c.left_edge.i for c in verb.children if c.dep_ in _ROLES[0]]
    around = (*(s - 1 for s in starts), verb.right_edge.i + 1)
    beside = {doc[i].text for i in around if 0 <= i < len(doc)}
    return bool(beside & _APART)


def _named(noun: Any) -> bool:
    """Tell whether a noun is a name itself ("Capitals", "Bicentennial"), not a kind a name
    describes ("US astronomers": the story is their find, not them)."""
    return noun.pos_ == "PROPN" or (noun.pos_ == "NOUN" and noun.ent_type_ in NAMING)


def _quoted(noun: Any) -> bool:
    """Tell whether a headline noun is inside a quotation ("Obama to Muslims: 'Americans are
    not your enemy'"): words someone said, not what the story is about."""
    return sum(t.text in _QUOTES for t in noun.doc[: noun.i]) % 2 == 1


def _phrase(noun: Any, body: str) -> str | None:
    """Return a headline noun's phrase from its first describing word to itself, said as in
    running text, or None where it names no one thing or the article never says its words."""
    words = [t for t in noun.doc[noun.left_edge.i : noun.i + 1] if t.pos_ != "DET"]
    # "country's Bicentennial": a common possessor points back to a name the question may not
    # say; the thing itself is "the Bicentennial"
    owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ == "NOUN" and not c.ent_type_]
    for owner in owners:
        cut = {t.i for t in owner.subtree}
        words = [t for t in words if t.i not in cut]
    if not words or not any(t.pos_ == "PROPN" or t.ent_type_ in NAMING for t in words):
        return None  # "candles", "pre-season": which story's?
    text = "".join(t.text_with_ws for t in words).strip()
    if "," in text or any(not re.search(rf"(?<!\w){re.escape(t.text)}(?!\w)", body) for t in words):
        return None  # a headline's word ("Beat", "Signs") the article never writes so
    said = list(re.finditer(rf"(?<!\w){re.escape(text)}(?!\w)", body))
    if said and all(re.match(r" [A-Z]", body[m.end() :]) for m in said):
        return None  # "Brazilian President Luiz …": a title before a name, never the thing
    if re.search(rf"\bthe {re.escape(text)}\b", body, re.IGNORECASE):
        return f"the {text}"  # the article's own "the": "the Canberra Capitals"
    owned = any(c.dep_ == "poss" for c in noun.children if c.i >= words[0].i)
    if noun.tag_ == "NNPS":
        return f"the {text}"  # "the … Tribal Areas": a plural name takes "the"
    if owned or noun.pos_ == "PROPN" or noun.tag_ == "NNS":
        return text  # "Microsoft", "Chinese steel imports": said without "the"
    return f"the {text}"  # "the Kyoto climate treaty": one thing of a kind


def names_nothing(stem: str, sentence: Any, key: str) -> bool:
    """Tell whether a question, its framing aside, names no actor, place or event of its own
    besides the key, and at most one thing: "which country kept trying to score 3 points?"
    (in which game?); "… 30% of the world's available uranium" says its own scope."""
    folded_key = key.lower()
    said = set(re.findall(r"[\w-]+", stem))
    things = {t.lemma_ for t in sentence if t.pos_ == "NOUN" and t.text in said}
    if len(things) > 1:
        return False
    for token in sentence:
        named = token.pos_ == "PROPN" or token.ent_type_ in NAMING
        if not named or token.text.lower() in folded_key:
            continue
        if re.search(rf"(?<!\w){re.escape(token.text)}(?!\w)", stem):
            return False
    return True


def story_of(stem: str, setting: Any, key: str) -> str | None:
    """Return the first of the headline's named things (`Setting.about`) that neither gives
    the key away nor is said by the question already: it says its own story then."""
    from questions.generate.headerline import line_tells, says_topic

    about: str
    for about in setting.about:
        if says_topic(stem, about.removeprefix("the ")):
            return None  # "… the Canberra Capitals …": the question's own setting
        if not line_tells(about, key, setting):
            return about
    return None
