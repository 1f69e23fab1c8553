"""Name the match a section of a sports report is about, from its score heading.

A report of several matches heads each with its score ("Group F — Sweden 1–0 Korea
Republic"); under it, "the match", "the 20th minute" and "the Man of the Match award" are that
match's. A question from such a section names the match ("In Sweden's 1–0 win over Korea
Republic at the 2018 FIFA World Cup, who won the Man of the Match award?"), so it stands alone
and is not the same question as the next match's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from questions.generate.event import Setting

_TEAM = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"
_SCORE = re.compile(
    rf"(?:^|[—–:-] )(?P<a>{_TEAM}) (?P<x>\d{{1,2}})[–-](?P<y>\d{{1,2}}) (?P<b>{_TEAM})$"
)


def match_name(heading: str) -> str | None:
    """Name the match a score heading gives ("Group G — Tunisia 1–2 England" -> "England's
    2–1 win over Tunisia"), or None for a heading that is no score."""
    found = _SCORE.search(heading)
    if found is None:
        return None
    a, b, x, y = found["a"], found["b"], int(found["x"]), int(found["y"])
    if x == y:
        return f"the {x}–{y} draw between {a} and {b}"
    (win, lose, high, low) = (a, b, x, y) if x > y else (b, a, y, x)
    return f"{win}'s {high}–{low} win over {lose}"


def paragraph_scenes(
    headings: Sequence[str], heading_at: Sequence[int], paragraphs: int
) -> list[str | None]:
    """Return the match each paragraph is about: the one the last score heading before it
    names (None before the first, and after a heading that is no score)."""
    scenes: list[str | None] = [None] * paragraphs
    for heading, start in zip(headings, heading_at, strict=True):
        for number in range(start, paragraphs):
            scenes[number] = match_name(heading)
    return scenes


def scene_event(scene: str | None, event: str | None) -> str | None:
    """Say the match within the article's event ("Sweden's 1–0 win over Korea Republic at
    the 2018 FIFA World Cup"); only a dated event can hold it (the match has no year)."""
    if scene is None or event is None:
        return None
    return f"{scene} at {event}"


def sentence_setting(setting: Setting, scenes: Sequence[str | None], paragraph: int) -> Setting:
    """Return the setting a sentence's question is put in: the article's, with its event
    narrowed to the match when the sentence is under a score heading."""
    scene = scenes[paragraph] if paragraph < len(scenes) else None
    event = scene_event(scene, setting.event)
    return replace(setting, event=event) if event else setting


def named_by_scene(unresolved: str | None, stem: str, setting: Setting) -> str | None:
    """Return the unresolved reference left once the question names its match: "the match",
    "the 20th minute" are that match's; "later", "another …" still point back."""
    if unresolved is None or not setting.event or " win over " not in setting.event:
        return unresolved
    if stem.startswith(f"In {setting.event}, ") and unresolved.endswith("without naming it"):
        return None
    return unresolved
