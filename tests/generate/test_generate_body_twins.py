"""Options that name no second body: an acronym and its expansion are one body, the stem's
own noun for the key ("the company") rules out other kinds, and a name said only as a
modifier ("the Kenya-Nordic Council summit") is no body (review of fresh17)."""

from __future__ import annotations

from typing import Any

from questions.generate.distractors import choose_distractors
from questions.generate.facts import Fact
from questions.generate.options import OptionContext, article_context, option_context

RECALL = (
    "The Brantel recall widened on Monday with the company announcing 9,000 more cars may be "
    "affected. Brantel said the cars were safe. The United Kingdom National Water Authority "
    "(NWA), the regulator which has been investigating Brantel, said the cars failed tests. "
    "The NWA asked Fenwick College to carry out the tests. The Marlow Council for Clean Roads, "
    "a charity, first raised the alarm."
)
RECALL_NAMES = ["Brantel", "United Kingdom National Water Authority", "NWA", "Fenwick College",
                "Marlow Council for Clean Roads"]  # fmt: skip
SUMMIT = (
    "The Kenya-Nordic Council summit ended in Oslo on Friday. Leaders of the African Union "
    "and the Nordic Council agreed on trade. The African Union said the plan would help "
    "farmers. The Nordic Council said it would pay for the plan. The Arctic Fisheries Board "
    "did not attend."
)
SUMMIT_NAMES = ["Kenya-Nordic Council", "African Union", "Nordic Council",
                "Arctic Fisheries Board"]  # fmt: skip


def _options(nlp: Any, text: str, names: list[str], key: str, stem: str) -> list[str]:
    """Return the options chosen for one organisation key of a small made-up article."""
    article = [Fact(0, 0, 0, n, "ORG", "organization", "", "") for n in names]
    fact = next(f for f in article if f.text == key)
    base = article_context(text, article, list(nlp(text).sents))
    ctx: OptionContext = option_context(base, fact, stem)
    return choose_distractors(fact, key, article, "", stem, ctx)[0]


def test_an_acronym_and_its_country_named_expansion_are_one_body(nlp: Any) -> None:
    # "NWA" and "United Kingdom National Water Authority": never key and rival, never two options
    stem = "Which organization asked Fenwick College to carry out the tests?"
    options = _options(nlp, RECALL, RECALL_NAMES[:4], "NWA", stem)
    assert options and "United Kingdom National Water Authority" not in options
    stem = "The NWA asked _____ to carry out the tests."
    options = _options(nlp, RECALL, RECALL_NAMES, "Fenwick College", stem)
    assert not {"NWA", "United Kingdom National Water Authority"} <= set(options)


def test_one_body_keeps_two_countries_names_apart() -> None:
    from questions.generate.bodytwins import one_body

    assert one_body("NWA", "United Kingdom National Water Authority")
    assert one_body("National Water Authority", "United Kingdom National Water Authority")
    assert not one_body("United Kingdom Clean Roads Act", "Canada Clean Roads Act")
    assert not one_body("NWA", "Nordic Water Board")


def test_the_stems_own_noun_for_the_key_rules_out_other_kinds(nlp: Any) -> None:
    # "with the company announcing": the regulator, the college and the council are no company
    stem = (
        "Which organization's recall widened on Monday with the company announcing 9,000 "
        "more cars may be affected?"
    )
    assert _options(nlp, RECALL, RECALL_NAMES, "Brantel", stem) == []
    # the company is Brantel, not the key: the regulator's rivals stay
    stem = (
        "The _____, the regulator which has been investigating Brantel, said the company's "
        "cars failed tests."
    )
    key = "United Kingdom National Water Authority"
    assert _options(nlp, RECALL, RECALL_NAMES, key, stem)


def test_a_name_said_only_as_a_modifier_is_no_body(nlp: Any) -> None:
    stem = "Which organization's leaders said the plan would help farmers?"
    options = _options(nlp, SUMMIT, SUMMIT_NAMES, "African Union", stem)
    assert options and "Kenya-Nordic Council" not in options
    stem = "Which organization's summit ended in Oslo on Friday?"
    assert _options(nlp, SUMMIT, SUMMIT_NAMES, "Kenya-Nordic Council", stem) == []
