"""Who "They" are when a sentence opens on "They" after one whose subject is named people.

News names the people acting together once and goes on with "they": "Almonte and Collins
entered the pipeline. They went 25 feet into it …". A question keeping "They" points back
into the article; said with their names it stands alone. Only the plainest case is named: the
sentence before, in the same paragraph, has for its main subject two or more people joined
by "and", and no plural noun of its own that "they" could mean instead ("the officers",
"the barrels"); "They" is the subject of the main clause. A wrong name is worse than none.
"""

from __future__ import annotations

from typing import Any

from questions.generate.clauses import SUBJECT
from questions.generate.entityspans import entity_of
from questions.generate.persons import Cast
from questions.generate.quotemarks import quoted_words

Span = Any


def _full_name(token: Span, cast: Cast) -> str | None:
    """Return the article's full name of the person a name token stands for, or None."""
    if token.pos_ != "PROPN":
        return None
    ent = entity_of(token)
    said = ent.text if ent is not None else token.text
    if said in cast.names:
        return cast.names[said]  # "Almonte": Matt Almonte, whatever label the model gave
    return said if ent is not None and ent.label_ == "PERSON" else None


def _joined_people(sentence: Span, cast: Cast) -> list[str] | None:
    """Return the people a sentence's main subject joins by "and", or None if it is not
    such a subject ("Almonte and Collins entered …" -> Matt Almonte, Glen Collins)."""
    subject = next((c for c in sentence.root.children if c.dep_ in SUBJECT), None)
    if subject is None:
        return None
    heads = [subject]
    while (more := next((c for c in heads[-1].children if c.dep_ == "conj"), None)) is not None:
        heads.append(more)
    joins = [c for h in heads for c in h.children if c.dep_ in ("cc", "preconj")]
    if len(heads) < 2 or [c.lower_ for c in joins] != ["and"]:
        return None  # one person, or "A or B": not people who acted together
    names = [_full_name(h, cast) for h in heads]
    if any(n is None for n in names) or len(set(names)) != len(names):
        return None
    return [n for n in names if n is not None]


def name_joint_they(sentence: Span, before: Span | None, cast: Cast,
                    replace: dict[int, str]) -> None:  # fmt: skip
    """Say who an opening subject "They" are when the sentence before, in its paragraph, has
    named people joined by "and" for its main subject and no other plural it could mean."""
    first = sentence[0]
    if first.lower_ != "they" or first.dep_ not in SUBJECT or first.head.i != sentence.root.i:
        return
    if first.i in replace or before is None or before.doc is not sentence.doc:
        return  # named already, or the sentence before is another paragraph's
    if quoted_words(sentence) or quoted_words(before):
        return  # a speaker's "they" is the speaker's own
    people = _joined_people(before, cast)
    if people is None:
        return
    if any(t.tag_ in ("NNS", "NNPS") for t in before):
        return  # "the officers", "Democrats": others "they" may mean
    replace[first.i] = ", ".join(people[:-1]) + " and " + people[-1]
