"""A quotation an unnamed writer recorded in a named place, asked as that place's account.

'It is noted on the Club Website that "On 1 May, the board passed …. In the final text, Part
A is called …"': no one is said to speak; the words are a record quoted for its facts, not
anyone's view to keep verbatim. Its quotation marks are read as none, so its sentences are
asked as prose, and each question credits them to the place: "According to the Club
Website, …?", so it stands alone.
"""

from __future__ import annotations

from typing import Any

from questions.generate.clauses import REPORTING
from questions.generate.quotemarks import QUOTE_MARKS, unquote
from questions.generate.semiclauses import prefixed
from questions.generate.verbfiles import speech_verb

Span = Any
Token = Any
_PLACES = frozenset({"on", "in"})  # "on the website", "in the report"
_NAMED = frozenset({"PROPN"})
_VOICES = ("1", "2")  # spaCy's morphology: a first- or second-person pronoun's Person
MAX_SOURCE_WORDS = 6  # "the Congressional Website"; a longer phrase is no plain name
_KEY = "recorded_in"  # doc.user_data[(_KEY, sentence start)] = the place, as written


def mark_records(doc: Any) -> None:
    """Read each quotation a place records (`recorded_source`) as the article's own words,
    and note the place for each sentence it holds."""
    marks = [t.i for t in doc if t.text in QUOTE_MARKS]
    for opened, closed in zip(marks[::2], marks[1::2], strict=False):
        found = recorded_source(doc[opened].sent, opened)
        if found is None or _spoken(doc[opened : closed + 1]):
            continue
        unquote(doc, {opened, closed})
        for sentence in doc[opened : closed + 1].sents:
            if sentence.start > opened:  # the one naming the place tells it already
                doc.user_data[(_KEY, sentence.start)] = found[0]


def _spoken(quoted: Span) -> bool:
    """Tell whether a quotation speaks in its own voice ("We will open it in 2018"): its "we"
    and "our" are a speaker's, never the article's own words."""
    return any(t.tag_ in ("PRP", "PRP$") and set(t.morph.get("Person")) & set(_VOICES)
               for t in quoted)  # fmt: skip


def recorded_in(sentence: Span) -> str | None:
    """Return the place that records a sentence's words, if a quotation of one holds it."""
    found = sentence.doc.user_data.get((_KEY, sentence.start))
    return found if isinstance(found, str) else None


def credited(text: str, form: str, sentence: Span) -> str:
    """Return a question over a recorded sentence credited to its place: a wh-question's
    after it ("…, according to the Club Website?"), a blank's sentence's before it; one
    that credits a source already is kept."""
    place = recorded_in(sentence)
    if place is None or "according to" in text.lower():
        return text
    if form == "wh" and text.endswith("?"):
        return f"{text[:-1]}, according to {place}?"
    return prefixed(f"According to {place}", text, sentence)


def recorded_source(first: Span, opened: int) -> tuple[str, str] | None:
    """Return the named place a passive verb of saying with an empty "it" records the
    quotation opened at `opened` in ('It is noted on the X Website that "…"') and the
    verb's tense ("says" for "is noted"), else None."""
    for verb in first:
        if verb.i >= opened or verb.tag_ != "VBN" or not _saying(verb):
            continue
        if not any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in verb.children):
            continue  # "The figure was noted on …": a record of the figure, not of words
        clause = [c for c in verb.children if c.dep_ == "ccomp"]
        if not clause or not any(t.i >= opened for c in clause for t in c.subtree):
            continue  # the quotation is not what was noted
        place = _place(verb)
        if place is None:
            continue
        auxes = [c for c in verb.children if c.dep_ == "auxpass"]
        return place, "says" if auxes and auxes[0].tag_ == "VBZ" else "said"
    return None


def _saying(verb: Token) -> bool:
    """Tell whether a verb tells of saying or noting ("noted", "stated", "reported")."""
    return verb.lemma_ in REPORTING or speech_verb(verb.lemma_)


def _place(verb: Token) -> str | None:
    """Return the named thing an "on" or "in" phrase of the verb puts the record in."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in _PLACES):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            words = list(obj.subtree)
            if len(words) > MAX_SOURCE_WORDS or not any(t.pos_ in _NAMED for t in words):
                continue
            if any(t.is_punct or t.pos_ in ("VERB", "AUX", "PRON") for t in words):
                continue
            return str(obj.doc[words[0].i : words[-1].i + 1].text)
    return None
