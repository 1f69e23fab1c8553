"""The per-doc readings kept to save time (entities, quoted words, bare numbers, noun
mentions) give what reading them anew gives, after every step that mends the parse."""

from __future__ import annotations

from questions.generate.context import parse
from questions.generate.elidedcount import _bare, bare_numbers
from questions.generate.entcache import ents_of
from questions.generate.quotemarks import _pairs, quoted_words

# made up: a one-word opener the model may take for a name ("Lunch"), a person "for" a body,
# a quotation, and bare counts, so the steps that set a doc's entities anew have work to do
ARTICLE = (
    "Lunch was served at the Harbour Hall in Port Elsin on Monday, March 3, 2025.",
    "Mara Quillon for Coastal Water Watch said 40 divers came and only 12 were working. "
    '"We need more boats," Quillon said. The divers left at noon.',
    "Trains will run again on Tuesday, the Port Elsin council said in a statement.",
)


def _spans(ents: object) -> list[tuple[int, int, str]]:
    """Return entities as where they stand and their labels."""
    return [(e.start, e.end, e.label_) for e in ents]  # type: ignore[attr-defined]


def test_kept_readings_match_fresh_ones_after_parse() -> None:
    """Every sentence's kept entities, quoted words and bare numbers are its fresh ones."""
    parsed = parse(ARTICLE, None, "Divers return to Port Elsin")
    assert parsed.every
    for sentence in parsed.every:
        quoted_words(sentence)  # read (and kept) first, then checked against a fresh reading
        assert _spans(ents_of(sentence)) == _spans(sentence.ents)
        assert _spans(ents_of(sentence.doc)) == _spans(sentence.doc.ents)
        fresh = {i for a, b in _pairs(sentence) for i in range(a + 1, b)}
        assert quoted_words(sentence) == fresh
        assert [t.i for t in bare_numbers(sentence)] == [t.i for t in sentence if _bare(t)]


def test_kept_quoted_words_are_a_fresh_set_each_time() -> None:
    """A caller may change the quoted words it is given: the kept ones stay as read."""
    parsed = parse(ARTICLE, None, "Divers return to Port Elsin")
    sentence = next(s for s in parsed.every if '"' in s.text)
    first = quoted_words(sentence)
    first.add(-1)  # a caller's own set: changing it changes no later reading
    assert -1 not in quoted_words(sentence)
    assert quoted_words(sentence)
