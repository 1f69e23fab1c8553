"""Climbing WordNet's noun hierarchy: the kinds above a sense ("aim" is a kind of "goal"),
split from `wordnet`, which reads the files."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator

from questions.generate.wordnet import synset

KIND_LINKS = frozenset({"@"})  # hypernym: "aim" is a kind of "goal"


def climb(
    offsets: Iterable[str], levels: int, links: Collection[str] = KIND_LINKS, first: bool = False
) -> Iterator[tuple[str, ...]]:
    """Yield the synsets at each of `levels` levels up WordNet's `links` (hypernyms; "@i" for
    an instance's kind), starting with `offsets` themselves; `first`: each synset's first
    parent only (the one line of a commonest sense), else every parent."""
    found = tuple(offsets)
    for _ in range(levels):
        if not found:
            return
        yield found
        parents = ([t for s, t in e.pointers if s in links] for o in found if (e := synset(o)))
        found = tuple(t for up in parents for t in (up[:1] if first else up))


def is_kind_of(
    offsets: Iterable[str],
    targets: Collection[str],
    levels: int,
    links: Collection[str] = KIND_LINKS,
    first: bool = False,
) -> bool:
    """Tell whether one of `targets` is among the synsets `climb` reaches from `offsets`."""
    return any(o in targets for level in climb(offsets, levels, links, first) for o in level)
