"""Whether a question leans on words its own text never explains: "the exhibit", "another
aftershock", "the previous year" point back to a sentence the player never sees."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from questions.generate.acts import act_told_before
from questions.generate.asides import dash_named
from questions.generate.compass import compass_named
from questions.generate.compiled import pattern
from questions.generate.demonstratives import said_words
from questions.generate.entcache import ents_of
from questions.generate.facts import Fact
from questions.generate.fixedphrases import counted_era, named_continent
from questions.generate.framing import counted_back, counted_on, dated_frame
from questions.generate.general import general_dangling
from questions.generate.headlinebodies import headline_body
from questions.generate.headlinenamed import headline_names
from questions.generate.leaning import then_within
from questions.generate.newcomers import unnamed_newcomer
from questions.generate.pointing import points_back, remainder_contrast
from questions.generate.pools import place_kind
from questions.generate.prizes import named_contest_prize
from questions.generate.quotemarks import quoted_words
from questions.generate.services import known_by_role
from questions.generate.settingparts import one_in_setting
from questions.generate.standalone import stands_alone
from questions.generate.studies import of_named_study
from questions.generate.synonyms import (
    HEADLINE,
    headline_city,
    headline_country,
    synonym_described,
)
from questions.generate.textsearch import said_at
from questions.generate.topickinds import kind_said_before

_REFERRING = frozenset(
    {"previous", "other", "another", "latter", "former", "same", "then", "later", "earlier"}
)
# a demonstrative or a kind word ("that plan", "the animal") left unnamed: never asked, even
# where the article has no better question
POINTS_BACK = "points back to an earlier sentence"
_ANCHOR_POS = frozenset({"PROPN", "NUM"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})  # "That exhibit was …"
# Things there is one of: "the world" needs no naming (but "the Arab world" is asked as said).
_UNIQUE = frozenset({"world", "sun", "moon", "internet"})
_TITLE_WORDS = 12  # a quoted title is short; a speech in title case is none
BODY_WORD = 4.0  # a word this common ending a name says what kind of body it is


def said_in_stem(words: Sequence[str], stem: str) -> bool:
    """Tell whether the words appear, in order and adjacent, in the question's text."""
    return (
        pattern(r"(?<!\w)" + r"\W+".join(map(re.escape, words)) + r"(?!\w)", re.IGNORECASE).search(
            stem
        )
        is not None
    )


def unresolved_reference(
    sentence: Any,
    fact: Fact,
    stem: str,
    named: frozenset[int] = frozenset(),
    described: frozenset[int] = frozenset(),
    every: Sequence[Any] = (),
    plain: frozenset[int] = frozenset(),
) -> str | None:
    """Refuse a question that keeps a reference only the article resolves (`every`: the
    article's sentences, for what it tells of more than once).

    "The match", "that exhibit", "the scenario" (not "depending on the scenario"): a definite
    common noun whose phrase names nothing (no proper noun, no number) points back into the
    article; so do "then",
    "the previous …", "other …" and "another …". `named`: the words the question says by
    their name ("this election" -> "the Hong Kong legislative election"), which anchor a phrase;
    `described`: the nouns the question says with the article's description of them ("the
    competition" -> "the international robotics competition"); `plain`: the demonstratives
    it says "the" (`demonstratives`), judged as a "the" is.
    """
    answer = range(fact.start, fact.end)
    quoted = quoted_words(sentence)  # a speaker's own words: "These images serve …"
    for token in sentence:
        if token.i in answer:
            continue
        referring = token.lower_ in _REFERRING and token.pos_ in ("ADJ", "ADV", "DET")
        # "photographs and other artifacts": the other is the first item, named right there
        referring &= not (token.lower_ == "other" and token.head.dep_ == "conj")
        referring &= not _not_pointing(token)
        referring |= points_back(token)  # "Others highlighted …", "Similar events …"
        if referring and said_in_stem([token.text], stem):
            return f"the question says {token.text!r} without naming what it refers to"
        contrast = remainder_contrast(token)  # "the remainder of the 100 passengers": after?
        if (
            contrast is not None
            and said_in_stem([token.text], stem)
            and not any(t.i in answer or said_in_stem([t.text], stem) for t in contrast)
        ):
            return f"the question says {token.text!r} without what it is the rest after"
        if token.lower_ not in _DEFINITE or token.dep_ != "det":
            continue
        # "Who said 'These images …'?": the words are the speaker's; but a blank inside them
        # asks the words themselves, and "these provisions" points back as in any sentence
        if token.lower_ != "the" and token.i in quoted and fact.start not in quoted:
            continue
        if token.i in quoted and _quoted_title(token, quoted):
            continue  # "Power to the People": the words of a title in marks name it
        head = token.head
        det = "the" if token.i in plain else token.lower_  # "these new moons": "the new …"
        # a lower-case word the model tags as a proper noun is a common one ("the algorithm")
        common = head.tag_ in ("NN", "NNS") or (head.tag_ in ("NNP", "NNPS") and head.is_lower)
        if not common or not head.is_alpha or head.i in answer:
            continue
        if head.lower_ in _UNIQUE and not any(
            c.dep_ in ("amod", "compound") for c in head.children
        ):
            continue
        if any(c.dep_ == "compound" and c.lower_ in _UNIQUE for c in head.children):
            continue  # "the world population", "the internet age": there is one
        if one_in_setting(head, sentence) or counted_era(head):
            continue  # "the night sky"; "the tarmac" of the airport; "the 19th century"
        if general_dangling(head, sentence, stem, every) and not (
            stands_alone(head, answer) or head.i in described or known_by_role(head)
        ):  # "the group" for the rebels named before, even in a speaker's reported words
            words = said_words(token, head.i, det)
            if said_in_stem(words, stem):
                return f"the question says {' '.join(words)!r} for a thing named before"
        if det == "the" and act_told_before(head, every):
            words = said_words(token, head.right_edge.i, det)
            if said_in_stem(words, stem):  # "after the exchange of fire": between whom?
                return f"the question says {' '.join(words)!r} for an act told before"
        headline = stem.split("\n", 1)[0] if stem.startswith(HEADLINE) else ""
        # "those flights" (of 2003) sets its noun apart from the story's own: said "the
        # flights", the headline's ("Flights begin") would take it over, so not its referent
        apart = token.i in plain and token.lower_ == "those"
        if head.i not in named | described and unnamed_newcomer(head, every, headline):
            words = said_words(token, head.i, det)
            if said_in_stem(words, stem):  # "a march … the march" after the headline's march
                return f"the question says {' '.join(words)!r} for a new one of several"
        if not apart and headline_body(head, stem, every):
            continue  # "The agency said …" under "📰 World Health Organization calls …"
        if (counted_back(head) or counted_on(head)) and dated_frame(stem):
            continue  # "in the past few days" under "📰 … (August 2015)": counted from it
        if stands_alone(head, answer) or head.i in named or dash_named(head):
            continue  # named: "the new journey" said as it was introduced, "… for the SCO"
        if head.i in described or known_by_role(head):
            continue  # "the meeting at the town hall"; "taken to the hospital": the scene's
        if compass_named(head, stem):
            continue  # "the south side" in a question saying "South Korean …": that side
        if _named_before(head, named, stem):
            continue  # "South Korea's broadcasts began … says the broadcasts will continue"
        if _members_of_named(head, sentence):
            continue  # "the member states": of the body the sentence names
        if _class_term(head, sentence):
            continue  # "the functional constituencies": a kind of seat the article defines
        phrase = [t for t in head.subtree if t.i >= token.i]
        if head.i in named or any(t.pos_ in _ANCHOR_POS or t.i in answer or t.i in named
                                  or t.ent_type_ == "NORP"  # "the Brazilian team": named so
                                  for t in phrase if t.i != head.i):  # fmt: skip
            continue  # "the city" said "the city of Iwaki": named
        if (not apart and headline_names(head, stem)) \
                or _kind_named_before(head, sentence, answer, stem) \
                or named_continent(head, sentence, answer, stem):  # fmt: skip
            continue
        if not apart and (headline_country(head, sentence, stem)
                          or headline_city(head, sentence, stem)):  # fmt: skip
            continue  # "the nation's … backlog" under "📰 … UK asylum process …"
        if synonym_described(head, sentence, described):
            continue  # "every team in the contest … in advance of the [described] competition"
        if named_contest_prize(head, stem):
            continue  # "the gold medal game" of the named "… Championships": there is one
        if of_named_study(head, sentence, stem):
            continue  # "the sample" under "📰 … Literacy Survey released": the survey's
        words = said_words(token, head.i, det)
        if said_in_stem(words, stem) and (token.lower_ != "the" or kind_said_before(head, every)):
            return f"the question says {' '.join(words)!r}, which {POINTS_BACK}"  # "that plan"
        if said_in_stem(words, stem):
            return f"the question says {' '.join(words)!r} without naming it"
    return None


def _named_before(head: Any, named: frozenset[int], stem: str) -> bool:
    """Tell whether the question says the same noun earlier by a name it gives it ("South
    Korea's broadcasts … the broadcasts"): the repeat points back to it."""
    said = len(said_at(stem.lower(), head.lower_)) > 1
    return said and any(t.lower_ == head.lower_ and t.i < head.i
                        and any(c.i in named for c in t.children) for t in head.sent)  # fmt: skip


def _kind_named_before(head: Any, sentence: Any, answer: range, stem: str) -> bool:
    """Tell whether "the country" (city, state) is the one place of its kind the sentence
    names before it, asked as the key or said in the question: "quoting _____'s main news
    agency, the country's military …" points to the blank, as "its" would."""
    places = {
        name: ent for ent in ents_of(sentence)
        if ent.end <= head.i and ent.label_ == "GPE"
        and place_kind(name := re.sub(r"['’]s?$", "", ent.text)) == head.lemma_
    }  # fmt: skip
    if len(places) != 1:
        return False  # none, or two it could be ("North Korea … South Korea … the country")
    ((name, ent),) = places.items()
    return ent.start in answer or said_in_stem(name.split(), stem)


def _not_pointing(token: Any) -> bool:
    """Tell whether a referring word points nowhere: "a former resident" is one who lived
    there once (only "the former" alone picks one of two things said before), and "each
    other", "one another" are the subject's members acting on themselves; "the same day of
    the Shanghai Cooperation Summit" (or "as") names what it is the same as."""
    if token.i + 1 < len(token.doc) and token.nbor(1).text == "-" and not token.whitespace_:
        # a word of a compound modifier: "his then-girlfriend" (at the time the question
        # says), "same-sex couples", "a later-stage trial": nothing said before is meant
        return True
    if token.lower_ == "same":
        return any(
            c.dep_ == "prep" and c.lower_ in ("of", "as") and any(
                t.pos_ in ("PROPN", "NUM") for t in c.subtree)
            for c in token.head.children
        )  # fmt: skip
    if token.lower_ == "former":
        return bool(token.dep_ == "amod" and token.head.pos_ in ("NOUN", "PROPN"))
    if token.lower_ == "other":
        # "USI's gallery, like 189 other galleries, …": other than the noun "like" is said of
        head = token.head
        likened = head.dep_ == "pobj" and head.head.lower_ in ("like", "unlike")
        if likened and head.head.head.pos_ in ("NOUN", "PROPN"):
            return True
        return any(c.dep_ == "det" and c.lower_ == "each" for c in token.children)
    if then_within(token):  # "…, then down to Brazil": after the part before, said here
        return True
    return bool(token.lower_ == "another" and token.head.lower_ == "one")


def _members_of_named(head: Any, sentence: Any) -> bool:
    """Tell whether "the member states" are the members of the one organisation the sentence
    names ("the leaders of the member states signed the Dushanbe Declaration on the 20th
    Anniversary of the Shanghai Cooperation Organization"): a member is one of a body's."""
    if not any(c.dep_ == "compound" and c.lemma_ == "member" for c in head.children):
        return False
    from questions.generate.pools import zipf  # wordfreq loads with the model, not the bot

    # A body's name ends in what it is ("… Organization", "Nordic Council"); a lone proper
    # noun the model tagged ORG ("Dushanbe") may be a place, with no members.
    bodies = {e.text.removeprefix("the ") for e in ents_of(sentence) if e.label_ == "ORG"}
    return len(bodies) == 1 and all(
        len(b.split()) > 1 and zipf(b.split()[-1].lower()) >= BODY_WORD for b in bodies
    )


def _class_term(head: Any, sentence: Any) -> bool:
    """Tell whether a definite plural with a modifier ("the functional constituencies") is a
    class the article named bare before ("In traditional functional constituencies, …"):
    said without "the", it was all of a kind, not things a reader must look back for."""
    modifiers = [c for c in head.children if c.dep_ in ("amod", "compound") and c.i < head.i]
    if head.tag_ != "NNS" or not modifiers:
        return False
    words = [t.lower_ for t in head.doc[modifiers[0].i : head.i + 1]]
    for token in head.doc[: sentence.start]:
        if token.lower_ != head.lower_ or token.i < len(words) - 1:
            continue
        said = [t.lower_ for t in head.doc[token.i - len(words) + 1 : token.i + 1]]
        if said == words and not any(c.dep_ == "det" for c in token.children):
            return True
    return False


def _quoted_title(token: Any, quoted: set[int]) -> bool:
    """Tell whether the word stands in a short quotation written in title case ("Power to
    the People"): a report's or a book's name, whose "the" points nowhere in the article."""
    start = end = token.i
    while start - 1 in quoted:
        start -= 1
    while end + 1 in quoted:
        end += 1
    words = [t for t in token.doc[start : end + 1] if t.is_alpha]
    # a speaker's sentence has lower-case words beside its function words; a title has none
    return 2 <= len(words) <= _TITLE_WORDS and all(t.is_title or t.is_stop for t in words) \
        and any(t.is_title and not t.is_stop for t in words)  # fmt: skip
