"""Stage 4: turn a declarative sentence into a wh-question over its parse, or a one-blank cloze.

The rules of question writing live here: find the answer's role in the clause (subject,
object, a prepositional phrase, a number of something), choose the wh-phrase for its kind,
front it, and invert subject and auxiliary (with do-support when there is no auxiliary).
"""

from __future__ import annotations

from typing import Any

from questions.generate.appositions import answer_renamed, appositions, listed_name
from questions.generate.asides import asides
from questions.generate.bounds import bounded_wh
from questions.generate.clauses import (
    SUBJECT,
    Located,
    antecedent,
    children_of,
    clause_tokens,
    clause_verb,
    fronted,
    in_clause_of,
    lowered,
    opening,
    owned,
    relative_subject,
    reporter,
    said_last,
    subtree_of,
    without_asides,
)
from questions.generate.coordination import conjunct_tokens, conjuncts, listing
from questions.generate.countwh import counted_wh, place_left_behind
from questions.generate.facts import Fact
from questions.generate.fronting import changed_amount_date, kept_in_front
from questions.generate.generic import defines_generic
from questions.generate.levels import LEVEL
from questions.generate.measures import FRACTION, FREQUENCY, MAGNITUDE
from questions.generate.namedwh import named_wh
from questions.generate.nested import nested_antecedent
from questions.generate.nouns import (
    dated_verb,
    nested_place,
    titled_person,
    titled_subject,
    verb_taken_for_noun,
)
from questions.generate.placeunits import named_unit
from questions.generate.pronouns import borrowed_subject
from questions.generate.render import join, lower_first
from questions.generate.stems import BLANK, Stem, cloze, run_on, worded
from questions.generate.tense import PAST_AUX, agree, dated_state, in_past, invert
from questions.generate.whphrase import (
    PLACE_WH,
    WH_OF_KIND,
    WHERE_PREPS,
    place_kind_noun,
    share_moved,
    share_of,
    trimmed_hedge,
    unfocused,
    wh_phrase,
)

Token = Any
Span = Any
__all__ = ["BLANK", "PLACE_WH", "WH_OF_KIND", "Stem", "cloze", "nested_place", "run_on",
           "wh_question"]  # fmt: skip
_OWNER_PREPS = frozenset({"at", "in", "on", "for", "from", "to", "with", "by", "during"})
AUXES = ("aux", "auxpass")


def wh_question(
    sentence: Span, fact: Fact, replace: dict[int, str], *, past: bool = False
) -> tuple[Stem | None, str]:
    """Write a wh-question whose answer is the fact, or say why none can be made; `past`
    puts a present clause in the past (a question dated by the article: "as of …")."""
    doc = sentence.doc
    answer = doc[fact.start : fact.end]
    answer_range = range(fact.start, fact.end)
    root = answer.root
    if fact.kind == "place" and fact.end < len(doc) and doc[fact.end].pos_ == "PROPN":
        return None, "the place is part of a longer name"  # "Washington | D.C."
    prep: Any = None
    role: str
    count_noun: Token | None = None
    arg = root
    owner = ""
    kind_noun = place_kind_noun(root) if fact.kind == "place" else None
    if kind_noun is not None:
        arg = kind_noun  # "the city of El Obeid": the whole phrase is the place asked for
    elif fact.kind == "count":
        count_noun = root.head
        arg = count_noun
    elif (
        fact.kind == "ordinal"
        and root.dep_ in ("amod", "compound")
        and root.head.pos_ in ("NOUN", "PROPN")
    ):  # "the 21st meeting", "the United Nations 75th Anniversary Summit"
        if root.head.lemma_ == "time":
            return None, "'for the first time' is a manner of speaking, not a fact"
        owner = "which"  # "the 21st meeting" -> "which meeting"
        count_noun = root.head
        arg = count_noun
    elif fact.kind == MAGNITUDE:
        owner = "what magnitude"  # "a magnitude 6.6 aftershock" -> "what magnitude aftershock"
        count_noun = root.head
        arg = count_noun
    elif fact.kind == LEVEL:
        owner, count_noun = "what", root.head  # "a level seven" -> "what level"
        arg = count_noun
    elif fact.kind in ("person", "organization", "place") and owned(root) is not None:
        # "Microsoft's browser" / "the meeting of the Council" -> "which organization's …"
        owner = "whose" if fact.kind == "person" else (wh_phrase(fact, None) or "") + "'s"
        count_noun = owned(root)
        if fact.kind == "place" and named_unit(root, count_noun, fact.subtype):
            owner = "which"  # "the Kreuzberg district" is the district: not "which city's"
        arg = count_noun
        if owner == "'s" or fact.subtype == "place":
            return None, "no possessive wh-word"
        if verb_taken_for_noun(count_noun):
            return None, "the parse took a verb for the owned noun"
    if arg.dep_ == "appos" and arg.head.pos_ in ("NOUN", "PROPN") and count_noun is None:
        arg = arg.head  # "a local charity, the Reed Foundation": ask for the whole phrase
    along, titled = "", set()  # titled: the "and" of "academic and professor X"
    if count_noun is None and fact.kind in ("person", "place", "organization"):
        head = arg
        while head.dep_ == "conj":
            head = head.head
        others = [c for c in conjuncts(head) if c.i != arg.i]
        if fact.kind == "person" and titled_person(arg, others):  # one person, not a list
            arg, others, titled = head, [], {c.i for c in head.children if c.dep_ == "cc"}
        elif any(c.ent_type_ != root.ent_type_ for c in others):
            return None, "a list of things of different kinds"
        if others and head.dep_ in SUBJECT:
            # "India and Pakistan joined" -> "Which country, along with Pakistan, joined"
            along = listing([join(conjunct_tokens(c), replace) for c in others])
            arg = head
    if arg.dep_ in SUBJECT:
        role = "subject"
    elif arg.dep_ in ("dobj", "attr", "oprd"):
        role = "object"
    elif arg.dep_ == "pobj" and arg.head.dep_ in ("prep", "agent"):
        role, prep = "prep", arg.head
        noun = prep.head
        located = fact.kind == "place" and prep.lower_ in WHERE_PREPS
        partner = prep.lower_ == "with" and noun.dep_ == "dobj"  # "held a meeting with Putin"
        # "doubled the lead for Belgium": for which country the lead was doubled
        partner |= prep.lower_ == "for" and noun.dep_ == "dobj" and fact.kind != "person"
        if ((located or partner) and noun.pos_ in ("NOUN", "PROPN")
                and noun.dep_ in ("nsubj", "nsubjpass", "dobj")):  # fmt: skip
            # "the situation in Afghanistan has changed": where the situation changed
            prep = Located(prep, noun.head)
        elif fact.kind in ("date", "year") and (dated := dated_verb(noun)) is not None:
            prep = Located(prep, dated)  # "… of Livorno in 2010": when it was advanced
        elif located and noun.dep_ == "pobj" and nested_place(noun):
            # "awarded … in the Constitution Hall in Washington": the city it happened in
            prep = Located(prep, noun.head.head, noun.head)
    elif arg.dep_ == "npadvmod" and fact.kind in ("date", "year", FREQUENCY, "quantity"):
        role = "object"
    else:
        return None, f"answer is a {arg.dep_}, not an argument"
    counted = count_noun is not None and not owner
    verb = clause_verb(prep if prep is not None else arg, counted or arg.dep_ == "dobj")
    if verb is None:  # say which, for the report: a noun's phrase or a dependent clause
        nominal = (prep if prep is not None else arg).head.pos_ not in ("VERB", "AUX")
        return (
            None,
            "answer sits inside a noun phrase"
            if nominal
            else "answer sits in a subordinate clause",
        )
    if fact.kind in ("date", "year") and verb.i != (prep if prep is not None else arg).head.i:
        # "When did they agree to hold a summit …?" asks when they agreed; the date was the
        # summit's (a place reads either way: "Where did they agree to hold it?")
        return None, "a date of an infinitive reads as the verb above it"
    said_by = reporter(verb, replace)
    attribution: list[Token | str] = []
    if said_by:  # "…, according to President Xi?": the reported clause is his word, not fact
        first_said = join(said_by[:1], replace)
        if said_by[0].i not in replace:  # "He" said as "Xi Jinping" keeps his capital
            first_said = lower_first(first_said, said_by[0])
        attribution = [", according to", first_said, *said_by[1:]]
    subjects = children_of(verb, SUBJECT) or (
        children_of(verb.head, SUBJECT) if verb.dep_ == "conj" else []
    )  # or the parse hung it on the auxiliary: "Regina Ip was re-elected" ("re", "-", "elected")
    subjects = subjects or [s for a in children_of(verb, AUXES) for s in children_of(a, SUBJECT)]
    subjects, title = titled_subject(subjects, arg) if role == "subject" else (subjects, set())
    if subjects and subjects[0].tag_ in ("WP", "WDT") and relative_subject(verb) is None:
        return None, "the subject is a question word"
    borrowed, dropped = borrowed_subject(verb, subjects[0]) if subjects else (None, frozenset())
    subjects = [borrowed] if borrowed is not None and role != "subject" else subjects
    # "It was passed with 74 yeas" where the article says what "it" is: that thing, inverted
    named_it = bool(subjects) and subjects[0].lower_ == "it" and bool(replace.get(subjects[0].i))
    if not subjects or (
        subjects[0].lower_ in ("there", "it") and role != "subject" and not named_it
    ):
        return None, "no subject to invert"
    subject = listed_name(subjects[0])  # '… seats, the camp's Kwong Chun-yu received': his
    slip = frozenset(t.i for t in subjects[0].subtree) - {t.i for t in subject.subtree} | title
    subject_tokens = without_asides(subject)
    if role == "subject" and arg.i == subject.i and root.dep_ == "appos" and root.head.i == arg.i:
        subject_tokens = list(subject.subtree)  # "The head of X, Jane Roe,": "who" is all of it
    relative = relative_subject(verb)
    if relative is not None and defines_generic(verb):
        return None, "a relative clause defines its generic subject"  # "people who drink …"
    if relative is not None and nested_antecedent(verb):
        return None, "the clause may be about the noun its noun modifies"  # "line … center"
    if relative is not None:
        subject_tokens = antecedent(verb)
        if arg.i == verb.head.i:  # the answer is what the clause is about: ask for it
            role, arg = "subject", relative
    phrase = subtree_of(prep if prep is not None else arg)
    if relative is not None and arg is relative:
        phrase = subject_tokens
    # A clause hanging off the answer goes with it ("…Shanghai, where the SCO was founded").
    hanging = {t.i for t in phrase if in_clause_of(t, arg)}
    if count_noun is None:  # "Kathryn Waters, director of the gallery,": said of the answer
        hanging |= asides(phrase, range(fact.start, fact.end), described=arg)
    elif fact.kind == LEVEL:  # "a level seven on the … Scale — the same applied to …"
        hanging |= asides(phrase, range(fact.start, fact.end))
    phrase_ids = {t.i for t in phrase}
    if count_noun is None and not set(range(fact.start, fact.end)) <= phrase_ids | {
        t.i for t in subject_tokens
    }:
        return None, "the parse splits the answer"  # "Kim | Min-Woo"
    if isinstance(prep, Located):
        subject_tokens = [t for t in subject_tokens if t.i not in phrase_ids]
    prep_i = prep.i if prep is not None else -1
    hedge = trimmed_hedge(doc, fact)  # "roughly four months": asked "about how many months"
    extra = [
        t
        for t in phrase
        if not fact.start <= t.i < fact.end and t.i not in {prep_i, *hanging, *hedge, *titled}
    ]
    if count_noun is not None and role != "subject":  # "… spend in Brussels", not fronted
        behind = place_left_behind(count_noun)
        extra, phrase_ids = [t for t in extra if t.i not in behind], phrase_ids - behind
    nested = isinstance(prep, Located) and prep.outer is not None
    if nested:  # the words around the place are the verb's phrase, not the answer's
        inner = {t.i for t in prep.prep.subtree}
        extra = [t for t in extra if t.i in inner]
        if any(t.pos_ not in ("DET", "PUNCT") for t in extra):
            return None, "the place is part of a longer name"  # "Kennedy Space Center (KSC)"
    if count_noun is not None:
        wh, why = counted_wh(fact, root, count_noun, owner, extra, prep)
        if wh is None:
            return None, why
    elif fact.kind == FRACTION or (prep is None and share_of(fact, root, extra)):
        wh = join(["what share", *extra], replace)  # "what share of all … children"
    elif share_of(fact, root, shared := unfocused(extra, fact.start)) and (
        shared_prep := None if nested else share_moved(prep, verb)
    ):  # "added to only 10 per cent of Australian salt": "to what share of Australian salt"
        front = prep.lower_ if shared_prep == "front" else ""
        wh = join([front, "what share", *shared], replace)
        phrase_ids -= {prep.i} if shared_prep == "strand" else set()  # "… account for in 2009?"
    else:
        wh, why = named_wh(fact, answer, extra, prep, (root, kind_noun, verb), along, hedge, nested)
        if wh is None:
            return None, why
    wh = bounded_wh(wh, doc, fact.start)  # "more than how many people": the article's bound
    dated = changed_amount_date(prep, verb)  # "from 2.4 million euros last year"
    wh = join([wh, *dated], replace) if dated else wh
    phrase_ids |= {t.i for t in dated}
    dropped = (dropped if subjects[0] is borrowed else frozenset()) | slip  # "when it": named
    clause = [t for t in clause_tokens(verb, subject_tokens) if t.i not in dropped]
    past = past or dated_state(clause)
    cut = asides(clause, range(fact.start, fact.end))
    cut |= appositions([t for t in clause if t.i not in cut | phrase_ids], answer_range)
    cut |= answer_renamed([t for t in clause if t.i not in cut], phrase_ids, counted)
    clause = [t for t in clause if t.i not in cut]
    subject_ids = {t.i for t in subject_tokens}
    if relative is not None:
        clause = [t for t in clause if t.i != relative.i]
    else:  # the subject's asides go with it
        aside = {t.i for t in subject.subtree} - subject_ids - (phrase_ids - hanging)
        clause = [t for t in clause if t.i not in aside]
    if owner and verb.lemma_ == "be":
        return None, "an owner in an identity statement"
    if owner and prep is not None and prep.lower_ not in _OWNER_PREPS:
        return None, f"an owner after {prep.lower_!r}"
    if fact.kind == "count" and verb.lemma_ == "be" and children_of(verb, ("attr",)):
        return None, "counting an identity ('two … were A and B')"
    if role == "subject":
        if not subject_ids & phrase_ids:
            return None, "subject mismatch"
        before = [t for t in clause if t.i < min(subject_ids)]
        rest = [t for t in clause if t.i > max(subject_ids)]
        moved, problem = fronted(before, verb)
        if problem:
            return None, problem
        lead, moved = opening(moved, verb)
        while rest and rest[0].is_punct:
            rest = rest[1:]  # "The results [published in …], revealed": the aside went away
        lead, moved = kept_in_front(lead, moved, rest)
        singular = count_noun is None or bool(owner)  # "who", "which …": one answer
        verbs = agree(rest, verb) if singular and not past else rest
        if past:
            verbs = [("was" if singular and v == "were" else v) for v in in_past(rest, verb)]
        pieces: list[Token | str] = [*lead, wh, *verbs, *lowered(moved, replace)]
        return worded(pieces, attribution, replace, f"rule:{fact.kind}-subject"), ""
    if phrase_ids & subject_ids:
        return None, "answer inside the subject"
    before = [t for t in clause if t.i < min(subject_ids) and t.i not in phrase_ids]
    moved, problem = fronted(before, verb)
    if problem:
        return None, problem
    lead, moved = opening(moved, verb)
    rest = [t for t in clause if t.i > max(subject_ids) and t.i not in phrase_ids]
    lead, moved = kept_in_front(lead, moved, rest)
    inverted, rest = invert(verb, rest)
    if inverted is None:
        return None, f"cannot invert a verb tagged {verb.tag_}"
    first = subject_tokens[0]
    subject_text = join(subject_tokens, replace)
    if first.i not in replace:
        subject_text = lower_first(subject_text, first)
    inverted_text = inverted if isinstance(inverted, str) else inverted.lower_
    if past:
        inverted_text = PAST_AUX.get(inverted_text, inverted_text)
        rest = in_past(rest, verb)
    pieces = [*lead, wh, inverted_text, subject_text, *said_last(rest, verb),
              *lowered(moved, replace)]  # fmt: skip
    return worded(pieces, attribution, replace, f"rule:{fact.kind}-{role}"), ""
