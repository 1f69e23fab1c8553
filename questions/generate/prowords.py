"""Words that stand for something said before their sentence: a place adverb ("troops
there"), a demonstrative pronoun ("Dean says that shows …") and an ordered noun ("the next
possession").

Copied into a question, each keeps pointing to a sentence the player never sees (review
82): "there" to the place the sentence before named, "that" to what the sentence before
told, "the next possession" to the one before it. Each is found by the parse alone: the
existential "there" holds a subject's place and points nowhere; a determiner ("that plan")
is judged with its noun (`references`); a relative or complementiser "that" joins a clause;
"the next election" of a clause in the future is the next from the story's day. A "there"
whose place the sentence before names, and none other, as where it happens or what its verb
acts on ("sent to Kortland Bay", "invade Iraq") is said by that place (`name_there`); a
place named only as a landmark ("a village north of Kabul": "there" is the village) and the
rest are left for the question to be refused.
"""

from __future__ import annotations

from typing import Any

from questions.generate.clauses import SUBJECT
from questions.generate.entcache import ents_of
from questions.generate.references import POINTS_BACK, said_in_stem

Span = Any
Token = Any
_PLACE_WORDS = frozenset({"there", "here"})
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
_ORDERED = frozenset({"next", "following"})  # "previous", "same": `references` already
_ARGUMENTS = frozenset(SUBJECT) | {"dobj", "pobj", "attr", "dative", "conj"}
_PLACES = frozenset({"GPE", "LOC", "FAC"})
# where a verb happens or goes ("exploded in a village", "sent to Kortland Bay"); "near",
# "from", "outside" or "north of" give a landmark to find the setting by, not the setting
_SETTING = frozenset({"in", "at", "to", "into"})
_TIMES = frozenset({"DATE", "TIME"})  # "in 2008", "at noon": when, not where
_SAID_WHICH = frozenset({"relcl", "acl", "prep"})  # "those who …", "that of France"
_PAST = frozenset({"VBD", "VBN"})
_HELD = frozenset({"ccomp", "xcomp"})  # a saying's or wish's words: "says that shows …"
_MODIFIERS = frozenset({"compound", "poss", "amod", "nmod"})


def place_adverb(token: Token) -> bool:
    """Tell whether "there" or "here" stands for a place ("troops there", "went there", "from
    here"), not the existential "there" of "there is", which holds the subject's place."""
    if token.lower_ not in _PLACE_WORDS:
        return False
    if token.dep_ == "expl" or token.tag_ == "EX":
        # the parser's "there" before a verb with a subject of its own ("the deployment of
        # troops there is …") is the place, not the existential one
        return any(c.dep_ in SUBJECT and c.i != token.i for c in token.head.children)
    if token.dep_ == "advmod" and token.head.lemma_ == "be":
        return False  # "officials were there": present at the story's event, the headline's
    return token.pos_ == "ADV" or token.dep_ in ("pobj", "advmod")


def place_said_before(token: Token) -> bool:
    """Tell whether the sentence names a place before the adverb, which it may stand for
    ("officials from Iraq … the fighting there"; not "U.S. troops there", a modifier)."""
    return any(e.start < token.i and _as_place(e) for e in ents_of(token.sent))


def _as_place(ent: Span) -> bool:
    """Tell whether a name is said as a place, not as a modifier ("U.S. officials")."""
    return ent.label_ in _PLACES and ent.root.dep_ not in _MODIFIERS


def demonstrative_argument(token: Token) -> bool:
    """Tell whether "that", "this", "these" or "those" stands alone as a verb's or a
    preposition's argument for what a sentence before told ("Dean says that shows …"): not a
    determiner, a relative or complementiser "that", nor one its own sentence explains."""
    if token.lower_ not in _DEMONSTRATIVES or token.dep_ not in _ARGUMENTS:
        return False
    if token.tag_ in ("WDT", "WP") or (token.head.dep_ == "relcl" and token.i < token.head.i):
        return False  # "a fumble that was recovered": a relative pronoun
    if any(c.dep_ in _SAID_WHICH for c in token.children):
        return False  # "those who voted", "that of France": said right there
    return not _clause_before(token) and not _told_after(token)


def _clause_before(token: Token) -> bool:
    """Tell whether a clause of the sentence before the pronoun may be what it stands for
    ("Prices rose, and that worried them", "added urea because that would …"): a verb before
    it other than one whose said or meant words hold it ("Dean says that shows …")."""
    own = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if own is None:
        return False
    holding = set()
    while own.dep_ in _HELD and own.head.i != own.i:
        own = own.head
        holding.add(own.i)
    return any(
        v.i < token.i and v.pos_ in ("VERB", "AUX") and v.dep_ not in ("aux", "auxpass")
        and v.i not in holding
        for v in token.sent
    )  # fmt: skip


def _told_after(token: Token) -> bool:
    """Tell whether "this" of "This is the ninth year that …" is what the clause after says."""
    verb = token.head
    if token.dep_ != "nsubj" or verb.lemma_ != "be":
        return False
    return any(
        c.dep_ == "attr" and any(g.dep_ in ("relcl", "acl") for g in c.children)
        for c in verb.children
    )


def ordered_noun(token: Token) -> bool:
    """Tell whether "the next …" or "the following …" orders a noun after one told before:
    in a clause of the past ("The next possession ended …"), with nothing in the sentence
    before it ("After the punt, the next drive …") it comes after."""
    noun = token.head
    if token.lower_ not in _ORDERED or token.dep_ != "amod" or noun.pos_ != "NOUN":
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return False  # "next year": from the story's day
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), noun.head)
    tenses = {verb.tag_, *(c.tag_ for c in verb.children if c.dep_ in ("aux", "auxpass"))}
    if not tenses & _PAST or "MD" in tenses:
        return False  # "will contest the next election": the next one from now
    return not any(
        t.lower_ in ("after", "following") and t.dep_ == "prep" and t.i < token.i
        for t in token.sent
    )


def said_near(token: Token, stem: str) -> bool:
    """Tell whether the question says the word with a word beside it in the article."""
    doc, words = token.doc, []
    if token.i > token.sent.start and doc[token.i - 1].is_alpha:
        words.append([doc[token.i - 1].text, token.text])
    if token.i + 1 < token.sent.end and doc[token.i + 1].is_alpha:
        words.append([token.text, doc[token.i + 1].text])
    return any(said_in_stem(w, stem) for w in words or [[token.text]])


def unresolved_pointer(
    sentence: Span, answer: range, stem: str, replace: dict[int, str]
) -> str | None:
    """Return what a place adverb, demonstrative pronoun or ordered noun of the question
    points back to without saying it, or None."""
    for token in sentence:
        if token.i in answer or token.i in replace:
            continue
        if place_adverb(token) and not place_said_before(token) and said_near(token, stem):
            return f"the question says {token.text!r} without naming the place"
        if demonstrative_argument(token) and said_near(token, stem):
            return f"the question says {token.text!r}, which {POINTS_BACK}"
        if ordered_noun(token) and said_in_stem([token.text, token.head.text], stem):
            # "the next possession": after one told before, which no question names
            return f"the question says {token.text} {token.head.text!r}, which {POINTS_BACK}"
    return None


def name_there(sentence: Span, previous: Span | None, replace: dict[int, str],
               quoted: set[int]) -> None:  # fmt: skip
    """Say "troops in Iraq" for "troops there" (and "from Iraq" for "from there") when the
    sentence before names one place, as its setting, and the sentence itself none before the
    adverb: "it" is named so too (`antecedents`); a speaker's "there" and any other use are
    left."""
    place = _setting(previous) if previous is not None else None
    if place is None:
        return
    for token in sentence:
        if token.lower_ != "there" or token.i in replace or token.i in quoted:
            continue
        if not place_adverb(token) or place_said_before(token):
            continue
        before = token.doc[token.i - 1] if token.i > sentence.start else None
        if token.dep_ == "pobj":  # "from there": from the place
            replace[token.i] = place
        elif before is not None and before.pos_ == "NOUN":  # "troops there": troops in it
            replace[token.i] = f"in {place}"


def _setting(sentence: Span) -> str | None:
    """Return the one place a sentence names as a place, as it writes it ("the United
    States"), when it is where the sentence happens or what its verb acts on: the only
    phrase of "in", "at" or "to" on a verb and place object of one ("invade Iraq"), or None.

    "Exploded in a small village … north of Kabul": "there" is the village, Kabul only a
    landmark to find it by; so is a place of "near", "from" or "outside", and one heading
    nothing but a noun ("the Kabul police", "a farm in Kabul province")."""
    found: dict[str, Span] = {}
    for ent in ents_of(sentence):
        if _as_place(ent):
            found.setdefault(ent.text.removeprefix("the ").removeprefix("The "), ent)
    settings = _settings(sentence)
    if len(found) != 1 or len(settings) != 1:
        return None
    text, ent = next(iter(found.items()))
    if settings[0].i != ent.root.i:
        return None  # the setting is a common noun ("a small village"): the place is that
    the = ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the"
    return f"the {text}" if the or ent[0].lower_ == "the" else text


def _settings(sentence: Span) -> list[Token]:
    """Return the heads of a sentence's phrases that say where a verb happens or goes ("in a
    village", "sent to Kortland Bay") and of the places its verbs act on ("invade Iraq")."""
    settings = []
    for token in sentence:
        verb = token.head.head
        if token.dep_ == "pobj" and token.ent_type_ not in _TIMES:
            prep = token.head  # "to Kortland Bay" of "sent" is parsed as a dative
            if prep.lower_ in _SETTING and prep.dep_ in ("prep", "dative") and _verb(verb):
                settings.append(token)
        elif token.dep_ == "dobj" and token.ent_type_ in _PLACES and _verb(token.head):
            settings.append(token)
    return settings


def _verb(token: Token) -> bool:
    """Tell whether a token is a verb (or "be": "the talks were in Oslo")."""
    return token.pos_ in ("VERB", "AUX")
