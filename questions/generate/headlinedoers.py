"""A headline's doers: "US scientists build prototype of small robot" names who acted, which
alone says no story (review 70); what they did does, and shorter, without the words that
describe its nouns ("Team builds prototype of robot"), it still says who did what."""

from __future__ import annotations

from typing import Any

from questions.generate.wordnet import PERSON_FILE, first_sense


def names_persons(noun: Any) -> bool:
    """Tell whether a noun's commonest sense is a person ("scientists", "officials"): a
    headline's doers alone ("📰 US scientists") say no story, so the headline is shortened
    keeping its verb instead (`headline_cuts`). A body's name ("'Ergenekon' organization")
    still says which story."""
    first = first_sense(noun.lemma_)
    return first is not None and first.lexfile == PERSON_FILE


def undescribed(title: Any, root: Any) -> str | None:
    """Return the headline without the describing words of the nouns after its verb ("Team
    builds prototype of robot" of "… of small self-folding robot"), or None when it has none:
    shorter, it still says who did what (review 70)."""
    cut = {t.i for a in title if _describing(a, root) for t in a.subtree}
    if not cut or any(title[i].is_quote for i in cut):
        return None
    return "".join(t.text_with_ws for t in title if t.i not in cut).strip()


def _describing(word: Any, root: Any) -> bool:
    """Tell whether a headline's word after its verb describes the noun it precedes and can
    go: not a number's or an order's ("first two games" says which ones), not one after its
    noun ("forces other than gravity"), nor one after "a" ("a large asteroid": "a asteroid")."""
    noun = word.head
    return (
        word.dep_ == "amod"
        and root.i < word.i < noun.i
        and noun.pos_ == "NOUN"
        and not word.ent_type_
        and not word.like_num
        and not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
    )
