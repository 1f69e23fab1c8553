"""A relative clause's "a petition" asked as "the petition launched by the UAAR".

"The UAAR has launched a petition which now has more than 11,000 signatures": asked from the
relative clause, the question's subject is its antecedent, "a petition", and "How many
signatures does a petition have?" asks of any petition. The main clause says which one: the
one its named subject made. Said by the verb's participle ("the petition launched by the
UAAR"), the question names its thing. Only a done deed says so (past or perfect, not
denied, no modal): "will open a factory which employs …" names no factory yet. The verb must
be the whole deed: "gave up a factory" is no "given" one (a particle makes another verb),
"nearly bought a mill" no "bought" one (the participle drops the adverb, which may deny it),
and "had", "wanted" or "sought" a thing is a state or a wish, not a deed done to it.
"""

from __future__ import annotations

from typing import Any

from lemminflect import getInflection

from questions.generate.clauses import antecedent, without_asides
from questions.generate.render import join, lower_first
from questions.generate.tense import verb_lemma
from questions.generate.verbfiles import reports_no_deed

Token = Any
MAX_DOER_WORDS = 8  # a longer doer makes the question too long to read
_INDEFINITE = frozenset({"a", "an"})
_HAVE = frozenset({"has", "have", "had", "'s", "'ve", "'d"})
# Light verbs WordNet files as possession, like "buy": "had by", "got by" are no English, and
# having is a state. (WordNet's classes catch the rest: want, need, seek, plan, keep.)
_LIGHT = frozenset({"have", "get"})
# Words that qualify the verb and which the participle phrase would leave out: a particle
# ("gave up"), an adverb ("nearly", "almost", "also") or a negation ("never").
_QUALIFIERS = frozenset({"prt", "advmod", "neg"})


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
    if any(c.dep_ in _QUALIFIERS for c in main.children):
        return {}  # no adverb is known to leave the deed whole, so none is dropped
    lemma = verb_lemma(main)  # the model's "fin" for "fined"
    if lemma in _LIGHT or reports_no_deed(lemma):
        return {}
    aux = [c for c in main.children if c.dep_ in ("aux", "auxpass")]
    done = main.tag_ == "VBD" and not aux
    done |= main.tag_ == "VBN" and [a.lower_ for a in aux] in ([h] for h in _HAVE)
    subjects = [c for c in main.children if c.dep_ == "nsubj"]
    if not done or len(subjects) != 1:
        return {}
    doer = without_asides(subjects[0])
    named = any(t.pos_ == "PROPN" and t.i not in replace for t in doer) or any(
        t.i in replace and replace[t.i][:1].isupper() for t in doer
    )  # "it" said as "the UAAR" names it too
    participle = getInflection(lemma, "VBN")
    if not named or not participle or len(doer) > MAX_DOER_WORDS:
        return {}
    said = join(doer, replace)
    said = said if doer[0].i in replace else lower_first(said, doer[0])  # "the UAAR"
    return {det[0].i: "the", noun.i: f"{noun.text} {participle[0]} by {said}"}


def unnamed_antecedent(verb: Token, replace: dict[int, str]) -> bool:
    """Tell whether a relative clause's antecedent is left an indefinite "a factory" with no
    name in it: asked of it, "How many workers does a factory employ?" asks of any factory
    (the main clause named none by a deed, see `done_by`)."""
    noun = verb.head
    det = [c for c in noun.children if c.dep_ == "det"]
    if len(det) != 1 or det[0].lower_ not in _INDEFINITE or det[0].i in replace:
        return False
    return not any(t.pos_ == "PROPN" for t in antecedent(verb))
