"""Stage 4: turn a declarative sentence into a wh-question over its parse, or a one-blank cloze.

The rules of question writing live here: find the answer's role in the clause (subject,
object, a prepositional phrase, a number of something), choose the wh-phrase for its kind,
front it, and invert subject and auxiliary (with do-support when there is no auxiliary).
The answer's argument is found in `argument`, the subject kept in `subject`, and the
question's word order (subject question or inverted) written in `wordorder`.
"""

from __future__ import annotations

from typing import Any

from questions.generate.actphrase import act_noun_owns
from questions.generate.argument import YEAR_OWNER, Argument, answer_argument
from questions.generate.asides import asides
from questions.generate.attributed import attribution as attribution_of
from questions.generate.attributed import reported_clause
from questions.generate.bounds import bounded_wh, in_stated_goal
from questions.generate.cataphora import speaker_named
from questions.generate.cityregion import region_after_place
from questions.generate.clauses import (
    Located,
    antecedent,
    children_of,
    clause_verb,
    in_clause_of,
    relative_subject,
    subtree_of,
)
from questions.generate.countwh import (
    bare_count_wh,
    counted_wh,
    place_left_behind,
    predicate_left_behind,
    restricted_count,
    time_left_behind,
)
from questions.generate.facts import Fact
from questions.generate.fronting import changed_amount_date
from questions.generate.generic import defines_generic
from questions.generate.gerundobject import in_held_gerund
from questions.generate.joined import misparsed_verb, runs_on
from questions.generate.keptclause import kept_clause
from questions.generate.levels import LEVEL
from questions.generate.measures import FRACTION
from questions.generate.namedwh import named_wh
from questions.generate.nested import nested_antecedent, time_antecedent, unfit_antecedent
from questions.generate.nouns import nested_place
from questions.generate.quotemarks import emptied_marks
from questions.generate.rankedpredicate import narrowed_rank, plural_predicate
from questions.generate.relatives import done_by, unnamed_antecedent
from questions.generate.render import join
from questions.generate.saying import said_nothing, says_more
from questions.generate.selfreported import backshifted, saying_clause, saying_over
from questions.generate.spoken import plural_noun
from questions.generate.stems import BLANK, Stem, cloze, run_on
from questions.generate.stranded import strands
from questions.generate.subject import clause_subject
from questions.generate.whphrase import (
    PLACE_WH,
    WH_OF_KIND,
    share_moved,
    share_of,
    trimmed_hedge,
    unfocused,
)
from questions.generate.wordorder import Asked, inverted_question, subject_question
from questions.generate.works import WORK, maker_after, work_maker

Token = Any
Span = Any
__all__ = ["BLANK", "PLACE_WH", "WH_OF_KIND", "Stem", "cloze", "nested_place", "run_on",
           "wh_question"]  # fmt: skip
_OWNER_PREPS = frozenset({"at", "in", "on", "for", "from", "to", "with", "by", "during"})
# a dated thing also orders time: "Before which year's riots was the election held?"
_YEAR_PREPS = _OWNER_PREPS | {"before", "after", "since", "until"}


def wh_question(
    sentence: Span, fact: Fact, replace: dict[int, str], *, past: bool = False
) -> tuple[Stem | None, str]:
    """Write a wh-question whose answer is the fact, or say why none can be made; `past`
    puts a present clause in the past (a question dated by the article: "as of …")."""
    doc = sentence.doc
    answer = doc[fact.start : fact.end]
    root = answer.root
    if fact.kind == "place" and fact.end < len(doc) and doc[fact.end].pos_ == "PROPN":
        return None, "the place is part of a longer name"  # "Washington | D.C."
    found, why = answer_argument(doc, fact, replace)
    if found is None:
        return None, why
    if fact.kind == "place" and found.role == "subject" and region_after_place(doc, fact):
        return None, "the subject's place is where it lies"  # "Which state is a city …?"
    arg, role, prep, count_noun, owner = (
        found.arg, found.role, found.prep, found.count_noun, found.owner
    )  # fmt: skip
    counted = count_noun is not None and not owner
    # "Peru stated it would respond within …": over the saying, whose subject names the "it"
    over, replace = saying_over(prep if prep is not None else arg, replace, fact.kind)
    verb = over or clause_verb(prep if prep is not None else arg, counted or arg.dep_ == "dobj",
                               counted)  # fmt: skip
    if verb is None:  # say which, for the report: a noun's phrase or a dependent clause
        nominal = (prep if prep is not None else arg).head.pos_ not in ("VERB", "AUX")
        return (
            None,
            "answer sits inside a noun phrase"
            if nominal
            else "answer sits in a subordinate clause",
        )
    if (misparsed := misparsed_verb(verb)) is not None:  # a bare participle, a gapped clause
        return None, misparsed
    if fact.kind in ("date", "year") and verb.i != (prep if prep is not None else arg).head.i:
        # "When did they agree to hold a summit …?" asks when they agreed; the date was the
        # summit's (a place reads either way: "Where did they agree to hold it?")
        return None, "a date of an infinitive reads as the verb above it"
    if in_stated_goal(verb, prep if prep is not None else arg):
        return None, "the answer is inside what a goal is to do"
    if in_held_gerund(verb, prep if prep is not None else arg):  # "include raising … to"
        return None, "the answer is inside a gerund a state verb holds"
    if act_noun_owns(prep):  # "scored on a pass to Pitta": the pass's, not the scoring's
        return None, "the phrase may be the act noun's before it"
    attribution = attribution_of(verb, arg, role, replace)
    if not attribution and reported_clause(verb) is not None:  # "he said …, as B has …"
        return None, "a reason given inside a saying whose speaker the question cannot name"
    replace = {**replace, **speaker_named(verb, arg, replace)}  # "Roe said she …": "Roe", not "she"
    subject, why = clause_subject(verb, arg, root, role, replace)
    if subject is None:
        return None, why
    subject_tokens = subject.tokens
    relative = relative_subject(verb)
    if relative is not None and defines_generic(verb):
        return None, "a relative clause defines its generic subject"  # "people who drink …"
    if relative is not None and nested_antecedent(verb):
        return None, "the clause may be about the noun its noun modifies"  # "line … center"
    if relative is not None and unfit_antecedent(verb):  # ", who had kept her" on "arrived"
        return None, "a relative clause hangs on no noun of its number"
    if relative is not None and time_antecedent(verb):  # "took place at 00:37, which had …"
        return None, "a relative clause hangs on the time of a deed"
    if relative is not None:
        subject_tokens = antecedent(verb)
        replace = {**replace, **done_by(verb, replace)}  # "the petition launched by the UAAR"
        if arg.i == verb.head.i:  # the answer is what the clause is about: ask for it
            role, arg = "subject", relative
        elif unnamed_antecedent(verb, replace):  # "How many workers does a factory employ?"
            return None, "a relative clause's indefinite antecedent names no one thing"
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
    if counted and fact.kind == "count" and restricted_count(count_noun, hanging):
        return None, "a clause restricts the counted noun ('members who competed …')"
    if narrowed_rank(verb, phrase_ids, hanging):  # "X, cinematographer of …, is the first …"
        return None, "the cut aside may be the field a rank is counted in"
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
        if not fact.start <= t.i < fact.end and t.i not in {prep_i, *hanging, *hedge, *found.titled}
    ]
    if count_noun is not None and role != "subject":  # "… spend in Brussels", not fronted
        behind = (place_left_behind(count_noun) | predicate_left_behind(count_noun)
                  | time_left_behind(count_noun))  # fmt: skip
        extra, phrase_ids = [t for t in extra if t.i not in behind], phrase_ids - behind
    nested = isinstance(prep, Located) and prep.outer is not None
    if nested:  # the words around the place are the verb's phrase, not the answer's
        inner = {t.i for t in prep.prep.subtree}
        extra = [t for t in extra if t.i in inner]
        if any(t.pos_ not in ("DET", "PUNCT") for t in extra):
            return None, "the place is part of a longer name"  # "Kennedy Space Center (KSC)"
    wh, why, phrase_ids = _wh_words(fact, answer, found, verb, extra, hedge, nested, phrase_ids,
                                    replace)  # fmt: skip
    if wh is None:
        return None, why
    clause, past = kept_clause(verb, subject, subject_tokens, relative, phrase_ids, hanging,
                               fact, counted, past)  # fmt: skip
    if says_more(clause, verb, arg, role):  # else kept: the question is refused as before
        emptied = emptied_marks(sentence, {t.i for t in clause})
        clause = [t for t in clause if t.i not in emptied]  # the words they closed are cut
    # "Whose capital is Lima?" names what it asks; "Whose parents have been in Wells …?" is
    # where they are, no identity
    if owner and verb.lemma_ == "be" and children_of(verb, ("attr", "acomp", "oprd")):
        return None, "an owner in an identity statement"
    if said_nothing(clause, verb, arg):  # "On whose page did Ro Fernandez say?"
        return None, "a verb of saying keeps nothing said"
    if over is not None:  # "… it would [attack … and] would respond": the key's deed alone
        clause, why = saying_clause(over, prep if prep is not None else arg, clause)
        if not clause:
            return None, why
        replace = {**replace, **backshifted(over, clause)}  # "if the broadcasts did not stop"
    if runs_on(clause, verb):
        return None, "a second clause with its own subject is kept ('… and Porter stole …')"
    if owner and prep is not None and prep.lower_ not in _owner_preps(owner):
        return None, f"an owner after {prep.lower_!r}"
    if fact.kind == "count" and verb.lemma_ == "be" and children_of(verb, ("attr",)):
        return None, "counting an identity ('two … were A and B')"
    subject_ids = {t.i for t in subject_tokens}
    asked = Asked(clause, verb, wh, subject_ids, phrase_ids, past, attribution, replace,
                  f"rule:{fact.kind}-{role}")  # fmt: skip
    if role == "subject":
        # "who": one answer; "how many" of a bare number ("116 were injured") is plural, and
        # an owner's noun keeps its own number ("Whose parents say …?", not "says")
        owned_one = bool(owner) and not plural_noun(count_noun)
        singular = (count_noun is None and fact.kind != "count") or owned_one
        if singular and plural_predicate(verb):
            return None, "a plural predicate noun after a singular wh-word ('Who is the people')"
        return subject_question(asked, singular)
    return inverted_question(asked, subject_tokens)


def _owner_preps(owner: str) -> frozenset[str]:
    """Return the prepositions a possessive wh-phrase may follow."""
    return _YEAR_PREPS if owner == YEAR_OWNER else _OWNER_PREPS


# a place's or a time's preposition goes with it: "In which city …", "On what date …"
_PIED = frozenset({"place", "date", "year", "time"})


def _wh_words(
    fact: Fact,
    answer: Span,
    found: Argument,
    verb: Token,
    extra: list[Token],
    hedge: dict[int, str],
    nested: bool,
    phrase_ids: set[int],
    replace: dict[int, str],
) -> tuple[str | None, str, set[int]]:
    """Choose the wh-phrase for the answer ("how many people", "what share of …", "which
    city"), or say why none fits; with the words of the phrase it replaces."""
    root, prep, count_noun = answer.root, found.prep, found.count_noun
    if count_noun is not None:
        wh, why = counted_wh(fact, root, count_noun, found.owner, extra, prep)
        if wh is None:
            return None, why, phrase_ids
        wh = f"by {wh}" if found.changed else wh  # "improved 8 points": by how many points
    elif fact.kind == "count" and found.role == "subject":
        wh = bare_count_wh(root)  # "1,429,981 voted …": "How many voted …?"
    elif found.changed:  # "rose 65%": the figure alone, no hedge or bound the key would lose
        if any(t.pos_ != "PUNCT" for t in extra):
            return None, "the size of a change has words of its own", phrase_ids
        wh = "by how much"
    elif fact.kind == FRACTION or (prep is None and share_of(fact, root, extra)):
        wh = join(["what share", *extra], replace)  # "what share of all … children"
    elif share_of(fact, root, shared := unfocused(extra, fact.start)) and (
        shared_prep := None if nested else share_moved(prep, verb)
    ):  # "added to only 10 per cent of Australian salt": "to what share of Australian salt"
        front = prep.lower_ if shared_prep == "front" else ""
        wh = join([front, "what share", *shared], replace)
        phrase_ids -= {prep.i} if shared_prep == "strand" else set()  # "… account for in 2009?"
    else:
        cut = frozenset(i for i, said in replace.items() if not said)
        wh, why = named_wh(fact, answer, extra, prep, (root, found.kind_noun, verb), found.along,
                           hedge, nested, cut)  # fmt: skip
        if wh is None:
            return None, why, phrase_ids
        if fact.kind == WORK and maker_after(answer):
            return None, "a work's maker follows its title", phrase_ids
        wh = f"{wh} by {maker}" if (maker := work_maker(answer, verb, replace)) else wh
    if not nested and fact.kind not in _PIED and strands(prep, verb, fact.kind):
        # "resulted in 270 deaths": "How many deaths did … result in?"; a prepositional
        # verb keeps its preposition (`stranded`)
        front = f"{prep.lower_} "
        if wh.startswith(front):
            wh, phrase_ids = wh[len(front) :], phrase_ids - {prep.i}
    wh = bounded_wh(wh, answer.doc, fact.start)  # "more than how many people": the article's
    dated = changed_amount_date(prep, verb)  # "from 2.4 million euros last year"
    wh = join([wh, *dated], replace) if dated else wh
    phrase_ids |= {t.i for t in dated}
    return wh, "", phrase_ids
