"""Words a writer slips on, judged alone: which common word a rare or unseen one may have
meant ("recieve", "orcestrated"), and which rare words are real ones no fix may touch ("ramie",
"gavel", "reposted", "brucei"). `slips` decides which of them a question may not copy.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

_LETTERS = "abcdefghijklmnopqrstuvwxyz"
KNOWN = 4.0  # Zipf: a word this common is no misspelling
SEEN = 1.0  # Zipf: a common misspelling is written often enough for wordfreq to count it
COMMONER = 2.0  # Zipf: a one-letter fix this much more common is what the writer meant
# Zipf: a word wordfreq has never seen is a slip when one letter from a word every reader
# knows ("orchestrated" 3.3, "squarely" 3.2); a rare technical word's neighbours are rare
# too ("gametocyte", "cryptoanalysis", "iodisation" beside "ionisation" 2.0)
MEANT = 3.0
_LONG = 8  # letters: a word this long one letter short of a dictionary word dropped that letter
_WORDNET = ("noun", "verb", "adj", "adv")
_PREFIXES = ("re", "un", "pre", "co", "non", "mis", "over", "under", "out")  # derivations
_SHORT_STEM = 4  # letters: a prefix on a word this short is a slip's look ("untill": "till")


@lru_cache(maxsize=8192)
def slip_fixes(word: str, lemma: str) -> tuple[str, ...]:
    """Return the words a misspelling wordfreq counts may have meant ("recieve"), or ()."""
    from questions.generate.pools import zipf

    seen = zipf(word)
    if not SEEN <= seen < KNOWN or _lexicon_knows(word, lemma):
        return ()  # common: a word; unseen: judged by `unseen_slip`
    if in_dictionary(word) or (lemma != word and in_dictionary(lemma)) or _prefixed(word):
        # a rare word WordNet has is the writer's ("ramie", "gavel", "ficus", "daring" were
        # written "jamie", "gave", "focus", "during"); "bunted": the lemma "bunt" is a verb
        return ()
    fixes = (f for f in listed_edits(word) if zipf(f) >= seen + COMMONER and _a_word(f)
             and not _agent_noun(word, f) and not _epithet(word, f))  # fmt: skip
    return tuple(dict.fromkeys(fixes))


def _a_word(word: str) -> bool:
    """Tell whether a fix is a word, not a name: one a dictionary or spaCy's closed-class
    list has ("until"), or one no list of first names has ("hashtag"), never a name a
    dictionary lacks ("jamie" of "ramie")."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from questions.generate.pools import is_any_first_name

    return word in STOP_WORDS or in_dictionary(word) or not is_any_first_name(word.capitalize())


def _prefixed(word: str) -> bool:
    """Tell whether a word is a dictionary word with a productive prefix ("reposted",
    "unposted"): English derivation, not a slip of a word one letter off ("reported")."""
    return any(
        word.startswith(prefix)
        and len(word) - len(prefix) > _SHORT_STEM
        and in_dictionary(word[len(prefix) :])
        for prefix in _PREFIXES
    )


def _epithet(word: str, meant: str) -> bool:
    """Tell whether a word is its would-be fix with a Latin genitive "-i": a species' epithet
    honouring someone ("brucei" of Bruce, "lewisi" of Lewis), not a letter slipped."""
    return word == f"{meant}i"


@lru_cache(maxsize=8192)
def collocation(words: str) -> bool:
    """Tell whether WordNet has words as one noun ("prime minister")."""
    from questions.generate.wordnet import find_line

    return bool(find_line("index.noun", words.replace(" ", "_")))


def collocation_slip(token: Any) -> tuple[str, ...]:
    """Return the one word a rare dictionary word slips from inside a compound WordNet has
    ("prime minster": "prime minister"), or (): a real word is a slip only where its
    neighbour makes the fix, not the word, one of WordNet's nouns."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from questions.generate.pools import zipf

    word, doc = token.lower_, token.doc
    if not (SEEN <= zipf(word) < KNOWN and in_dictionary(word)):
        return ()
    # a neighbour of content: "the like" is WordNet's too, and "the hike" no slip of it
    before = doc[token.i - 1].lower_ if token.i > 0 else ""
    after = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
    before, after = ("" if w in STOP_WORDS else w for w in (before, after))
    return _compound_fixes(word, token.lemma_.lower(), before, after)


@lru_cache(maxsize=8192)
def _compound_fixes(word: str, lemma: str, before: str, after: str) -> tuple[str, ...]:
    """Return the fixes of a word its neighbours make one of WordNet's nouns (cached: every
    candidate of an article asks again for the same words)."""
    found = set()
    for fix in _commoner(word):
        for pair, own in (
            (f"{before} {fix}", f"{before} {word}"),
            (f"{fix} {after}", f"{word} {after}"),
        ):
            inflected = own.replace(word, lemma)  # "time outs": "time out"
            if (
                pair.strip() != fix
                and collocation(pair)
                and not collocation(own)
                and not collocation(inflected)
            ):
                found.add(fix)
    return tuple(sorted(found))


@lru_cache(maxsize=8192)
def _commoner(word: str) -> tuple[str, ...]:
    """Return the words one edit from a word and far commoner than it: its possible fixes."""
    from questions.generate.pools import zipf

    floor = zipf(word) + COMMONER
    return tuple(fix for fix in listed_edits(word) if zipf(fix) >= floor)


@lru_cache(maxsize=8192)
def unseen_slip(word: str, lemma: str) -> tuple[str, ...]:
    """Return the words an unseen one may have meant ("orcestrated": "orchestrated"), or ():
    a word no dictionary has ("gametocyte" and "heritaged", of "heritage", are had) one letter
    from a common one. (A British spelling is never unseen: wordfreq counts British text.)"""
    if not unseen(word) or _lexicon_knows(word, lemma) or in_dictionary(lemma):
        return ()
    return tuple(dict.fromkeys(meant_words(word) or _dropped_letter(word)))  # not names ("gino")


def _dropped_letter(word: str) -> list[str]:
    """Return the one dictionary word a long unseen word is with a letter put back
    ("metorologists": "meteorologists", review 67), or none: a word this long has few
    neighbours, so a rare one (Zipf 2.6, below MEANT) is still what the writer meant; a
    coinage or a rare derivation ("meritocratically", "cryptoanalysis") has no such word."""
    from questions.generate.pools import zipf

    if len(word) < _LONG:
        return []
    fuller = {m for m in one_edit(word) if len(m) == len(word) + 1 and in_dictionary(m)}
    fuller = {m for m in fuller if zipf(m) >= SEEN}
    return sorted(fuller) if len(fuller) == 1 else []


def unseen(word: str) -> bool:
    """Tell whether a word is one wordfreq has not seen and no dictionary has."""
    from questions.generate.pools import zipf

    return zipf(word) < SEEN and not in_dictionary(word)


def meant_words(word: str) -> list[str]:
    """Return the common dictionary words one letter from a word ("orchestrated" of
    "orcestrated"), the words a slip may have meant."""
    from questions.generate.pools import zipf

    return [m for m in listed_edits(word)
            if zipf(m) >= MEANT and in_dictionary(m) and not _agent_noun(word, m)]  # fmt: skip


def _agent_noun(word: str, meant: str) -> bool:
    """Tell whether a word is its would-be fix made a noun by "-er" ("spacer" of "space",
    "stapler" of "staple"): English derivation, which the inflection lexicon does not list
    and wordfreq counts rarely, not a letter slipped (review 64: "tyre spacer" was asked as
    "tyre space")."""
    return meant.endswith("e") and word == f"{meant}r"


def _lexicon_knows(word: str, lemma: str) -> bool:
    """Tell whether the inflection lexicon has the word as a form of its lemma ("iodise")."""
    from lemminflect import getAllInflections

    forms = getAllInflections(lemma)
    return (lemma == word and bool(forms)) or any(word in f for f in forms.values())


@lru_cache(maxsize=8192)
def in_dictionary(word: str) -> bool:
    """Tell whether the inflection lexicon or WordNet has a word (neither has a name such as
    "gino", nor a slip)."""
    from lemminflect import getAllLemmas

    from questions.generate.wordnet import find_line

    return bool(getAllLemmas(word)) or any(find_line(f"index.{pos}", word) for pos in _WORDNET)


def listed_edits(word: str) -> list[str]:
    """Return the words one edit away that wordfreq lists at all, in `one_edit`'s order: the
    rest have Zipf 0, and asking wordfreq for each would fill its cache (18 MiB on a long
    article) with words that are none."""
    from wordfreq import get_frequency_dict

    listed = get_frequency_dict("en")
    # a plain lower-case ASCII word is its own one token to wordfreq; any other, asked whole
    return [e for e in one_edit(word) if e in listed or not (e.isascii() and e.isalpha())]


def one_edit(word: str) -> list[str]:
    """Return the words one deletion, swap, change or insertion away, in a fixed order; never
    s for z ("organisation" is British, not wrong)."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = [a + b[1:] for a, b in splits if b]
    out += [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    out += [a + c + b[1:] for a, b in splits if b for c in _LETTERS if c != b[0]
            and {c, b[0]} != {"s", "z"}]  # fmt: skip
    out += [a + c + b for a, b in splits for c in _LETTERS]
    return out
