"""Names the model runs together or cuts apart, mended once per parsed paragraph.

The model reads "Lydia Buchtmann for Food Standards Australia New Zealand" as one
organisation, "Lydia Buchtmann for Food Standards Australia", and a country after it: the
agency then is asked about by no question and offered as no option. A person's name before
"for" or "of" is the person, the rest the body they speak for; a place the body's last word
is compounded onto ("Australia New Zealand") belongs to the body's name, and so does one a
preposition ties to the name's inner words ("… Cooperation in Europe").
"""

from __future__ import annotations

from typing import Any

from questions.generate.acronyms import initials
from questions.generate.entcache import ents_of, forget_ents
from questions.generate.lonesurnames import lone_surnames
from questions.generate.orgpeople import person_named
from questions.generate.particles import name_cased
from questions.generate.peers import peer_names
from questions.generate.pools import is_first_name
from questions.generate.statutes import statute_end
from questions.generate.wordnet import first_sense, lemma_text, senses, synset

# WordNet's noun.artifact, noun.group, noun.location and noun.object lexicographer files
_PLACEABLE_FILES = frozenset({6, 14, 15, 17})
_FOR = frozenset({"for", "of", "from"})  # "Lydia Buchtmann for …": whom the person speaks for


def mend_names(doc: Any) -> None:
    """Split a person off the organisation the model ran them into, and join a place the
    organisation's name goes on into ("… Standards Australia New Zealand")."""
    from spacy.tokens import Span

    mended: list[Any] = []
    for ent in ents_of(doc):
        if person_named(ent):  # "Chair of the inquiry, Helena Kennedy challenged …"
            ent = Span(doc, ent.start, ent.end, label="PERSON")
        mended.extend(_split_person(_to_acronym(ent, Span), Span))
    # a name run on over the next entity ("… with AIDS (AFCA)") is one name, not two
    mended = [e for i, e in enumerate(mended) if not any(
        o.start <= e.start and e.end <= o.end and o is not e for o in mended[:i])]  # fmt: skip
    joined: list[Any] = []
    for ent in mended:
        before = joined[-1] if joined else None
        if before is not None and (_goes_on(before, ent) or _named_within(before, ent)):
            joined[-1] = Span(doc, before.start, ent.end, label="ORG")
        elif before is not None and _one_person(before, ent):  # "Sultan Hashim Ahmad al-Tal"
            joined[-1] = Span(doc, before.start, ent.end, label="PERSON")
        else:
            joined.append(ent)
    joined = _with_statute_years(_uncut(_with_day_words(joined, Span), Span), doc, Span)
    joined = peer_names(joined, doc, Span)  # "Baroness Stowell": a person, not a body
    joined = lone_surnames(joined, doc, Span)  # "Raila Odinga … Odinga has decided"
    if len(joined) != len(ents_of(doc)) or any(
        (a.start, a.end, a.label_) != (b.start, b.end, b.label_)
        for a, b in zip(joined, ents_of(doc), strict=False)
    ):
        doc.ents = joined
        forget_ents(doc)  # its kept entities are these no more


# the parts of speech that never end a name: "at", "of", "and", "the" (spaCy's own tags)
_FUNCTION_POS = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "PART", "PRON", "AUX"})
# the labels of names: a number or a date may end in a small word ("at least six")
_NAME_LABELS = frozenset(
    {"ORG", "FAC", "GPE", "LOC", "PERSON", "NORP", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"}
)


def cut_before_end(ent: Any) -> bool:
    """Tell whether a name ends in a lower-case function word ("the University of North
    Carolina at" before "Chapel Hill"): the model cut it before its last words."""
    last = ent[-1]  # not "'s": "McDonald's" is whole; not "six" of "at least six", a number
    function = (last.is_stop or last.pos_ in _FUNCTION_POS) and not last.like_num
    named = ent.label_ in _NAME_LABELS
    return named and len(ent) > 1 and last.is_alpha and last.is_lower and function


def _uncut(ents: list[Any], span: Any) -> list[Any]:
    """Return the names with one cut before its last words joined to the name right after it
    ("the University of North Carolina at" "Chapel Hill": one body), or left out where no name
    follows: as it stands, it is no answer and no option, and a blank for the name after it
    would cut the whole name in two."""
    out: list[Any] = []
    for ent in ents:
        before = out[-1] if out else None
        if before is not None and cut_before_end(before) and before.end == ent.start:
            out[-1] = span(ent.doc, before.start, ent.end, label=before.label_)
        else:
            out.append(ent)
    return [e for e in out if not cut_before_end(e)]


def _with_statute_years(ents: list[Any], doc: Any, span: Any) -> list[Any]:
    """Label a statute a law, its year in its name ("the Data Protection Act 1998"; see
    `statutes`), and drop the date the model made of that year."""
    out: list[Any] = []
    end = 0
    for ent in ents:
        if ent.start < end:
            continue  # the year now inside the statute's name
        stop = statute_end(ent)
        if stop is not None:
            ent, end = span(doc, ent.start, stop, label="LAW"), stop
        out.append(ent)
    return out


_RUN_ON = 4  # words a name may run on past the model's cut before its bracketed acronym


def _to_acronym(ent: Any, span: Any) -> Any:
    """Return an organisation run on to the acronym in brackets after it, when the acronym is
    the initials of the longer name and not of the model's cut one ("the American Foundation
    for Children" of "… for Children with AIDS (AFCA)"): the cut name is another body, a
    second right answer beside the acronym, and the whole name is the one the article gives."""
    doc = ent.doc
    if ent.label_ != "ORG":
        return ent
    start = ent.start + (ent[0].lower_ == "the")
    for end in range(ent.end, min(ent.end + _RUN_ON, len(doc) - 2) + 1):
        if doc[end].text == "(" and doc[end + 2].text == ")":
            short = doc[end + 1].text
            whole, cut = initials(doc[start:end].text), initials(doc[start : ent.end].text)
            if short.isalpha() and short.isupper() and whole == short != cut:
                return span(doc, ent.start, end, label="ORG")
            return ent
        if not doc[end].is_alpha:  # a comma, a figure: the name has ended
            return ent
    return ent


def _with_day_words(ents: list[Any], span: Any) -> list[Any]:
    """Return the names with a capitalised day word the model read as a date joined to the
    name it ends ("told CIO Today that …", "USA Today"): mid-sentence, after a capitalised
    name, "Today" is a title's word, not the day the article was written."""
    out: list[Any] = []
    for ent in ents:
        start = _name_before(ent) if ent.label_ == "DATE" and _common_capitalised(ent) else None
        if start is None:
            out.append(ent)
            continue
        while out and out[-1].end > start:
            out.pop()  # "USA" of "USA Today": now inside the name
        out.append(span(ent.doc, start, ent.end, label="ORG"))
    return out


def _common_capitalised(ent: Any) -> bool:
    """Tell whether a one-word entity is a common noun (WordNet writes it lower-case:
    "today", not "Monday") capitalised in the middle of a sentence."""
    word = ent[0]
    if len(ent) != 1 or not word.is_title or word.i == word.sent.start:
        return False
    written = (lemma_text(lemma) for offset in senses(word.lower_)
               for lemma in getattr(synset(offset), "lemmas", ()))  # fmt: skip
    return word.lower_ in written


def _name_before(ent: Any) -> int | None:
    """Return where the capitalised name right before an entity starts (its entity's start,
    or the run of capitalised proper nouns), or None where no such name (or a person's) is."""
    doc, start = ent.doc, ent.start
    while start > ent.sent.start:
        before = doc[start - 1]
        if before.pos_ != "PROPN" or not before.text[:1].isupper() or not before.is_alpha:
            break
        if before.ent_type_ == "PERSON":
            return None  # "told Smith Today": a person is no title's first word
        start -= 1
    return start if start < ent.start else None


def _split_person(ent: Any, span: Any) -> list[Any]:
    """Return an organisation opening with a full name and "for" as the person and the body
    ("Lydia Buchtmann" and "Food Standards Australia"), else the entity itself."""
    if ent.label_ != "ORG" or len(ent) < 4 or not is_first_name(ent[0].text):
        return [ent]
    for token in ent[2:-1]:
        person = ent.doc[ent.start : token.i]
        named = all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in person)
        if token.lower_ in _FOR and named and token.head.i == token.i - 1:
            body = ent.doc[token.i + 1 : ent.end]
            if body[0].text[:1].isupper():
                return [span(ent.doc, ent.start, token.i, label="PERSON"),
                        span(ent.doc, token.i + 1, ent.end, label="ORG")]  # fmt: skip
        if not token.text[:1].isupper():
            break
    return [ent]


def _goes_on(body: Any, place: Any) -> bool:
    """Tell whether a place follows an organisation with no break and the organisation's own
    words are compounded onto it: one name ("Food Standards Australia New Zealand")."""
    if body.label_ != "ORG" or place.label_ != "GPE" or body.end != place.start:
        return False
    after = place.doc[place.end] if place.end < len(place.doc) else None
    if place[-1].tag_ == "POS" or (after is not None and after.tag_ == "POS"):
        return False  # "the Red Cross Britain's …": two names
    return any(t.dep_ == "compound" and t.head.i in range(place.start, place.end) for t in body)


def _named_within(body: Any, place: Any) -> bool:
    """Tell whether a place after an organisation and one preposition completes the body's
    name: the preposition hangs on one of the name's inner words, not on its head ("the
    Organization for Security and Cooperation in Europe": "in" tells what cooperation, so the
    place is a word of the name; "the Ministry of Health in Kenya" says where the ministry is).
    Asked alone, the place's rivals would make bodies that do not exist."""
    if body.label_ != "ORG" or place.label_ not in ("GPE", "LOC") or body.end + 1 != place.start:
        return False
    joint = body.doc[body.end]
    inner = joint.head.i in range(body.start, body.end) and joint.head.i != body.root.i
    if joint.dep_ != "prep" or not inner or not joint.head.text[:1].isupper():
        return False
    # a thing that stands somewhere ("… Museum of Art at Northwestern University in
    # Evanston": a body, a building, a place) is placed by it, an abstraction named
    entry = first_sense(joint.head.lower_)
    return entry is not None and entry.lexfile not in _PLACEABLE_FILES


def _one_person(before: Any, ent: Any) -> bool:
    """Tell whether two people's names with nothing between them are one person's, cut in
    two by the model ("Sultan Hashim" "Ahmad al-Tal"): news never sets two names so."""
    return (
        before.label_ == ent.label_ == "PERSON"
        and before.end == ent.start
        and name_cased([t.text for t in before] + [t.text for t in ent if t.text != "-"])
    )  # not "nonpartisan pan-democrat" "Eddie Chu": a description, then the name
