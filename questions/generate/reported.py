"""A reported saying's options: "Who said he …?" asked of people the article has act.

"Who said he had only seen the Silver Clouds installation before in film?" offered Truman
Capote and Edward Steichen, shown in the exhibit's pictures, as the USI instructor who said
it: people the article only shows or lists ("Polaroids of author Truman Capote", "an Edward
Steichen exhibit") say nothing in it and are no plausible speakers.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Any

from lemminflect import getLemma

from questions.generate.carried import person_noun
from questions.generate.clauses import REPORTING
from questions.generate.quotemarks import quoted_words
from questions.generate.verbfiles import speech_verb
from questions.generate.wordnet import first_sense, synset
from questions.schema import normalise

if TYPE_CHECKING:
    from questions.generate.facts import Fact
    from questions.generate.options import OptionContext

# "Who said he …?", "Who explained Warhol's …?": a saying reported, not a quotation
_REPORTED = re.compile(r'^(?:📰[^\n]*\n)?(?:[^\n?]*, )?[Ww]ho ([a-z]+) (?!")')
# the clauses a verb of saying hangs its words in: a key's verb with one reports a saying
_CLAUSES = frozenset({"ccomp", "parataxis", "xcomp"})  # "said (that) …", "…, he said"


def shown_only(option: str, ctx: OptionContext) -> bool:
    """Tell whether the stem asks who reported a saying and the option is one of the
    article's people it never has do anything (a made-up name may be anyone)."""
    asked = _REPORTED.match(ctx.stem)
    if asked is None or ctx.scene:
        return False
    lemma = getLemma(asked.group(1), upos="VERB")[0]
    if lemma not in REPORTING or _thing_reported(ctx, lemma):
        return False
    folded = normalise(option)
    named = {folded, folded.split()[-1]} if folded else set()  # "Allton said": Kevin Allton
    return folded in ctx.said_in and not named & ctx.acting


def _thing_reported(ctx: OptionContext, lemma: str) -> bool:
    """Tell whether the key's verb takes a thing, not a saying ("Marc Ravalomanana announced
    his resignation"): a deed anyone of the story may have done, so its options need not be
    people the article has speak ("Prime Minister Charles Rabemananjara", given power)."""
    if ctx.words is None:
        return False  # a fact tied to no parse: the stem alone, a saying
    verb = ctx.words.root.head
    if verb.lemma_ != lemma or any(c.dep_ in _CLAUSES for c in verb.children):
        return False
    # "told LA Weekly in a statement that …": a hearer named, the saying hung elsewhere
    if any(t.dep_ == "mark" and t.lower_ == "that" for t in verb.subtree):
        return False
    # the object is a thing ("his resignation", "the artifacts"), not a hearer ("LA Weekly")
    return any(c.dep_ == "dobj" and c.pos_ == "NOUN" and not c.ent_type_ for c in verb.children)


# 'Who said "…"?', 'Who tweeted "…"?': a quotation's speaker asked
_QUOTED = re.compile(r'^(?:📰[^\n]*\n)?(?:[^\n?]*, )?[Ww]ho ([a-z]+) "')


def harmed_speaker(option: str, key: str, ctx: OptionContext) -> bool:
    """Tell whether the stem asks who said something, of a key the article does not say was
    harmed, and the option is someone it says was stabbed, shot, attacked or died (and has
    say nothing): the stabbed mayor is no plausible speaker of the police's account."""
    if not ctx.harmed or normalise(key) in ctx.harmed or not asks_saying(ctx.stem):
        return False
    return normalise(option) in ctx.harmed


def asks_saying(stem: str) -> bool:
    """Tell whether a question asks who said something: a quotation's speaker ('Who said
    "…"?', 'Who tweeted "…"?') or a reported saying's ("Who said 500 institutions …?")."""
    asked = _QUOTED.match(stem)
    quoted = asked is not None and (
        speech_verb(lemma := getLemma(asked.group(1), upos="VERB")[0]) or lemma in REPORTING
    )
    return quoted or asks_speaker(stem)


def asks_speaker(stem: str) -> bool:
    """Tell whether a question asks who reported a saying ("Who said 500 institutions
    received the initial invitation …?"): the saying's words are the speaker's, as a
    quotation's are, and the question asks who said them, not what they refer to (the
    words around the saying are not: "… at a press conference on the same day?")."""
    asked = _REPORTED.match(stem)
    return asked is not None and getLemma(asked.group(1), upos="VERB")[0] in REPORTING


def said_words(sentence: Any, fact: Fact) -> frozenset[int]:
    """Return the words of the saying the fact's name reports ("K.C. Maurer … said [500
    institutions received the initial invitation and …]"): its reported clause."""
    verb = sentence.doc[fact.start].head
    while verb.dep_ != "ROOT" and verb.lemma_ not in REPORTING:
        verb = verb.head
    if verb.lemma_ not in REPORTING:
        return frozenset()
    said = [c for c in verb.children if c.dep_ == "ccomp"]
    return frozenset(t.i for c in said for t in c.subtree)


def saying_demonstratives(sentence: Any, fact: Fact, stem: str) -> frozenset[str]:
    """Return "this"/"these" when each is a determiner inside the saying a "Who said …?"
    asks the speaker of ("… her hashtag created greater awareness about this issue"): the
    words are the speaker's, as a definite noun of the saying is."""
    if not asks_speaker(stem):
        return frozenset()
    said = said_words(sentence, fact)
    shown = [t for t in sentence if t.lower_ in ("this", "these")]
    if not shown or any(t.i not in said or t.dep_ != "det" for t in shown):
        return frozenset()
    return frozenset(t.lower_ for t in shown)


def unsaid_telling(sentence: Any, fact: Fact, stem: str) -> str | None:
    """Refuse a question on whom a saying was told to, or who told it, that leaves out what
    was told: "Which station did the minister tell on Monday?" for 'told Metro Radio: "…"'
    asks after a listener of nothing, and "Who told Newshour in an interview?" after a
    speaker of nothing (the saying is the fact the speaker and listener are part of)."""
    root = sentence.doc[fact.start : fact.end].root
    verb = root.head
    if root.dep_ not in ("dobj", "dative", "nsubj") or verb.pos_ != "VERB":
        return None
    if not speech_verb(verb.lemma_):
        return None  # "gave the station an interview": no saying
    said = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
    words = set(re.findall(r"\w+", stem.lower()))
    if root.dep_ == "nsubj":
        return _unsaid_speaker(verb, said, words)
    if said and not any(c.lower_ in words for c in said):
        return "the question leaves out what was told"
    return None


def _unsaid_speaker(verb: Any, said: list[Any], words: set[str]) -> str | None:
    """Refuse "Who told Newshour …?" when the question asks the telling (says its verb) and
    keeps no content word of what was told; a question on the speaker's office ("Who was
    the paper's cartoonist?") asks no saying."""
    if not said or verb.lower_ not in words:
        return None
    kept = (t.lower_ in words for c in said for t in c.subtree if t.is_alpha and not t.is_stop)
    return None if any(kept) else "the question leaves out what was told"


def described_addressee(sentence: Any, stem: str) -> str | None:
    """Refuse a question keeping what was told to a named person when the words told name a
    person only as "the man": 'told Tom Hale that he did accept the man was …' means Hale (the
    teller's way of speaking of his hearer), and a question read alone cannot say whether it
    is the hearer, the teller or someone it never names."""
    words = " ".join(re.findall(r"\w+", stem.lower()))
    for verb in sentence:
        hearers = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        if not speech_verb(verb.lemma_) or not any(h.ent_type_ == "PERSON" for h in hearers):
            continue
        told = [t for c in verb.children if c.dep_ in ("ccomp", "xcomp") for t in c.subtree]
        for noun in told:
            if _bare_person(noun) and re.search(rf"\bthe {noun.lower_}\b", words):
                return f"the words told call someone only 'the {noun.lower_}'"
    return None


def _bare_person(noun: Any) -> bool:
    """Tell whether a noun is a lone noun after "the" that names someone by sex or age alone
    ("the man"), no word but its article to say which: "the president", "the judge" name
    someone by an office the story gives one person, not the hearer talked of."""
    kids = list(noun.children)
    the = len(kids) == 1 and kids[0].dep_ == "det" and kids[0].lower_ == "the"
    if noun.pos_ != "NOUN" or not the or not person_noun(noun.lemma_):
        return False
    first = first_sense(noun.lemma_.lower())
    return first is not None and _by_sex_or_age(first.offset)


# WordNet's persons by sex or age: adult, male person, female person, juvenile person
_SEX_OR_AGE = ("adult", "male person", "female person", "juvenile person")


@cache
def _sex_or_age_roots() -> frozenset[str]:
    """Return the offsets of WordNet's person synsets of sex or age (each name's commonest)."""
    return frozenset(found.offset for name in _SEX_OR_AGE if (found := first_sense(name)))


@cache
def _by_sex_or_age(offset: str) -> bool:
    """Tell whether a person synset says only sex or age: one of the roots, or one whose
    every hypernym does ("man": adult, male; "girl": woman; not "mother": parent)."""
    if offset in _sex_or_age_roots():
        return True
    entry = synset(offset)
    parents = [target for symbol, target in entry.pointers if symbol == "@"] if entry else []
    return bool(parents) and all(_by_sex_or_age(parent) for parent in parents)


def quoted_place(sentence: Any, fact: Fact, form: str) -> str | None:
    """Refuse a "where"/"in which country" question on a place said inside a quotation
    ('He added "there is no place for xenophobia in Poland"' asked "In which country did he
    add …?"): the place is in what was said, not where the saying was; a quoted name with no
    verb beside it ('the "Silicon Valley" of Africa') is no saying."""
    if fact.kind != "place" or form != "wh":
        return None
    quoted = quoted_words(sentence)
    if not all(i in quoted for i in range(fact.start, fact.end)):
        return None
    run = set(range(fact.start, fact.end))
    for step in (-1, 1):  # the quotation's words on either side of the place
        i = fact.start - 1 if step < 0 else fact.end
        while i in quoted:
            run.add(i)
            i += step
    if not any(sentence.doc[i].pos_ in ("VERB", "AUX") for i in run):
        return None
    return "the place is in what was said, not where it was said"
