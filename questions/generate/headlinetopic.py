"""The headline's topic: the described noun it is about ("UK asylum process") and the places
that place it, for a question the whole headline would give away."""

from __future__ import annotations

from typing import Any

from questions.generate.entcache import ents_of
from questions.generate.headlinedoers import names_persons, undescribed
from questions.generate.keylesshead import rival_doer
from questions.generate.pairedquotes import paired_words
from questions.generate.render import capitalise

_SUBJECT = ("ROOT", "nsubj", "nsubjpass", "appos")  # what a headline is about
_NOUN_MODIFIERS = ("compound", "amod", "nmod", "poss")


def headline_topic(title: Any | None) -> str | None:
    """Name what the headline is about by its described common noun, for a question the
    whole headline would give away: its subject ("UK asylum process" of "Reports: …"), else
    a noun-noun phrase of it ("Japan nuclear plant"), never a pronoun's ("your enemy"). A
    phrase with a number ("five nationalities") may be the key: none."""
    span = _topic_span(title, need_name=True)
    if span is None or names_persons(span.root):  # "US scientists": who, not what happened
        return _happening_subject(title)
    return capitalise(_with_cause(paired_words(span), span.root))


def _happening_subject(title: Any | None) -> str | None:
    """Return the headline's subject when it is a happening ("Tornado" of "Tornado hits
    downtown Atlanta"), for a headline that names no described topic: with the place cut
    out as the key, the happening still says what story the question is from (review 61)."""
    if title is None:
        return None
    for chunk in title.noun_chunks:
        root = chunk.root
        # a headline capitalises its first word: "Tornado" is the common noun, no name
        common = root.pos_ == "NOUN" or (root.pos_ == "PROPN" and root.i == 0)
        if root.dep_ not in ("nsubj", "nsubjpass") or root.head.dep_ != "ROOT" or not common:
            continue
        if root.ent_type_ or any(t.like_num for t in chunk):
            continue
        words = [t for t in chunk if t.pos_ != "DET"]  # "A tornado": "Tornado"
        if words and _happening_word(root.lower_):
            return capitalise(str(title[words[0].i : root.i + 1].text))
    return _verbless_happening(title)


def _verbless_happening(title: Any) -> str | None:
    """Return a headline's words up to its first happening noun when the parse found no verb
    in it ("Rare storm lashes coast" read as one noun phrase: "Rare storm"): its verb was
    taken for a noun, and the happening before it still names the story."""
    if any(t.pos_ in ("VERB", "AUX") for t in title):
        return None
    for noun in title:
        if noun.pos_ != "NOUN" or noun.ent_type_ or not _happening_word(noun.lower_):
            continue
        words = title[: noun.i + 1]
        if any(t.like_num or t.pos_ not in ("ADJ", "NOUN", "PROPN") for t in words):
            return None  # "… in 2007", "A's storm": not one described happening
        return capitalise(str(words.text))
    return None


def _with_cause(words: str, root: Any) -> str:
    """Return the topic's words with the happening the headline says befell it ("Old
    warehouse" of "Old warehouse destroyed by fire": "Old warehouse fire"): the thing alone
    names no story (review 58)."""
    verbs = [c for c in root.children if c.dep_ == "acl"]  # "warehouse destroyed by …"
    if root.dep_ == "nsubjpass":  # "Warehouse is destroyed by …"
        verbs.append(root.head)
    for verb in verbs:
        for agent in (c for c in verb.children if c.dep_ == "agent"):
            for cause in (c for c in agent.children if c.dep_ == "pobj" and c.pos_ == "NOUN"):
                if _happening(cause) and cause.lower_ not in words.lower().split():
                    return f"{words} {cause.text}"
    return words


def _happening(noun: Any) -> bool:
    """Tell whether a noun's commonest sense is an event or a natural phenomenon ("fire",
    "flood") (WordNet): what befalls a thing, as a person or a body does not."""
    return _happening_word(noun.lemma_)


def _happening_word(lemma: str) -> bool:
    """Tell whether a noun lemma's commonest sense is an event or a natural phenomenon."""
    from questions.generate.hypernyms import is_kind_of
    from questions.generate.wordnet import senses

    kinds = {*senses("event")[:1], *senses("natural phenomenon")[:1]}
    return is_kind_of(senses(lemma)[:1], kinds, 10)


def _topic_span(title: Any | None, need_name: bool = False) -> Any | None:
    """Return the headline's words `headline_topic` names its topic by, or None (`need_name`:
    only words with a name of their own, where what the headline says of its subject is
    the topic; else the headline's places name it)."""
    if title is None:
        return None
    for subject in (True, False):
        for chunk in title.noun_chunks:
            root = chunk.root
            if root.pos_ != "NOUN" or (root.dep_ in _SUBJECT) != subject:
                continue
            if any(t.like_num or t.ent_type_ in ("ORDINAL", "CARDINAL") for t in chunk):
                continue
            said = [t for t in chunk if t.i < root.i and t.dep_ in _NOUN_MODIFIERS]
            named = [t for t in said if t.dep_ in ("compound", "nmod", "poss") and t.pos_ != "PRON"]
            first = named[0] if named else (said[0] if said and subject else None)
            if first is None:
                continue
            span = _whole_words(title, first.i, root.i + 1)  # "UK asylum process"
            # what the headline says of its subject names no story without a name of its
            # own: "Election challenge" of "Georgian President faces election challenge"
            if subject or not need_name or any(t.pos_ == "PROPN" or t.ent_type_ for t in span):
                return span
    return None


def _whole_words(title: Any, start: int, end: int) -> Any:
    """Return the headline's words from `start` to `end`, widened to take in the whole of a
    hyphenated word the cut would fall inside ("Multi-storey carpark", not "storey carpark")."""
    while _joining(title, start - 1):
        start -= 2
    while _joining(title, end):
        end += 2
    return title[start:end]


def _joining(title: Any, at: int) -> bool:
    """Tell whether the headline's token at `at` is a hyphen touching the words either side."""
    if not 0 < at < len(title) - 1 or title[at].text not in ("-", "‐", "‑"):
        return False
    return not (title[at - 1].whitespace_ or title[at].whitespace_)


_PLACING = frozenset({"GPE", "LOC", "FAC", "ORG", "EVENT"})  # what names a story's where


def placed_topic(title: Any | None) -> tuple[tuple[str, ...], str] | None:
    """Return the headline's places and bodies that place its topic, with the topic's words
    (("New Zealand",), "flag design") of "New Zealand begins process to consider changing
    national flag design": "Flag design" alone leaves a question unplaced (review 17). None
    when the topic holds them all or none is the topic's."""
    span = _topic_span(title)
    if span is None or title is None:
        return None
    found = [e for e in ents_of(title) if e.label_ in _PLACING
             and (e.end <= span.start or e.start >= span.end)
             and _places_topic(e.root, span.root)
             and not rival_doer(e.root, span.root)]  # fmt: skip
    names = _joined(found)
    if not names:
        return None
    words = _with_cause(str(span.text).strip("'\"‘’“”"), span.root)
    first = span[0]
    if first.pos_ != "PROPN" and not first.ent_type_:  # "flag design", "UK asylum process"
        words = words[:1].lower() + words[1:]
    return tuple(dict.fromkeys(names)), words


def _joined(names: list[Any]) -> list[str]:
    """Return the headline's places, those joined by "and" as one ("Libya and Switzerland"):
    one of them alone ("Switzerland: visa bans") would make the other's deed its own."""
    groups: list[tuple[int, int, set[int]]] = []  # each: its start, end and names' heads
    for name in names:
        root = name.root
        if groups and root.dep_ == "conj" and root.head.i in groups[-1][2]:
            groups[-1] = (groups[-1][0], name.end, groups[-1][2] | {root.i})
        else:
            groups.append((name.start, name.end, {root.i}))
    return [names[0].doc[start:end].text for start, end, _ in groups] if names else []


_CLAUSES = ("advcl", "relcl", "ccomp", "csubj", "parataxis")  # a clause of its own
_SETTING = ("in", "at")  # "… in Hong Kong legislative election": where the story happens


def _places_topic(place: Any, topic: Any) -> bool:
    """Tell whether a headline's place belongs with its topic: in the topic's own clause and
    not where another verb's deed happened ("Strike by Air France pilots strands travellers
    in Spain": not Spain's pilots), or naming the event the story happens in ("as veteran
    politicians step down in Hong Kong legislative election"); not a place of an
    "after"/"as"/"when" clause ("… replaced after Rwanda deal collapses")."""
    if _clause_of(place) == _clause_of(topic):
        prep = next((a for a in place.ancestors if a.dep_ == "prep"), None)
        verb = prep.head if prep is not None and place.dep_ == "pobj" else None
        # "Protests in Paris over pension reform": a noun's "in" places its topic still
        return verb is None or verb.pos_ not in ("VERB", "AUX") or topic.head == verb
    event = place.head  # "Hong Kong" of "Hong Kong legislative election"
    return (
        place.dep_ in ("compound", "nmod", "poss")
        and event.dep_ == "pobj"
        and event.head.lower_ in _SETTING
        and is_event(event)
    )


def _clause_of(token: Any) -> Any:
    """Return the verb heading the clause a token is in (its own clause's, not the main)."""
    while token.head.i != token.i and not (
        token.dep_ in _CLAUSES or (token.dep_ == "conj" and token.pos_ in ("VERB", "AUX"))
    ):
        token = token.head
    return token


def is_event(noun: Any) -> bool:
    """Tell whether a noun's commonest sense is an event ("election", "war") (WordNet)."""
    from questions.generate.hypernyms import is_kind_of
    from questions.generate.wordnet import senses

    return is_kind_of(senses(noun.lemma_)[:1], set(senses("event")[:1]), 10)


def headline_label(title: Any | None) -> str | None:
    """Return the headline's label before its colon when it names an event ("2007 Rugby
    World Cup" of "2007 Rugby World Cup: Georgia claim first World Cup victory"): where the
    rest gives a question's key away, the label still says what story it is from (review
    61). None for a clause or for a label naming a place, a source or a speaker ("Poland:",
    "BBC:", "Reports:", "Obama to Muslims:"): no story's name."""
    if title is None:
        return None
    colon = next((t for t in title if t.text == ":"), None)
    if colon is None or colon.i == 0:
        return None
    label = title[: colon.i]
    if any(t.pos_ in ("VERB", "AUX") for t in label):
        return None
    nouns = [t for t in label if t.pos_ in ("NOUN", "PROPN") and not t.ent_type_]
    if any(t.ent_type_ == "EVENT" for t in label) or (nouns and is_event(nouns[-1])):
        return str(label.text).strip()
    return None


def headline_cuts(title: Any | None) -> tuple[str, ...]:
    """Return the headline shortened by each phrase after its main verb that can go ("Japan
    beats Aussie Spirit" of "… in first two games of series", "UK nears US in cyber-crime"
    of "…, ahead of Nigeria, Romania"): where that phrase holds a question's key, the rest
    still says the story (review 61). Only a phrase beside the verb's object, or a place
    ("Wikimania 2008 opens" of "… at Bibliotheca Alexandrina, Egypt"): "Microsoft waits"
    of "… for death of Internet Explorer 6" is no story. Last, under a headline whose doers
    are persons, the headline less its describing words (`headlinedoers.undescribed`). None
    for a labelled headline."""
    if title is None or any(t.text in (":", ";") for t in title):
        return ()
    root = next((t for t in title if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ != "VERB":
        return ()
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < root.i for c in root.children):
        return ()  # "Arrest made as …": no subject to keep the story's doer
    has_object = any(c.dep_ == "dobj" for c in root.children)
    cuts = []
    for phrase in (c for c in root.children if c.i > root.i):
        if not (has_object and _adjunct(phrase)) and not _place_phrase(phrase):
            continue
        start, end = phrase.left_edge.i, phrase.right_edge.i + 1
        if sum(t.is_quote for t in title[start:end]) % 2:
            continue  # "… in 'quasi-state of war'": a quotation cut in two
        if start > 0 and title[start - 1].text == ",":
            start -= 1  # "…, ahead of Nigeria": its comma goes with it
        left, right = title[:start].text.strip(), title[end:].text.strip()
        cuts.append(f"{left}{'' if right[:1] in ('', ',') else ' '}{right}")
    # its doers ("US scientists") no topic, the headline less its describing words says it
    doers = any(c.dep_ == "nsubj" and names_persons(c) for c in root.children)
    plain = undescribed(title, root) if doers else None
    return (*cuts, plain) if plain else tuple(cuts)


_PLACE_PREPOSITIONS = ("in", "at", "on", "near", "across", "outside")
_PLACES = ("GPE", "LOC", "FAC")  # a place's labels; a body ("ORG") is no place a deed happens


def _adjunct(phrase: Any) -> bool:
    """Tell whether a verb's dependent is a phrase of how, when or where ("in first two
    games", "ahead of Nigeria"), not one of its own words ("clamp down")."""
    if phrase.dep_ == "prep":
        return True
    return phrase.dep_ in ("advmod", "npadvmod") and any(c.dep_ == "prep" for c in phrase.children)


def _place_phrase(phrase: Any) -> bool:
    """Tell whether a verb's dependent says where the deed happened ("in California")."""
    # its object the place, or named by one ("on Maldives island"); not "at women's issues
    # in India", a verb's own phrase that mentions a place
    where = [o for o in phrase.children if o.dep_ == "pobj"]
    where += [c for o in where for c in o.children if c.dep_ in ("compound", "appos")]
    return (
        phrase.dep_ == "prep"
        and phrase.lower_ in _PLACE_PREPOSITIONS
        and any(t.ent_type_ in _PLACES for t in where)
    )
