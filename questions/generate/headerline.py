"""The line above a question that says which story it is from: the article's headline and
month ("📰 Warhol's photo legacy spread by university exhibits (January 2014)"), or, where
the headline would give the key away, its topic or label ("📰 2007 Rugby World Cup")."""

from __future__ import annotations

import re

from questions.generate.acronyms import spelled_otherwise
from questions.generate.render import capitalise
from questions.generate.setting import Setting
from questions.generate.sides import paired
from questions.schema import normalise


def headline_line(
    setting: Setting, key: str, with_month: bool, stem: str | None = None
) -> str | None:
    """Return the line naming the article's headline (and month) above a question, unless the
    headline would give the key away, whole or by its telling word; then its topic ("📰 UK
    asylum process"), where the question does not say it: "processing" of what? (review 15)."""
    month = f" ({setting.month})" if with_month and setting.month else ""
    headline = setting.headline
    if headline and not line_tells(headline, key, setting):
        return f"📰 {headline}{month}\n"
    return topic_line(setting, key, with_month, stem)


def topic_line(setting: Setting, key: str, with_month: bool, stem: str | None) -> str | None:
    """Return the line naming the headline's topic ("📰 UK asylum process"), else its label
    ("📰 2007 Rugby World Cup"), where it does not give the key away and the question does
    not say it already, else the headline less the phrase that gives the key away."""
    month = f" ({setting.month})" if with_month and setting.month else ""
    if stem is None:
        return None
    topic = setting.topic
    # a topic with no name of its own ("flag design") is shown led by its places, or alone
    # under a question that says them ("… schools in Freedonia …"): else it names no story
    shown = topic or (capitalise(setting.placed[1]) if setting.placed else None)
    if shown and not line_tells(shown, key, setting) and not says_topic(stem, shown):
        placed = placed_line(setting, key, stem)
        names = setting.placed[0] if setting.placed else ()
        said = bool(names) and all(says_topic(stem, n) for n in names)
        if (placed or topic or said) and normalise(placed or shown) not in setting.told:
            return f"📰 {placed or shown}{month}\n"
    label = setting.label  # "📰 2007 Rugby World Cup": the story's event, its key cut away
    if label and not line_tells(label, key, setting) and not says_topic(stem, label):
        return f"📰 {label}{month}\n"
    for cut in setting.cuts:  # "📰 Japan beats Aussie Spirit": its "in first two games" cut
        if not line_tells(cut, key, setting):
            return f"📰 {cut}{month}\n"
    for thing in setting.objects:  # "📰 World Bank's 2012 gender report": its doers cut away
        if not line_tells(thing, key, setting) and not says_topic(stem, thing):
            return f"📰 {thing}{month}\n"
    for rest in setting.unmodified:  # "📰 Capitals beat …": its "Canberra" cut, its verb kept
        if not line_tells(rest, key, setting):
            return f"📰 {rest}{month}\n"
    return None  # the month's framing instead: "According to a March 2011 article, …"


def placed_line(setting: Setting, key: str, stem: str) -> str | None:
    """Return the headline's topic led by its places the question does not say ("New
    Zealand: flag design"), none that gives the key away; None where none is left."""
    if not setting.placed:
        return None
    names, words = setting.placed
    kept = paired([n for n in names if not line_tells(n, key, setting)
                   and not says_topic(stem, n)], names, setting.contest)  # fmt: skip
    return f"{', '.join(kept)}: {words}" if kept else None


def line_tells(line: str, key: str, setting: Setting) -> bool:
    """Tell whether a line above a question names its key, whole, by its telling word or in
    its other spelling, or was found to give it away above this question (its people)."""
    from questions.generate.filters import key_part_in_stem

    return (
        normalise(line) in setting.told  # it gave this question's key away as shown
        or normalise(key) in normalise(line)
        or key_part_in_stem(line, key) is not None
        or spelled_otherwise(key, line, setting.acronyms)
    )


def says_topic(stem: str, topic: str) -> bool:
    """Tell whether a question says every word of the headline's topic."""
    said = {w.lower() for w in re.findall(r"[\w'’-]+", stem)}
    return all(w.lower() in said for w in re.findall(r"[\w'’-]+", topic))
