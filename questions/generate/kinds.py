"""What kind of thing a name is, finer than spaCy's ORG label, and what role a person has.

A blind review found a journal and a study offered as "organizations", bill sections as
bodies that reject a bill and celebrities as "a USI instructor": options must be the same
kind as the key. The kind is the head noun the article gives a name: its own ("Medical
Journal of Australia" is a journal, "Division A" a division), an apposition ("Studio 54, a
disco"), the phrase an acronym abbreviates ("iodine deficiency disorders (IDD)") or whose
initials it is ("JSC": "Johnson Space Center"). A person's role is the noun before the name
("U.S. Senator John Cornyn") or in apposition ("Kevin Allton, a USI instructor").
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Any

from questions.generate.compiled import pattern
from questions.generate.entcache import ents_of
from questions.generate.gluednames import glued_name
from questions.generate.pools import KIND_ZIPF, is_first_name, place_kind, zipf
from questions.generate.setoffroles import fronted, set_off_role, spoken_to_before
from questions.generate.titledpeople import taken_title
from questions.schema import normalise

_JOINS = frozenset({"of", "for", "on", "in", "at"})  # the head comes before these
_SMALL = frozenset({"of", "for", "on", "in", "at", "the", "and", "&"})  # not in initials
# Bodies that act (say, recommend, fund, reject): one kind for a question's purpose. No
# installed library groups nouns so (WordNet is not shipped), hence this short list.
BODIES = frozenset(
    {"agency", "department", "administration", "service", "office", "bureau", "commission",
     "ministry", "council", "committee", "board", "authority", "foundation", "institute",
     "institution", "university", "college", "center", "centre", "organization",
     "association", "society", "federation", "company", "corporation", "senate", "house",
     "congress", "parliament", "assembly", "court", "government", "movement", "league", "union"}
)  # fmt: skip
# Kinds of body loosely named: a "liaison group" may be offered any body the article names
# (each can "play the role of" it), but is no option for an organisation's summit or members.
LOOSE_BODIES = frozenset({"group"})
# Offices written short before a name ("Rep. Patrick Kennedy"): the role is the office's word.
TITLE_ABBREVIATIONS = {
    "rep.": "representative",
    "sen.": "senator",
    "gov.": "governor",
    "pres.": "president",
    "amb.": "ambassador",
}
_NAMED = frozenset({"ORG", "FAC", "LAW", "EVENT", "WORK_OF_ART", "NORP"})
_ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,7}$")


@lru_cache(maxsize=4096)
def kind_word(word: str) -> str:
    """Return a word's singular lower-case form when it is a common noun, else ""."""
    lower = word.lower().strip(".,'’")
    if len(lower) < 3 or not lower.isalpha() or word.isupper() or zipf(lower) < KIND_ZIPF:
        return ""  # "A" of "Division A", "UNC": no kind
    if place_kind(word) in ("country", "state") or is_first_name(word):
        return ""
    lemma = _singular(lower)
    # One kind for both spellings: "Organisation" and "Organization" are the same thing.
    return re.sub(r"isation$", "ization", lemma) if lemma else ""


def _singular(word: str) -> str:
    """Return a noun's singular by lemminflect's inflection lexicon ("studies": study), or ""
    for a word it has no noun for ("Sydney"). The inflection table is loaded for `write`
    already; its lemma table would cost 34 MB more."""
    from lemminflect import getAllInflections

    stems = (word, word[:-1], word[:-2], word[:-3] + "y")
    for stem in stems if len(word) > 3 else stems[:1]:
        for upos in ("NOUN", "VERB"):  # "act" is only a verb to the lexicon
            forms = getAllInflections(stem, upos=upos)
            if (stem == word and forms) or word in forms.get("NNS", ()):
                return stem
    return ""


def own_kind(name: str) -> str:
    """Return the kind a name says of itself: its head noun ("University of NSW":
    university; "Civic Party": party; "Team Estonia": team), or "" for a bare name."""
    words = name.removeprefix("the ").split()
    if len(words) < 2:
        return ""
    for before, word in itertools.pairwise(words):
        if word.lower() in _JOINS:
            return kind_word(before)
    # "Team Estonia": the first word, before a name; not "Food" of "Food Standards
    # Australia New Zealand", which only qualifies the common noun after it
    return kind_word(words[-1]) or ("" if kind_word(words[1]) else kind_word(words[0]))


@lru_cache(maxsize=4096)
def head_kind(name: str) -> str | None:
    """Return the countable common noun a name ends on, or has before "of", as its kind
    ("Shanghai Cooperation Summit": summit, "University of Sheffield": university), or None
    ("Sky News", "United Nations", "Studio 54", "NASA"): "which summit" asks what the name is."""
    kind = own_kind(name)
    words = [w.lower() for w in name.removeprefix("the ").split()]
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    plural = _plural(kind) if kind else ()
    if not kind or head != kind or not plural or plural[0] == kind:
        return None
    return kind


def _plural(noun: str) -> tuple[str, ...]:
    """Return a noun's plural forms by lemminflect ("summit": summits; "news": news)."""
    from lemminflect import getInflection

    return tuple(getInflection(noun, "NNS"))


def _initials(name: str) -> str:
    """Return the capital initials of a name's words ("Johnson Space Center": "JSC")."""
    return "".join(
        w[0].upper() for w in name.split() if w.lower() not in _SMALL and w[:1].isalpha()
    )


def _described(span: Any) -> str:
    """Return the noun an apposition gives a span ("Studio 54, a disco": disco), or ""."""
    root = span.root
    for child in root.children:
        if child.dep_ == "appos" and not span.start <= child.i < span.end and child.pos_ == "NOUN":
            return kind_word(child.text)
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.i < span.start:
        # "Speaking to a reporter, John Smith, 45, said": the parse's apposition is no role
        return "" if fronted(root.head, span.start) else kind_word(root.head.text)
    return ""


def _title_before(span: Any) -> str:
    """Return the office or job said just before a name ("Senator John Cornyn": senator)."""
    if span.start == 0:
        return ""
    before = span.doc[span.start - 1]
    if before.text.lower() in TITLE_ABBREVIATIONS:
        return TITLE_ABBREVIATIONS[before.text.lower()]
    inside = span.start <= before.head.i < span.end
    if before.pos_ in ("NOUN", "PROPN") and inside and not before.ent_type_:
        return "" if spoken_to_before(before, span.start) else kind_word(before.text)
    return ""


def name_kinds(sentences: Sequence[Any]) -> dict[str, str]:
    """Return the kind of each organisation-like name the article uses, by folded name."""
    kinds: dict[str, str] = {}
    acronyms: set[str] = set()
    for sentence in sentences:
        for said in ents_of(sentence):
            ent = glued_name(said)  # "Republican Sinn Féin, a party": not a "republican"
            if ent.label_ not in _NAMED:
                continue
            folded = folded_name(ent.text)
            kind = (own_kind(ent.text) if ent is said else "") or _described(ent)
            if kind:
                kinds.setdefault(folded, kind)
            if _ACRONYM.match(ent.text):
                acronyms.add(ent.text)
        for token in sentence:
            # "disorders (IDD)": the acronym is the kind of the noun it follows
            after = sentence.doc[token.i + 1 : token.i + 4]
            if token.text == "(" or len(after) < 3 or after[0].text != "(":
                continue
            if (
                after[2].text == ")"
                and _ACRONYM.match(after[1].text)
                and token.pos_
                in (
                    "NOUN",
                    "PROPN",
                )
            ):
                kind = kind_word(token.text)
                if kind:
                    kinds.setdefault(folded_name(after[1].text), kind)
    by_initials = {_initials(n): k for n, k in _titled(kinds, sentences)}
    for acronym in sorted(acronyms):
        kind = by_initials.get(acronym.replace("&", ""), "") or _spelled(acronym, sentences)
        if kind:
            kinds.setdefault(folded_name(acronym), kind)
    _by_members(kinds, sentences)
    return kinds


def _member_of(ent: Any) -> bool:
    """Tell whether a name is what a person belongs to: "Raymond Chan of People Power",
    "Demosisto's Nathan Law"."""
    root = ent.root
    if root.dep_ == "poss":
        return bool(root.head.ent_type_ == "PERSON")
    head = root.head
    return root.dep_ == "pobj" and head.lower_ in ("of", "from") and head.head.ent_type_ == "PERSON"


def _by_members(kinds: dict[str, str], sentences: Iterable[Any]) -> None:
    """Give the names people belong to that say no kind of their own ("People Power",
    "DAB") the one kind all the others of them share ("Labour Party": a party)."""
    members = sorted(
        {
            folded_name(e.text)
            for s in sentences
            for e in ents_of(s)
            if e.label_ == "ORG" and _member_of(e)
        }
    )
    shared = Counter(kinds.values())  # a kind only one name has is its own word ("power")
    known = {kinds[m] for m in members if shared[kinds.get(m, "")] > 1}
    if len(known) != 1 or sum(shared[kinds.get(m, "")] > 1 for m in members) < 2:
        return  # none, or several kinds: which the others are is unknown
    kind = known.pop()
    for member in members:
        own = kinds.get(member, "")
        if shared[own] < 2 and own not in BODIES:  # an institute stays one
            kinds[member] = kind


def _spelled(acronym: str, sentences: Iterable[Any]) -> str:
    """Return the kind of the capitalised words an acronym abbreviates anywhere in the
    article, inside a longer name too ("IDD": "… for Control of Iodine Deficiency
    Disorders")."""
    size = len(acronym)
    for sentence in sentences:
        words = [t.text for t in sentence]
        for start in range(len(words) - size + 1):
            run = words[start : start + size]
            if all(w[:1].isupper() for w in run) and _initials(" ".join(run)) == acronym:
                return kind_word(run[-1])
    return ""


def _titled(kinds: dict[str, str], sentences: Iterable[Any]) -> list[tuple[str, str]]:
    """Return the article's multi-word names that have a kind, as written."""
    out = []
    for sentence in sentences:
        for ent in ents_of(sentence):
            kind = kinds.get(folded_name(ent.text), "")
            if kind and len(ent.text.split()) > 1:
                out.append((ent.text, kind))
    return out


def person_roles(sentences: Sequence[Any]) -> dict[str, str]:
    """Return the role the article gives each person, by folded name ("senator")."""
    roles: dict[str, str] = {}
    for sentence in sentences:
        for ent in ents_of(sentence):
            if ent.label_ == "PERSON":
                # "another federal judge, Ann Donnelly,": the parse may miss the apposition
                role = _title_before(ent) or _described(ent) or set_off_role(ent)
                if role:
                    roles.setdefault(folded_name(ent.text), role)
                elif titled := taken_title(ent.text.split()):  # "Striker Saad Al Harthi"
                    roles.setdefault(folded_name(titled[0]), titled[1])
    return roles


@lru_cache(maxsize=1 << 14)  # a pure function of the string, asked of every option
def folded_name(name: str) -> str:
    """Fold a name as the kinds are keyed: no possessive ("New People Party's")."""
    return normalise(re.sub(r"^(?:the|a|an) |['’]s$", "", name, flags=re.IGNORECASE))


def kind_of(name: str, kinds: Mapping[str, str]) -> str:
    """Return a name's kind: the article's word for it, else its own head noun."""
    return kinds.get(folded_name(name), "") or own_kind(name)


def initials_of(name: str, other: str) -> bool:
    """Tell whether one name is the other's initials ("WHO": "World Health Organisation")."""
    return _initials(name) == other.replace(".", "") or _initials(other) == name.replace(".", "")


def same_kind(option: str, key: str, kinds: Mapping[str, str]) -> bool:
    """Tell whether an option is the key's kind of thing: the same head noun, or both public
    or private bodies ("Department of Agriculture" for "Environmental Protection Agency"),
    or both names the article says nothing of; never the key's own acronym ("JSC")."""
    if initials_of(option, key):
        return False  # "Johnson Space Center" is "JSC": also true
    ours, theirs = kind_of(key, kinds), kind_of(option, kinds)
    # A bare name ("NASA") may be any body; a body's options must be known bodies.
    return ours == theirs or (theirs in BODIES and (ours in BODIES | LOOSE_BODIES or not ours))


def other_kind_asked(option: str, key: str, stem: str, kinds: Mapping[str, str]) -> bool:
    """Tell whether the stem asks for the key's own kind ("Which summit …?") and the option
    is another kind of thing: any body would fit "which organization", not "which summit"."""
    asked = head_kind(key)
    if not asked or asked == "organization":
        return False
    return (
        bool(pattern(rf"\bwhich {asked}\b", re.I).search(stem)) and kind_of(option, kinds) != asked
    )
