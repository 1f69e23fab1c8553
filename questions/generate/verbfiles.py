"""WordNet's lexicographer files of a verb's senses: a match's, a speech's, the weather's;
and whether a verb reports a deed at all ("Acme wanted a factory which …" says nothing was
done to the factory; "Acme had a warehouse" is a state): verbs of thinking, feeling and being
(plan, want, need, keep) are filed apart from deeds, and a verb whose commonest sense is a
kind of one of them ("seek": a kind of "desire") reports no deed either."""

from __future__ import annotations

from functools import lru_cache

from questions.generate.wordnet import data_fields, find_line, pointers

COMPETITION = "33"  # verb.competition: "beat", "defeat", "win" ("ruled", "voted": not a match)
COMMUNICATION = "32"  # verb.communication: "say", "tell", "defend", "promise"
WEATHER = "43"  # verb.weather: "rain", "snow" ("it rained": no thing)


@lru_cache(maxsize=1024)
def verb_file(lemma: str) -> str:
    """Return the lexicographer file of a verb's most frequent sense ("32"), or ""."""
    line = find_line("index.verb", "_".join(lemma.lower().split()))
    if not line:
        return ""
    fields = line.split()
    data = find_line("data.verb", fields[-int(fields[2])]).split()
    return data[1] if len(data) > 1 else ""


@lru_cache(maxsize=1024)
def verb_files(lemma: str) -> tuple[str, ...]:
    """Return the lexicographer files of a verb's senses, most frequent first (("33", "41"))."""
    line = find_line("index.verb", "_".join(lemma.lower().split()))
    if not line:
        return ()
    fields = line.split()
    found = (find_line("data.verb", offset).split() for offset in fields[-int(fields[2]) :])
    return tuple(data[1] for data in found if len(data) > 1)


def speech_verb(lemma: str) -> bool:
    """Tell whether a verb's most frequent sense is one of speaking ("defend": argue for)."""
    return verb_file(lemma) == COMMUNICATION


# verb.cognition (plan, expect), verb.emotion (want, hope), verb.stative (need, keep, hold)
_NO_DEED = frozenset({31, 37, 42})
_UP = 12  # WordNet's verb hierarchy is shallow: no chain is longer


@lru_cache(maxsize=1024)
def _commonest_line(lemma: str, levels: int) -> tuple[tuple[str, int], ...]:
    """Return the synsets (offset, lexicographer file) of a verb's commonest sense and of
    each kind above it, `levels` at most (first parents only): "stab" -> "injure" -> "hurt"."""
    offsets = sense_offsets(lemma)
    return _line_up(offsets[0], levels) if offsets else ()


@lru_cache(maxsize=4096)
def sense_offsets(lemma: str) -> tuple[str, ...]:
    """Return the synset offsets of a verb's senses, commonest first (asked for each pair of
    deeds an article tells: read once a verb)."""
    line = find_line("index.verb", "_".join(lemma.lower().split()))
    if not line:
        return ()
    fields = line.split()
    return tuple(fields[-int(fields[2]) :])


@lru_cache(maxsize=1024)
def verb_parents(offset: str) -> tuple[str, ...]:
    """Return every hypernym of the verb synset at a WordNet offset (some have two)."""
    line = find_line("data.verb", offset)
    if not line:
        return ()
    fields, _, at = data_fields(line)
    return tuple(t for s, t, pos in pointers(fields, at) if s == "@" and pos == "v")


def _line_up(offset: str | None, levels: int) -> tuple[tuple[str, int], ...]:
    """Return a verb synset (offset, lexicographer file) and the kinds above it, `levels` at
    most, each kind its first parent."""
    found: list[tuple[str, int]] = []
    for _ in range(levels):
        entry = find_line("data.verb", offset) if offset else ""
        if not entry or not offset:
            break
        head, _, at = data_fields(entry)  # the pointer count follows the words
        found.append((offset, int(head[1])))
        pointers = [head[at + 1 + 4 * n : at + 4 + 4 * n] for n in range(int(head[at]))]
        offset = next((t for s, t, pos in pointers if s == "@" and pos == "v"), None)
    return tuple(found)


@lru_cache(maxsize=1024)
def sense_kinds(lemma: str, levels: int) -> frozenset[str]:
    """Return the synset offsets of every sense of a verb and of the kinds above each,
    `levels` at most (first parents): a thing's end is seldom a verb's commonest sense."""
    return frozenset(o for sense in sense_offsets(lemma) for o, _ in _line_up(sense, levels))


def verb_classes(lemma: str) -> frozenset[int]:
    """Return the lexicographer files of a verb's commonest sense and of each kind above it
    (first parents only): "seek" is filed under possession and is a kind of "desire"."""
    return frozenset(file for _, file in _commonest_line(lemma, _UP))


def verb_kinds(lemma: str, levels: int) -> frozenset[str]:
    """Return the synset offsets of a verb's commonest sense and of the kinds above it,
    `levels` at most ("stab": itself and "injure, wound")."""
    return frozenset(offset for offset, _ in _commonest_line(lemma, levels))


def reports_no_deed(lemma: str) -> bool:
    """Tell whether a verb's commonest sense is a thought, a feeling or a state, or a kind
    of one ("plan", "want", "need", "seek"): none is a deed done to its object."""
    return bool(verb_classes(lemma) & _NO_DEED)


def same_sense(one: str, other: str) -> bool:
    """Tell whether two verbs share a sense that is the commonest of one of them ("assist"
    and "help"): one deed said two ways, not any two verbs a rare sense joins."""
    ours, theirs = sense_offsets(one), sense_offsets(other)
    return bool(ours and theirs) and (ours[0] in theirs or theirs[0] in ours)


def sense_chains(lemma: str, levels: int) -> tuple[frozenset[str], ...]:
    """Return, for each sense of a verb (commonest first), its synset offset and those of
    the kinds above it, `levels` at most (first parents): "fall" … "decrease"."""
    return tuple(frozenset(o for o, _ in _line_up(s, levels)) for s in sense_offsets(lemma))


def verb_sense_offsets(lemma: str) -> frozenset[str]:
    """Return the synset offsets of a verb's senses ("increase": both of its senses)."""
    return frozenset(sense_offsets(lemma))


_AGAINST_SENSES = 2  # a verb played against a side: competition its first or second sense


def played_against(lemma: str) -> bool:
    """Tell whether a verb's first or second sense is WordNet's competition ("beat",
    "defeat", "face", "lose"): its object, or whom it is lost to, is the other side."""
    return COMPETITION in verb_files(lemma)[:_AGAINST_SENSES]
