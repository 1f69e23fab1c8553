"""WordNet's lexicographer files of a verb's senses: a match's, a speech's, the weather's."""

from __future__ import annotations

from functools import lru_cache

from questions.generate.wordnet import find_line

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
