"""Names the model runs together or cuts apart, mended once per parsed paragraph.

The model reads "Lydia Buchtmann for Food Standards Australia New Zealand" as one
organisation, "Lydia Buchtmann for Food Standards Australia", and a country after it: the
agency then is asked about by no question and offered as no option. A person's name before
"for" or "of" is the person, the rest the body they speak for; a place the body's last word
is compounded onto ("Australia New Zealand") belongs to the body's name.
"""

from __future__ import annotations

from typing import Any

from questions.generate.pools import is_first_name

_FOR = frozenset({"for", "of", "from"})  # "Lydia Buchtmann for …": whom the person speaks for


def mend_names(doc: Any) -> None:
    """Split a person off the organisation the model ran them into, and join a place the
    organisation's name goes on into ("… Standards Australia New Zealand")."""
    from spacy.tokens import Span

    mended: list[Any] = []
    for ent in doc.ents:
        mended.extend(_split_person(ent, Span))
    joined: list[Any] = []
    for ent in mended:
        before = joined[-1] if joined else None
        if before is not None and _goes_on(before, ent):
            joined[-1] = Span(doc, before.start, ent.end, label="ORG")
        else:
            joined.append(ent)
    if len(joined) != len(doc.ents) or any(
        (a.start, a.end, a.label_) != (b.start, b.end, b.label_)
        for a, b in zip(joined, doc.ents, strict=False)
    ):
        doc.ents = joined


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
