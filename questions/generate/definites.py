"""Naming what "the bridge", "this election" or "2018's competition" point back to: the one
name the article gives that kind of thing, or the headline's described phrase."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

from questions.generate.compiled import pattern
from questions.generate.entcache import ents_of
from questions.generate.indefinite import indefinite
from questions.generate.nationcodes import nation_codes
from questions.generate.otherthan import other_than
from questions.generate.pools import city_countries, country_code, place_kind
from questions.generate.render import join
from questions.generate.titleholders import name_title_holders
from questions.generate.whphrase import place_kind_noun
from questions.generate.yearowned import name_year_owned
from questions.schema import normalise

Span = Any
NAMED = frozenset({"FAC", "ORG", "EVENT", "LAW", "GPE", "LOC", "WORK_OF_ART", "PRODUCT"})
WHOLE = frozenset({"entire", "whole"})  # all of the one thing: it names no other
TOPIC_TIMES = 3  # "this organization" is the article's when it names one this often, and most


def named_heads(docs: Iterable[Any]) -> tuple[dict[str, str], dict[str, str]]:
    """Map a common noun to the one name the article gives it ("bridge" -> "Harbour Bridge",
    "city" -> "city of Iwaki"), and, for "this organization", to the name of that kind the
    article is about: said at least `TOPIC_TIMES` times and more than twice as often as any
    other of its kind."""
    found: dict[str, Counter[str]] = {}
    possessed: set[str] = set()  # "Kalimantan's Golden Gate Bridge": part of a name, or a nickname
    for doc in docs:
        for ent in ents_of(doc):
            last = ent[-1]
            if ent.start > 0 and doc[ent.start - 1].tag_ == "POS" and ent.label_ in NAMED:
                possessed.add(last.lower_)
            if (ent.label_ in NAMED and len(ent) > 1 and last.text[:1].isupper()
                    and not _cut_title(ent)):  # fmt: skip
                start = 1 if ent[0].lower_ == "the" else 0
                found.setdefault(last.lower_, Counter())[ent[start:].text] += 1
            noun = doc[ent.start - 2] if ent.start >= 2 else None
            if (
                ent.label_ == "GPE"
                and noun is not None
                and doc[ent.start - 1].lower_ == "of"
                and (noun.tag_ == "NN" and noun.pos_ == "NOUN")
                and place_kind_noun(ent.root) == noun
            ):  # "the city of Iwaki": "the city" is Iwaki; "the centre of Turin" is a part
                found.setdefault(noun.lower_, Counter())[f"{noun.text} of {ent.text}"] += 1
    for head in possessed:  # said of a place's own: "the bridge" may be either, given whole or not
        found.pop(head, None)
    only = {head: next(iter(texts)) for head, texts in found.items() if len(texts) == 1}
    topic = {}
    for head, texts in found.items():
        (name, times), *others = texts.most_common()
        if times >= TOPIC_TIMES and all(times > 2 * n for _, n in others):
            topic[head] = name
    return only, topic


def _cut_title(ent: Span) -> bool:
    """Tell whether a name's last word modifies a capitalised word after it ("World Health
    Organization Country Director"): the model cut a title short, and names no country."""
    last, after = ent[-1], ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return bool(after is not None and last.dep_ == "compound" and last.head.i >= ent.end
                and after.is_alpha and after.text[:1].isupper())  # fmt: skip


def title_heads(title: Any, said: str = "") -> dict[str, str]:
    """Map the head of each described noun phrase of the headline to the phrase: "the
    election" of an article headed "… in Hong Kong legislative election" is that election,
    "the competition" of one headed "… at international robotics competition" that one.
    A phrase with a number ("first shuttle launch") may be one of several: not used."""
    found: dict[str, str] = {}
    for chunk in title.noun_chunks:
        root = chunk.root
        described = any(c.dep_ in ("amod", "compound") for c in root.children)
        numbered = any(t.like_num or t.ent_type_ in ("ORDINAL", "CARDINAL") for t in chunk)
        if root.tag_ != "NN" or not described or numbered or any(t.tag_ == "POS" for t in chunk):
            continue
        # "their debut album": "the debut album", never "the their …" (the owner is the headline's)
        words = [
            t for t in chunk if t.pos_ != "DET" and t.tag_ != "PRP$" and t.text not in "'\"‘’“”"
        ]
        # "Rebels attack army convoy", "Judge withholds report from …": a clause misread; a
        # phrase opening the headline is kept only as far as the article says it
        if chunk.start == 0:
            words = _said_tail(words, said)
            if not words:
                continue
        found.setdefault(root.lower_, join(words))
    return found


def _said_tail(words: list[Any], said: str) -> list[Any]:
    """Return the longest tail of a headline read as one noun phrase that the article says
    ("army convoy" of "Rebels attack army convoy"), or none: a headline is a clause, and
    the parser took its verb for a noun ("the Rebels attack army convoy had left …")."""
    text = " ".join(said.lower().split())
    for start in range(len(words) - 1):
        tail = words[start:]
        # "Panama-flagged ship" as written; never a tail from inside a word ("flagged ship")
        if start and (before := words[start - 1]).i == tail[0].i - 1 and not before.whitespace_:
            continue
        if pattern(rf"\b{re.escape(join(tail).lower())}\b").search(text):
            return tail
    return []


def name_definites(
    sentence: Span,
    names: dict[str, str],
    these: dict[str, str],
    replace: dict[int, str],
    bare: frozenset[str] = frozenset(),
    holders: dict[str, str] | None = None,
    new: dict[str, tuple[int, str | None]] | None = None,
) -> None:
    """Say "the Harbour Bridge" for "the bridge" when the article names only one bridge
    (and "2018's robotics competition" for "2018's competition"); "this election" of an
    article headed "… in Hong Kong legislative election" is that election too. A name the
    article writes `bare` of "the" drops it ("rail links to Gatwick Airport"); "the President"
    is the one person the article titles so (`holders`). A "the law" after a `new` "a law"
    (this sentence's, or -1: the one before's) is that one, said as it was brought in."""
    new = new or {}
    name_title_holders(sentence, holders or {}, replace)
    named: dict[str, str] = {}  # "this summit … the summit": the one it just named
    for token in sentence:
        det = token.i - 1
        if det > sentence.start and sentence.doc[det].lower_ in WHOLE:
            det -= 1  # "the entire team" is the team, all of it
        said = sentence.doc[det].lower_ if det >= sentence.start else ""
        dated = det > sentence.start and sentence.doc[det].tag_ == "POS" and (
            sentence.doc[det - 1].ent_type_ == "DATE")  # fmt: skip
        known = these if said == "this" else {**names, **named}
        of = token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "of"
        # "the city center": "city" only says which center; "the city of Lisbon center" is garbled
        if (token.pos_ == "NOUN" and token.tag_ == "NN" and token.lower_ in known
                and token.dep_ != "compound"
                and (said in ("the", "this") or dated) and not of
                and token.i not in replace and not token.ent_type_):  # fmt: skip
            back, said_new = new.get(token.lower_, (token.i, None))
            if back < token.i:  # "passed a law …. The law gives …": that law, not the named
                if said_new is not None:
                    replace[token.i] = said_new
                    if said == "this" and det not in replace:
                        replace[det] = "the"
                continue
            replace[token.i] = known[token.lower_]
            named[token.lower_] = known[token.lower_]
            if said == "this" and det not in replace:
                replace[det] = "the"  # "this election": the one the article names
            elif said == "the" and known[token.lower_] in bare and det not in replace:
                replace[det] = ""
    name_year_owned(sentence, names, these, replace)  # "This year's theme": the occasion's


def plain_another(sentence: Span, replace: dict[int, str], quoted: set[int]) -> None:
    """Say "a powerful aftershock" for "another powerful aftershock": "another" points back
    to the one before, and "a" says the same of this one ("another five" is left: five more,
    and so is "trained in another country": other than this one).
    Drop the "back" of "back on February 1, 2003", which only stresses the date."""
    for token in sentence:
        if token.i in replace or token.i in quoted or token.i + 1 >= sentence.end:
            continue
        after = sentence.doc[token.i + 1]
        if (
            token.lower_ == "another"
            and token.dep_ == "det"
            and not after.like_num
            and not other_than(token, sentence)
        ):
            said = indefinite(after.text)  # "another hour": "an hour"
            replace[token.i] = said.capitalize() if token.text[:1].isupper() else said
        elif (
            token.lower_ == "back"
            and token.dep_ == "advmod"
            and after.dep_ == "prep"
            and any(c.ent_type_ == "DATE" for c in after.children)
        ):
            replace[token.i] = ""


def opening_scene(doc: Any) -> dict[str, str]:
    """Return the place a paragraph opens in, by its noun ("In the New Territories East
    geographical constituency, …": "constituency" -> that constituency's name)."""
    first = next(doc.sents, None)
    if first is None or first[0].lower_ != "in":
        return {}
    place = next((c for c in first[0].children if c.dep_ == "pobj"), None)
    if (
        place is None
        or place.tag_ != "NN"
        or not any(t.pos_ == "PROPN" for t in place.subtree if t.i < place.i)
    ):
        return {}
    words = [t for t in place.subtree if t.i <= place.i and t.dep_ != "det"]
    return {place.lower_: join(words)}


def name_scene(sentence: Span, scene: dict[str, str], replace: dict[int, str]) -> None:
    """Say the paragraph's place for "the constituency" ("the highest in the constituency");
    "in this constituency" is left out as before."""
    for token in sentence:
        det = sentence.doc[token.i - 1] if token.i > sentence.start else None
        after = sentence.doc[token.i + 1] if token.i + 1 < len(sentence.doc) else None
        if token.lower_ not in scene or token.tag_ != "NN" or token.i in replace:
            continue
        if det is not None and det.lower_ == "the" and (after is None or after.lower_ != "of"):
            replace[token.i] = scene[token.lower_]


def bare_periods(sentence: Span, replace: dict[int, str]) -> None:
    """Drop "the" before a named period of play that takes none: "in the injury time" (a
    translated report's slip, copied into questions a blind review failed) is "in injury
    time"; "in the lunch time of the second day" says which, and keeps it."""
    for token in sentence:
        if (
            token.lemma_ != "time"
            or token.dep_ != "pobj"
            or token.head.lower_ not in ("in", "during")
        ):
            continue
        kids = list(token.children)
        det = [c for c in kids if c.dep_ == "det" and c.lower_ == "the"]
        named = any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in kids)
        said_which = any(c.dep_ in ("prep", "relcl", "acl", "amod") for c in kids)
        if det and named and not said_which and det[0].i not in replace:
            replace[det[0].i] = ""


def story_country(docs: Iterable[Any]) -> str | None:
    """Return the country the article is set in, as it writes it ("the United States"): the
    one it names at least twice and more often than any other, or None."""
    said: Counter[str] = Counter()
    written: dict[str, str] = {}
    for doc in docs:
        for ent in ents_of(doc):
            # "the United States' east coast": the model keeps the possessive's apostrophe
            text = re.sub(r"['’]s?$", "", ent.text.removeprefix("the ").removeprefix("The "))
            if ent.label_ != "GPE" or place_kind(text) != "country":
                continue
            the = (ent.start > 0 and doc[ent.start - 1].lower_ == "the") or ent[0].lower_ == "the"
            said[normalise(text)] += 1
            if the or normalise(text) not in written:  # "the United States", once so written
                written[normalise(text)] = f"the {text}" if the else text
    if not said:
        return None
    (name, times), *others = sorted(said.items(), key=lambda kv: (-kv[1], kv[0]))
    return written[name] if times >= 2 and all(times > n for _, n in others) else None


def _elsewhere(name: str, ours: set[str], people: bool = True) -> bool:
    """Tell whether a name is a country, a people or a city of another country than ours
    ("Herat" beside the United States; not "Evansville"); a people's word is matched by its
    beginning only when the model took the name for a `people` ("Afghan"; not the base
    "Canaveral", which begins as "Canada" does)."""
    code = country_code(name) if not people else ""
    codes = {code} if code else nation_codes([name]) if people else set()
    codes = codes or set(city_countries().get(normalise(name), ()))
    return bool(codes) and not codes & ours


def name_country(
    sentence: Span, country: str | None, replace: dict[int, str], before: Span | None = None
) -> None:
    """Say the story's country for a bare "the country" ("around the country", "the
    country's northeast coast"), unless the sentence or the one before names another place
    or people it could be ("The girls come from Herat. Women in the country …"), or the
    words are someone's quoted ones."""
    if country is None or not any(t.lower_ == "country" for t in sentence):
        return  # most sentences: no other place to look up
    ents = [*ents_of(sentence), *(ents_of(before) if before is not None else ())]
    ours = nation_codes([country.removeprefix("the ")])
    bare = [(re.sub(r"^(?:the|The) |['’]s?$", "", e.text), e.label_ == "NORP") for e in ents]
    if any(_elsewhere(text, ours, people) for text, people in bare):
        return  # "quoting North Korea's agency, the country's military": that one's
    for token in sentence:
        det = token.i - 1
        if token.lower_ != "country" or token.tag_ != "NN" or det < sentence.start:
            continue
        if sentence.doc[det].lower_ != "the" or token.i in replace or det in replace:
            continue
        if sentence.doc[sentence.start : token.i].text.count('"') % 2:
            continue  # '"The country will not accept …," the minister said': his, not ours
        after = sentence.doc[token.i + 1] if token.i + 1 < sentence.end else None
        if any(c.dep_ in ("amod", "compound") for c in token.children) or (
            after is not None and after.lower_ == "of"
        ):
            continue  # "the host country", "the country of origin": some other one
        replace[det] = ""
        replace[token.i] = country
        if after is not None and after.tag_ == "POS" and country.endswith("s"):
            replace[token.i], replace[after.i] = f"{country}'", ""  # "the United States' coast"
