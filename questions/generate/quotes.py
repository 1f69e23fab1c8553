"""Stage 4d: "Who said, "…"?" for a statement the article quotes and attributes.

'"Seventeen years ago, this would not have been possible at all," said Ambassador Mohib.'
A question over the parse would keep only "Who said to the crowd?"; the quotation itself is
what the reader remembers, and it names its own subject.
"""

from __future__ import annotations

import re
from typing import Any

from questions.generate.acting import relative_doer
from questions.generate.clauses import REPORTING, SUBJECT, children_of
from questions.generate.facts import Fact
from questions.generate.prose import cut_short
from questions.generate.quotemarks import ELIDED_END, QUOTE_MARKS, quoted_words
from questions.generate.render import join
from questions.generate.saying import as_saying, needs_said
from questions.generate.spoken import named_by, spoken_by, stands_alone
from questions.generate.stems import BLANK
from questions.generate.verbfiles import speech_verb
from questions.generate.write import Stem

Span = Any

MAX_QUOTE_WORDS = 30  # a longer quotation is a passage to read, not a question
MIN_QUOTE_WORDS = 5
QUOTE_RULE = "rule:{kind}-quote"
_CLAUSE = frozenset({"advcl", "conj", "ccomp", "parataxis"})  # a clause hung on another
_VERBS = frozenset({"VERB", "AUX"})


def quote_question(sentence: Span, fact: Fact, run_in: bool = False) -> Stem | None:
    """Write 'Who said "<quotation>"?' when the answer is the speaker of the sentence's
    one quotation, else None; `run_in`: also a whole clause run into the sentence in lower
    case, capitalised (a last resort before a blank: a question over the parse keeps the
    sentence's framing, 'Who said "their response …" when the error was highlighted …?')."""
    # a bare surname the name lists miss ("Obama" after "Barack Obama") is still the
    # model's person: whoever says the words is someone
    person = fact.kind == "person" or (fact.kind == "name" and fact.label == "PERSON")
    if not person and fact.kind != "organization":
        return None
    doc = sentence.doc
    root = doc[fact.start : fact.end].root
    if root.dep_ == "appos" and root.head.dep_ in SUBJECT:
        root = root.head  # "Tunisia's coach Nabil Maaloul said": the name is the coach's
    elif _office_of_place(doc, fact, root):
        root = root.head.head  # "Governor of Washington Chris Gregoire said": the governor
    verb = root.head
    # 'As coauthor Colette Heald told The Huffington Post, "The climate projections are …"':
    # the parse makes the quotation the main clause and the speaker's "as" clause its aside
    framed = verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as"
                                          for c in verb.children)  # fmt: skip
    # 'including Lord Cormack, who said: "…"': the name is the subject of its own clause
    relative = relative_doer(root)
    if relative is not None and relative.lemma_ in REPORTING:
        verb = relative
    elif root.dep_ not in SUBJECT or not (verb.dep_ == "ROOT" or framed):
        return None
    # One quotation, which may run on past the sentence's end ('said, "I think we have
    # learned a lot from today's game.' and more) or begin before it.
    quoted = sorted(quoted_words(sentence))
    said = [verb.head] if framed else [c for c in verb.children if c.dep_ == "ccomp"]
    # '"We are so interested …," Rodaba Noori told the press, "to show …"': the quotation
    # the attribution interrupts is asked by its first part, marked as going on
    runs = [i for n, i in enumerate(quoted) if n == 0 or quoted[n - 1] != i - 1]
    split = len(runs) == 2 and quoted[0] < fact.start and verb.i < runs[1]
    if split:
        quoted = [i for i in quoted if i < runs[1]]
    # 'told Sky News any process "must be well thought out": "Moves to reduce …"': of two
    # quotations after the verb, the one a colon introduces is the statement in full
    opened = runs[1] if len(runs) == 2 and verb.i < quoted[0] else 0
    announced = opened > 1 and doc[opened - 2].text == ":" and doc[opened - 1].text in QUOTE_MARKS
    if announced:
        quoted, said = [i for i in quoted if i >= opened], [doc[opened]]
    # '"…," X was quoted as saying by the paper': the quotation is what X said, as told
    quoted_as = as_saying(verb) if _passive(verb) else []
    said += [c for s in quoted_as for c in s.children if c.dep_ == "ccomp"]  # "as saying …"
    if verb.lemma_ not in REPORTING and not quoted_as:
        deed_said = _said_by_deed(doc, verb, quoted, said)
        if deed_said is None:
            return None
        said = deed_said
    if (
        not quoted
        or quoted[-1] - quoted[0] + 1 != len(quoted)
        or any(doc[i].text in QUOTE_MARKS for i in quoted)
    ):
        return None
    first, last = quoted[0], quoted[-1]
    if not said or not first <= said[0].i <= last:
        return None
    if first <= fact.start <= last:
        return None  # the speaker is inside the quotation: not what is quoted
    whole = doc[first : last + 1].text.strip().rstrip(",.;:").strip()
    cut = _clause_cut(doc, first, last) if len(whole.split()) > MAX_QUOTE_WORDS else None
    if cut is not None:
        last, split = cut - 1, True  # asked by its first clause, marked as going on
    quotation = doc[first : last + 1].text.strip().rstrip(",.;:").strip()
    ended = re.search(r"[.!?]$", doc[first : last + 1].text.strip())
    if split or (last + 1 == sentence.end and not ended):
        quotation += " …"  # cut where the article leaves words out: "… our country [...]"
    if run_in and _run_in_clause(doc, first, said):
        quotation = quotation[:1].upper() + quotation[1:]
    words = len(quotation.split())
    if not MIN_QUOTE_WORDS <= words <= MAX_QUOTE_WORDS or not quotation[:1].isupper():
        return None  # a fragment ("… a 'significant public benefit.'") is no statement
    wh = "Who" if person else "Which organization"
    tense = "says" if verb.tag_ == "VBZ" else "said"
    if quoted_as:
        tense = _quoted_as(verb, quoted_as[0])
    return Stem(f'{wh} {tense} "{quotation}"?', "wh", QUOTE_RULE.format(kind=fact.kind))


def _said_by_deed(doc: Span, verb: Any, quoted: list[int], said: list[Any]) -> list[Any] | None:
    """Return the words a verb of no reporting gives its doer: those a colon closing a clause
    of speaking (WordNet's verbs of communication) or of a deed done "saying" announces
    ('Sunak defended the government's record …: "The Home Secretary and I …"'), the "saying"
    clause's own ('Bush criticized the bill, saying "…"'), or `said` under a verb of speaking
    ('remarked, "…"'); None where the verb gives them none."""
    saying = _saying_by(verb)
    if _after_colon(doc, verb, quoted) and (speech_verb(verb.lemma_) or saying):
        return [doc[quoted[0]]]  # the parse may hang the words anywhere: the colon says
    if saying is not None:
        return [c for c in saying.children if c.dep_ == "ccomp"]
    return said if speech_verb(verb.lemma_) else None


def _passive(verb: Any) -> bool:
    """Tell whether a verb is passive: its subject is not its doer."""
    return any(c.dep_ == "auxpass" for c in verb.children)


def _saying_by(verb: Any) -> Any | None:
    """Return the "saying" a deed's doer says a quotation by ('X defended the plan and
    criticized the bill, saying "…"'): a verb of saying's -ing form hung as an adverbial clause
    on the active verb, or on a verb joined to it that shares its subject; else None."""
    if _passive(verb):
        return None  # "X was criticized, saying …": the saying is not plainly X's
    deeds = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
                     and not children_of(c, SUBJECT))]  # fmt: skip
    sayings = [c for v in deeds for c in v.children if c.dep_ == "advcl" and c.tag_ == "VBG"
               and (c.lemma_ in REPORTING or needs_said(c.lemma_))]  # fmt: skip
    return sayings[0] if len(sayings) == 1 else None


def _quoted_as(verb: Any, saying: Any) -> str:
    """Return the words telling a quotation told by another ("was quoted as saying"): the
    verb with its auxiliaries, and the saying it gives its person."""
    words = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg")]
    words += [verb, *([saying.head] if saying.head is not verb else []), saying]
    return " ".join(t.text for t in sorted(words, key=lambda t: t.i))


def _run_in_clause(doc: Span, first: int, said: list[Any]) -> bool:
    """Tell whether a quotation run into its sentence in lower case ('said "it is reasonable
    to assume …"') opens with the whole clause the speaker said: its subject first."""
    if not said or not doc[first].is_lower:
        return False
    clause = said[0]
    subjects = [c for c in clause.children if c.dep_ in (*SUBJECT, "expl")]
    return bool(subjects) and clause.left_edge.i == first and subjects[0].left_edge.i == first


def _clause_cut(doc: Span, first: int, last: int) -> int | None:
    """Return the first comma a long quotation may be cut at, or else the first "and" with
    no comma, or None: the words before it are a whole clause (a subject and its verb, none
    of them hanging on a word after the cut) and the words after are whole clauses hung on
    them ("…, particularly as the UN struggles to …"), so the cut leaves out a clause and
    never half of one. An "and" joins a clause with a subject of its own ("… and it is …"):
    a statement in its own right, as an "or" clause is not ("we win or we leave")."""
    for joint in (False, True):
        cuts = range(first + MIN_QUOTE_WORDS, last)
        found = next((cut for cut in cuts if _cuts_clause(doc, first, last, cut, joint)), None)
        if found is not None:
            return found
    return None


def _cuts_clause(doc: Span, first: int, last: int, cut: int, joint: bool) -> bool:
    """Tell whether a quotation may be cut at its comma (or, `joint`, its "and") at `cut`,
    as `_clause_cut` tells."""
    if doc[cut].lower_ != ("and" if joint else ",") or doc[cut - 1].text == ",":
        return False
    kept, rest = range(first, cut), range(cut + (0 if joint else 1), last + 1)
    if any(doc[i].head.i in rest for i in kept):
        return False  # a word kept hangs on one cut: the kept words are no whole
    tops = [doc[i] for i in rest if doc[i].head.i not in rest and not doc[i].is_punct
            and not (joint and doc[i].i == cut)]  # fmt: skip
    clauses = all(t.head.i in kept and t.dep_ in _CLAUSE and t.pos_ in _VERBS
                  and (not joint or children_of(t, SUBJECT)) for t in tops)  # fmt: skip
    subject = any(doc[i].dep_ in SUBJECT and doc[i].head.i in kept for i in kept)
    return bool(tops) and clauses and subject and len(kept) <= MAX_QUOTE_WORDS


def _office_of_place(doc: Span, fact: Fact, root: Any) -> bool:
    """Tell whether the parse ran an office's place into the speaker's name ("Governor of
    [Washington Chris Gregoire]"): the name is the object of the subject's "of" and carries
    a place of another entity before it, so the office is the name's, not another's."""
    of = root.head
    if root.dep_ != "pobj" or of.lower_ != "of" or of.head.dep_ not in SUBJECT:
        return False
    return any(
        c.dep_ == "compound" and c.i < fact.start and c.ent_type_ in ("GPE", "ORG")
        for c in root.children
    )


def _after_colon(doc: Span, verb: Any, quoted: list[int]) -> bool:
    """Tell whether a quotation opens right after a colon that follows the verb."""
    start = quoted[0] if quoted else 0
    return verb.i < start - 2 and doc[start - 2].text == ":" and doc[start - 1].text in QUOTE_MARKS


def _first_clause(sentence: Span, fact: Fact, words: list[Any]) -> list[Any]:
    """Return a long quoted sentence's words up to the clause its main verb's "and" joins
    after the fact ('"… will forget about the $5 billion, and say, '…'"'), which the
    question leaves out as the editor does, with "[...]"; none if no such clause follows."""
    later = [c for c in sentence.root.children
             if c.dep_ == "conj" and c.pos_ in _VERBS and c.i >= fact.end]  # fmt: skip
    if not later:
        return []
    end = min(t.i for t in later[0].subtree)
    while end > fact.end and (sentence.doc[end - 1].is_punct or sentence.doc[end - 1].dep_ == "cc"):
        end -= 1  # ", and": the joint goes with the clause
    return [t for t in words if t.i < end]


def _ends(quotation: str) -> bool:
    """Tell whether a quotation shown alone ends as a sentence does: with its stop, or with
    the editor's mark of words left out ("… from 1990 to 2010 [...]"), which says so."""
    return quotation[-1:] in ".!" or ELIDED_END.search(quotation) is not None


def spoken_question(sentence: Span, fact: Fact) -> Stem | None:
    """Write 'Dr Lee said: "… you lose _____, on average."' for a fact in a sentence wholly
    inside a quotation its speaker is named for, else None."""
    said = spoken_by(sentence)
    named = named_by(sentence)
    if said is None or not stands_alone(sentence, named):
        return None
    words = [t for t in sentence if t.text not in QUOTE_MARKS]
    cut = False
    if sum(t.is_alpha for t in words) > MAX_QUOTE_WORDS:
        words, cut = _first_clause(sentence, fact, words), True
    if sum(t.is_alpha for t in words) > MAX_QUOTE_WORDS or not words:
        return None  # a passage to read, not a question
    if named is not None and fact.start <= named[0] < fact.end:
        return None  # who "They" are is shown, never asked
    # "They" said as the quotation's sentence before names them: "[Rival crews …] dumped"
    shown = {named[0]: f"[{named[1][:1].upper()}{named[1][1:]}]"} if named else {}
    pieces = [BLANK if t.i == fact.start else shown.get(t.i, t) for t in words
              if not fact.start < t.i < fact.end]  # fmt: skip
    # cut by the question, or by the editor where the parse ends the sentence ("… 1995 [...]")
    quotation = join(pieces).strip() + (" [...]" if cut or cut_short(sentence) else "")
    if not quotation.lstrip("[")[:1].isupper() or not _ends(quotation):
        return None
    speaker, tense = said
    return Stem(f'{speaker} {tense}: "{quotation}"', "cloze", f"rule:{fact.kind}-spoken")
