"""The answer's argument: the phrase a wh-word stands for, its role and its preposition."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from questions.generate.barecount import bare_subject
from questions.generate.changesize import change_size, occasions
from questions.generate.clauses import SUBJECT, Located, owned
from questions.generate.coordination import conjunct_tokens, conjuncts, listing
from questions.generate.durations import timed_word
from questions.generate.entcache import ents_of
from questions.generate.facts import Fact
from questions.generate.levels import LEVEL
from questions.generate.measures import FREQUENCY, MAGNITUDE
from questions.generate.nouns import dated_verb, nested_place, titled_person, verb_taken_for_noun
from questions.generate.ownerless import named_place_noun, topic_modifier, vague_noun
from questions.generate.placednouns import lends_place
from questions.generate.placeunits import named_unit
from questions.generate.render import join
from questions.generate.whphrase import WHERE_PREPS, place_kind_noun, wh_phrase

Token = Any
YEAR_OWNER = "which year's"  # the wh-word of a year before its noun ("the 2015 season")


@dataclass
class Argument:
    """The phrase a wh-word stands for: its head, its role, and what it owns or counts."""

    arg: Token  # the head of the phrase asked for
    role: str = ""  # "subject", "object" or "prep"
    prep: Any = None  # the preposition before it (a `Located` when it places another noun)
    count_noun: Token | None = None  # the noun counted, ranked or owned
    owner: str = ""  # "whose", "which organization's", "which", "what magnitude", "what"
    kind_noun: Token | None = None  # "the city of El Obeid": the kind said before the place
    along: str = ""  # "along with Pakistan": the other conjuncts of a listed subject
    titled: set[int] = field(default_factory=set)  # the "and" of "academic and professor X"
    changed: bool = False  # the size of its verb's change ("prices rose 65%"): "by how much"


def answer_argument(doc: Any, fact: Fact, replace: dict[int, str]) -> tuple[Argument | None, str]:
    """Find the phrase a wh-word would stand for and its role, or say why there is none."""
    root = doc[fact.start : fact.end].root
    found = Argument(root)
    why = _counted_or_owned(fact, root, found)
    if why:
        return None, why
    arg = found.arg
    if fact.kind != "person" and bracketed_affiliation(arg):
        return None, "a tag in brackets after a person is their side, not the doer"
    if arg.dep_ == "appos" and arg.head.pos_ in ("NOUN", "PROPN") and found.count_noun is None:
        found.arg = arg.head  # "a local charity, the Reed Foundation": ask for the whole phrase
    if found.count_noun is None and fact.kind in ("person", "place", "organization"):
        why = _listed(fact, root, found, replace)
        if why:
            return None, why
    why = _role(fact, found)
    return (None, why) if why else (found, "")


def bracketed_affiliation(token: Token) -> bool:
    """Tell whether a token stands in brackets as an apposition to a person's name
    ("Senator Jane Roe (PFL) asked …"): the party or group the person belongs to, which
    did none of what the person did."""
    if token.dep_ != "appos" or token.head.pos_ != "PROPN":
        return False
    doc = token.doc
    left, right = token.left_edge.i, token.right_edge.i
    if left < 1 or right + 1 >= len(doc) or (doc[left - 1].text, doc[right + 1].text) != ("(", ")"):
        return False
    named = {t.i for t in token.head.subtree if t.i < left}  # "Senator José Agripino Maia"
    return any(e.label_ == "PERSON" and e.start in named for e in ents_of(doc))


def _counted_or_owned(fact: Fact, root: Token, found: Argument) -> str:
    """Set the noun a number counts or ranks, or the noun a name owns; say why none fits."""
    found.kind_noun = place_kind_noun(root) if fact.kind == "place" else None
    if found.kind_noun is not None:
        found.arg = found.kind_noun  # "the city of El Obeid": the whole phrase is the place
    elif fact.kind == "count" and bare_subject(root.doc[fact.start : fact.end]):
        pass  # "1,429,981 voted": the number is the subject, asked "how many" alone
    elif fact.kind == "count":
        found.count_noun = root.head
        found.arg = found.count_noun
    elif (
        fact.kind == "ordinal"
        and root.dep_ in ("amod", "compound")
        and root.head.pos_ in ("NOUN", "PROPN")
    ):  # "the 21st meeting", "the United Nations 75th Anniversary Summit"
        if root.head.lemma_ == "time":
            return "'for the first time' is a manner of speaking, not a fact"
        found.owner = "which"  # "the 21st meeting" -> "which meeting"
        found.count_noun = root.head
        found.arg = found.count_noun
    elif fact.kind == "year" and dated_noun(root):
        if any(a.dep_ == "relcl" for a in root.head.ancestors):
            # "Federer, who lost the 2007 final, equalled …": the year dates the relative
            # clause's deed, not the one "In which year's final did Federer equal …?" asks
            return "the year dates a relative clause's noun"
        # "the 2015 NFL season" -> "which year's NFL season", as an ordinal's "which meeting"
        found.owner = YEAR_OWNER
        found.count_noun = root.head
        found.arg = found.count_noun
    elif fact.kind == MAGNITUDE:
        found.owner = "what magnitude"  # "a magnitude 6.6 aftershock" -> "what magnitude …"
        found.count_noun = root.head
        found.arg = found.count_noun
    elif fact.kind == LEVEL:
        found.owner, found.count_noun = "what", root.head  # "a level seven" -> "what level"
        found.arg = found.count_noun
    elif fact.kind in ("person", "organization", "place") and owned(root) is not None:
        # "Microsoft's browser" / "the meeting of the Council" -> "which organization's …"
        owner = "whose" if fact.kind == "person" else (wh_phrase(fact, None) or "") + "'s"
        count_noun = owned(root)
        if fact.kind == "place" and named_unit(root, count_noun, fact.subtype):
            owner = "which"  # "the Kreuzberg district" is the district: not "which city's"
        found.owner, found.count_noun, found.arg = owner, count_noun, count_noun
        if owner == "'s" or fact.subtype == "place":
            return "no possessive wh-word"
        if vague_noun(count_noun):
            return "the owned noun is vague ('this Russia thing', 'its stuff')"
        if fact.subtype == "country" and owner != "which" and topic_modifier(root, count_noun):
            return "a place before the noun is its topic ('the Russia investigation')"
        if fact.kind == "place" and named_place_noun(count_noun):
            return "the owned noun is a place its 'of' names ('the US city of Atlanta')"
        if verb_taken_for_noun(count_noun):
            return "the parse took a verb for the owned noun"
        if framing(root, count_noun):
            return "a framing phrase's noun is no owned thing ('On the topic of Iran, …')"
        if _completed(count_noun):
            return "the owned noun's own clause would be cut ('Israel's efforts [to reach …]')"
    return ""


def framing(root: Token, noun: Token) -> bool:
    """Tell whether "the N of X" opens its sentence as a phrase set off by a comma ("On the
    topic of Iran, Obama …"): it says what follows is about X, and "On which country's topic"
    would make X own it."""
    doc, prep = root.doc, noun.head
    if root.head.lower_ != "of" or noun.dep_ != "pobj" or prep.i != root.sent.start:
        return False
    end = prep.right_edge.i + 1
    return bool(end < len(doc) and doc[end].text == ",")


def dated_noun(year: Token) -> bool:
    """Tell whether a year modifies the noun after it inside a determined noun phrase ("the
    2015 NFL season"), not a time the parse ran into a name ("In 2001
    Handgun Control became …": no determiner before it)."""
    doc = year.doc
    noun = year.head
    if year.dep_ not in ("nummod", "compound", "amod") or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if noun.i < year.i or year.left_edge.i == 0:
        return False
    before = doc[year.left_edge.i - 1]  # "the", not "its" or "Sweden's": "which year's its …"
    return bool(before.dep_ == "det" and before.head.i == noun.i)


def _listed(fact: Fact, root: Token, found: Argument, replace: dict[int, str]) -> str:
    """Ask for one name of a list of names as itself, a listed subject "along with" the rest."""
    arg = head = found.arg
    while head.dep_ == "conj":
        head = head.head
    others = [c for c in conjuncts(head) if c.i != arg.i]
    if fact.kind == "person" and titled_person(arg, others):  # one person, not a list
        found.arg, others = head, []
        found.titled = {c.i for c in head.children if c.dep_ == "cc"}
    elif any(c.ent_type_ != root.ent_type_ for c in others):
        return "a list of things of different kinds"
    if others and head.dep_ in SUBJECT:
        # "India and Pakistan joined" -> "Which country, along with Pakistan, joined"
        found.along = listing([join(conjunct_tokens(c), replace) for c in others])
        found.arg = head
    return ""


def _role(fact: Fact, found: Argument) -> str:
    """Set the argument's role in its clause (and its preposition), or say why it has none."""
    arg = found.arg
    if arg.dep_ in SUBJECT:
        found.role = "subject"
    elif arg.dep_ in ("dobj", "attr", "oprd"):
        found.role = "object"
    elif arg.dep_ == "pobj" and arg.head.dep_ in ("prep", "agent"):
        found.role, found.prep = "prep", _located(fact, arg.head)
    elif (arg.dep_ == "npadvmod" and fact.kind in ("date", "year", FREQUENCY, "quantity")) or (
        fact.kind == "date" and timed_word(arg)  # "12,000 years ago", "two months old"
    ):
        found.role = "object"
    elif change_size(fact.kind, arg):  # "prices rose 65%": asked "by how much"
        found.role, found.changed = "object", True
    elif occasions(fact.kind, arg):  # "raised rates five times": "how many times"
        found.role = "object"
    else:
        return f"answer is a {arg.dep_}, not an argument"
    return ""


def _located(fact: Fact, prep: Token) -> Any:
    """Return the preposition, or a `Located` one when it places the noun it hangs on."""
    noun = prep.head
    located = fact.kind == "place" and prep.lower_ in WHERE_PREPS
    partner = prep.lower_ == "with" and noun.dep_ == "dobj"  # "held a meeting with Putin"
    # "doubled the lead for Belgium": for which country the lead was doubled
    partner |= prep.lower_ == "for" and noun.dep_ == "dobj" and fact.kind != "person"
    if ((located or partner) and noun.pos_ in ("NOUN", "PROPN")
            and noun.dep_ in ("nsubj", "nsubjpass", "dobj")):  # fmt: skip
        # "the situation in Afghanistan has changed": where the situation changed; "the
        # network in the UAE had access" says where the network is, not where the access was
        # (the plain preposition leaves the place inside its noun phrase: no wh-question)
        return Located(prep, noun.head) if partner or lends_place(noun) else prep
    if fact.kind in ("date", "year") and (dated := dated_verb(noun)) is not None:
        return Located(prep, dated)  # "… of Livorno in 2010": when it was advanced
    if located and noun.dep_ == "pobj" and nested_place(noun):
        # "awarded … in the Constitution Hall in Washington": the city it happened in
        return Located(prep, noun.head.head, noun.head)
    return prep


def _completed(noun: Token) -> bool:
    """Tell whether a clause completes a noun with no comma before it ("efforts to reach a
    deal", "the plan it announced"): the question cuts clauses hanging off its noun, and
    "Which country's efforts does he support?" no longer says which efforts."""
    doc = noun.doc
    return any(
        child.dep_ in ("acl", "relcl")
        and child.left_edge.i > 0
        and doc[child.left_edge.i - 1].text != ","
        for child in noun.children
    )
