"""Stage 6: the checks a question must pass, each returning why it fails (or None)."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from typing import Any

from lemminflect import getAllInflections
from rapidfuzz import fuzz

from questions.generate.clauses import REPORTING
from questions.generate.compiled import pattern
from questions.generate.entcache import ents_of
from questions.generate.textsearch import says
from questions.schema import EXPLANATION_MAX, OPTION_MAX, QUESTION_MAX, normalise

_PRONOUNS = (
    "he",
    "she",
    "him",
    "his",
    "her",
    "it",
    "its",
    "they",
    "them",
    "their",
    "we",
    "us",
    "our",
    "me",
    "my",
    "you",
    "your",
    "this",
    "these",
    "those",
    "yesterday",
    "today",
    "tomorrow",
)
_VAGUE = re.compile(
    r"\b(?:I|"
    + "|".join(f"[{w[0]}{w[0].upper()}]{w[1:]}" for w in _PRONOUNS)
    + r"|(?:[Ll]ast|[Tt]his|[Nn]ext) (?:year|month|week)"
    # "the other half walked …": the half the sentence before set apart; "the rest of the
    # world" names its whole, "the rest" alone does not
    + r"|[Tt]he other (?:half|halves|group|groups|one|ones)|[Tt]he rest(?! of\b))\b"
)  # case-sensitive, so "US" (the country) is not "us"
# a day word capitalised after a capitalised word mid-sentence ends a name ("USA Today"; see
# `entities._with_day_words`): the casing of a title, not the day the article was written
_TITLED_DAY = re.compile(r"(?<=[^.?!\s] )([A-Z][\w&.]*) (?:Yesterday|Today|Tomorrow)\b")
# ("It is expected to open …" is no expletive: a passive raises its subject, the thing)
_EXPLETIVE = re.compile(
    r"\b[Ii]t (?:is|was|will be|would be|has been)(?: not)? (?![a-z]+ed to\b)"
    r"(?:[a-z]+ ){0,3}(?:to|that|for)\b"
    # extraposed: "after it became known that he left …" says only that he left …
    r"|\b[Ii]t (?:became|becomes|has become|had become|emerged|has emerged|had emerged|seemed"
    r"|seems|appeared|appears)(?: clear| known| apparent| evident| likely)? that\b"
)
# "This is the ninth consecutive year that …": "this" is the occasion the sentence dates.
_THIS_OCCASION = re.compile(r"\b[Tt]his is the (?:\w+ ){0,3}(?:year|time) that\b")
_OWN = re.compile(r"\b(?:its|their|his|her)\b", re.IGNORECASE)
_NAMED_OWNER = re.compile(r"^\S+.*?\b[A-Z][a-z]+\b.*?\b(?:its|their)\b")
# "Space Shuttle Challenger was lost when it exploded": "it" is the name the sentence opens with.
_NAME_THEN_IT = re.compile(
    r"^(?:[A-Z][\w.'-]*\s+){2,}.*?\b(?:when|after|because|before|while|until|since|as)\s+it\b"
)
_SAYING = sorted(
    {
        form
        for verb in REPORTING
        for forms in getAllInflections(verb, upos="VERB").values()
        for form in forms
        if not form.endswith("ing")
    }
)
# "North Korea stated it would attack …", "Which country said it would …": the speaker's
# own "it", right after a name or the wh-phrase that is the subject of the saying (also
# after a fronted phrase: "After the exchange of fire, which country stated it …").
_SPEAKER_IT = re.compile(
    r"(?:\b[A-Z][\w.'-]*|(?:^|, )(?:[Ww]hich|[Ww]hat) \w+) (?:"
    + "|".join(_SAYING)
    + r") (?:that )?it\b"
)
# "Lydia Buchtmann for Food Standards Australia New Zealand, says they are …": "they" is the
# body the speaker speaks for, named (or blanked) right before the saying.
_SPEAKING_FOR = re.compile(
    r"\bfor (?:[A-Z][\w.'&-]*|_____)(?: [A-Z][\w.'&-]*)*,? (?:"
    + "|".join(_SAYING)
    + r") (?:that )?they\b"
)
_WH_ONE = re.compile(r"^(?:Which|What) [a-z]+(?: [a-z]+)? (?:was|is|has|had|will)\b")
# "Xi Jinping said that … we cannot …": a named speaker's "we", inside what they said
_NAMED_SAYS = re.compile(r"^(?:[A-Z][\w.'-]* )+(?:" + "|".join(_SAYING) + r") that ")
_WHEN_IT = re.compile(r"\b(?:when|after|because|before|while|until|as) it\b")
_REPORTED_WE = re.compile(r"^(?:Who|Which \w+) \w+ that .*$")
_FIRST_PERSON = re.compile(r"\b(?:we|us|our|I|me|my)\b")
_QUOTED = re.compile(r'"[^"]*"')
QUOTED_WORDS = 2  # quoted words that pin a saying down as a name would
COMMON = 4.0  # a word of a name this common ("State", "New") gives nothing away


def answer_in_stem(stem: str, answer: str) -> str | None:
    """Reject a question whose text gives its answer away."""
    if says(normalise(stem), normalise(answer)):  # no pattern compiled per key
        return "the answer appears in the question"
    return None


def key_part_in_stem(stem: str, answer: str, others: Sequence[str] = ()) -> str | None:
    """Reject a question that shows part of a name key: its uncommon word ("Warhol" for "Andy
    Warhol Foundation") or its initials ("(JSC)" for "Johnson Space Center"); a word every
    one of the `others` options has too ("SCO" of "SCO Qingdao Summit") gives nothing away."""
    from questions.generate.pools import zipf  # wordfreq loads with the model, not the bot

    words = [w for w in re.findall(r"[A-Z][\w'-]+", answer) if w.lower() not in ("the", "of")]
    if len(words) < 2:
        return None
    initials = "".join(w[0] for w in words)
    if len(initials) >= 2 and pattern(rf"\b{initials}\b").search(stem):
        return f"the question shows the answer's initials {initials!r}"
    shared = [w for w in words if others and all(w in o.split() for o in others)]
    for word in words:
        if word in shared:
            continue
        if zipf(word.lower()) < COMMON and pattern(rf"(?<!\w){re.escape(word)}(?!\w)").search(stem):
            return f"the question shows {word!r}, part of the answer"
    return None


def not_standalone(stem: str, rule: str, bound: frozenset[str] = frozenset()) -> str | None:
    """Reject a question that leans on words only the article explains (pronouns, "this");
    `bound`: the pronouns the question's own words resolve ("… when it exploded")."""
    text = _EXPLETIVE.sub("", _QUOTED.sub("", stem))  # "it is time for …" names nothing
    text = _TITLED_DAY.sub(r"\1", text)  # "told CIO Today that …": a name's word, not a day
    text = _THIS_OCCASION.sub("", text)
    # "…; this has dropped to …": the part before the semicolon, in the question, is "this"
    text = re.sub(r"(?<=\S);\s+(?:this|that)\b", ";", text, flags=re.IGNORECASE)
    for word in bound:
        text = pattern(rf"\b{word}\b", re.IGNORECASE).sub("", text)
    if rule.endswith("-subject"):
        text = _OWN.sub("", text)  # "Which country will step up its efforts": its = the answer
        # "Which space shuttle was lost when it exploded …?": the clause's "it" is the answer
        text = _WHEN_IT.sub(lambda m: m[0][:-2], text) if _WH_ONE.match(text) else text
        # "Who emphasized that we must …": the speaker's "we", inside what they said
        if _REPORTED_WE.match(text):
            head, said = text.split(" that ", 1)
            text = head + " that " + _FIRST_PERSON.sub("", said)
    elif speaker := _NAMED_SAYS.match(text):  # "Xi Jinping said that … we": the speaker's
        text = speaker[0] + _FIRST_PERSON.sub("", text[speaker.end() :])
    elif _NAMED_OWNER.search(text):
        text = re.sub(r"\b(?:its|their)\b", "", text)  # "China will step up its efforts"
    if _NAME_THEN_IT.search(text):
        text = re.sub(r"\bit\b", "", text, count=1)
    text = _SPEAKER_IT.sub(lambda m: m[0][:-2], text)
    text = _SPEAKING_FOR.sub(lambda m: m[0][:-4], text)
    found = _VAGUE.search(text)
    return f"the question says {found.group(0)!r} without naming it" if found else None


def unattributed_quote(stem: str) -> str | None:
    """Reject a question that is all a quotation with no one said to speak it ('"People who
    support … will forget about the _____ …"'): whose words they are, the article says."""
    text = _QUOTED.sub("", re.sub("[“”]", '"', stem))
    if text.count('"') % 2:  # a quotation running on past the sentence's end, or from before
        text = "" if text.lstrip().startswith('"') else text.rsplit('"', 1)[1]
    if re.search(r"[^\W\d_]", text) is None:
        return "the question quotes words without saying who said them"
    return None


def lacks_context(stem: str, form: str, named: Collection[str] = ()) -> str | None:
    """Reject a question that names nothing: no name, number or date besides its first word
    (unless that word opens one of the article's folded entity names, `named`).

    A wh-question of ten words or more says enough about its event to stand alone.
    """
    if _opens_name(stem, named):
        return None  # "Acme's plan is to …": the first word's capital is a name's too
    # the first word's capital is the sentence's, unless all of it is ("UK officials …")
    rest = stem if re.match(r"[A-Z]{2,}\b", stem) else stem.split(" ", 1)[1] if " " in stem else ""
    if form == "wh" and len(stem.split()) >= 10:
        return None
    quoted = " ".join(_QUOTED.findall(stem)).split()
    if form == "wh" and len(quoted) >= QUOTED_WORDS:
        return None  # 'Who called the ruling "rash" and "unfair"?': the article's own words
    # a name is capitalised ("Syria") or, for its initials, all capitals ("UK officials")
    if not re.search(r"\d|(?<![.?!] )\b[A-Z](?:[a-z]|[A-Z]+\b)", rest):
        return "the question names no person, place, event or date"
    return None


_NAME_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}
)


def written_names(sentences: Iterable[Any]) -> frozenset[str]:
    """Return the folded names the model found that the article writes capitalised inside a
    sentence and never in lower case: a name, not a common word ("iodine") capitalised."""
    sentences = list(sentences)
    written = f" {' '.join(t.text for s in sentences for t in s)} "  # as cased in the article
    return frozenset(
        folded
        for sentence in sentences
        for e in ents_of(sentence)
        if e.label_ in _NAME_LABELS and e.start > sentence.start and e.text[:1].isupper()
        and f" {(folded := normalise(e.text))} " not in written
    )  # fmt: skip


def _opens_name(stem: str, named: Collection[str]) -> bool:
    """Tell whether a stem opens with one of the folded names, whole or in the possessive."""
    folded = normalise(stem)
    # one compiled pattern for the name's end: per name, a pattern each cost a long article
    # seconds of compiling
    return any(
        name and folded.startswith(name) and _NAME_END.match(folded, len(name)) is not None
        for name in named
    )


_NAME_END = re.compile(r"(?:'s?|’s?)?\b(?![-'’])")


def duplicate_options(options: Sequence[str]) -> str | None:
    """Reject options that repeat one another after folding."""
    if len({normalise(o) for o in options}) != len(options):
        return "two options are the same"
    return None


def telegram_limits(stem: str, options: Sequence[str], explanation: str | None) -> str | None:
    """Reject what a Telegram quiz poll cannot hold."""
    if not 1 <= len(stem) <= QUESTION_MAX:
        return "the question is too long for a quiz poll"
    if any(not 1 <= len(o) <= OPTION_MAX for o in options):
        return "an option is too long for a quiz poll"
    if explanation is not None and len(explanation) > EXPLANATION_MAX:
        return "the explanation is too long"
    return None


def similar(a: str, b: str) -> float:
    """Return how alike two questions read, 0-100, leaving out the context phrase every
    question of the article may open with ("In the 2018 FIFA World Cup, …", the headline)."""
    from questions.generate.event import unframed

    a, b = (unframed(t) for t in (a, b))
    return float(fuzz.token_set_ratio(normalise(a), normalise(b)))


def explanation(source: str) -> str:
    """Quote the article's sentence, shortened to fit a quiz poll's explanation."""
    text = f"The article: {source.strip()}"
    if len(text) <= EXPLANATION_MAX:
        return text
    return text[: EXPLANATION_MAX - 1].rsplit(" ", 1)[0] + "…"
