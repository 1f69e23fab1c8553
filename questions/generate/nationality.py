"""Stage 4h: a person's nationality, from a country's adjective said of them ("Burmese
nationals Zaw Lin and Wai Phyo", "a French tourist", "Zaw Lin is Burmese").

The model tags such adjectives NORP, as it tags religions and parties ("Muslim",
"Republican"); only one whose WordNet pertainym is a country is a nationality
(`nationwords.adjective_nation`). It is a person's where it modifies a noun whose commonest
sense is a person ("nationals", "tourist", "runner") or a person's name, or stands as the
complement of one ("… are Burmese"). A capitalised title ("Japanese Prime Minister Shinzo
Abe") is the country's office, whose holder's name gives the country away; a capitalised
word before the adjective makes it part of a name ("Royal Thai Police"). Named people are
asked "What nationality are Zaw Lin and Wai Phyo?", others as one blank; the options are
the nationalities of the key's neighbours and continent, written as adjectives.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

from questions.generate.compiled import pattern
from questions.generate.entcache import ents_of
from questions.generate.facts import Fact
from questions.generate.gazetteer import country_codes, neighbours
from questions.generate.giveaways import player_named
from questions.generate.nationcodes import nation_codes
from questions.generate.nationwords import adjective_nation, named_nations
from questions.generate.nearby import by_distance
from questions.generate.nouns import commonest_person
from questions.generate.pools import zipf
from questions.generate.stems import Stem, cloze
from questions.generate.textsearch import says
from questions.generate.wordnet import mapped
from questions.schema import normalise

Span = Any
Token = Any
NATIONALITY = "nationality"
NATIONALITY_RULE = "rule:nationality-subject"  # asked of its clause's subject: "…, who …"
_COMMON = 3.0  # Zipf frequency of a nationality word a reader knows ("Burmese", not "Nipponese")
_ADJECTIVE_LINE = re.compile(rb"^\d{8} \d\d [as] [0-9a-f]{2} ((?:[A-Z][a-z]+ [0-9a-f] )+)", re.M)
_DIED = frozenset({"die", "pass"})  # "Steve Irwin died in 2006": what he was, not is


@cache
def nation_adjectives() -> dict[str, str]:
    """Map each country's code to the commonest single-word adjective WordNet makes of it by
    its pertainym ("PL": "Polish"), where a reader knows the word."""
    data = mapped("data.adj")
    words = {w.decode("latin-1") for found in _ADJECTIVE_LINE.finditer(data or b"")
             for w in found.group(1).split()[::2]}  # fmt: skip
    best: dict[str, str] = {}
    for word in sorted(words):
        code = adjective_nation(word)
        if code and zipf(word) >= max(_COMMON, zipf(best.get(code, "")) + 0.01):
            best[code] = word  # "English" of GB, not "Scotch"; "Russian", not "Soviet"
    return best


def nationality_options(key: str, said: str) -> list[str]:
    """Return nationality adjectives for a key's options: its country's neighbours first,
    then its continent's by distance, none of its own country nor one the text says."""
    own = adjective_nation(key)
    names = country_codes()
    adjectives = nation_adjectives()
    bordering = [c for name in neighbours().get(own, ()) if (c := names.get(normalise(name), ""))]
    others = {names[code]: code for code in adjectives if code != own and code in names}
    nearest = [others[name] for name in by_distance(own, others)]
    out: list[str] = []
    for code in [*bordering, *nearest]:
        word = adjectives.get(code, "")
        if word and word not in out and not pattern(rf"\b{word}\b").search(said):
            out.append(word)
    return out


def nationality_given(
    fact: Fact, sentence: Span, stem: str, headline: str | None, teams: Mapping[str, Any]
) -> str | None:
    """Say when the question or the headline names the key's country, by its name, its
    capital or an adjective ("In Warsaw, …", "… Polish …"), or names someone else the article
    places there ("_____ officials met Kenyan runner X" where X is named alone): the key is
    then guessed unread."""
    own = adjective_nation(fact.text)
    for where, text in (("question", stem.replace(fact.text, " ")), ("headline", headline)):
        if own in named_nations(text or ""):
            return f"the {where} names the country of {fact.text}"
    asked = _asked_people(sentence.doc[fact.start])
    folded = normalise(stem)
    for person, sides in teams.items():
        placed = nation_codes(sides) | {adjective_nation(side) for side in sides}
        if person not in asked and own in placed and says(folded, person):
            return f"the question names {person}, whom the article places in the key's country"
    return None


def _asked_people(word: Token) -> set[str]:
    """Return the folded names of the people whose nationality the adjective says."""
    people, _ = _people(word)
    if not people:
        return set()
    return {normalise(e.text) for e in (_names(people[0]) or [])}


def _in_name(word: Token) -> bool:
    """Tell whether the adjective is part of a name: a capitalised word right before it
    inside the sentence ("Royal Thai Police") or a capitalised head that holds no person's
    name ("the Burmese Days", "Cuban Escola Latino")."""
    before = word.doc[word.i - 1] if word.i > word.sent.start else None
    if before is not None and before.is_title and before.pos_ == "PROPN":
        return True
    head = word.head
    return bool(head.pos_ == "PROPN" and head.ent_type_ != "PERSON")


def _people(word: Token) -> tuple[list[Token], Token | None]:
    """Return the noun or name the adjective says a nationality of and the verb "be" whose
    complement it is, or ([], None) where it says none of a person."""
    head = word.head
    if word.dep_ == "acomp" and head.lemma_ == "be":  # "Zaw Lin is Burmese"
        subject = [c for c in head.children if c.dep_ == "nsubj"]
        return (subject, head) if subject and _personal(subject[0]) else ([], None)
    if word.dep_ not in ("amod", "compound") or not _personal(head):
        return [], None
    copula = head.head if head.dep_ == "attr" and head.head.lemma_ == "be" else None
    subject = [c for c in copula.children if c.dep_ == "nsubj"] if copula is not None else []
    return (subject, copula) if subject and _personal(subject[0]) else ([head], None)


def _personal(token: Token) -> bool:
    """Tell whether a token is a person's name or a noun whose commonest sense is a person."""
    if token.ent_type_ == "PERSON":
        return True
    return bool(token.pos_ == "NOUN" and commonest_person(token.lemma_.lower()))


def _names(token: Token) -> list[Span] | None:
    """Return the people a noun or name stands for by name ("nationals Zaw Lin and Wai Phyo":
    both; "Zaw Lin and Wai Phyo": both), or None where any is unnamed."""
    doc = token.doc
    if token.ent_type_ != "PERSON":
        named = [c for c in token.children if c.dep_ in ("appos", "compound") and c.i > token.i]
        if len(named) != 1 or named[0].ent_type_ != "PERSON":
            return None
        token = named[0]
    found = []
    for part in [token, *(c for c in token.subtree if c.dep_ == "conj")]:
        ent = next((e for e in ents_of(doc) if e.start <= part.i < e.end), None)
        if ent is None or ent.label_ != "PERSON":
            return None
        found.append(ent)
    return found


def _two_nations(word: Token, people: list[Token]) -> bool:
    """Tell whether the sentence gives the same people a second nationality ("Cuban and
    Brazilian students", "a French-born Swiss racer"): then either is a true answer."""
    own = adjective_nation(word.text)
    around = {*word.conjuncts, *(c for p in people for c in p.children)}
    return any(adjective_nation(t.text) not in ("", own) for t in around if t.i != word.i)


def _deed(token: Token) -> str | None:
    """Return what the people a subject stands for do, as the rest of their clause says it
    ("are being questioned about the sinking"), or None where it is no plain run of words."""
    verb = token.head
    if token.dep_ not in ("nsubj", "nsubjpass") or verb.i < token.i:
        return None
    words = [t for t in verb.subtree if t.i > token.right_edge.i]
    start = token.right_edge.i + 1 + (words[:1] != [] and words[0].text == ",")  # "…, both 22,"
    words = [t for t in words if t.i >= start]
    # "secretary-general": a hyphen inside a word is no break
    breaks = [t.is_punct and not _inner_hyphen(t) for t in words]
    words = words[: breaks.index(True) if True in breaks else len(words)]
    # "… the boat, which carried …": the clause to its first comma
    if not words or words[0].i != start or words[-1].i - start + 1 != len(words):
        return None
    if any(t.is_quote or t.pos_ == "PRON" for t in words):
        return None  # an aside, a quotation or a pronoun the question would leave unbound
    return "".join(t.text_with_ws for t in words).strip()


def _inner_hyphen(token: Token) -> bool:
    """Tell whether a token is a hyphen joining two words with no space ("secretary-general")."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    joined = before is not None and not before.whitespace_
    return joined and token.text == "-" and not token.whitespace_


def _wh(word: Token, people: list[Token], copula: Token | None) -> str | None:
    """Write "What nationality are <the names>, who <deed>?" (the deed left out where two
    names say enough), or None where the people are unnamed or too little is said."""
    named = _names(people[0])
    if not named:
        return None
    plural = len(named) > 1
    if copula is not None and copula.tag_ == "VBD":
        verb = "were" if plural else "was"  # "… were Burmese": as the article says it
    elif copula is None and word.sent.root.lemma_ in _DIED:
        verb = "were" if plural else "was"  # "Australian conservationist Steve Irwin died"
    else:
        verb = "are" if plural else "is"
    said = [e.text for e in named]
    joined = said[0] if not plural else ", ".join(said[:-1]) + " and " + said[-1]
    # "Kenyan Eliud Kipchoge won …": the deed is the whole name's, not its first word's
    subject = named[0].root if people[0].ent_type_ == "PERSON" and not plural else people[0]
    deed = _deed(subject) if copula is None else None
    if deed is not None:
        return f"What nationality {verb} {joined}, who {deed}?"
    return f"What nationality {verb} {joined}?" if plural else None


def stated_nationalities(
    sentences: Sequence[Span], replace: Sequence[dict[int, str]]
) -> list[list[tuple[Fact, Stem]]]:
    """Return, per sentence, each person's nationality adjective as a fact and its question."""
    out: list[list[tuple[Fact, Stem]]] = [[] for _ in sentences]
    for index, sentence in enumerate(sentences):
        for ent in ents_of(sentence):
            word = ent.root  # "South Korean": "Korean", what the name hangs on
            if ent.label_ != "NORP" or not adjective_nation(ent.text):
                continue  # "Muslim", "Republican", "Latin American": no country's
            if word.pos_ != "ADJ" and (len(ent) == 1 or word.head.ent_type_ != "PERSON"):
                continue  # "in French Guiana", "Colombia's German Naranjo": a name's word
            people, copula = _people(word)
            if not people or _in_name(word) or _two_nations(word, people):
                continue
            fact = Fact(index, ent.start, ent.end, ent.text, "NORP", NATIONALITY)
            wh = _wh(word, people, copula)
            stem = Stem(wh, "wh", NATIONALITY_RULE) if wh else cloze(fact, list(sentence),
                                                                      replace[index])  # fmt: skip
            if stem is not None:
                out[index].append((fact, stem))
    return out


def kind_giveaway(
    fact: Fact, key: str, stem: str, distractors: list[str], context: Any, parsed: Any
) -> str | None:
    """Say what gives a key away by what the question names: for a nationality, its country
    or someone else placed there; else a player of the key's side."""
    if fact.kind == NATIONALITY:
        sentence = parsed.sentences[fact.sentence]
        return nationality_given(fact, sentence, stem, parsed.setting.headline, context.teams)
    return player_named(stem, key, distractors, context.teams)
