"""A key the article gives an office of one holder is never set among made-up names: its
options are the article's own people (three options where it names two), or none at all.

Every text here is made up.
"""

from __future__ import annotations

from typing import Any

from questions.generate.officeholders import holds_office
from questions.generate.options import article_context
from tests.generate.test_generate_people import _facts, _options

_AGENCY = (
    "The newly appointed Director of NASA, David Carter, praised the "
    "launch team on Monday. The probe will reach the comet in 2031."
)
_PREMIER = (
    "Norway's Premier Maria Holmberg said prices must come down. "
    '"Prices will stay high," said Jonas Brekke, an economist at Nordbank.'
)
_BOTH = _PREMIER + " Lena Dahl, a farmer from the north, called the plan a failure."


def test_an_apposed_office_holder_alone_gets_no_made_up_rivals(nlp: Any) -> None:
    # "Cory Figueroa", "Jacob McGuire" beside the one real Administrator of NASA
    stem = "Who praised the launch team on Monday?"
    assert _options(nlp, _AGENCY, "David Carter", stem) == []


def test_a_possessive_office_holder_keeps_only_the_real_rival(nlp: Any) -> None:
    # "China's Premier Wen Jiabao" with "Tim Condon" and two made-up Chinese names
    stem = "Who said prices must come down?"
    assert _options(nlp, _PREMIER, "Maria Holmberg", stem) == ["Jonas Brekke"]


def test_an_office_holder_with_two_real_rivals_gets_both(nlp: Any) -> None:
    stem = "Who said prices must come down?"
    options = _options(nlp, _BOTH, "Maria Holmberg", stem)
    assert sorted(options) == ["Jonas Brekke", "Lena Dahl"]


def test_a_bare_title_or_surname_is_no_named_office(nlp: Any) -> None:
    text = "President Anna Lind met Russian President Orlov. Norway's Premier Maria Holmberg came."
    article, sentences = _facts(nlp, text), list(nlp(text).sents)
    context = article_context(text, article, sentences)
    assert holds_office("Maria Holmberg", context)
    assert not holds_office("Anna Lind", context)  # "President": of what, it does not say
    assert not holds_office("Orlov", context)  # a surname among surnames, none invented
    firm = "Later, Paul Grant, the President of Acme Rockets Inc, said the launch went well."
    article, sentences = _facts(nlp, firm), list(nlp(firm).sents)
    assert not holds_office("Paul Grant", article_context(firm, article, sentences))
