"""Say a person's name once, and quote verbatim.

The context stage names the person behind "he" or "his" so a question stands alone. Where
the sentence names that person itself, the name twice reads clumsily ("Thomas Sam, 42, and
Thomas Sam's wife"), so a question is first written with the pronoun the article wrote; only
if the question then lost the name is the name said instead. Words inside a quotation are
never replaced: a quotation is what someone said ("as strong today", not "on January 28").
"""

from __future__ import annotations

import re
from typing import Any

from questions.generate.cataphora import unnamed_before
from questions.generate.clausemates import clause_subject, said_as
from questions.generate.clausepronouns import shown_pronouns, subject_antecedent
from questions.generate.compiled import pattern
from questions.generate.dummyit import dummy_it
from questions.generate.heads import verb_above
from questions.generate.quotemarks import quoted_words

Span = Any
PERSONAL = frozenset({"he", "she", "his", "her", "him"})


def _name(said: str) -> str:
    """Return the name a replacement says ("Thomas Sam's" -> "Thomas Sam")."""
    return said.removesuffix("'s").removesuffix("’s")


def as_written(sentence: Span, replace: dict[int, str]) -> dict[int, str]:
    """Return the replacements less those a question need not make: a pronoun whose person
    the sentence names elsewhere or names for a pronoun before it ("She was fined after she
    pleaded": "… after she", not "… after Maeve O'Connell"), and any word inside a quotation."""
    quoted = quoted_words(sentence)
    out: dict[int, str] = {}
    for i, said in sorted(replace.items()):
        token = sentence.doc[i]
        said_before = " ".join([sentence.text, *out.values()])  # as written, or for a pronoun
        if i in quoted or (token.lower_ in PERSONAL and said and _name(said) in said_before):
            continue
        if said and subject_bound(token, replace):
            continue  # "Betancourt recounted her experiences", not "… Betancourt's experiences"
        if said and clause_subject(token) is not None:
            continue  # "Pork is …, and its price", not "… and pork's price"
        out[i] = said
    return out


def subject_bound(pronoun: Span, replace: dict[int, str]) -> bool:
    """Tell whether a possessive or object pronoun ("her", "its") would be replaced by the
    name its own clause's subject is said by (as written or for its own pronoun)."""
    if pronoun.tag_ not in ("PRP", "PRP$") or pronoun.dep_ in ("nsubj", "nsubjpass"):
        return False
    said = _name(replace.get(pronoun.i, ""))
    clause = verb_above(pronoun.head if pronoun.dep_ == "poss" else pronoun)
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not said or len(subjects) != 1 or subjects[0].i > pronoun.i:
        return False
    subject = subjects[0]
    named = _name(replace[subject.i]) if subject.i in replace else pronoun_name(subject)
    return named == said


def dangling(stem: str, sentence: Span, replace: dict[int, str], lean: dict[int, str]) -> bool:
    """Tell whether a stem kept a pronoun as written but lost the name it stands for."""
    for i, said in replace.items():
        token = sentence.doc[i]
        if i in lean or not said or not (token.lower_ in PERSONAL or subject_bound(token, replace)):
            continue
        if unnamed_before(stem, token.lower_, _name(said)):  # "would he …, according to Roe?"
            return True
    for i, said in replace.items():
        words = clause_subject(sentence.doc[i]) if i not in lean and said else None
        if words is not None and all(
            unnamed_before(stem, "its", name) for name in _written(words)
        ):  # "By how much did its price rise?": the first clause, and pork, left out
            return True
    return False


def _written(words: list[Any]) -> set[str]:
    """Return the ways a question may write a subject: as the article did, or mid-sentence."""
    return {" ".join(t.text for t in words), said_as(words)}


_BOUND = {"it": False, "its": False, "they": True, "them": True, "their": True}  # plural?


def bound_pronouns(
    sentence: Span, answer: range, stem: str, replace: dict[int, str] | None = None
) -> frozenset[str]:
    """Return the pronouns ("it", "their") the question's own words resolve: every one of
    them the question shows points to the one noun of the right number that is the subject or
    object of its clause, or of the clause its "when"/"after" clause hangs on, said before it
    ("Columbia was lost when it disintegrated", "left six people dead after they were
    killed"), or is a preposition's object meaning its clause's subject ("took with them").
    The antecedent must be in the question (as written, or its pronoun named by `replace`)
    and must not be its answer."""
    quoted = quoted_words(sentence)
    found: dict[str, bool] = {}
    shown = {t.i for w in _BOUND for t in shown_pronouns(sentence, w, stem)}
    for token in sentence:
        word = token.lower_
        if token.tag_ not in ("PRP", "PRP$") or token.i in quoted:
            continue
        if word in _BOUND and token.i not in shown:
            continue  # "… and locked themselves in between them", cut off: not the question's
        if word in PERSONAL:
            subject = relative_subject(token, sentence)
            said = subject is not None and subject.i not in answer and said_name(subject, stem)
            found[word] = found.get(word, True) and said
            continue
        if dummy_it(token):  # "it took ten years to …": the "it" names no one
            found.setdefault(word, True)
            continue
        if word not in _BOUND:
            continue
        antecedent = _antecedent(token, _BOUND[word]) or _framing_subject(token, _BOUND[word])
        if antecedent is None and (heads := subject_antecedent(token, _BOUND[word])):
            found[word] = found.get(word, True) and _said_heads(heads, answer, stem, replace)
            continue
        said = (
            antecedent is not None
            and antecedent.i not in answer
            and _said_as_written(antecedent, stem, replace)
        )
        found[word] = found.get(word, True) and said
    return frozenset(word for word, ok in found.items() if ok)


def _said_as_written(noun: Span, stem: str, replace: dict[int, str] | None) -> bool:
    """Tell whether the question says a noun as it writes it: its words, or the words said
    for it ("the parents" said by their names)."""
    written = (replace or {}).get(noun.i) or noun.text
    return pattern(rf"(?<!\w){re.escape(written)}(?!\w)").search(stem) is not None


def _said_heads(
    heads: list[Span], answer: range, stem: str, replace: dict[int, str] | None
) -> bool:
    """Tell whether the question says every head of a subject, none its answer: a name as
    written, a pronoun ("They") by the name it was replaced with."""
    names = [(replace or {}).get(h.i, "") if h.tag_ == "PRP" else pronoun_name(h) for h in heads]
    return all(h.i not in answer for h in heads) and all(
        n and pattern(rf"(?<!\w){re.escape(n)}(?!\w)").search(stem) for n in names
    )


def relative_subject(pronoun: Span, sentence: Span) -> Span | None:
    """Return the person a "he" (his, her) in a relative clause stands for when the only
    one named before it is the subject of the clause the relative hangs on: "Mohamed
    brought the digital clock he made": the clock is the relative's gap, so "he" can only
    be Mohamed. None when any other noun precedes it ("the teacher's clock he made")."""
    clause = verb_above(pronoun.head) if pronoun.dep_ == "poss" else pronoun.head
    if clause.dep_ not in ("relcl", "acl") or clause.head.pos_ != "NOUN":
        return None
    gap, main = clause.head, clause.head.head
    subject = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "PROPN" or subject.i > gap.i:
        return None
    own = {t.i for t in subject.subtree} | {gap.i}
    before = pronoun.doc[sentence.start : pronoun.i]
    if any(t.pos_ in ("NOUN", "PROPN", "PRON") and t.i not in own for t in before):
        return None  # "the teacher's clock he made": the teacher may be meant
    return subject


def said_name(noun: Span, stem: str) -> bool:
    """Tell whether the question says a noun's name as the article wrote it."""
    name = pronoun_name(noun)
    return pattern(rf"(?<!\w){re.escape(name)}(?!\w)").search(stem) is not None


def pronoun_name(noun: Span) -> str:
    """Return a noun with its compound name parts ("Maxime Bernier")."""
    parts = [t for t in noun.subtree if t.dep_ in ("compound", "flat") or t.i == noun.i]
    return " ".join(t.text for t in parts if t.i <= noun.i)


def _antecedent(pronoun: Span, plural: bool) -> Span | None:
    """Return the noun a pronoun stands for when its sentence leaves one choice: the subject,
    before it and of its number, of the pronoun's verb (for "its"/"their": "China will step
    up its efforts"), or the subject or object of the verb its adverbial clause hangs on;
    None when there are none or two ("500 miles from Herat, their home": no subject)."""
    verb = verb_above(pronoun.head)  # "its Warhol collection" -> "exhibited"
    clauses: list[tuple[Span, tuple[str, ...]]] = (
        [(verb, ("nsubj", "nsubjpass"))] if pronoun.tag_ == "PRP$" else []
    )
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" or c.tag_ == "WRB" for c in verb.children):
        clauses.append((verb.head, ("nsubj", "nsubjpass", "dobj")))  # "lost [when it …]"
        if verb.head.dep_ == "ccomp" and verb.head.head.pos_ == "VERB":
            # "the museum saw attendance levels reach 11,000 when it exhibited …": no noun of
            # the small clause fits "it", so it is the seer's
            clauses.append((verb.head.head, ("nsubj", "nsubjpass")))
    if pronoun.dep_ in ("nsubj", "nsubjpass"):  # "as the parents came from India, they …"
        clauses += [(c, ("nsubj", "nsubjpass", "dobj")) for c in verb.children
                    if c.dep_ == "advcl" and c.i < pronoun.i
                    and any(m.dep_ == "mark" for m in c.children)]  # fmt: skip
    noun = verb.head  # "rejected over fears [it would amount to …]": the fears' verb's
    owner = noun.head.head if noun.dep_ == "pobj" else noun
    if owner.dep_ == "dobj":  # "women earn $0.64 [for every $1 earned by their men]": a rate
        owner = owner.head  # hangs on the verb's object, and is the verb's all the same
    if verb.dep_ == "acl" and noun.dep_ == "pobj" and owner.pos_ == "VERB":
        clauses.append((owner, ("nsubj", "nsubjpass")))
    for at, (clause, roles) in enumerate(clauses):
        nouns = [c for c in clause.children if c.dep_ in roles and not _preposed(c)
                 and c.pos_ in ("NOUN", "PROPN") and c.i < pronoun.i]  # fmt: skip
        fitting = [n for n in nouns if n.tag_ in (("NNS", "NNPS") if plural else ("NN", "NNP"))]
        if len(fitting) == 1 and len(nouns) == len(fitting):
            return fitting[0]
        if nouns and (fitting or at + 1 == len(clauses) or clause.dep_ != "ccomp"):
            return None  # another noun could be meant: not safely the one
    return None


def _framing_subject(pronoun: Span, plural: bool) -> Span | None:
    """Return the subject a clause's subject pronoun stands for when the clause is what that
    subject reported ("Other sites have stated that they will keep …") or happened where the
    subject went ("Officials went to the station where they claimed …"): the one noun of
    the pronoun's number before it. None for any other pronoun or sentence."""
    clause = pronoun.head
    if pronoun.dep_ != "nsubj" or clause.i == clause.head.i:
        return None
    head = clause.head
    if clause.dep_ == "relcl" and any(c.tag_ == "WRB" for c in clause.children):
        head = head.head.head if head.dep_ == "pobj" else head  # "went [to the station]"
    elif clause.dep_ != "ccomp":
        return None
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    tags = ("NNS", "NNPS") if plural else ("NN", "NNP")
    if subject is None or subject.tag_ not in tags or subject.i > pronoun.i:
        return None
    # no other noun of its number between them could be meant ("the station" is no "they")
    own = {t.i for t in subject.subtree}
    between = pronoun.doc[subject.i + 1 : pronoun.i]
    if any(t.tag_ in tags and t.i not in own for t in between):
        return None
    return subject


def _preposed(noun: Span) -> bool:
    """Tell whether a noun the parse made a subject follows a preposition ("a system backed
    by … for 3,000 Afghan refugees was rejected": the refugees are the object of "for")."""
    start = noun.left_edge.i
    return bool(start > 0 and noun.doc[start - 1].pos_ == "ADP")


def own_pronouns(
    sentence: Span, replace: dict[int, str], answer: str, at: range
) -> tuple[dict[int, str], frozenset[str]]:
    """Return the replacements without the pronouns that would name the question's own answer
    ("Thomas Sam … decided to treat his daughter": "his" is Thomas Sam's), and those pronouns:
    said as written, the wh-word or the blank binds them ("Who decided to treat his
    daughter?"), and named they give the key away. Only a key (at the words `at`) that is a
    subject or comes before the pronoun binds it: "Whose band did she move to New York to
    join?" leaves "she" meaning nobody."""
    key = answer.lower()
    subject = any(sentence.doc[i].dep_ in ("nsubj", "nsubjpass") for i in at)
    named = {t.i: re.sub(r"'s?$", "", said).strip().lower() for t in sentence
             if t.tag_ in ("PRP", "PRP$") and (said := replace.get(t.i))
             and (subject or t.i >= at.stop)}  # fmt: skip
    # "Allton" for the key "Kevin Allton", or the other way round: one person
    own = {i for i, said in named.items() if said and _same_person(said, key)}
    kept = {i: said for i, said in replace.items() if i not in own}
    return kept, frozenset(sentence.doc[i].lower_ for i in own)


def _same_person(one: str, other: str) -> bool:
    """Tell whether two names are one, or one is the other's surname."""
    return one == other or one.endswith(" " + other) or other.endswith(" " + one)


_TIME_MARKS = frozenset({"when", "after", "before", "as", "while", "until", "since"})


def borrowed_subject(verb: Any, subject: Any) -> tuple[Any | None, frozenset[int]]:
    """Return the named subject an "it" of a time clause stands for, and the words that go
    with the clause's own ("when it"): "The Weatherspoon Art Museum … saw attendance reach
    11,000 visitors when it exhibited its collection in 2010" asks "In which year did the
    Weatherspoon Art Museum … exhibit its collection?". (None, nothing) for any other."""
    if subject.lower_ != "it" or subject.dep_ != "nsubj" or verb.dep_ != "advcl":
        return None, frozenset()
    marks = [c for c in verb.children if c.dep_ in ("mark", "advmod") and c.i < subject.i]
    if len(marks) != 1 or marks[0].lower_ not in _TIME_MARKS:
        return None, frozenset()
    head = verb.head
    while True:  # "saw attendance levels reach … when it …": the sentence's subject, not theirs
        owner = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i
                      and c.tag_ in ("NN", "NNP")), None)  # fmt: skip
        if owner is not None or head.dep_ not in ("ccomp", "xcomp") or head.head.i == head.i:
            break
        head = head.head
    if owner is None or owner.ent_type_ == "PERSON":
        return None, frozenset()  # "he" would be a person's
    if not any(t.pos_ == "PROPN" for t in owner.subtree):
        return None, frozenset()  # "the landslide": a noun with no name says too little
    return owner, frozenset({subject.i, marks[0].i})
