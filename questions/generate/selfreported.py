"""A speaker's word on its own deed, asked over the saying: "Peru stated it would respond
within 12 hours" -> "Within how many hours did Peru state it would respond?".

The reported clause's subject is a pronoun for the one who reports it ("it" for Peru): asked
as a sentence of its own ("Within how many hours would it respond?") the pronoun is left with
no name, and the name that resolves it is the reporting clause's subject. Kept whole, the
saying carries both, as a wh-phrase leaves "agreed to hold a summit in Dushanbe". Of two
deeds the speaker names with one subject ("it would attack … and would respond within 48
hours"), the question keeps the key's own: the other is no part of what it asks.

A person's word on a deed of his own done ("Schreiber said he paid Mulroney $300,000") is his
claim, not the article's fact: it is asked over the saying too, his "he" left as written
("How much did Karlheinz Schreiber say he paid …?"). His plan ("said he would pay") is his to
tell, and "When did he say he met …?" would ask when he said it: both are asked by his name.
"""

from __future__ import annotations

from typing import Any

from lemminflect import getInflection

from questions.generate.cataphora import own_speaker
from questions.generate.clauses import SUBJECT, children_of, reports, stands
from questions.generate.dummyit import dummy_it
from questions.generate.persons import person_noun

Token = Any
_VERBS = ("VERB", "AUX")
_PLURAL = ("NNS", "NNPS")
# the words of a verb's own that go with its deed, not before the subject: kept with the
# second deed when it has none of its own ("it would attack … and respond")
_AUXES = ("aux", "auxpass", "neg")
# kinds a question asks "when" or "where" of, which over a saying ask the saying's
_CIRCUMSTANCES = frozenset({"date", "year", "time", "place"})


def saying_over(
    token: Token, replace: dict[int, str], kind: str
) -> tuple[Token | None, dict[int, str]]:
    """Return the reporting verb a question on `token` (a fact of `kind`) is asked over, with
    the words the question says: `token` sits in the clause it reports, whose subject is an
    unresolved pronoun for the speaker ("Peru stated it would respond within 12 hours"), or a
    person's own past deed, a claim left as written ("Roe said he paid …"); None otherwise."""
    said = _said_verb(token)
    if said is None or said.dep_ != "ccomp" or not stands(said.head):
        return None, replace
    pronouns = children_of(said, SUBJECT)
    if len(pronouns) != 1:
        return None, replace
    if pronouns[0].i in replace:  # a named one is asked by its name, but for a claim
        if not _claimed(pronouns[0], said, kind, replace):
            return None, replace
        return said.head, {i: s for i, s in replace.items() if i != pronouns[0].i}
    spoken = reports(said.head) and _speaker_pronoun(pronouns[0], said.head)
    return (said.head if spoken else None), replace


def _claimed(pronoun: Token, said: Token, kind: str, replace: dict[int, str]) -> bool:
    """Tell whether a reported clause is its speaker's word on a deed of his own done ("Roe
    said he paid Tom Briggs $300,000"): the speaker's claim, not the article's fact, asked
    over the saying ("How much did Jane Roe say he paid …?"). A plan ("said he would …") is
    his to tell; a date or place over the saying would ask when or where he said it."""
    if kind in _CIRCUMSTANCES or own_speaker(pronoun, replace) is None:
        return False
    auxes = children_of(said, ("aux", "auxpass"))
    if any(a.tag_ == "MD" for a in auxes):
        return False
    return said.tag_ == "VBD" or any(a.tag_ == "VBD" or a.lemma_ == "have" for a in auxes)


def _said_verb(token: Token) -> Token | None:
    """Return the verb of the reported clause holding `token`: the first of its deeds."""
    own = _own_deed(token)
    if own is None or own.dep_ != "conj" or own.head.pos_ not in _VERBS:
        return own
    if not children_of(own, _AUXES) and own.tag_ != own.head.tag_:
        return None  # "they can call … and told …": no "can told"; the parse misjoined them
    return own.head  # "would attack … and would respond": the subject is the first's


def _own_deed(token: Token) -> Token | None:
    """Return the deed `token` belongs to: its verb, up through the infinitives it leaves
    ("would try to respond"); a verb joined to another with a subject of its own is none."""
    verb = token.head
    if verb.pos_ not in _VERBS:
        return None
    while verb.dep_ == "xcomp" and verb.head.pos_ in _VERBS:
        verb = verb.head
    if verb.dep_ == "conj" and children_of(verb, SUBJECT):
        return None  # "it would attack and Seoul would respond": another's deed
    return verb


def _speaker_pronoun(pronoun: Token, reporting: Token) -> bool:
    """Tell whether a reported clause's subject pronoun fits the reporting clause's subject in
    number and kind ("Peru … it", "officials … they"): the reader takes it for the speaker.
    A person's "he" or "she" is named by the article's cast instead, and asked by that name
    ("Which city would Ana Torres visit?", `cataphora.speaker_named`)."""
    speakers = children_of(reporting, ("nsubj",))
    if len(speakers) != 1 or pronoun.tag_ != "PRP" or speakers[0].pos_ == "PRON":
        return False  # "He said it would …": no name for either
    speaker = speakers[0]
    plural = speaker.tag_ in _PLURAL or any(c.dep_ == "conj" for c in speaker.children)
    if pronoun.lower_ == "they":
        return plural
    person = speaker.ent_type_ in ("PERSON", "NORP") or (
        speaker.pos_ == "NOUN" and person_noun(speaker.lemma_)
    )
    # "it would cost …" with an expletive "it" names no speaker
    return pronoun.lower_ == "it" and not plural and not person and not dummy_it(pronoun)


def saying_clause(reporting: Token, token: Token, clause: list[Token]) -> tuple[list[Token], str]:
    """Return a question's clause asked over the saying: without the reported clause's other
    deeds, the commas around a lone adverb and the phrases fronted before the speaker that
    name nothing; or no words, and why."""
    opener, named = saying_opener(reporting)  # "After the exchange of fire, X stated …"
    if named:
        return [], "a phrase fronted before the speaker would date the deed"
    cut = other_deeds(reporting, token) | opener
    kept = [t for t in clause if t.i not in cut]
    commas = adverb_commas(kept)
    return [t for t in kept if t.i not in commas], ""


def other_deeds(reporting: Token, token: Token) -> frozenset[int]:
    """Return the words of the reported clause's other deeds, which a question on `token`
    asked over `reporting` leaves out ("it would [attack any loudspeakers and] would respond
    within 48 hours"): the deed the key belongs to is true alone."""
    own = _own_deed(token)
    said = _said_verb(token)
    if own is None or said is None or said.head.i != reporting.i:
        return frozenset()
    deeds = [said, *(c for c in said.children if c.dep_ == "conj" and c.pos_ in _VERBS)]
    if len(deeds) < 2:
        return frozenset()
    cut = {t.i for d in deeds[1:] if d.i != own.i for t in d.subtree}
    if said.i != own.i:
        cut |= _first_deed(said, own, deeds)
    cut |= {c.i for c in said.children if c.dep_ == "cc" or (c.dep_ == "punct" and c.text == ","
            and c.i < deeds[-1].left_edge.i)}  # fmt: skip
    return frozenset(cut)


def _first_deed(said: Token, own: Token, deeds: list[Token]) -> set[int]:
    """Return the first deed's words a question on a later deed (`own`) leaves out: those
    after the subject, but for a condition said before it ("that, if …, it would") and the
    words after every deed, which are all of theirs; its auxiliaries stay where the key's
    deed has none ("it would attack … and respond": "would respond")."""
    subject = children_of(said, SUBJECT)[0]
    later = {t.i for d in deeds[1:] for t in d.subtree}
    last = max(d.right_edge.i for d in deeds)
    words = {t.i for t in said.subtree if subject.right_edge.i < t.i < last and t.i not in later}
    if not children_of(own, _AUXES):
        words -= {c.i for c in children_of(said, _AUXES)}
    return words


def adverb_commas(clause: list[Token]) -> frozenset[int]:
    """Return the commas setting off a lone adverb inside the clause ("would respond,
    militarily, within 48 hours"): with the key's phrase fronted, they would split the
    question's clause ("… respond, militarily, if …"); "respond militarily" says the same."""
    cut: set[int] = set()
    for before, adverb, after in zip(clause, clause[1:], clause[2:], strict=False):
        lone = adverb.dep_ == "advmod" and adverb.pos_ == "ADV" and not list(adverb.children)
        if lone and before.text == after.text == "," and before.i + 2 == after.i:
            cut |= {before.i, after.i}
    return frozenset(cut)


def saying_opener(reporting: Token) -> tuple[frozenset[int], bool]:
    """Return the words of the phrases fronted before the speaker that name nothing ("After
    the exchange of fire,"), which a question over the saying leaves out: they say only when
    it was said, and the question is true without them; and whether one names its event ("After
    the summit in Hanoi,"), which the question could not move to its end, where it would seem
    to date the deed ("… state it would respond after the summit?")."""
    speakers = children_of(reporting, ("nsubj",))
    if not speakers:
        return frozenset(), False
    start = speakers[0].left_edge.i
    cut: set[int] = set()
    for phrase in reporting.children:
        if phrase.i >= start or phrase.dep_ in ("punct", "cc"):
            continue
        words = list(phrase.subtree)
        if any(t.pos_ in ("PROPN", "NUM") or t.ent_type_ for t in words):
            return frozenset(), True
        cut |= {t.i for t in words}
    doc = reporting.doc
    cut |= {i for i in range(min(cut, default=start), start) if doc[i].is_punct} if cut else set()
    return frozenset(cut), False


def backshifted(reporting: Token, clause: list[Token]) -> dict[int, str]:
    """Return the past forms a kept condition takes when the saying is past ("stated it would
    respond if the broadcasts [did] not stop"): reported speech keeps its tenses in step."""
    if reporting.tag_ != "VBD":
        return {}
    kept = {t.i for t in clause}
    shifted: dict[int, str] = {}
    for mark in (t for t in clause if t.dep_ == "mark" and t.lower_ == "if"):
        finite = [w for w in (mark.head, *children_of(mark.head, ("aux", "auxpass")))
                  if w.tag_ in ("VBP", "VBZ") and w.i in kept]  # fmt: skip
        if finite:  # "do not stop": the one finite word changes
            shifted[finite[0].i] = _past(finite[0])
    return {i: past for i, past in shifted.items() if past}


def _past(word: Token) -> str:
    """Return a present verb's past form ("stops" -> "stopped"); "be" has two, and its
    present form says which ("are" -> "were", "is" and "am" -> "was")."""
    pasts: tuple[str, ...] = getInflection(word.lemma_, "VBD") or ("",)
    plural = word.lemma_ == "be" and word.tag_ == "VBP" and word.lower_ != "am"
    return pasts[1] if plural and len(pasts) > 1 else pasts[0]
