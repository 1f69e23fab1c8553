"""Common nouns asked as the kind the article gives examples of ("species such as soybean,
cotton and peanut"), and a long sentence's blank asked without its subject's "from …"."""

from __future__ import annotations

from typing import Any

from questions.generate.examples import ITEM, listed_items
from questions.generate.facts import Fact, sentence_facts
from questions.generate.stems import cloze, shorter
from tests.generate.generated import SharedGenerations

CROPS = (
    "A research team has analysed effects of global warming and ozone pollution on the "
    "worldwide production of wheat, rice, maize and soybean. Results of earlier studies show "
    "dicot species, such as soybean, cotton, and peanut, lose more yield from ozone than do "
    "monocot species such as sorghum, field corn, and winter wheat."
)


def _items(nlp: Any, text: str) -> dict[str, str]:
    """Return each common noun made a fact, with the kind its options are drawn from."""
    sentences = list(nlp(text).sents)
    per_sentence = listed_items([sentence_facts(s, n) for n, s in enumerate(sentences)], sentences)
    return {f.text: f.unit for found in per_sentence for f in found if f.kind == ITEM}


def test_a_list_sharing_an_item_with_a_kinds_examples_lists_that_kind(nlp: Any) -> None:
    items = _items(nlp, CROPS)
    assert {items[w] for w in ("wheat", "rice", "maize", "soybean", "cotton", "peanut")} == {
        "species"
    }
    assert "corn" not in items  # "field corn": a phrase, not the word "corn"


def test_a_list_of_no_kind_the_article_names_is_no_fact(nlp: Any) -> None:
    text = "The summit discussed trust, benefit, equality and consultation among its members."
    assert _items(nlp, text) == {}
    # one shared item does not make a list of the kind's things
    text = (
        "Pupils play sports such as football, tennis and golf. They talk about football, "
        "politics and music."
    )
    assert "politics" not in _items(nlp, text)


def test_a_crop_is_asked_with_the_kinds_other_examples(generation: SharedGenerations) -> None:
    # Ozone: "wheat, rice, maize and soybean" were no facts; "dicot species, such as soybean,
    # cotton, and peanut" says what kind they are, and gives the wrong options.
    asked = generation.keyed("ozone-warming-crops", "soybean")
    assert asked
    stem, options = asked[0]
    assert stem.endswith("wheat, rice, maize and _____.")
    assert set(options) == {"soybean", "cotton", "peanut", "sorghum"}


def test_a_long_blank_drops_the_subjects_origin(nlp: Any) -> None:
    text = (
        "A research team from the Massachusetts Institute of Technology and Colorado State "
        "University of the US and the University of Sheffield of the UK has analysed effects "
        "of global warming and ozone pollution over 2000-2050 on the worldwide production of "
        "wheat, rice, maize and soybean."
    )
    sentence = next(nlp(text).sents)
    soybean = next(t for t in sentence if t.text == "soybean")
    fact = Fact(0, soybean.i, soybean.i + 1, "soybean", "NOUN", ITEM, "", "species")
    stem = cloze(fact, shorter(fact, list(sentence)), {})
    assert stem is not None
    assert stem.text.startswith("A research team has analysed effects of global warming")
    assert stem.text.endswith("wheat, rice, maize and _____.")
    # what the subject is stays: only where it comes from goes
    sentence = next(nlp("The number of migrants crossing the Channel rose to 45,756.").sents)
    figure = next(t for t in sentence if t.text == "45,756")
    number = Fact(0, figure.i, figure.i + 1, "45,756", "CARDINAL", "count", "", "")
    assert shorter(number, list(sentence)) == list(sentence)
