"""Verb forms of a question: number agreement with "who/which", and the past of a dated one.

`past_tense` and `event_past` put a written question's verb in the past when its date ("as of
March 4, 2011") or its event's year ("the 2016 Hong Kong legislative election") makes the
present tense read wrong.

A question asked "as of" the article's date is about a past state: "How many vulnerabilities
did IE6 have as of March 4, 2011?", not "does … have". Forms come from lemminflect.
"""

from __future__ import annotations

import re
from typing import Any

from lemminflect import getInflection, getLemma

from questions.generate.compiled import pattern
from questions.generate.quotemarks import quoted_words

Token = Any
PAST_AUX = {"does": "did", "do": "did", "is": "was", "are": "were", "am": "was", "has": "had",
            "have": "had"}  # fmt: skip
_PRESENT = ("VBZ", "VBP")
_DO = {"VBD": "did", "VBZ": "does", "VBP": "do"}
_PRIMARY = frozenset({"be", "have", "do"})  # the auxiliaries that invert, beside the modals


def invert(verb: Token, rest: list[Token]) -> tuple[Token | str | None, list[Token | str]]:
    """Return the word put before the subject of a question (its first auxiliary, "be", or
    "did/does/do" with the verb in its base form) and the clause after the subject without
    it; None when the verb's form cannot be inverted (a bare "VB")."""
    auxes = [
        t for t in rest if t.head.i == verb.i and t.dep_ in ("aux", "auxpass") and t.i < verb.i
    ]
    if auxes and _inverts(auxes[0]):
        return auxes[0], [t for t in rest if t.i != auxes[0].i]
    if auxes:  # "became known", "got damaged": no auxiliary that inverts, so do-support
        return _do_support(auxes[0], rest)
    if verb.lemma_ == "be":
        return verb, [t for t in rest if t.i != verb.i]
    return _do_support(verb, rest)


def _inverts(aux: Token) -> bool:
    """Tell whether an auxiliary goes before the subject of a question: a modal, or one of
    English's primary auxiliaries be, have and do; the parse also calls "became" of "became
    known" and "got" of "got damaged" auxiliaries, which take do-support instead ("In which
    year did the trust become known …?", never "became the trust known")."""
    return aux.tag_ == "MD" or aux.lemma_ in _PRIMARY


def _do_support(verb: Token, rest: list[Token]) -> tuple[str | None, list[Token | str]]:
    """Return "did/does/do" and the clause with the finite verb in its base form, or None
    when the verb's form takes none (a bare "VB")."""
    do = _DO.get(verb.tag_)
    if do is None:
        return None, list(rest)
    lemma = verb_lemma(verb)
    base = getInflection(lemma, "VB")
    return do, [(base[0] if base else lemma) if t.i == verb.i else t for t in rest]


def verb_lemma(verb: Token) -> str:
    """Return a verb's lemma, lemminflect's where the model's does not inflect back to the
    word: the model lemmatises "fined" as "fin" ("How much did the court fin …?")."""
    lemma = str(verb.lemma_)
    if verb.lower_ in (f.lower() for f in getInflection(lemma, verb.tag_)):
        return lemma
    found = getLemma(verb.lower_, upos="VERB")
    return str(found[0]) if found else lemma


def agree(rest: list[Token], verb: Token) -> list[Token | str]:
    """Make the first verb of a subject question singular ("who have" -> "who has")."""
    out: list[Token | str] = list(rest)
    for n, token in enumerate(rest):
        if token.i <= verb.i and token.lower_ == "were":
            out[n] = "was"
            break
        if token.i <= verb.i and token.tag_ == "VBP" and token.head.i in (verb.i, token.i):
            singular = getInflection(token.lemma_, "VBZ")
            out[n] = singular[0] if singular else token.text
            break
        if token.tag_ in ("VBD", "VBZ", "MD"):
            break
    return out


def past_of(token: Token) -> str:
    """Return a present verb's past form: "is" -> "was", "remain" -> "remained"."""
    if token.lemma_ == "be":
        return "were" if token.lower_ in ("are", "'re") else "was"
    forms = getInflection(verb_lemma(token), "VBD")
    return str(forms[0]) if forms else str(token.text)


def in_past(pieces: list[Token | str], verb: Token) -> list[Token | str]:
    """Put the clause's own present verbs (the verb, its auxiliaries, verbs joined to it) in
    the past; a reported clause keeps its tense ("said that it has …" is another clause)."""
    out: list[Token | str] = []
    for piece in pieces:
        if isinstance(piece, str):
            out.append(piece)  # a form already chosen ("has" by agreement, a base form)
            continue
        own = piece.i == verb.i or (
            piece.head.i == verb.i and piece.dep_ in ("aux", "auxpass", "conj")
        )
        out.append(past_of(piece) if own and piece.tag_ in _PRESENT else piece)
    return out


def dated_state(tokens: list[Token]) -> bool:
    """Tell whether a clause states a state at a past date: "as of March 4, 2011, IE6 has …"
    is what it had then, so its question is asked in the past."""
    for token in tokens:
        after = token.nbor() if token.i + 1 < len(token.doc) else None
        if token.lower_ == "as" and after is not None and after.lower_ == "of":
            return any(t.ent_type_ == "DATE" and t.like_num for t in after.subtree)
    return False


def past_tense(stem: str, sentence: Token) -> str:
    """Put a present-tense question dated by its sentence's "as of <date>" in the past
    ("How many vulnerabilities does IE6 have as of March 4, 2011?" -> "did … have"): the
    date is past by the time the quiz is played."""
    if not re.search(r"\bas of\b", stem):
        return stem
    mark = next((t for t in sentence[:-1] if t.lower_ == "as" and t.nbor().lower_ == "of"), None)
    if mark is None:
        return stem
    return _stem_in_past(stem, mark.head)


def event_past(stem: str, sentence: Token, event: str | None) -> str:
    """Put in the past the present tense of a dated event the question names as its subject
    ("How many members does the 2016 Hong Kong legislative election elect?" -> "did …
    elect"): the year now said makes the present tense read wrong."""
    dated = re.fullmatch(r"the (\d{4}) (.+)", event or "")
    if dated is None or dated.group(0).lower() not in stem.lower():
        return stem
    head = dated.group(2).split()[-1].lower()
    for token in sentence:
        verb = token.head
        if (
            token.dep_ in ("nsubj", "nsubjpass")
            and token.lower_ == head
            and verb.tag_ in ("VBZ", "VBP")
        ):
            return _stem_in_past(stem, verb)
    return stem


def perfect_in_past(stem: str, sentence: Token) -> str:
    """Say the sentence's present perfect in the past where its question is dated by a phrase
    put in front ("In August 2015, …"), which a present perfect cannot take: a completed
    event in the simple past ("has been placed" -> "was placed", "has not paid" -> "did not
    pay"), a perfect of duration or repetition in the past perfect ("has lived … for" ->
    "had lived", "has been re-elected twice" -> "had been"). Unchanged when the question
    does not say the verb group as the sentence does, nor inside a quotation: the words
    are the speaker's ("… we have not been perfect")."""
    quoted = quoted_words(sentence)
    for verb in (t for t in sentence if t.tag_ in ("VBN", "VBG") and t.i not in quoted):
        have = [c for c in verb.children if c.dep_ == "aux" and c.lemma_ == "have"]
        if len(have) != 1 or have[0].tag_ not in _PRESENT or have[0].i > verb.i:
            continue
        if verb.dep_ in ("aux", "auxpass") and verb.head.i > verb.i:
            verb = verb.head  # "has been" hung on "been", the passive's verb after it
        group = sentence.doc[have[0].i : verb.i + 1]
        said = re.compile(rf"\b{re.escape(group.text)}\b")
        if not said.search(stem):
            continue
        word = [verb]  # "re-elected": three tokens, one word, its modifiers on any
        while not word[-1].whitespace_ and word[-1].i + 1 < sentence.end:
            word.append(sentence.doc[word[-1].i + 1])
        if any(
            _lasting(t) for t in word
        ):  # "had lived in Lagos for _____": the perfect's time kept
            past = "had" + group.text[len(have[0].text) :]
        else:
            past = _simple_past(list(group), have[0].lower_ == "have")
        return said.sub(past, stem, count=1) if past else stem
    return stem


def reporting_past(stem: str, sentence: Token) -> str:
    """Say the sentence's present-tense reporting verb in the past where its question is
    dated by a phrase put in front ("In March 2008, the mayor says she …" -> "said"): a
    past date with "says" mixes the tenses (review 61). The reported clause keeps its own
    tense, as news writes it; a question asked with "do"/"does" is left as it is."""
    from questions.generate.verbfiles import speech_verb

    if re.search(r"\b(?:does|do)\b", stem):
        return stem
    quoted = quoted_words(sentence)
    for verb in sentence:
        reports = any(c.dep_ == "ccomp" for c in verb.children)
        if verb.tag_ in _PRESENT and verb.i not in quoted and reports and speech_verb(verb.lemma_):
            return _stem_in_past(stem, verb)
    return stem


# adverbs of a perfect of repetition or of a time up to now: "has already left", "has won
# twice", "has never paid", "has so far sold"; its time is no single past moment
_REPEATED = frozenset({"already", "ever", "never", "twice", "thrice", "repeatedly", "again",
                       "always", "often", "yet", "far", "since", "long", "still"})  # fmt: skip
_SPAN_WORDS = ("past", "last", "recent")  # "over the past decade", "in recent years"


def _lasting(verb: Token) -> bool:
    """Tell whether a perfect says a duration, a repetition or a time up to now ("for ten
    years", "since 2010", "three times", "twice", "so far", "to date")."""
    for child in verb.children:
        words = [t.lower_ for t in child.subtree]
        if child.dep_ in ("advmod", "npadvmod", "neg") and child.lower_ in _REPEATED:
            return True
        if (
            child.dep_ in ("npadvmod", "advmod", "dobj")
            and child.lemma_ == "time"
            and len(words) > 1
        ):
            return True  # "three times", "many times"
        if child.dep_ == "npadvmod" and child.tag_ == "NNS" and _time_span(child):
            return True  # "has lived there ten years", not "has said this week"
        if child.dep_ != "prep":
            continue
        objects = [t for t in child.children if t.dep_ == "pobj"]
        if child.lower_ == "since" or (child.lower_ == "to" and words[1:] == ["date"]):
            return True
        if child.lower_ == "for" and any(_time_span(o) for o in objects):
            return True  # "for ten years", "for a decade"; not "targets for 2023"
        if any(w in _SPAN_WORDS for w in words) and any(o.ent_type_ == "DATE" for o in objects):
            return True
    return False


def _time_span(noun: Token) -> bool:
    """Tell whether a noun is a length of time ("years", "a decade", "a while") (WordNet)."""
    from questions.generate.hypernyms import is_kind_of
    from questions.generate.wordnet import senses

    spans = {*senses("time_period")[:1], *senses("time_unit")[:1]}
    return noun.pos_ == "NOUN" and is_kind_of(senses(noun.lemma_)[:1], spans, 4)


def _simple_past(group: list[Token], plural: bool) -> str | None:
    """Say a present perfect's verb group ("has not been placed", "has also taken") in the
    simple past ("was not placed", "also took", "did not take"); None without a past form."""
    verb, between = group[-1], group[1:-1]
    been = [t for t in between if t.lower_ == "been"]
    others = ["not" if t.lower_ == "n't" else t.text for t in between if t not in been]
    negated = any(t.dep_ == "neg" for t in between)
    if been or verb.lemma_ == "be":  # "has not been placed", "has been living", "has been"
        verbs = [verb.text] if been else []  # "has been" itself: "was"
        return " ".join(["were" if plural else "was", *others, *verbs])
    if negated:  # "has not paid": "did not pay"
        base = getInflection(verb.lemma_, "VB")
        return " ".join(["did", *others, str(base[0])]) if base else None
    forms = getInflection(verb.lemma_, "VBD")
    return " ".join([*others, str(forms[0])]) if forms else None


def _stem_in_past(stem: str, verb: Token) -> str:
    """Say a sentence's present-tense verb (and its auxiliaries) in the past in the question."""
    finite = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    for word in (w for w in finite if w.tag_ in ("VBZ", "VBP")):
        said = pattern(rf"\b{re.escape(word.text)}\b").sub(past_of(word), stem, count=1)
        if said == stem:  # do-support wrote "does"/"do" and the base form
            said = re.sub(r"\b(?:does|do)\b", "did", stem, count=1)
        stem = said
    return stem


def absolute_participle(sentence: Token, replace: dict[int, str]) -> None:
    """Say a finite past verb after "with" and its subject as the -ing form it should be:
    "with around 2 million voters voted" is an article's slip, copied into a question a blind
    review failed (review 9); "with around 2 million voters voting" is English."""
    for token in sentence:
        head = token.head
        if token.tag_ != "VBD" or token.dep_ != "pcomp" or head.lower_ != "with":
            continue
        if token.i in replace or not any(c.dep_ == "nsubj" for c in token.children):
            continue
        forms = getInflection(token.lemma_, tag="VBG")
        if forms:
            replace[token.i] = forms[0]
