"""Stage 4: turn a declarative sentence into a wh-question over its parse, or a one-blank cloze.

The rules of question writing live here: find the answer's role in the clause (subject,
object, a prepositional phrase, a number of something), choose the wh-phrase for its kind,
front it, and invert subject and auxiliary (with do-support when there is no auxiliary).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from lemminflect import getInflection

from questions.generate.facts import Fact
from questions.generate.render import capitalise, join, lower_first

Token = Any
Span = Any
BLANK = "_____"
REPORTING = frozenset({
    "say", "announce", "tell", "add", "report", "state", "note", "confirm", "find", "show",
    "reveal", "conclude", "estimate", "warn", "claim", "explain", "write", "argue", "predict",
})  # fmt: skip
WH_OF_KIND = {
    "person": "who", "organization": "which organization", "document": "which document",
    "event": "which event", "title": "which title", "place": "which place",
}  # fmt: skip
PLACE_WH = {"country": "which country", "state": "which state", "city": "which city"}
WHERE_PREPS = frozenset({"in", "at"})
WHEN_PREPS = frozenset({"on", "in", "at", "during"})
_FACTUAL_MARKS = frozenset({"when", "after", "before", "as", "while", "since", "because"})
_OWNER_PREPS = frozenset({"at", "in", "on", "for", "from", "to", "with", "by", "during"})
_NAME_PREPS = frozenset({"by", "with", "from", "to", "for", "against", "between", "among"})
_DO = {"VBD": "did", "VBZ": "does", "VBP": "do"}
_SUBJECT = ("nsubj", "nsubjpass")
_MOVABLE = frozenset({"prep", "npadvmod", "advcl", "pcomp", "agent"})
_DROPPABLE = frozenset({"cc", "advmod", "punct", "discourse", "intj", "mark"})


class _Located:
    """A locative phrase inside a subject or object, read as the clause's place."""

    def __init__(self, prep: Token, verb: Token) -> None:
        self.prep, self.head, self.i, self.lower_ = prep, verb, prep.i, prep.lower_
        self.subtree = prep.subtree


@dataclass(frozen=True)
class Stem:
    """A question's text and the rule that wrote it (tags: `wh` or `cloze`, `rule:…`)."""

    text: str
    form: str  # "wh" or "cloze"
    rule: str


def _subtree(token: Token) -> list[Token]:
    """Return a token's subtree in order."""
    return list(token.subtree)


def _descriptor(answer: Span, extra: list[Token]) -> str | None:
    """Return the common noun the article puts before a name ("journal Nature …")."""
    before = [t for t in extra if t.i == answer.start - 1]
    if before and before[0].pos_ == "NOUN" and before[0].text.islower() and before[0].is_alpha:
        return str(before[0].lemma_)
    return None


def _wh_phrase(fact: Fact, prep: Token | None, descriptor: str | None = None) -> str | None:
    """Choose the fronted wh-phrase for an answer of this kind after this preposition."""
    p = prep.lower_ if prep is not None else None
    if descriptor and fact.kind in ("organization", "document", "event", "title", "place"):
        return f"{p} which {descriptor}" if p else f"which {descriptor}"  # "in which journal"
    if fact.kind in ("date", "year"):
        if p in WHEN_PREPS or p is None:
            return "in which year" if fact.kind == "year" else "when"
        return f"{p} which year" if fact.kind == "year" and p in ("by", "until", "since") else None
    if fact.kind == "money":
        return "how much" if p is None else (f"{p} how much" if p in ("for", "by") else None)
    if fact.kind == "percent":
        return "by how much" if p == "by" else None
    if fact.kind == "place" and p in WHERE_PREPS and fact.subtype != "country":
        return "where"
    wh = PLACE_WH.get(fact.subtype) if fact.kind == "place" else WH_OF_KIND.get(fact.kind)
    if wh is None:
        return None
    if p is None:
        return wh
    if fact.kind != "place" and p not in _NAME_PREPS:
        return None  # "in which organization was the study published" misreads a journal
    if wh == "who":
        wh = "whom"
    return f"{p} {wh}"


def _clause_verb(token: Token) -> Token | None:
    """Return the verb a question on `token` inverts: its clause's, or the main one above it.

    A wh-phrase may leave an infinitive or a reported clause ("agreed to hold a summit in
    Dushanbe" -> "Where did … agree to hold a summit?"), never a noun phrase. A clause with
    its own subject stands as a sentence of its own: a main clause, a conjoined one, a
    relative clause about its subject, an adverbial "when/after/as …" clause.
    """
    verb = token.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    if verb.dep_ == "ccomp" and verb.head.lemma_ in REPORTING:
        return verb if _children(verb, _SUBJECT) and _stands(verb.head) else None
    while verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    return verb if _stands(verb) else None


def _stands(verb: Token) -> bool:
    """Tell whether a verb's clause can be asked about as a sentence of its own."""
    if verb.dep_ == "ROOT" or _relative_subject(verb) is not None:
        return True
    own_subject = bool(_children(verb, _SUBJECT))
    if verb.dep_ == "conj":
        return own_subject or verb.head.dep_ == "ROOT"
    if verb.dep_ == "advcl" and own_subject:
        marks = [c.lower_ for c in verb.children if c.dep_ == "mark"]
        return bool(marks) and marks[0] in _FACTUAL_MARKS
    return False


def _relative_subject(verb: Token) -> Token | None:
    """Return the relative pronoun that is a relative clause's subject ("who", "which")."""
    if verb.dep_ != "relcl":
        return None
    found = [c for c in _children(verb, _SUBJECT) if c.tag_ in ("WP", "WDT")]
    return found[0] if found else None


def _antecedent(verb: Token) -> list[Token]:
    """Return the noun phrase a relative clause is about, without the clause itself."""
    cut = {t.i for c in verb.head.children if c.dep_ in ("relcl", "acl", "prep", "punct")
           and c.i > verb.head.i for t in c.subtree}  # fmt: skip
    return [t for t in verb.head.subtree if t.i not in cut]


def _children(token: Token, deps: tuple[str, ...] | frozenset[str]) -> list[Token]:
    """Return a token's children with one of these dependency labels."""
    return [c for c in token.children if c.dep_ in deps]


def _without_asides(subject: Token) -> list[Token]:
    """Return a subject without its comma-set asides (", which opened in 1932,")."""
    cut: set[int] = set()
    for child in subject.children:
        if child.dep_ in ("relcl", "appos", "acl") and child.i > subject.i:
            before = subject.doc[child.left_edge.i - 1] if child.left_edge.i > 0 else None
            if before is not None and before.text == ",":
                cut.update(t.i for t in child.subtree)
                cut.add(before.i)
                after = child.right_edge.i + 1
                if after < len(subject.doc) and subject.doc[after].text == ",":
                    cut.add(after)
    return [t for t in subject.subtree if t.i not in cut]


def _owned(root: Token) -> Token | None:
    """Return the noun an answer owns: "Microsoft's browser", "the meeting of the Council"."""
    if root.dep_ == "poss" and root.head.pos_ == "NOUN":
        return root.head  # not "Civic Party's Jeremy Tam": "which party's Jeremy Tam" misleads
    if (root.dep_ == "compound" and root.head.pos_ == "NOUN" and root.head.tag_ in ("NN", "NNS")
            and root.head.ent_type_ not in ("DATE", "TIME")):  # fmt: skip
        return root.head  # "the SCO summit" is the SCO's summit (but no one owns "the day")
    of = root.head
    if root.dep_ == "pobj" and of.lower_ == "of" and of.dep_ == "prep":
        noun = of.head
        if (noun.pos_ == "NOUN" and noun.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
                and noun.ent_type_ not in ("DATE", "TIME")):  # fmt: skip
            return noun
    return None


def segment(token: Token) -> tuple[int, int]:
    """Return the token range of the semicolon-separated part of a sentence holding a token."""
    sentence = token.sent
    low, high = sentence.start, sentence.end
    for other in sentence:
        if other.text == ";":
            if other.i < token.i:
                low = other.i + 1
            elif other.i > token.i:
                high = min(high, other.i)
    return low, high


def _in_clause_of(token: Token, arg: Token) -> bool:
    """Tell whether a token belongs to a clause or apposition hanging off the argument."""
    while token.i != arg.i and token.head.i != token.i:
        if token.dep_ in ("relcl", "acl") and token.head.i == arg.i:
            return True
        token = token.head
    return False


def _clause(verb: Token, subject_tokens: list[Token]) -> list[Token]:
    """Return the clause's tokens: subject, verb and its dependents, minus other clauses."""
    cut: set[int] = set()
    for child in verb.children:
        if (child.dep_ == "conj" and child.pos_ in ("VERB", "AUX")) or child.dep_ in ("mark",):
            cut.update(t.i for t in child.subtree)
        if child.dep_ == "cc" and any(c.dep_ == "conj" for c in verb.children):
            cut.add(child.i)
        if child.dep_ == "punct" and child.i > verb.i and child.text in (".", "!", ";", ":"):
            cut.add(child.i)
        if child.dep_ in ("ccomp", "parataxis") and child.i < subject_tokens[0].i:
            cut.update(t.i for t in child.subtree)
    stops = [c.i for c in verb.children if c.dep_ == "punct" and c.i > verb.i and c.text in ":;"]
    if stops:  # what follows a colon or semicolon is another statement
        cut.update(t.i for t in verb.subtree if t.i >= stops[0])
    low, high = segment(verb)
    tokens = {t.i: t for t in verb.subtree if t.i not in cut and low <= t.i < high}
    tokens.update({t.i: t for t in subject_tokens})
    return [tokens[i] for i in sorted(tokens)]


def wh_question(sentence: Span, fact: Fact, replace: dict[int, str]) -> tuple[Stem | None, str]:
    """Write a wh-question whose answer is the fact, or say why none can be made."""
    doc = sentence.doc
    answer = doc[fact.start : fact.end]
    root = answer.root
    prep: Any = None
    role: str
    count_noun: Token | None = None
    arg = root
    owner = ""
    if fact.kind == "count":
        count_noun = root.head
        arg = count_noun
    elif fact.kind == "ordinal" and root.dep_ == "amod" and root.head.pos_ == "NOUN":
        if root.head.lemma_ == "time":
            return None, "'for the first time' is a manner of speaking, not a fact"
        owner = "which"  # "the 21st meeting" -> "which meeting"
        count_noun = root.head
        arg = count_noun
    elif fact.kind in ("person", "organization", "place") and _owned(root) is not None:
        # "Microsoft's browser" / "the meeting of the Council" -> "which organization's …"
        owner = "whose" if fact.kind == "person" else (_wh_phrase(fact, None) or "") + "'s"
        count_noun = _owned(root)
        arg = count_noun
        if owner == "'s" or fact.subtype == "place":
            return None, "no possessive wh-word"
    if arg.dep_ == "appos" and arg.head.pos_ in ("NOUN", "PROPN") and count_noun is None:
        arg = arg.head  # "a local charity, the Reed Foundation": ask for the whole phrase
    along = ""
    if count_noun is None and fact.kind in ("person", "place", "organization"):
        head = arg
        while head.dep_ == "conj":
            head = head.head
        others = [c for c in _conjuncts(head) if c.i != arg.i]
        if any(c.ent_type_ != root.ent_type_ for c in others):
            return None, "a list of things of different kinds"
        if others and head.dep_ in _SUBJECT:
            # "India and Pakistan joined" -> "Which country, along with Pakistan, joined"
            along = _listing([join(_conjunct_tokens(c), replace) for c in others])
            arg = head
    if arg.dep_ in _SUBJECT:
        role = "subject"
    elif arg.dep_ in ("dobj", "attr", "oprd"):
        role = "object"
    elif arg.dep_ == "pobj" and arg.head.dep_ in ("prep", "agent"):
        role, prep = "prep", arg.head
        noun = prep.head
        located = fact.kind == "place" and prep.lower_ in WHERE_PREPS
        partner = prep.lower_ == "with" and noun.dep_ == "dobj"  # "held a meeting with Putin"
        if ((located or partner) and noun.pos_ in ("NOUN", "PROPN")
                and noun.dep_ in ("nsubj", "nsubjpass", "dobj")):  # fmt: skip
            # "the situation in Afghanistan has changed": where the situation changed
            prep = _Located(prep, noun.head)
    elif arg.dep_ == "npadvmod" and fact.kind in ("date", "year"):
        role = "object"
    else:
        return None, f"answer is a {arg.dep_}, not an argument"
    verb = _clause_verb(prep if prep is not None else arg)
    if verb is None:
        return None, "answer sits in a subordinate clause"
    subjects = _children(verb, _SUBJECT) or (
        _children(verb.head, _SUBJECT) if verb.dep_ == "conj" else []
    )
    if subjects and subjects[0].tag_ in ("WP", "WDT") and _relative_subject(verb) is None:
        return None, "the subject is a question word"
    if not subjects or (subjects[0].lower_ in ("there", "it") and role != "subject"):
        return None, "no subject to invert"
    subject = subjects[0]
    subject_tokens = _without_asides(subject)
    relative = _relative_subject(verb)
    if relative is not None:
        subject_tokens = _antecedent(verb)
        if arg.i == verb.head.i:  # the answer is what the clause is about: ask for it
            role, arg = "subject", relative
    phrase = _subtree(prep if prep is not None else arg)
    if relative is not None and arg is relative:
        phrase = subject_tokens
    # A clause hanging off the answer goes with it ("…Shanghai, where the SCO was founded").
    hanging = {t.i for t in phrase if _in_clause_of(t, arg)}
    phrase_ids = {t.i for t in phrase}
    if count_noun is None and not set(range(fact.start, fact.end)) <= phrase_ids | {
        t.i for t in subject_tokens
    }:
        return None, "the parse splits the answer"  # "Kim | Min-Woo"
    if isinstance(prep, _Located):
        subject_tokens = [t for t in subject_tokens if t.i not in phrase_ids]
    prep_i = prep.i if prep is not None else -1
    extra = [
        t
        for t in phrase
        if not fact.start <= t.i < fact.end and t.i != prep_i and t.i not in hanging
    ]
    if count_noun is not None:
        listed = {t.i for c in count_noun.children if c.dep_ in ("conj", "cc") for t in c.subtree}
        inside = {t.i for t in root.subtree}
        if owner and root.dep_ == "pobj":
            inside.add(root.head.i)  # the "of" that the possessive replaces
        noun_phrase = [
            t
            for t in extra
            if not (t.dep_ == "det" and t.head.i == count_noun.i)
            and t.dep_ not in ("punct", "case")
            and t.i not in listed
            and not (t.like_num and t.dep_ == "nummod")
            and not (t.head.like_num or fact.start <= t.head.i < fact.end)
            and t.i not in inside
        ]
        longest = 18 if owner == "which" else 6
        if len(noun_phrase) > longest or any(t.pos_ in ("VERB", "AUX") for t in noun_phrase):
            return None, "the counted noun phrase is too long"
        wh = join([owner or "how many", *noun_phrase])
        if prep is not None:
            wh = f"{prep.lower_} {wh}"
    else:
        own = set() if along else {t.i for t in extra}
        if any(t.pos_ not in ("DET", "PUNCT", "PROPN", "ADJ", "NOUN") for t in extra
               if t.i in own) or any(t.i > answer.end and t.dep_ == "prep" for t in extra
                                     if t.i in own):  # fmt: skip
            return None, "the answer is part of a longer phrase"
        wh_found = _wh_phrase(fact, prep, _descriptor(answer, extra))
        if wh_found is None:
            return None, f"no wh-word for a {fact.kind} after {prep.lower_ if prep else 'verb'}"
        wh = f"{wh_found}, along with {along}," if along else wh_found
    clause = _clause(verb, subject_tokens)
    subject_ids = {t.i for t in subject_tokens}
    if relative is not None:
        clause = [t for t in clause if t.i != relative.i]
    else:  # the subject's asides go with it
        aside = {t.i for t in subject.subtree} - subject_ids - phrase_ids
        clause = [t for t in clause if t.i not in aside]
    if owner and verb.lemma_ == "be":
        return None, "an owner in an identity statement"
    if owner and prep is not None and prep.lower_ not in _OWNER_PREPS:
        return None, f"an owner after {prep.lower_!r}"
    if fact.kind == "count" and verb.lemma_ == "be" and _children(verb, ("attr",)):
        return None, "counting an identity ('two … were A and B')"
    if role == "subject":
        if not subject_ids & phrase_ids:
            return None, "subject mismatch"
        before = [t for t in clause if t.i < min(subject_ids)]
        rest = [t for t in clause if t.i > max(subject_ids)]
        moved, problem = _fronted(before, verb)
        if problem:
            return None, problem
        while rest and rest[0].is_punct:
            rest = rest[1:]  # "The results [published in …], revealed": the aside went away
        verbs = _agree(rest, verb) if count_noun is None or owner else rest
        pieces: list[Token | str] = [wh, *verbs, *_lowered(moved, replace)]
        return Stem(capitalise(join(pieces, replace)) + "?", "wh", f"rule:{fact.kind}-subject"), ""
    if phrase_ids & subject_ids:
        return None, "answer inside the subject"
    before = [t for t in clause if t.i < min(subject_ids) and t.i not in phrase_ids]
    moved, problem = _fronted(before, verb)
    if problem:
        return None, problem
    rest = [t for t in clause if t.i > max(subject_ids) and t.i not in phrase_ids]
    auxes = [
        t for t in rest if t.head.i == verb.i and t.dep_ in ("aux", "auxpass") and t.i < verb.i
    ]
    if auxes:
        inverted: Token | str = auxes[0]
        rest = [t for t in rest if t.i != auxes[0].i]
    elif verb.lemma_ == "be":
        inverted = verb
        rest = [t for t in rest if t.i != verb.i]
    else:
        do = _DO.get(verb.tag_)
        if do is None:
            return None, f"cannot invert a verb tagged {verb.tag_}"
        inverted = do
        base = getInflection(verb.lemma_, "VB")
        rest = [(base[0] if base else verb.lemma_) if t.i == verb.i else t for t in rest]
    first = subject_tokens[0]
    subject_text = join(subject_tokens, replace)
    if first.i not in replace:
        subject_text = lower_first(subject_text, first)
    inverted_text = inverted if isinstance(inverted, str) else inverted.lower_
    pieces = [wh, inverted_text, subject_text, *rest, *_lowered(moved, replace)]
    return Stem(capitalise(join(pieces, replace)) + "?", "wh", f"rule:{fact.kind}-{role}"), ""


def _fronted(before: list[Token], verb: Token) -> tuple[list[Token], str]:
    """Split words before the subject into phrases moved to the end and connectives dropped."""
    moved: list[Token] = []
    for token in before:
        top = token
        while top.head.i != verb.i and top.head.i != top.i:
            top = top.head
        if top.dep_ in _MOVABLE:
            if token.dep_ == "punct" and token.text == "," and token.head.i == verb.i:
                continue  # the comma that set the phrase off, not one inside a date
            moved.append(token)
        elif top.dep_ not in _DROPPABLE:
            return [], f"cannot move a fronted {top.dep_}"
    return moved, ""


def _lowered(moved: list[Token], replace: dict[int, str]) -> list[Token | str]:
    """Return phrases moved to a question's end, their first word no longer capitalised."""
    if not moved or moved[0].i in replace:
        return list(moved)
    first = lower_first(moved[0].text, moved[0])
    return [first, *moved[1:]]


def _conjuncts(head: Token) -> list[Token]:
    """Return the heads of a coordination: "India and Pakistan" -> [India, Pakistan]."""
    out = [head]
    for child in head.children:
        if child.dep_ == "conj":
            out.extend(_conjuncts(child))
    return out


def _conjunct_tokens(conjunct: Token) -> list[Token]:
    """Return one conjunct's own words, without the coordination around it."""
    cut = {t.i for c in conjunct.children if c.dep_ in ("conj", "cc", "punct") for t in c.subtree}
    return [t for t in conjunct.subtree if t.i not in cut]


def _listing(names: list[str]) -> str:
    """Join names as English lists them: "A", "A and B", "A, B and C"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _agree(rest: list[Token], verb: Token) -> list[Token | str]:
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


def cloze(fact: Fact, tokens: list[Token], replace: dict[int, str]) -> Stem:
    """Write the sentence (its part between semicolons) with one blank where the answer was."""
    low, high = segment(tokens[0].doc[fact.start])
    tokens = [t for t in tokens if low <= t.i < high]
    pieces: list[Token | str] = []
    for token in tokens:
        if fact.start <= token.i < fact.end:
            if token.i == fact.start:
                pieces.append(BLANK)
            continue
        pieces.append(token)
    text = capitalise(join(pieces, replace))
    if text[-1:] not in ".!?\"'":
        text += "."
    return Stem(text, "cloze", f"rule:{fact.kind}-blank")
