"""A semicolon inside a dash-set or bracketed aside parts a list's items, not clauses; a
stretch opening on a list's last item ("…; plus Dunmere — signed …") is no statement."""

from __future__ import annotations

from typing import Any

from questions.generate.nlp import load_nlp
from questions.generate.setaside import mid_list, segment

_ASIDE_LIST = (
    "Ruritania and the Coastal League — the three founding states; Avaria, Bellmark, and "
    "Corvia; plus Dunmere — signed a fishing treaty in Port Elm."
)


def _token(doc: Any, word: str) -> Any:
    """Return a doc's first token with a word's text."""
    return next(t for t in doc if t.text == word)


def test_semicolons_inside_a_dash_aside_do_not_part_the_sentence() -> None:
    doc = load_nlp()(_ASIDE_LIST)
    assert segment(_token(doc, "signed")) == (0, len(doc))
    bracketed = load_nlp()("Three towns (Avaria; Bellmark; and Corvia) signed a fishing treaty.")
    assert segment(_token(bracketed, "signed")) == (0, len(bracketed))


def test_a_semicolon_between_clauses_still_parts_them() -> None:
    doc = load_nlp()("The mayor opened the new bridge; the governor closed the old road.")
    low, _ = segment(_token(doc, "closed"))
    assert doc[low].text == "the"


def test_a_part_opening_on_a_lists_last_item_is_mid_list() -> None:
    doc = load_nlp()(_ASIDE_LIST)
    semis = [t.i for t in doc if t.text == ";"]
    assert mid_list(semis[-1] + 1, len(doc), doc)
    assert not mid_list(0, len(doc), doc)
