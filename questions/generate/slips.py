"""The writer's slips a question must not copy: a misspelt word, a preposition before a modal
("announced in will open"), and a word written twice.

Review 5 found "recieve" copied from an article; the fresh7 blind review found "orcestrated",
"squarly" (words wordfreq has never seen) and "identified the the protein". A slip one letter
from exactly one common word is written as that word ("orchestrated"); one with two such words
is refused.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from questions.generate.compiled import pattern
from questions.generate.quotemarks import quoted_words
from questions.generate.slipwords import (
    MEANT,
    collocation,
    collocation_slip,
    slip_fixes,
    unseen_slip,
)
from questions.generate.verbfiles import verb_file

_SLIPS_KEY = "slips.sentence"  # doc.user_data[(_SLIPS_KEY, start, end)]: its slips
# Word classes closed enough that the same word twice running is a slip even inside a
# quotation ("the the", "to to"); "that that", "had had" and "her her" differ in tag or class
# and are English
_CLOSED = frozenset({"DET", "ADP", "CCONJ", "SCONJ", "PART"})
# the parse's labels of a clause that may end on a verb the next clause opens with again
_CLAUSE_ENDS = frozenset({"csubj", "csubjpass", "relcl", "advcl", "acl", "ccomp"})
_TIME = 28  # WordNet's noun.time lexicographer file: "morning", "week", "season"
_MOTION = "38"  # WordNet's verb.motion lexicographer file: "go", "run", "drive", "fall"


def misspelt(sentence: Any, stem: str) -> str | None:
    """Refuse a stem that copies a misspelling ("recieve", "orcestrated"): a lower-case word
    of the sentence's prose, outside names, that the inflection lexicon has no form of, one
    letter from a far commoner word; or one unseen by wordfreq and in no dictionary, one
    letter from a common word. (wordfreq alone cannot tell: it counts common misspellings.)"""
    for word, meant in _slips(sentence, stem):
        return f"the question copies {word!r} (for {meant[0]!r})"
    return _preposition_before_modal(sentence, stem)


def _preposition_before_modal(sentence: Any, stem: str) -> str | None:
    """Refuse a stem that copies a preposition straight before a modal and its verb ("has
    announced in will open": "it" slipped to "in", review 38): no English clause has that
    order, and no one fix is sure ("it will", "is will")."""
    words = list(sentence)  # read once: each token read from a span is built anew
    for first, second, third in zip(words, words[1:], words[2:], strict=False):
        if first.tag_ == "IN" and second.tag_ == "MD" and third.tag_ == "VB":
            pair = f"{first.text} {second.text}"
            if pattern(rf"(?<![\w'’-]){re.escape(pair)} {re.escape(third.text)}\b").search(stem):
                return f"the question copies {pair!r}"
    return None


def spelled_right(sentence: Any, stem: str, article: str = "") -> str:
    """Write each misspelling a stem copies as the one word it can only have meant
    ("orcestrated": "orchestrated"); a slip with two such words stays, for `misspelt`. A
    passive's verb left bare ("it was expect to") gets its participle, and a subject left
    bare ("electoral body has had success") the "the" the `article` writes it with."""
    for word, meant in _slips(sentence, stem):
        if len(meant) == 1:
            stem = _whole(word).sub(meant[0], stem)
    for bare, participle in _bare_passives(sentence):
        stem = _whole(bare).sub(participle, stem)
    head, _, line = stem.rpartition("\n")  # the headline above is the headline's own
    for phrase in _bare_subjects(sentence, article):
        unled = pattern(rf"(?<![\w'’-])(?<!\bthe )(?<!\bThe ){re.escape(phrase)}\b")
        line = unled.sub("the " + phrase, line, count=1)
    return f"{head}\n{line}" if head else line


def _bare_subjects(sentence: Any, article: str) -> list[str]:
    """Return each singular common noun's phrase, with a modifier of its own, that the
    sentence makes a finite verb's subject with no determiner ("electoral body has had
    success", blind review 76) outside a quotation, and the article writes elsewhere after
    "the": the writer dropped the article's own word. A lone noun ("excavation began") may
    be a mass noun's, well written bare."""
    found = []
    quoted = quoted_words(sentence) if article else set()
    for noun in sentence if article else ():
        if noun.tag_ != "NN" or noun.dep_ not in ("nsubj", "nsubjpass") or noun.i in quoted:
            continue
        lefts = [c for c in noun.lefts if c.dep_ != "punct"]  # ", electoral body": its comma
        if not _finite(noun.head) or any(c.dep_ not in ("amod", "compound") for c in lefts):
            continue  # a small clause's ("made abortion illegal"); a determiner, an owner
        first = min((c.left_edge.i for c in lefts), default=noun.i)
        words = list(sentence.doc[first : noun.i + 1])
        if len(words) < 2 or not all(t.is_lower and t.is_alpha and not t.ent_type_ for t in words):
            continue  # a name's words ("Pop art"), a figure's, a lone noun
        phrase = " ".join(t.text for t in words)
        if collocation(phrase):
            continue  # "climate change", "public health": WordNet's own noun, said bare
        if _written_whole(phrase, article):
            found.append(phrase)
    return found


def _written_whole(phrase: str, article: str) -> bool:
    """Tell whether the article writes "the <phrase>" as a whole noun phrase: before
    punctuation, the end or a function word ("the electoral body has"), not as a modifier of
    another noun ("the climate change summit")."""
    from spacy.lang.en.stop_words import STOP_WORDS

    led = pattern(rf"(?<![\w'’-])the {re.escape(phrase)}(?![\w'’-])(?:\s*(?P<next>\w+))?", re.I)
    return any(m["next"] is None or m["next"].lower() in STOP_WORDS for m in led.finditer(article))


def _finite(verb: Any) -> bool:
    """Tell whether a verb is finite: a tensed form, or one after an auxiliary ("has had")."""
    tensed = verb.tag_ in ("VBD", "VBZ", "VBP", "MD")
    return tensed or any(c.dep_ in ("aux", "auxpass") and c.tag_ != "TO" for c in verb.children)


def _bare_passives(sentence: Any) -> list[tuple[str, str]]:
    """Return each passive whose verb the writer left bare, with its participle ("was
    expect": "was expected", review 67): the parse reads "be" as the passive's auxiliary and
    the verb after it as a base form with no object. A pseudo-cleft ("what they did was
    leave") is English, and a verb with an object ("the aim was win the cup") meant "to"."""
    from lemminflect import getInflection

    found = []
    words = list(sentence)
    for be, verb in pairwise(words):
        if be.dep_ != "auxpass" or be.head.i != verb.i or verb.tag_ != "VB":
            continue
        if any(c.dep_ == "dobj" for c in verb.children) or _cleft(be):
            continue
        participle = getInflection(verb.lemma_, "VBN")
        if participle and participle[0] != verb.text:
            found.append((f"{be.text} {verb.text}", f"{be.text} {participle[0]}"))
    return found


def _cleft(be: Any) -> bool:
    """Tell whether a "be" ends a pseudo-cleft's subject ("what they did was"): "do" before it
    in its clause."""
    return any(t.lemma_ == "do" for t in be.doc[be.head.left_edge.i : be.i])


def _slips(sentence: Any, stem: str) -> list[tuple[str, tuple[str, ...]]]:
    """Return each misspelt word of the sentence's prose the stem holds, with the words it
    may have meant. (The word's own verdicts are cached; the stem is searched only for a
    slip: every candidate of a long article asks.)"""
    doc = sentence.doc
    return [(word, meant) for word, meant, i in _sentence_slips(sentence)
            if _has_word(stem, word) and not _term(doc[i])]  # fmt: skip


def _sentence_slips(sentence: Any) -> list[tuple[str, tuple[str, ...], int]]:
    """Return each misspelt word of a sentence's prose with the words it may have meant and
    where it stands, read once a sentence (in its doc's `user_data`, gone with the doc): every
    candidate of the sentence asks, and only which ones its stem holds differs."""
    from questions.generate.quotemarks import quoted_words

    key = (_SLIPS_KEY, sentence.start, sentence.end)
    kept = sentence.doc.user_data.get(key)
    if kept is not None:
        return kept  # type: ignore[no-any-return]
    found = []
    quoted: set[int] | None = None
    for token in sentence:
        word = token.text
        if not (word.isalpha() and word.islower() and len(word) > 2) or _named(token):
            continue
        meant = slip_fixes(word, token.lemma_) or collocation_slip(token)
        if not meant:
            meant = unseen_slip(word, token.lemma_)
            quoted = quoted_words(sentence) if meant and quoted is None else quoted
            meant = () if quoted is not None and token.i in quoted else meant  # a coinage, a sic
        if meant:
            found.append((word, meant, token.i))
    sentence.doc.user_data[key] = found
    return found


def _named(token: Any) -> bool:
    """Tell whether a word is part of a name, a hashtag or a handle, not prose."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    tagged = before is not None and before.text in ("#", "@") and not before.whitespace_
    return bool(token.ent_type_) or token.pos_ == "PROPN" or tagged or _particle(token)


def _term(token: Any) -> bool:
    """Tell whether a rare word is a term the writer means, not a slip: a name's tail or a
    noun written again."""
    return _name_tail(token) or _repeated(token)


def _name_tail(token: Any) -> bool:
    """Tell whether a lower-case word closes a name a rare capitalised word opens
    ("Trypanosoma brucei"): a species' epithet, however near a common word, is the name's own
    ("brucei" was written "bruce"). A verb after a name ("Sobisch recieved") is prose, and
    the parse of a binomial is no guide (its epithet is read as noun, adjective or root), so
    the words' own standing decides."""
    from questions.generate.pools import zipf

    if token.i == 0 or token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB"):
        return False
    before = token.doc[token.i - 1]
    if re.fullmatch(r"[A-Z]\.", before.text) and before.whitespace_:
        return True  # "T. brucei": an abbreviated genus (review: "brucei" written "bruce")
    if before.is_sent_start or not before.whitespace_ or not before.text[:1].isupper():
        return False
    # a genus is rare in print ("Trypanosoma" 2.0, "Vespula" 1.1), if WordNet has it or not
    return bool(before.text[1:].islower() and zipf(before.lower_) < MEANT)


def _repeated(token: Any) -> bool:
    """Tell whether the passage writes a rare word again, the same way: a slip is made once,
    a term the writer means is written each time ("Trypanosoma brucei gambiense and
    Trypanosoma brucei rhodensiense"); a verb slipped twice ("recieve") is the writer's habit."""
    return bool(token.pos_ == "NOUN" and sum(t.text == token.text for t in token.doc) > 1)


def _particle(token: Any) -> bool:
    """Tell whether a lower-case word stands between two words of a name ("Shareefa bint
    Khalfan", "Ludwig van Beethoven"): a name's particle, however rare, is no slip of prose
    (review 67: "bint" was written "bit")."""
    doc = token.doc
    if token.i == 0 or token.i + 1 >= len(doc) or not doc[token.i - 1].whitespace_:
        return False
    sides = (doc[token.i - 1], doc[token.i + 1])
    return all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in sides)


def _whole(word: str) -> re.Pattern[str]:
    """Return the pattern of a word standing whole: not inside a longer word, a hyphened or
    an apostrophed one."""
    return re.compile(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])")


def _has_word(text: str, word: str) -> bool:
    """Tell whether a text holds a word whole."""
    return _whole(word).search(text) is not None


def written_twice(sentence: Any, replace: dict[int, str]) -> dict[int, str]:
    """Return the cuts that write a word written twice running once ("identified the the
    protein", "going down down the field", "who was was shot"): the first of the two goes, so
    a name the second opens stays whole; at the sentence's start the second goes, so its
    capital stays. A double English writes (`_english_double`) stays, and an open word
    doubled inside a quotation is the speaker's ("very very")."""
    cuts: dict[int, str] = {}
    quoted: set[int] | None = None
    for first, second in pairwise(sentence):
        if first.lower_ != second.lower_ or not second.text.islower() or not first.whitespace_:
            continue
        if not second.is_alpha or first.i in replace or second.i in replace:
            continue
        if first.pos_ not in _CLOSED:
            quoted = quoted_words(sentence) if quoted is None else quoted
            if first.i in quoted:
                continue
        if not _english_double(first, second):
            cuts[second.i if first.i == sentence.start else first.i] = ""
    return cuts


def _english_double(first: Any, second: Any) -> bool:
    """Tell whether a word written twice running is English: a clause's last word before the
    next clause's first ("what it is is", "the man who left left"); a verb's particle before
    its preposition, unless the verb is one of motion (WordNet's verb.motion) and the phrase
    no time: "going down down the field" says the path twice, "moved in in June", "logged on
    on Monday" and "handed it in in person" do not; or two words the parse tells apart by
    class or tag ("had had": an auxiliary and its verb; "that that", "her her")."""
    if first.dep_ in _CLAUSE_ENDS and second.head.i != first.i:
        return True
    if first.dep_ in ("prt", "advmod") and second.dep_ == "prep" and first.head.i == second.head.i:
        return verb_file(first.head.lemma_) != _MOTION or _timed(second)  # tagged either way
    return (first.pos_, first.tag_) != (second.pos_, second.tag_)


def _timed(prep: Any) -> bool:
    """Tell whether a preposition's object is a time: a date's or a time's name, or a noun
    whose commonest sense WordNet files under noun.time ("in the morning")."""
    from questions.generate.wordnet import first_sense

    for noun in (c for c in prep.children if c.dep_ == "pobj"):
        entry = first_sense(noun.lemma_.lower()) if noun.pos_ == "NOUN" else None
        if noun.ent_type_ in ("DATE", "TIME") or (entry is not None and entry.lexfile == _TIME):
            return True
    return False
