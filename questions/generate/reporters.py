"""Who "they" are when a sentence opens on "They" reporting: the people who reported last."""

from __future__ import annotations

from typing import Any

from questions.generate.clauses import REPORTING, SUBJECT

Span = Any


def plural_reporter(sentence: Span) -> str | None:
    """Return the plural common noun a sentence's reporting verb has for subject ("The
    scientists found …" -> "the scientists"), or None: what a later "They estimated …"
    means, since only those who found things estimate things."""
    # the sentence opens on the reporters (the parse may hang its reporting verb anywhere:
    # "The scientists found … in all cases examined" is rooted on "examined")
    opener = sentence[0].head
    if opener.tag_ != "NNS" or opener.dep_ not in SUBJECT or opener.head.lemma_ not in REPORTING:
        return None
    noun = opener
    phrase = list(noun.subtree)
    # a plain phrase ("the scientists", "the Australian researchers") names the same people
    # wherever it is said; clauses and prepositions in it would be the sentence's own
    if phrase[0].lower_ != "the" or any(t.dep_ not in ("det", "amod", "compound")
                                        for t in phrase if t.i != noun.i):  # fmt: skip
        return None
    return "the " + " ".join(t.text for t in phrase[1:])


def other_actors(sentence: Span, reporter: str | None) -> bool:
    """Tell whether a sentence has plural actors of its own ("Farmers' leaders rejected …"):
    a later "They estimated …" may then be them, so the earlier reporters no longer hold.
    A passive subject does not act ("Several scenarios were considered")."""
    said = (reporter or "").split()[-1:]
    return any(t.dep_ == "nsubj" and t.tag_ in ("NNS", "NNPS") and [t.text] != said
               for t in sentence)  # fmt: skip


def name_they(sentence: Span, reporter: str | None, replace: dict[int, str]) -> None:
    """Say who "They" are when a sentence opens on "They" reporting ("They estimated …") and
    an earlier sentence of the paragraph had plural reporters ("The scientists found …")."""
    first = sentence[0]
    if reporter is None or first.lower_ != "they" or first.dep_ not in SUBJECT:
        return
    if first.head.i != sentence.root.i or sentence.root.lemma_ not in REPORTING:
        return
    if any(t.lower_ in ("they", "them", "their") for t in sentence[1:]):
        return  # a second "they" might be the same people or others: left as it is
    replace[first.i] = reporter


def mend_reported(doc: Any) -> None:
    """Take a clause the parse joined to a reporting verb as a second verb, though no "and"
    joins them and it has a subject of its own ("They estimated by 2050, increasing
    population … would increase …"), for what it is: the clause reported."""
    for verb in doc:
        head = verb.head
        if verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX") or head.lemma_ not in REPORTING:
            continue
        if any(c.dep_ in ("cc", "preconj") for c in head.children):
            continue  # "found … and said …": two things they did
        if any(c.dep_ in (*SUBJECT, "csubj") for c in verb.children):
            verb.dep_ = "ccomp"
            _date_to_reported(head, verb)


def _date_to_reported(head: Any, reported: Any) -> None:
    """Hang a "by 2050" between a reporting verb and what it reports on the report: a time
    is no agent, and it bounds what was estimated, not the estimating."""
    for prep in [c for c in head.children if c.dep_ == "prep" and c.lower_ == "by"]:
        dates = [c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ == "DATE"]
        if dates and head.i < prep.i < reported.i:
            prep.head = reported


def source_only(subject: Any) -> bool:
    """Tell whether a subject is only the source of what its sentence reports: it says a
    reporting verb after the clause it reports ("It occurred 64 kilometers west of Navidad,
    University of Chile reported"). The sentence is about the reported clause's subject, so
    an "it" in the next sentence is not the source's ("It was felt in …" is the quake's)."""
    verb = subject.head
    if verb.lemma_ not in REPORTING:
        return False
    return any(c.dep_ == "ccomp" and c.i < subject.i for c in verb.children)
