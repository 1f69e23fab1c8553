"""The headline less one name word that modifies a noun it keeps ("Capitals beat Chinese
national team" of "Canberra Capitals beat …"; "Capitals beat national team" of "… beat
Chinese national team"): where that word gives a question's key away, the rest still says
the story with its verb, instead of "According to a September 2012 article, …", which names
none, or a shortening that drops the verb (review 85)."""

from __future__ import annotations

from typing import Any

from questions.generate.render import capitalise

_MODIFIERS = ("compound", "amod", "nmod")  # a word that describes the noun after it
_NOUNS = ("NOUN", "PROPN")


def unmodified_headlines(title: Any | None) -> tuple[str, ...]:
    """Return the headline less each name or nationality word that only describes the noun
    it precedes ("Canberra" of "Canberra Capitals", "Chinese" of "Chinese national team"),
    its verb and that noun kept; none for a headline with no verb or with a colon."""
    if title is None or any(t.text in (":", ";") for t in title):
        return ()
    if not any(t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX") for t in title):
        return ()
    cuts = []
    for word in title:
        noun = word.head
        if word.dep_ not in _MODIFIERS or not word.ent_type_ or noun.pos_ not in _NOUNS:
            continue
        if noun.i < word.i or any(c.dep_ in _MODIFIERS for c in word.children):
            continue  # "forces of Chinese …"; "New Zealand": one of its words alone is no cut
        if word.i > 0 and title[word.i - 1].dep_ == "det":
            continue  # "a Chinese team" -> "a team": the story's party left unnamed
        if not _own_name(word):
            continue  # "New" of "New Zealand": a name cut in two
        rest = "".join(t.text_with_ws for t in title if t.i != word.i).strip()
        cuts.append(capitalise(" ".join(rest.split())))
    return tuple(cuts)


def _own_name(word: Any) -> bool:
    """Tell whether a word is a name of its own: a whole entity ("Chinese"), or the place
    that opens a longer name ("Canberra" of "Canberra Capitals": a known city)."""
    from questions.generate.gazetteer import place_kind

    ent = next((e for e in word.doc.ents if e.start <= word.i < e.end), None)
    if ent is None:
        return False
    if len(ent) == 1:
        return True
    return ent.start == word.i and place_kind(word.text) != "place"
