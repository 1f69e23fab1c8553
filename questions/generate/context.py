"""Stage 2: parse the prose worth parsing, and make each sentence stand on its own.

A cheap pass picks what spaCy parses (the article in reading order, long paragraphs cut at
sentence ends, up to a word budget), so a huge or one-sentence upload stays linear. Then each
kept sentence gets the words said instead of its pronouns and relative dates.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from questions.generate.acronyms import drop_person_labels
from questions.generate.dates import RELATIVE, ArticleDate, resolve_relative
from questions.generate.definites import NAMED, name_definites, named_heads, title_heads
from questions.generate.event import Setting, article_setting
from questions.generate.nlp import load_nlp
from questions.generate.pools import fits_pronoun
from questions.schema import normalise

Span = Any
WORD_BUDGET = 8_000  # words parsed at most: 60 questions never need more
CHUNK_CHARS = 4_000  # a paragraph longer than this is cut at a sentence end
MAX_TOKENS = 70  # a longer "sentence" is a run-on or a list: not asked
MIN_TOKENS = 6
_SUBJECTS = ("nsubj", "nsubjpass")
_TIME_PREPOSITIONS = frozenset({"in", "on", "at", "during"})  # a resolved date says its own
_CUT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'])")
_YEAR_WORDS = re.compile(r"\b(?:this|last|next) year\b", re.IGNORECASE)


@dataclass
class Parsed:
    """The kept sentences of an article, with what each one's words should be replaced by."""

    sentences: list[Span] = field(default_factory=list)
    paragraph: list[int] = field(default_factory=list)  # paragraph number of each sentence
    replace: list[dict[int, str]] = field(default_factory=list)
    mentions: Counter[str] = field(default_factory=Counter)  # sentences naming each entity
    parsed_words: int = 0
    skipped_words: int = 0
    anchor: ArticleDate | None = None  # the article's date (dateline, --date or caption)
    setting: Setting = field(default_factory=Setting)  # event, date, people, acronyms
    scenes: list[str | None] = field(default_factory=list)  # each paragraph's match, if any
    unkept: list[Span] = field(default_factory=list)  # sentences asked nothing: quotes, …


def chunks(paragraphs: tuple[str, ...]) -> tuple[list[tuple[int, str]], int, int]:
    """Cut paragraphs into pieces spaCy parses quickly; stop at the word budget."""
    pieces: list[tuple[int, str]] = []
    words = skipped = 0
    for number, paragraph in enumerate(paragraphs):
        start = 0
        while start < len(paragraph):
            end = min(len(paragraph), start + CHUNK_CHARS)
            if end < len(paragraph):
                cuts = [m.start() for m in _CUT.finditer(paragraph, start + CHUNK_CHARS // 4, end)]
                end = cuts[-1] if cuts else (paragraph.rfind(" ", start, end) + 1 or end)
            piece = paragraph[start:end].strip()
            start = max(end, start + 1)
            size = piece.count(" ") + 1
            if words + size > WORD_BUDGET:
                skipped += size
                continue
            words += size
            if piece:
                pieces.append((number, piece))
    return pieces, words, skipped


def _keep(sentence: Span) -> bool:
    """Tell whether a sentence is prose a question can come from."""
    text: str = sentence.text.strip()
    opening = text.lstrip("\"“'‘")  # a quotation opens the sentence: its first word counts
    if not MIN_TOKENS <= len(sentence) <= MAX_TOKENS or not opening[:1].isupper():
        return False
    if text.endswith("?") or not re.search(r"[.!]['\")]?$", text):
        return False  # questions are rhetoric; a line without a full stop is a caption
    if re.search(r"\brespectively\b", text, re.IGNORECASE):
        return False  # pairs two lists: one answer cannot be right
    return text.count('"') % 2 == 0


def parse(
    paragraphs: tuple[str, ...], anchor: ArticleDate | None, title: str | None = None
) -> Parsed:
    """Parse the article's prose and work out each sentence's replacements."""
    pieces, words, skipped = chunks(paragraphs)
    nlp = load_nlp()
    parsed = Parsed(parsed_words=words, skipped_words=skipped, anchor=anchor)
    docs = [(number, doc) for (number, _), doc in
            zip(pieces, nlp.pipe([p for _, p in pieces], batch_size=16), strict=True)]  # fmt: skip
    heading = nlp(title) if title else None
    names = title_heads(heading) if heading is not None else {}
    only, topic = named_heads(doc for _, doc in docs)
    names.update(only)
    these = {**topic, **names}  # "this organization": the article's own, if it has one
    parsed.setting = article_setting(heading, [doc for _, doc in docs], anchor)
    last_person: str | None = None
    last_thing: str | None = None
    for number, doc in docs:
        for sentence in doc.sents:
            replace = _replacements(sentence, anchor, last_person, parsed.setting.people)
            people = [e.text for e in sentence.ents if e.label_ == "PERSON" and " " in e.text]
            if people:
                last_person = people[-1]
            if replace is not None and last_thing is not None:
                name_it(sentence, last_thing, replace)
            last_thing = _subject_name(sentence)
            if replace is None or not _keep(sentence):
                parsed.unkept.append(sentence)  # its people are still options
                continue
            name_definites(sentence, names, these, replace)
            drop_person_labels(sentence, parsed.setting.acronyms, replace)
            parsed.sentences.append(sentence)
            parsed.paragraph.append(number)
            parsed.replace.append(replace)
            parsed.mentions.update({normalise(e.text) for e in sentence.ents})
    return parsed


def _subject_name(sentence: Span) -> str | None:
    """Return the organisation or place a sentence is about (its subject), if it is named."""
    for ent in sentence.ents:
        if ent.label_ in NAMED and ent.root.dep_ in _SUBJECTS and ent.root.head.dep_ == "ROOT":
            return str(ent.text[4:] if ent.text.startswith("the ") else ent.text)
    return None


def name_it(sentence: Span, thing: str, replace: dict[int, str]) -> None:
    """Say the name for "it"/"its" when the sentence before was about that organisation or
    place and this one names none before the pronoun ("Microsoft … It has replaced …")."""
    for token in sentence:
        if token.lower_ not in ("it", "its") or token.i in replace:
            continue
        if any(e.label_ in NAMED and e.end <= token.i for e in sentence.ents):
            return
        if any(
            t.dep_ in _SUBJECTS and t.pos_ in ("NOUN", "PROPN")
            for t in sentence[: token.i - sentence.start]
        ):
            return  # "Challenger was lost when it exploded": "it" is this sentence's subject
        if token.lower_ == "it" and (token.head.lemma_ == "be" or token.dep_ not in _SUBJECTS):
            continue  # "it is time to …", "replaced it": not a named thing, or not safely
        replace[token.i] = thing + ("'s" if token.lower_ == "its" else "")


def _antecedent_person(
    sentence: Span, pronoun: Span, last: str | None, people: dict[str, str]
) -> str | None:
    """Name the person "he" or "his" means: a person who is a subject before it, else the
    only person of the sentence, else the last person named in full before the sentence —
    never a name the pronoun's gender rules out."""
    own = [e for e in sentence.ents if e.label_ == "PERSON"]
    subjects = [e for e in own if e.end <= pronoun.i and e.root.dep_ in ("nsubj", "nsubjpass")]
    if subjects:
        found: str | None = str(subjects[0].text)  # the sentence's own name for its subject
    elif len(own) == 1:
        found = str(own[0].text)
    else:
        found = None if own else last
    # The article's full name for a surname tells its gender ("Warhol" -> "Andy Warhol").
    full = people.get(found.removesuffix("'s"), found) if found is not None else None
    if full is None or not fits_pronoun(full, pronoun.lower_):
        return None  # "She explained how Warhol's …": Andy Warhol is not "she"
    return found


def _aside(token: Span) -> list[Span]:
    """Return the comma-set aside a token sits in (", the highest in this constituency")."""
    node = token
    while node.head.i != node.i:
        start = node.left_edge.i
        if node.dep_ in ("appos", "acl", "relcl", "advcl") and start > 0:
            before = node.doc[start - 1]
            if before.text == ",":
                return [before, *node.subtree]
        node = node.head
    return []


def _modifier_phrase(noun: Span) -> list[Span]:
    """Return the adverbial phrase a noun heads ("this time", "in this constituency"), if any."""
    while noun.dep_ == "poss":
        noun = noun.head  # "in this year's speech"
    if noun.dep_ == "npadvmod" and noun.head.pos_ in ("VERB", "AUX"):
        return list(noun.subtree)
    prep = noun.head
    if noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.pos_ in ("VERB", "AUX"):
        return list(prep.subtree)
    return []


def _leaning(token: Span, anchor: ArticleDate | None) -> bool:
    """Tell whether an adverb leans on the article: "also" (what else?), and "now" when the
    article's date is known (the question then says when: see `event.with_context`)."""
    before = token.doc[token.i - 1].lower_ if token.i > 0 else ""
    if token.lower_ == "also":
        return before not in ("but", "and")  # "not only … but also": part of a pair
    return token.lower_ == "now" and anchor is not None and anchor.date is not None


def dropped_now(sentence: Span, replace: dict[int, str]) -> bool:
    """Tell whether a sentence's "now" was dropped, so its question must be dated."""
    return any(t.lower_ == "now" and replace.get(t.i) == "" for t in sentence)


def _replacements(
    sentence: Span, anchor: ArticleDate | None, person: str | None, people: dict[str, str]
) -> dict[int, str] | None:
    """Map tokens to what a question should say instead: dates resolved, pronouns named.

    Return None when a relative date that cannot be resolved is the sentence's subject or
    object: leaving it out would leave no sentence.
    """
    replace: dict[int, str] = {}
    for ent in sentence.ents:
        if ent.label_ != "DATE":
            continue
        if RELATIVE.match(ent.text):
            root = ent.root
            tokens = list(root.head.subtree) if root.dep_ == "pobj" else list(ent)
            if root.dep_ == "pobj" and root.head.dep_ != "prep":
                tokens = list(ent)
            said = resolve_relative(ent.text, anchor) or ""
            if said and root.dep_ == "pobj" and root.head.lower_ not in _TIME_PREPOSITIONS:
                tokens, said = list(ent), said.split(" ", 1)[-1]  # "before [March 2011]"
            if root.dep_ in ("compound", "nmod", "amod", "poss"):
                said = said.split(" ", 1)[-1] if said else ""  # "the [Thursday] opening"
                if root.dep_ == "poss" and said:
                    said += "'s"
                elif root.dep_ == "poss":
                    tokens = _modifier_phrase(root.head) or _aside(root) or list(ent)
                    if tokens == list(ent):
                        return None  # "this year's speech" with no date: nothing to say
            elif not said and root.dep_ not in ("pobj", "npadvmod", "advmod"):
                return None  # "this year happens to be…": nothing left to ask without a date
            elif root.dep_ in _SUBJECTS or root.dep_ in ("dobj", "attr"):
                said = said.split(" ", 1)[-1]  # "2021 happens to be", not "in 2021 happens"
            for n, token in enumerate(tokens):
                replace[token.i] = said if n == 0 else ""
            continue
        found = _YEAR_WORDS.search(ent.text)
        if found and anchor is not None and anchor.year is not None:
            year = resolve_relative(found.group(0), anchor) or ""
            inside = [t for t in ent if found.start() <= t.idx - ent.start_char < found.end()]
            for n, token in enumerate(inside):
                replace[token.i] = ", " + year.removeprefix("in ") if n == 0 else ""
        elif found:
            for token in ent:
                if found.start() <= token.idx - ent.start_char < found.end():
                    replace[token.i] = ""
    for token in sentence:
        if token.lower_ in ("yesterday", "today", "tomorrow", "tonight") and token.i not in replace:
            replace[token.i] = resolve_relative(token.lower_, anchor) or ""
        elif token.dep_ == "advmod" and token.i not in replace and _leaning(token, anchor):
            replace[token.i] = ""  # "also" points back; "now" is dated by the question instead
    for token in sentence:
        if token.lower_ in ("this", "these", "that", "those") and token.dep_ == "det":
            phrase = _modifier_phrase(token.head) or _aside(token)
            verb = token.head.head
            if (
                token.head.dep_ == "npadvmod"
                and token.head.i - 2 <= sentence.start
                and not any(c.dep_ in _SUBJECTS for c in verb.children)
            ):
                return None  # "This past week marked the opening": the parse has no subject
            for t in phrase:
                replace.setdefault(t.i, "")  # "at this summit": vague, and not needed
    for token in sentence:
        if token.lower_ in ("he", "she", "his", "her") and token.tag_ in ("PRP", "PRP$"):
            named = _antecedent_person(sentence, token, person, people)
            if named is not None:
                replace[token.i] = named + ("'s" if token.tag_ == "PRP$" else "")
    return replace
