"""A relative clause's "a petition" asked as "the petition launched by the UAAR".

"The UAAR has launched a petition which now has more than 11,000 signatures": asked from the
relative clause, the question's subject is its antecedent, "a petition", and "How many
signatures does a petition have?" asks of any petition. The main clause says which one: the
one its named subject made. Said by the verb's participle ("the petition launched by the
UAAR"), the question names its thing. Only a done deed says so (past or perfect, not
denied, no modal): "will open a factory which employs …" names no factory yet.
"""

from __future__ import annotations

from typing import Any

from lemminflect import getInflection

from questions.generate.clauses import without_asides
from questions.generate.render import join

Token = Any
MAX_DOER_WORDS = 8  # a longer doer makes the question too long to read
_INDEFINITE = frozenset({"a", "an"})
_HAVE = frozenset({"has", "have", "had", "'s", "'ve", "'d"})


def done_by(verb: Token, replace: dict[int, str]) -> dict[int, str]:
    """Return the words that say a relative clause's indefinite antecedent as the one its
    sentence's named subject made ("a petition" -> "the petition launched by the UAAR"), or
    nothing when the main clause does not name a done deed."""
    noun = verb.head
    main = noun.head
    det = [c for c in noun.children if c.dep_ == "det"]
    if verb.dep_ != "relcl" or noun.dep_ != "dobj" or main.pos_ != "VERB":
        return {}
    if len(det) != 1 or det[0].lower_ not in _INDEFINITE or det[0].i in replace:
        return {}
    aux = [c for c in main.children if c.dep_ in ("aux", "auxpass", "neg")]
    done = main.tag_ == "VBD" and not aux
    done |= main.tag_ == "VBN" and [a.lower_ for a in aux] in ([h] for h in _HAVE)
    subjects = [c for c in main.children if c.dep_ == "nsubj"]
    if not done or len(subjects) != 1:
        return {}
    doer = without_asides(subjects[0])
    named = any(t.pos_ == "PROPN" and t.i not in replace for t in doer) or any(
        t.i in replace and replace[t.i][:1].isupper() for t in doer
    )  # "it" said as "the UAAR" names it too
    participle = getInflection(main.lemma_, "VBN")
    if not named or not participle or len(doer) > MAX_DOER_WORDS:
        return {}
    said = join(doer, replace)
    said = said[0].lower() + said[1:] if doer[0].lower_ == "the" else said
    return {det[0].i: "the", noun.i: f"{noun.text} {participle[0]} by {said}"}
