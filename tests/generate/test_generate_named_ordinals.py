"""An ordinal inside a name ("the United Nations 75th Anniversary Summit") is asked with the
name around it, and its options rank the same thing, not another series of the article."""

from __future__ import annotations

from typing import Any

from questions.generate import GenerationResult
from questions.generate.facts import sentence_facts
from questions.generate.unique import repeated_ordinal
from questions.generate.write import wh_question

SUMMIT = (
    "A year ago, President Xi made a clear statement at the United Nations 75th Anniversary Summit."
)
ASKED = "At which United Nations Anniversary Summit did President Xi make a clear statement?"


def _fact(nlp: Any, text: str, answer: str) -> tuple[Any, Any]:
    """Return a one-sentence text's sentence and its fact whose text is `answer`."""
    sentence = next(nlp(text).sents)
    return sentence, next(f for f in sentence_facts(sentence, 0) if f.text == answer)


def test_an_ordinal_inside_a_name_is_asked_with_the_name(nlp: Any) -> None:
    stem, _ = wh_question(*_fact(nlp, SUMMIT, "75th"), {})
    assert stem is not None and stem.text == ASKED


def test_the_name_says_which_series_the_ordinal_ranks(nlp: Any) -> None:
    sentence, fact = _fact(nlp, SUMMIT, "75th")
    assert repeated_ordinal(sentence, fact, [sentence]) is None


def test_the_seed_asks_the_summit_with_anniversaries_only(seed_result: GenerationResult) -> None:
    asked = [q for q in seed_result.qset.questions if q.text == ASKED]
    assert len(asked) == 1
    # "the 21st meeting" of the SCO ranks meetings, not the UN's anniversaries
    assert asked[0].options[asked[0].answer] == "75th"
    assert "21st" not in asked[0].options


def test_an_ordinal_the_model_took_for_a_date_is_a_rank(nlp: Any) -> None:
    """ "the ninth consecutive year" is one date to the model; the ordinal is what ranks
    the year, a fact to ask ("the _____ consecutive year"). "the 20th Anniversary" inside a
    declaration's title is no time but a rank of anniversaries, asked as the rank in "the
    United Nations 75th Anniversary Summit" is; a plain date stays a date."""
    ninth = "This is the ninth consecutive year that he has attended the summit since 2013."
    facts = sentence_facts(next(nlp(ninth).sents), 0)
    assert [(f.text, f.kind, f.unit) for f in facts if f.kind == "ordinal"] == [
        ("ninth", "ordinal", "year")
    ]
    titled = (
        "The leaders signed the Dushanbe Declaration on the 20th Anniversary of the "
        "Shanghai Cooperation Organization on September 17."
    )
    facts = sentence_facts(next(nlp(titled).sents), 0)
    assert [(f.text, f.unit) for f in facts if f.kind == "ordinal"] == [("20th", "anniversary")]
    assert "September 17" in [f.text for f in facts]
