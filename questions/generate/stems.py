"""A written question (`Stem`), the one-blank form and the run-on check, shared by the writers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from questions.generate.asides import asides, parted
from questions.generate.cataphora import said_of_self
from questions.generate.clauses import SUBJECT
from questions.generate.connectives import opening_connective
from questions.generate.facts import Fact
from questions.generate.phrasedamounts import own_item
from questions.generate.predicates import main_verb, needed_predicate
from questions.generate.quotemarks import quoted_words
from questions.generate.rankedpredicate import ranked_asides
from questions.generate.render import capitalise, join
from questions.generate.setaside import mid_list, segment
from questions.generate.sourcecomma import unmarked_source
from questions.generate.titlebodies import body_start, office_start

Token = Any
BLANK = "_____"
WH_CHARS = 220  # a longer question is a chore to read, and usually a parse gone astray


@dataclass(frozen=True)
class Stem:
    """A question's text and the rule that wrote it (tags: `wh` or `cloze`, `rule:…`)."""

    text: str
    form: str  # "wh" or "cloze"
    rule: str


def worded(pieces: list[Token | str], attribution: list[Token | str], replace: dict[int, str],
           rule: str) -> Stem:  # fmt: skip
    """Write a wh-question from its pieces, with who reports it when that leaves it short
    enough to read ("…, according to President Xi?"); the question is the same without."""
    said = capitalise(join([*pieces, *attribution], replace)) + "?"
    if attribution and len(said) > WH_CHARS:
        said = capitalise(join(pieces, replace)) + "?"
    return Stem(said, "wh", rule)


# the wh-word a question asks with, first or after its fronted phrase ("In May, who …?")
_ASKING = re.compile(r"^(?:[^,?\n]*, )?(?:which|who|whom|whose)\b", re.IGNORECASE)


_QUOTATION = re.compile(r'"[^"\n]*"|“[^”\n]*”')  # a paired quotation, what someone said
_ENDED = re.compile(r"\b[a-z]{2,}[.!]\?$")  # "moved.?"; not "a.m.?", "the U.S.?"


def run_on(text: str) -> str | None:
    """Refuse a stem that chains clauses ("… which is being prepped … which will be …")."""
    question = text.rsplit("\n", 1)[-1]  # the headline line above it is no clause of it
    if question.endswith("?"):  # "In May, who was …?": the asking word, no relative
        question = _ASKING.sub("", question, count=1)
    # a quotation's own relative clauses are the speaker's words, kept verbatim, and no
    # chain the question builds ('called it "a man who has … and who is …"')
    unquoted = _QUOTATION.sub('""', question)
    chained = len(re.findall(r"\b(?:which|who|whom|whose)\b", unquoted, re.IGNORECASE))
    if _ENDED.search(question):  # "… said exams would be moved.?": a sentence's own end kept
        return "a run-on: the sentence's full stop kept before the question mark"
    return "a run-on: more than one relative clause" if chained > 1 else None


def cloze(fact: Fact, tokens: list[Token], replace: dict[int, str]) -> Stem | None:
    """Write the sentence (its part between semicolons, without asides that do not hold the
    answer) with one blank where the answer was; None when that part is no statement."""
    low, high = segment(tokens[0].doc[fact.start])
    if mid_list(low, high, tokens[0].doc):
        return None  # "…; plus Germany — reached …": the part opens on a list's last item
    low = _with_antecedent(tokens[0].doc, low)
    tokens = [t for t in tokens if low <= t.i < high]
    if not any(main_verb(t) for t in tokens):
        return None  # "disco club owner Steve Rubell of Studio 54": one item of a list
    cut = asides(tokens, range(fact.start, fact.end)) | _last_clause(tokens, fact)
    cut |= needed_predicate(tokens, fact, cut, _last_predicate(tokens, fact))
    cut -= ranked_asides(tokens, cut)  # "the first …": the aside may say among whom
    opening, said = _first_clause(tokens, fact)
    cut |= opening | opening_connective(tokens, fact, replace)
    if parted(tokens[0].doc[fact.start : fact.end].root, cut, replace):
        return None  # "the team, led by …, in _____": the blank would be the wrong noun's
    if not any(main_verb(t) for t in tokens if t.i not in cut and replace.get(t.i) != ""):
        return None  # its predicate cut as an aside: "Director of the _____ chapter of …"
    as_said = said_of_self(tokens, cut, replace)  # "Roe said he …", not "said Jane Roe"
    replace = {i: s for i, s in replace.items() if i not in as_said}
    replace = {**replace, **said, **unmarked_source(tokens, replace)}  # "…[,] aid workers said"
    pieces: list[Token | str] = []
    for token in tokens:
        if token.i in cut or (fact.start <= token.i < fact.end and token.i != fact.start):
            continue
        pieces.append(BLANK if token.i == fact.start else token)
    text = capitalise(join(pieces, replace))
    if text[-1:] not in ".!?\"'":
        text += "."
    return Stem(text, "cloze", f"rule:{fact.kind}-blank")


def _with_antecedent(doc: Any, low: int) -> int:
    """Return where a semicolon part starts with the part before it when it opens on "this"
    or "that" standing for that part ("IE accounted for 70 percent in 2009; this has
    dropped to 56 percent"): the question keeps what the pronoun means."""
    opener = doc[low]
    if low < 2 or doc[low - 1].text != ";" or opener.lower_ not in ("this", "that"):
        return low
    if opener.dep_ not in ("nsubj", "nsubjpass") or opener.tag_ != "DT":
        return low  # "this year …": the pronoun's own noun says what it means
    return segment(doc[low - 2])[0]


def shorter(fact: Fact, tokens: list[Token]) -> list[Token]:
    """Return a long sentence shortened for its blank: its list of phrased amounts cut to the
    answer's (`own_item`), else its subject without the "from" phrase after it ("A research
    team [from the Massachusetts Institute of Technology … of the UK] has analysed …") where
    the answer is elsewhere: who the subject is comes before where it is from; with the
    answer in that phrase, the verb's prepositional adjuncts go ("has analysed effects [over
    2000-2050] [on …]"): the statement left is still true."""
    own = own_item(fact, tokens)
    if len(own) < len(tokens):
        return own
    root = next((t for t in tokens if t.dep_ == "ROOT"), None)
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")] if root else []
    if root is None or not subjects or subjects[0].pos_ != "NOUN":
        return tokens
    # "from" says where the subject comes from; "The number [of migrants] rose" would lose
    # what the subject is
    cut = {t.i for c in subjects[0].children if c.dep_ == "prep" and c.lower_ == "from"
           for t in c.subtree}  # fmt: skip
    if fact.start in cut:  # the answer is where the subject is from: the verb's adjuncts go
        cut = {t.i for c in root.children if c.dep_ == "prep" and c.i > root.i
               for t in c.subtree}  # fmt: skip
        return [t for t in tokens if t.i not in cut]
    return [t for t in tokens if t.i not in cut]


def closing_words(sentence: Any, fact: Fact) -> frozenset[int]:
    """Return the words of a sentence's closing "and …" clause or predicate that does not
    hold the answer: a question may leave them out, the statement before being true alone."""
    tokens = list(sentence)
    return frozenset(_last_clause(tokens, fact) | _last_predicate(tokens, fact))


def _last_clause(tokens: list[Token], fact: Fact) -> set[int]:
    """Return the words of a closing ", and …" clause with its own subject that does not
    hold the answer ("…, and it is also the second time that …"): the statement before it
    is true by itself, and one statement is easier to read."""
    for verb in tokens:
        if (
            verb.dep_ != "conj"
            or verb.head.dep_ != "ROOT"
            or not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        ):
            continue
        start, end = verb.left_edge.i, verb.right_edge.i
        doc = verb.doc
        if start < 2 or doc[start - 1].lower_ not in ("and", "but") or doc[start - 2].text != ",":
            continue
        closing = [t for t in tokens if t.i > end]
        if fact.start >= start - 2 or any(not t.is_punct for t in closing):
            continue
        return set(range(start - 2, end + 1))
    return set()


def _first_clause(tokens: list[Token], fact: Fact) -> tuple[set[int], dict[int, str]]:
    """Return the words of the opening clause when the answer sits in the closing ", and …"
    clause with its own subject ("This is the ninth year …, and it is also the second time
    that …"): that clause is the statement asked, the other one's answers would show beside
    it. Its "it" standing for the opening's "This" is said so; the opening must say nothing
    before its subject (a fronted "On Monday," dates both clauses)."""
    root = next((t for t in tokens if t.dep_ == "ROOT"), None)
    subject = next((c for c in root.children if c.dep_ in SUBJECT), None) if root else None
    if root is None or subject is None or subject.left_edge.i != tokens[0].i:
        return set(), {}
    for verb in conjuncts_of(root):
        own = next((c for c in verb.children if c.dep_ in SUBJECT), None)
        start, end = verb.left_edge.i, verb.right_edge.i
        doc = verb.doc
        if own is None or start < 2 or doc[start - 1].lower_ != "and":
            continue  # "…, but teams from Sudan, …": a contrast stands only with its other side
        if doc[start - 2].text != "," or not start <= fact.start <= end:
            continue
        if any(not t.is_punct for t in tokens if t.i > end):
            continue
        said: dict[int, str] = {}
        if own.lower_ == "it" and subject.lower_ in ("this", "it"):
            said[own.i] = subject.text  # "it is also the second time": this occasion
        elif own.pos_ == "PRON" and own.lower_ not in ("he", "she", "they", "we", "i"):
            return set(), {}  # "…, and that is …": points back at the clause cut
        return set(range(tokens[0].i, start)), said
    return set(), {}


def _last_predicate(tokens: list[Token], fact: Fact) -> set[int]:
    """Return the words of a closing "and …" verb phrase that does not hold the answer ("will
    step up its efforts to provide _____ doses … and deepen cooperation with …"): what its
    subject does first is true by itself, and the rest is a second statement to read."""
    doc = tokens[0].doc
    quoted = quoted_words(doc[tokens[0].i : tokens[-1].i + 1])  # a speaker's words stay whole
    for verb in tokens:
        if verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX") or verb.head.pos_ != "VERB":
            continue
        if verb.i in quoted or verb.head.dep_ == "conj" or len(conjuncts_of(verb.head)) > 1:
            continue  # the last of three ("fast-track …, get …, and take …") leaves a torso
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            continue  # a clause with its own subject: `_last_clause`'s
        start, end = verb.left_edge.i, verb.right_edge.i
        if start < 1 or doc[start - 1].lower_ != "and" or doc[start - 1].dep_ != "cc":
            continue
        if fact.end > start - 1 or any(not t.is_punct for t in tokens if t.i > end):
            continue
        comma = {start - 2} if start >= 2 and doc[start - 2].text == "," else set()
        return set(range(start - 1, end + 1)) | comma
    return set()


def conjuncts_of(head: Token) -> list[Token]:
    """Return the verbs joined to a verb as its conjuncts."""
    return [c for c in head.children if c.dep_ == "conj"]


# Marks of a clause that sets a contrast or a time beside the statement, not a condition of
# it: "While checks will continue, officials will scrap …" is true without its opening.
_BESIDE = frozenset({"while", "although", "though", "whereas"})


def opening_clause(sentence: Any, fact: Fact) -> frozenset[int]:
    """Return the words of a sentence's opening "While …," or "Although …," clause and its
    comma, when it does not hold the answer: a question too long to be given its article's
    context may leave it out."""
    first = sentence[0]
    verb = first.head
    if first.lower_ not in _BESIDE or first.dep_ != "mark" or verb.dep_ != "advcl":
        return frozenset()
    end = verb.right_edge.i + 1  # the comma that closes the clause
    if end >= sentence.end or sentence.doc[end].text != "," or verb.head.dep_ != "ROOT":
        return frozenset()
    if fact.start <= end:
        return frozenset()
    return frozenset(range(first.i, end + 1))


def closing_reason(sentence: Any, fact: Fact) -> frozenset[int]:
    """Return the words of a sentence's closing "because …" phrase or clause, when it does
    not hold the answer: the statement is true without its reason, and a question too long to
    be given its article's context may leave it out ("… upgraded the crisis to a level seven
    … because of a number of factors, including …")."""
    last = max((t.i for t in sentence if not t.is_punct), default=-1)
    for word in sentence:
        if word.lower_ != "because":
            continue
        reason = word if word.dep_ == "prep" else word.head if word.dep_ == "mark" else None
        if reason is None or reason.right_edge.i != last or word.i != reason.left_edge.i:
            continue
        start = word.i - 1 if word.doc[word.i - 1].text in (",", "—", "–") else word.i
        if fact.end <= start:
            return frozenset(range(start, last + 1))
    return frozenset()


def key_title(sentence: Any, fact: Fact) -> frozenset[int]:
    """Return the words of the title a person's name follows, the whole office with the body
    or country it is of ("Prime Minister" of "Prime Minister Rishi Sunak's effort", "State
    Department Spokesman", "Secretary of State"): a question may leave it out when too few
    others of the article hold it to be options, the statement being true of the person all
    the same. A body's name right before the name, with no title word, is no title."""
    doc = sentence.doc
    start = fact.start
    while start > sentence.start:
        word = doc[start - 1]
        if (office := office_start(doc, word, range(start, fact.end))) is not None:
            start = office  # "Secretary of State Condoleezza Rice"
            continue
        if word.pos_ != "PROPN" or word.dep_ not in ("compound", "nmod"):
            break
        if word.head.i not in range(start, fact.end):
            break
        if word.ent_type_:  # "State Department Spokesman": the office's body, all of it
            if start == fact.start or (opening := body_start(doc, word)) is None:
                break
            start = opening
            continue
        start -= 1
    # "British Prime Minister David Cameron", "former President …": the office's adjective
    owner = doc[start - 1] if sentence.start < start < fact.start else None
    said = owner is not None and (owner.ent_type_ == "NORP" or owner.dep_ == "amod")
    start -= int(owner is not None and said and owner.head.i in range(start, fact.end))
    return frozenset(range(start, fact.start))
