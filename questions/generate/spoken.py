"""Sentences wholly inside a quotation of several sentences, asked with their speaker named.

'"… half as much as they require. If the supply is short you lose 15 points, on average,"
Professor Reyes said.': the quoted sentences hold facts a teacher asks, but the parse sees
only what was said, never who said it. Where the sentence opening or closing the quotation
names its speaker (or a quotation with no speaker of its own follows, in the same paragraph,
one that has), each sentence inside it is asked as that speaker's words, verbatim, with one
blank: 'Professor Reyes said: "If the supply is short you lose _____, on average."'.

A quotation standing as sentences of its own, one or more, with no speaker in them, is the
speaker's the sentence just before names as saying something, outside any quotation: by a
verb of saying ("As Dr Lee told the paper, rents rose. "…"") or by a statement as the deed's
object ("Union chief Ann Moss gave her explanation. "…"", WordNet's kinds of statement).

A quoted sentence opening on "They", right after a quoted sentence whose subject is the only
plural thing it names, by a name ('"Rival crews of the Danish harbour union blocked the pier
on Monday. They dumped 40 crates …"'), is asked with that subject in brackets in the
pronoun's place, the way an editor names it: '"[Rival crews of the Danish harbour union]
dumped _____ …"'.
"""

from __future__ import annotations

from typing import Any

from lemminflect import getLemma

from questions.generate.clauses import REPORTING, SUBJECT
from questions.generate.entcache import ents_of
from questions.generate.hypernyms import is_kind_of
from questions.generate.pools import first_name_gender
from questions.generate.quotemarks import QUOTE_MARKS, quoted_words
from questions.generate.verbfiles import speech_verb
from questions.generate.wordnet import senses

Span = Any
Token = Any
_KEY = "spoken_by"  # doc.user_data[(_KEY, sentence start)] = (speaker, "said" or "says")
_NAMED = "named_by"  # doc.user_data[(_NAMED, sentence start)] = ("They" index, its antecedent)
MAX_ANTECEDENT_WORDS = 8  # "War crews of the northern harbour union": a longer one is a clause
MAX_SPEAKER_WORDS = 6  # "Tunisia's coach Nabil Maaloul"; a longer subject is no plain name
# Who "I" and "you" mean is plain in a speaker's words (the speaker, anyone); "they", "we",
# "it", "this" point into words the question does not show.
_STANDING = frozenset({"i", "me", "my", "you", "your"})
_NAMED_LABELS = frozenset({"PERSON", "ORG", "NORP"})
# a statement ("explanation", "remark", "comment") given is something said; a few levels up
# WordNet's first-sense line reach it from its kinds ("explanation" is one at once)
_STATEMENT = frozenset(senses("statement")[:1])
_STATEMENT_LEVELS = 3


def mark_speakers(doc: Any) -> None:
    """Record, for each sentence of a doc wholly inside a quotation of several sentences,
    who is said to have spoken it, when the article says so."""
    marks = [t.i for t in doc if t.text in QUOTE_MARKS]
    sentences = list(doc.sents)
    at = {i: s for s in sentences for i in range(s.start, s.end)}
    quoted = {i for a, b in zip(marks[::2], marks[1::2], strict=False) for i in range(a, b + 1)}
    last: tuple[str, str] | None = None  # the last quotation's speaker, and where it ended
    last_end = -1
    for opened, closed in zip(marks[::2], marks[1::2], strict=False):
        first, final = at[opened], at[closed]
        named = _named_before(doc[: first.end], quoted)  # whom "he said" means
        said = _attribution(first, opened, closed, named) or _attribution(
            final, opened, closed, named
        )
        unsaid = not _attributed(first, opened, closed) and not _attributed(final, opened, closed)
        if said is None and unsaid and last is not None and first.start == last_end:
            said = last  # '"…," he said. "If …"': a quotation with no speaker goes on his
        # ('"…," a spokesman replied' has a speaker, unnamed: never the one before's)
        introduced = None if said is not None or not unsaid else _introduced(first, opened, quoted)
        said = said or introduced  # 'Dr Lee told the paper … . "…"': a quotation of its own
        last, last_end = said, final.end
        if said is None or (first.start == final.start and introduced is None):
            continue
        before: Span | None = None  # the quotation's sentence before, wholly quoted
        for sentence in sentences:
            inside = first.start <= sentence.start <= final.start and _inside(sentence)
            they = _named_they(sentence, before) if inside else None
            if they is not None:  # "They fired …": said as the sentence before names them
                doc.user_data[(_NAMED, sentence.start)] = they
            if inside and stands_alone(sentence, they):  # else not to be shown alone
                doc.user_data[(_KEY, sentence.start)] = said
            before = sentence if inside else None


def _attribution(
    sentence: Span, opened: int, closed: int, named: list[str]
) -> tuple[str, str] | None:
    """Return the speaker a sentence names outside the quotation (opened … closed) with a
    verb of saying ("…," said the agency; Dr Lee said: "…"), and the verb's tense."""
    quoted = set(range(opened, closed + 1))
    found = None
    for verb in sentence:
        if verb.i in quoted or verb.lemma_ not in REPORTING or verb.pos_ != "VERB":
            continue
        for subject in (c for c in verb.children if c.dep_ in SUBJECT and c.i not in quoted):
            speaker = _speaker(subject, named)
            if speaker is None:
                continue
            tense = "says" if verb.tag_ == "VBZ" else "said"
            if found is not None and found[0] != speaker:
                return None  # two speakers: whose the quotation is, the parse cannot say
            found = (speaker, tense)
    return found


def _introduced(first: Span, opened: int, quoted: set[int]) -> tuple[str, str] | None:
    """Return the one named person the sentence just before a quotation (opened at `opened`,
    in the sentence `first`) tells saying something, all of it outside quotation marks, and
    the verb's tense."""
    doc = first.doc
    if first.start == 0 or opened != first.start:
        return None  # 'The tally, "…", …': the quotation is part of a sentence of its own
    before = doc[first.start - 1].sent
    if any(t.i in quoted or t.text in QUOTE_MARKS for t in before):
        return None  # its own quotation's speaker, if any, is the one `_attribution` finds
    found = None
    for verb in before:
        if verb.pos_ != "VERB" or not _saying(verb):
            continue
        for subject in (c for c in verb.children if c.dep_ in SUBJECT):
            speaker = _speaker(subject, []) or _named_apposition(subject)
            if speaker is None:
                continue
            if found is not None and found[0] != speaker:
                return None  # two speakers: whose the quotation is, the parse cannot say
            found = (speaker, "says" if verb.tag_ == "VBZ" else "said")
    return found


def _saying(verb: Token) -> bool:
    """Tell whether a verb tells of saying: a verb of speech ("told") or a statement as its
    object ("offered his explanation", "made a remark": kinds of statement in WordNet)."""
    if verb.lemma_ in REPORTING or speech_verb(verb.lemma_):
        return True
    objects = (c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN")
    return any(
        (found := senses(c.lemma_)) and is_kind_of(found[:1], _STATEMENT, _STATEMENT_LEVELS)
        for c in objects
    )


def _named_apposition(subject: Token) -> str | None:
    """Return the person's name set beside a subject's title ("Vice President of the Fund,
    Dan Ross,"): the name, not the title, is whom a reader knows the speaker by."""
    for child in subject.children:
        if child.dep_ == "appos" and child.ent_type_ == "PERSON":
            words = list(child.subtree)
            if len(words) <= MAX_SPEAKER_WORDS and all(t.ent_type_ == "PERSON" for t in words):
                return str(child.doc[words[0].i : words[-1].i + 1].text)
    return None


def _attributed(sentence: Span, opened: int, closed: int) -> bool:
    """Tell whether a sentence gives the quotation (opened … closed) a speaker of any kind,
    named or not ("…," a council spokesman replied)."""
    quoted = range(opened, closed + 1)
    return any(
        verb.pos_ == "VERB" and verb.i not in quoted
        and (verb.lemma_ in REPORTING or speech_verb(verb.lemma_))  # "replied", "added"
        and any(c.dep_ in SUBJECT and c.i not in quoted for c in verb.children)
        for verb in sentence
    )  # fmt: skip


def _named_before(span: Span, quoted: set[int]) -> list[str]:
    """Return the named speakers of the sayings a span tells outside quotations, once each
    ("Professor Reyes said he is alarmed …")."""
    named: list[str] = []
    for verb in span:
        if verb.i in quoted or verb.lemma_ not in REPORTING:
            continue
        for subject in (c for c in verb.children if c.dep_ in SUBJECT):
            speaker = _speaker(subject, []) if subject.pos_ != "PRON" else None
            if speaker is not None and speaker not in named:
                named.append(speaker)
    # "Dr Lee met Ms Cho. '…,' she said": another person named makes "she" anyone's; and
    # "Mayor Kowalski was away, but her husband was there. '…,' he said": one named who said
    # nothing is no speaker either (an unnamed "husband" may be)
    others = (e.text for e in ents_of(span) if e.label_ == "PERSON" and e.start not in quoted)
    extra = sorted({o for o in others if not any(o in n for n in named)})
    return named + extra if named else []


def _speaker(subject: Token, named: list[str]) -> str | None:
    """Return the name a subject of saying gives ("Professor Reyes"), or the one speaker named
    before for "he", "she", "it"; None for anyone else."""
    if subject.pos_ == "PRON":  # "it said" may be a body or a firm: no one's words here
        if subject.lower_ in ("he", "she") and len(named) == 1:
            said = "m" if subject.lower_ == "he" else "f"
            return named[0] if _gender(named[0]) in ("", said) else None
        return None
    words = list(subject.subtree)
    if len(words) > MAX_SPEAKER_WORDS or not any(t.ent_type_ in _NAMED_LABELS for t in words):
        return None
    if any(t.pos_ in ("VERB", "AUX", "PRON") or t.text in QUOTE_MARKS for t in words):
        return None
    return str(subject.doc[words[0].i : words[-1].i + 1].text)


def _gender(name: str) -> str:
    """Return "m" or "f" for the first name Faker's lists know only so, past any title
    ("Professor Cres Eastman": m), else ""."""
    return next((g for word in name.split() if (g := first_name_gender(word))), "")


def _inside(sentence: Span) -> bool:
    """Tell whether every word of a sentence is quoted."""
    quoted = quoted_words(sentence)
    return all(t.i in quoted for t in sentence if t.is_alpha)


def spoken_by(sentence: Span) -> tuple[str, str] | None:
    """Return who spoke a sentence wholly inside a quotation, and the verb's tense."""
    found = sentence.doc.user_data.get((_KEY, sentence.start))
    return found if isinstance(found, tuple) else None


def named_by(sentence: Span) -> tuple[int, str] | None:
    """Return the "They" opening a quoted sentence and the words naming who it means."""
    found = sentence.doc.user_data.get((_NAMED, sentence.start))
    return found if isinstance(found, tuple) else None


def _named_they(sentence: Span, before: Span | None) -> tuple[int, str] | None:
    """Return the "They" subject of a quoted sentence and its antecedent: the subject of the
    quoted sentence just before, when that is the one plural thing the sentence names (two
    plural nouns, and "they" may mean either) and names no one by a pronoun of its own."""
    first = sentence[0]
    if before is None or first.lower_ != "they" or first.dep_ not in SUBJECT:
        return None
    subjects = [t for t in before if t.dep_ in SUBJECT and t.head.dep_ == "ROOT"]
    if len(subjects) != 1 or not plural_noun(subjects[0]):
        return None
    said = subjects[0]
    if any(plural_noun(t) for t in before if t.i != said.i and t.dep_ != "compound"):
        return None  # "crews … the trucks": either ("dockers union": a union, not dockers)
    words = list(said.subtree)
    if len(words) > MAX_ANTECEDENT_WORDS or any(
        t.pos_ in ("PRON", "VERB", "AUX") or t.text in QUOTE_MARKS for t in words
    ):
        return None  # "Our crews", "Crews who stayed": a clause, or someone's own
    if not any(t.pos_ == "PROPN" or t.ent_type_ in _NAMED_LABELS for t in words):
        return None  # "The rebels": which ones, the article said before
    return first.i, str(said.doc[words[0].i : words[-1].i + 1].text)


def plural_noun(token: Token) -> bool:
    """Tell whether a noun is plural, by its tag or by its lemma ("maniacs", tagged NN)."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    return token.tag_ in ("NNS", "NNPS") or (
        token.tag_ == "NN" and getLemma(token.lower_, upos="NOUN")[0] != token.lower_
    )


def stands_alone(sentence: Span, named: tuple[int, str] | None = None) -> bool:
    """Tell whether a quoted sentence's words can be shown without the ones around it: its
    subject is no pronoun but "I" or "you", and a pronoun anywhere else has a noun before it
    in the sentence ("women … what they require"), not one only the sentence before holds
    ("They fired 36 shells", "So that alarms me"); a "They" `named` by its antecedent stands."""
    for token in sentence:
        if named is not None and token.i == named[0]:
            continue
        pointing = token.pos_ == "PRON" and set(token.morph.get("PronType")) & {"Prs", "Dem"}
        if not (pointing or (token.tag_ == "DT" and token.dep_ in SUBJECT)):
            continue  # "anyone", "what": no one in particular
        if token.lower_ in _STANDING or token.dep_ == "expl":
            continue
        if token.dep_ in SUBJECT and token.head.dep_ == "ROOT":
            return False  # "They perpetrated …", "It is …": the subject is elsewhere
        if not any(t.pos_ in ("NOUN", "PROPN") for t in sentence if t.i < token.i):
            return False
    return True
