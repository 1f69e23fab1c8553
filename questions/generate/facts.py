"""Stage 3: the facts a sentence states, as answer spans over spaCy's entities and parse."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from questions.generate.attemptedcount import attempted_count
from questions.generate.barecount import bare_subject
from questions.generate.carried import nation_member, person_noun
from questions.generate.cutshort import cut_name
from questions.generate.dates import RELATIVE
from questions.generate.durations import SHAPES, duration_shape
from questions.generate.entityspans import HAS_MONTH, amount_start, entity_spans
from questions.generate.measures import level_noun, measure_kind
from questions.generate.namedyears import designation, opens_name
from questions.generate.numberlabels import names_not_counts, quoted_number, time_second
from questions.generate.particles import name_cased
from questions.generate.pools import country_code, is_first_name, looks_like_name, place_kind
from questions.generate.quotemarks import crosses_quote, quoted_words
from questions.generate.sized import sized_by
from questions.generate.spoken import spoken_by
from questions.generate.titledpeople import honorific_led, role_named
from questions.generate.waters import said_as_water
from questions.generate.yearcount import year_for_count

Span = Any  # spacy.tokens.Span

# spaCy entity label -> the fact type a teacher's report shows.
KIND_OF_LABEL = {
    "DATE": "date", "PERSON": "person", "GPE": "place", "LOC": "place", "FAC": "place",
    "ORG": "organization", "LAW": "document", "EVENT": "event", "WORK_OF_ART": "title",
    "ORDINAL": "ordinal", "MONEY": "money", "PERCENT": "percent", "CARDINAL": "number",
    "QUANTITY": "quantity",
}  # fmt: skip
_CURRENCY = re.compile(r"(?:[A-Z]{1,3})?[$€£¥]\s?\d")  # "NZ$26", "US$ 5", "€40"
_PER_CENT = re.compile(r"\bper ?cent\b|%", re.IGNORECASE)
_ACRONYM = re.compile(r"[A-Z]{3,}")  # "TEPCO": capitals only
_YEAR = re.compile(r"^(?:in |the year )?(1[5-9]\d\d|20\d\d)$")


_LEADING = frozenset(
    {
        "only",
        "about",
        "around",
        "nearly",
        "almost",
        "some",
        "over",
        "under",
        "approximately",
        "roughly",
        "more",
        "less",
        "fewer",
        "than",
        "up",
        "to",
    }
)
_DATE_LEADING = frozenset({"between", "from", "since", "until", "by", "in", "on", "at", "during"})


@dataclass(frozen=True)
class Fact:
    """One answer a sentence states: a span of the parsed article and what kind it is."""

    sentence: int  # index of the sentence among the article's kept sentences
    start: int  # token offsets of the answer in the parsed document
    end: int
    text: str
    label: str  # spaCy's entity label
    kind: str  # date, year, count, money, person, place, organization, document, …
    subtype: str = ""  # for places: country, state, city or place
    unit: str = ""  # what a count counts ("resident") or an ordinal ranks ("meeting")
    described: str = ""  # the noun a size describes: "field goal" of "a 34-yard field goal"
    # (of a work: its deed, "win|song of the year", that no option may share; of a common
    # noun: the verb its relative clause says it does, "broadcast")
    sense: str = ""  # a listed common noun's WordNet synset, as its list's kind picks it


_UNITED = frozenset({"count", "ordinal"})


def fact_kind(span: Span) -> tuple[str, str] | None:
    """Classify an entity span as a fact worth asking, or None (relative dates, vague ones)."""
    label = span.label_
    text = span.text
    measure = measure_kind(span)  # "within 48 hours", "a magnitude 9.0 earthquake"
    if measure is not None:
        return measure, ""
    if label in ("DATE", "TIME", "CARDINAL") and (length := duration_shape(span)):
        return "quantity", length[2]  # "six months", "11 to 85 days", "12,000 years ago"
    if label == "MONEY" and _PER_CENT.search(text):
        return "percent", ""  # "10 per cent": the model read "cent" as money
    if label == "NORP" and place_kind(text) == "country":
        return "place", "country"  # "Tajikistan holds …": the model took the country for a people
    if label not in KIND_OF_LABEL or len(text) > 90 or '"' in text:
        return None
    if label == "DATE":
        if RELATIVE.match(text):
            return None
        if _YEAR.match(text):
            root = span.root
            before = span.doc[span.start - 1] if span.start > 0 else None
            has_det = before is not None and before.pos_ == "DET"
            if root.dep_ == "nummod" and root.head.tag_ == "NNS" and not has_det:
                return "count", ""  # "1709 schoolchildren": a number, not a year
            if designation(root) or opens_name(root):
                return None  # "asteroid 1950 DA", "the 1916 Easter Rising": a name's word, no year
            return "year", ""
        if HAS_MONTH.search(text) and re.search(r"\d", text):
            return "date", ""
        return None
    if label == "CARDINAL" and _CURRENCY.match(text):
        return "money", ""  # "NZ$26 million": the model read a sum with its currency as a number
    if label == "CARDINAL":
        counts = _counting(span) is not None or level_noun(span) is not None  # "over 150,000"
        counts = counts or bare_subject(span) is not None  # "1,429,981 voted …"
        return ("count", "") if counts else None
    if label in ("GPE", "LOC", "FAC"):
        return None if _named_for(span) else ("place", place_subtype(text, label))
    if label == "PERSON" and not name_cased(text.split()):
        return None  # "nonpartisan pan-democrat Eddie Chu": a description, not a name
    if label == "PERSON" and _ACRONYM.fullmatch(text):
        return "organization", ""  # "TEPCO reported …": initials are a body's, no one's name
    if label == "PERSON" and _named_thing(span):
        return "name", ""  # "her graphic novel Angel Catbird": a novel's name, no one's
    if label == "PERSON" and not looks_like_name(text) and not _titled(span):
        # "Space Shuttle Discovery": nobody ("who" would be wrong); "Ann Hale said": someone
        return "name" if not role_named(span) else "person", ""
    return KIND_OF_LABEL[label], ""


def _named_thing(span: Span) -> bool:
    """Tell whether a name the model took for a person's is set beside a noun for a thing
    ("the film Forrest Gump", "her graphic novel Angel Catbird"), not for someone ("his
    friend John Smith", "illustrator Johnnie Christmas")."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is None or before.pos_ != "NOUN" or span.root.head.i != before.i:
        return False
    return span.root.dep_ in ("appos", "compound") and not person_noun(before.lemma_)


def _titled(span: Span) -> bool:
    """Tell whether a name the first-name lists do not know is given a person's title or job
    or nationality right before it ("US President Barack Obama", "designer Ama Owusu"):
    someone, not a thing."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    if honorific_led(span.doc, span.start, span.end):
        return True  # "Mr Justice Green": a title whose commonest sense is no person
    if before is not None and before.ent_type_ == "NORP" and span.start <= before.head.i:
        return bool(before.head.i < span.end)  # "South Korean Ban Ki-moon": someone's nationality
    if before is None or before.pos_ not in ("NOUN", "PROPN") or before.ent_type_:
        return False
    linked = span.start <= before.head.i < span.end or (  # "President [Barack] Obama"
        span.root.head.i == before.i and span.root.dep_ in ("appos", "compound")
    )  # "from President Barack Obama": the name set beside its title
    return linked and person_noun(before.lemma_.lower())


def _named_for(span: Span) -> bool:
    """Tell whether a place ends a name the model did not see whole: a capitalised word no
    entity holds qualifies it ("the company Hitwise UK's category", "Acme India"), so its
    blank would cut a company's name in two."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is None or before.pos_ != "PROPN" or before.ent_type_ or before.dep_ != "compound":
        return False
    # "(R-Minnesota)": a party's initial is no name
    return span.start <= before.head.i < span.end and len(before.text) > 1 and before.text.istitle()


def place_subtype(text: str, label: str) -> str:
    """Return a place's subtype; initials a country has ("UK", "USA") count only where the
    model calls them a geopolitical entity, not in every capitalised word."""
    kind = place_kind(text)
    if kind == "place" and label == "GPE" and text.isupper() and country_code(text):
        return "country"
    return kind


def _counting(span: Span) -> Any:
    """Return the number of a span that counts a plural noun after it ("1709 schoolchildren",
    "around roughly 100 Polaroids", where the parse heads the span by "around"), or None."""
    root = span.root
    number = root if root.like_num else next((t for t in reversed(span) if t.like_num), None)
    if number is None or number.dep_ != "nummod" or number.head.i < span.end:
        return None
    return number if number.head.tag_ == "NNS" else None


def _loose(token: Any) -> bool:
    """Tell whether a token ending an entity is loose punctuation ("58%" keeps its sign)."""
    return bool(token.is_punct and token.text not in ("%", "‰"))


def _trim(ent: Span) -> tuple[int, int]:
    """Cut what is not part of the answer: articles, hedges, a possessive, a cut bracket."""
    start, end = ent.start, ent.end
    doc = ent.doc
    leading = _LEADING | (_DATE_LEADING if ent.label_ == "DATE" else frozenset())
    while start < end and (doc[start].lower_ in leading or doc[start].pos_ == "DET"):
        start += 1  # "the Shanghai Cooperation Organization": the article is not the name
    start = amount_start(ent, start)  # "a record $70 billion": "record" says of the amount
    if start + 1 < end and doc[start].lower_ == "than" and doc[start].i > ent.start:
        start += 1
    if start + 2 < end and doc[start].lower_ == "at" and doc[start + 1].lower_ in ("least", "most"):
        start += 2  # "at least six": a hedge, as "more than" is; "at least six" is no option
    while end > start and (doc[end - 1].tag_ == "POS" or _loose(doc[end - 1])):
        end -= 1
    if ent.label_ == "PERSON":
        while (
            start + 1 < end
            and doc[start].pos_ in ("ADJ", "NOUN")
            and (doc[start + 1].pos_ == "PROPN")
        ):
            start += 1  # "Nonpartisan Paul Tse": the description is not the name
        first = doc[start]
        titled = start > 0 and person_noun(doc[start - 1].lower_)  # "minister Sultan Hashim …"
        if end - start > 2 and first.is_title and not is_first_name(first.text) and not titled:
            # "Striker Tomas Alvarez": a job, no name; "Spaniard Rafael Nadal": a people's
            start += person_noun(first.lower_) or nation_member(first.text)
    for token in doc[start:end]:
        if token.text == "(":
            end = token.i
            break
    while end > start and _loose(doc[end - 1]):
        end -= 1
    return start, end


def _inside_word(doc: Span, start: int, end: int) -> bool:
    """Tell whether a span is part of a hyphenated word ("anti-Pyongyang")."""
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    return bool(
        (before is not None and not before.whitespace_ and before.text.endswith("-"))
        or (after is not None and not doc[end - 1].whitespace_ and after.text.startswith("-"))
    )


def sentence_facts(sentence: Span, index: int) -> list[Fact]:
    """Return the facts of one sentence, in reading order."""
    facts = []
    # Part of a quotation begun or ended in another sentence is a fragment of what was said:
    # only what lies outside it (who said it, to whom) is asked.
    quoted = quoted_words(sentence) if crosses_quote(sentence) else set()
    quoted = set() if spoken_by(sentence) else quoted  # asked as its speaker's, in full
    for ent in entity_spans(sentence):
        found = fact_kind(ent)
        sized = sized_by(ent) if found is None else None
        if sized is not None and not any(i in quoted for i in range(*sized[:2])):
            start, end, unit, noun = sized  # "The 131-page document": "The _____ document"
            text = sentence.doc[start:end].text
            facts.append(Fact(index, start, end, text, ent.label_, "quantity", "", unit, noun))
        if found is None:
            continue
        if quoted_number(ent) or (found[0] == "count" and names_not_counts(ent)):
            continue  # "Similar '420' events", "the 9/11 attacks": a label, no count of them
        if found[0] == "count" and attempted_count(ent):
            continue  # "kept trying to score 3 points": what was tried for, no tally
        if found[0] == "ordinal" and time_second(ent):
            continue  # "a last second score": a moment, not the second score
        start, end = _trim(ent)
        if found[1] in SHAPES:  # the number and unit: no "ago", "old" nor "as long as"
            start, end, _ = duration_shape(ent) or (start, end, "")
        if found[0] in ("fraction", "frequency"):
            start = ent.start  # "Almost half", "every ten years": part of what is asked
        if start >= end or _inside_word(ent.doc, start, end) or cut_name(ent, start, end):
            continue
        if year_for_count(ent):  # "Since 1950 million people …": a year, then a count
            continue
        if any(i in quoted for i in range(start, end)):
            continue
        text = sentence.doc[start:end].text
        counted = _counting(ent) if found[0] == "count" else None
        # what is counted ("resident") or ranked ("meeting"): an option counts the same thing
        unit = (counted or ent.root).head.lemma_.lower() if found[0] in _UNITED else ""
        level = level_noun(ent) if found[0] == "count" and counted is None else None
        unit = level.lemma_.lower() if level is not None else unit  # "claims over 150,000"
        # "North Korea's": the subtype of the answer, not of the span with its possessive
        subtype = place_subtype(text, ent.label_) if found[0] == "place" else found[1]
        if subtype in ("state", "city") and said_as_water(sentence.doc, start, end):
            subtype = "place"  # "the Red Sea": a sea, though Sudan has a state of the name
        facts.append(Fact(index, start, end, text, ent.label_, found[0], subtype, unit))
    return facts


def fact_words(fact: Fact, sentence: Any) -> Any:
    """Return a fact's span in its own parsed sentence, or None where it has none there (a
    fact's indices are its doc's: the article's every-sentence list is numbered otherwise)."""
    if sentence is None or not sentence.start <= fact.start < fact.end <= sentence.end:
        return None
    return sentence.doc[fact.start : fact.end]
