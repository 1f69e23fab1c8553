"""A sum in a dollar marked with its country ("CA$400", "HK$5bn", "S$50") is one amount of
money, as "US$13.6 billion" was: the tokenizer cut only "US$", "C$" and "A$" off a figure, so
"CA$400" gave no fact, and the model read a cut-off figure alone ("US$_____ bail")."""

from __future__ import annotations

from typing import Any

import pytest

from questions.generate.facts import sentence_facts


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("The audience paid CA$400 to attend.", "CA$400"),
        ("The bank lent HK$500 million to the firm.", "HK$500 million"),
        ("It cost HK$5bn to build.", "HK$5bn"),
        ("Tickets cost S$50 each.", "S$50"),
        ("Tickets cost C$50 each.", "C$50"),
        ("He was released on US$20,000 bail.", "US$20,000"),
        ("He paid Brian Mulroney CAN$300,000 in cash.", "CAN$300,000"),
    ],
)
def test_a_marked_sum_is_one_amount_of_money(nlp: Any, text: str, money: str) -> None:
    doc = nlp(text)
    assert money in [e.text for e in doc.ents if e.label_ == "MONEY"]
    assert "Brian Mulroney" not in text or "Brian Mulroney" in [e.text for e in doc.ents]


def test_a_marked_sum_is_a_money_fact(nlp: Any) -> None:
    sentence = next(nlp("Guests paid CA$400 to attend the opening dinner.").sents)
    assert ("CA$400", "money") in [(f.text, f.kind) for f in sentence_facts(sentence, 0)]


def test_a_range_of_marked_sums_stays_one(nlp: Any) -> None:
    # "US$5" alone would lose the "million" both ends share
    doc = nlp("Fines of US$5 to US$10 million were set.")
    assert "US$5" not in [e.text for e in doc.ents]
