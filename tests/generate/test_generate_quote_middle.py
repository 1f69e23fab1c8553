"""A sentence in the middle of a quotation that runs over several sentences has no quotation
mark of its own, yet every word of it is what the speaker said: it is never asked as the
article's narration ("How many rockets did they fire …?" states the speaker's claim as fact)."""

from __future__ import annotations

from typing import Any

from questions.generate.facts import sentence_facts
from questions.generate.quotemarks import crosses_quote, quoted_words

PASSAGE = (
    '"The attack on the convoy came at dawn. The rebels fired 40 rockets at the trucks near the '
    'border. Nobody was hurt", said army spokesman John Smith.'
)


def test_the_middle_of_a_long_quotation_is_all_quoted(nlp: Any) -> None:
    sentences = list(nlp(PASSAGE).sents)
    middle = next(s for s in sentences if s.text.startswith("The rebels fired"))
    assert crosses_quote(middle)
    assert quoted_words(middle) == set(range(middle.start, middle.end))
    # a sentence after the quotation closed is the article's own again
    after = list(nlp(PASSAGE + " The convoy reached Kabul on Monday.").sents)[-1]
    assert not crosses_quote(after) and not quoted_words(after)


def test_a_number_the_speaker_gives_mid_quotation_is_not_narrated(nlp: Any) -> None:
    middle = next(s for s in nlp(PASSAGE).sents if s.text.startswith("The rebels fired"))
    assert sentence_facts(middle, 0) == []  # "How many rockets did the rebels fire …?": no
    told = next(nlp("The rebels fired 40 rockets at the trucks near the border.").sents)
    assert [f.text for f in sentence_facts(told, 0)] == ["40"]  # narrated, it is asked
