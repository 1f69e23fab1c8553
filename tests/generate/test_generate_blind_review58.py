"""Blind review 58 on a made-up article: stems garbled by the generator's rewriting. A
currency sign with a country's letters ("US$85 million") is one amount, never "the United
States$85 million"; "also", "too" and "as well" copied from the article add to nothing in a
question that stands alone; and "Today" ending a name ("Radio Today") is the name's word,
not the day the article was written."""

from __future__ import annotations

from questions.generate import GenerationResult
from questions.generate.acronyms import expand_acronyms
from tests.generate.generated import SharedGenerations

_SCAMS = (
    "Canada trails US in phone scam losses\n\n"
    "Monday, March 3, 2014\n\n"
    "Canada is listed second in a report on phone scams, behind the United States and ahead "
    "of Mexico. The 2013 Phone Fraud Review was released in February by the Consumer Safety "
    "Bureau, a government office in Ottawa.\n\n"
    "Canadians reported losses of US$85 million from phone scams in 2013, a $12 million "
    "increase from 2012. Australians lost A$19 million to the same callers, the bureau said.\n\n"
    "Women lost more money to phone scams than men in 2013, and also accounted for 60 percent "
    "of repeat victims in Ontario. Pensioners in Manitoba made up a third of first-time "
    "victims as well. Students in Halifax lost C$2 million too.\n\n"
    "Bureau spokesman Daniel Ortega told Radio Today that callers often pretend to be tax "
    'officials, asking for payment by gift card. "They frighten people into paying at once," '
    "said Ortega. Police chief Marie Leblanc told the Ottawa Citizen that most callers work "
    "from abroad.\n"
)


def _lines(result: GenerationResult) -> dict[str, str]:
    """Map each question's last line (what the player reads) to its key."""
    return {q.text.splitlines()[-1]: q.options[q.answer] for q in result.qset.questions}


def _scams(generation: SharedGenerations) -> dict[str, str]:
    """Return the made-up article's questions."""
    return _lines(generation(_SCAMS, "phone-scams", "phone scams"))


def test_a_currency_with_a_countrys_letters_is_kept_as_written(
    generation: SharedGenerations,
) -> None:
    """'US$85 million' is money: its letters are not the country spelled out."""
    asked = _scams(generation)
    assert not any("United States$" in line for line in asked)
    line = "In which year did Canadians report losses of US$85 million from phone scams?"
    assert asked[line] == "2013"


def test_no_currency_sign_is_spelled_out() -> None:
    """Any currency sign after the letters (Unicode's currency symbols) keeps them."""
    names = {"HK": "Hong Kong", "NZ": "New Zealand"}
    stem = expand_acronyms("Who paid HK$5 million for a flat in NZ?", names, "Jo Lee")
    assert stem == "Who paid HK$5 million for a flat in New Zealand?"
    assert expand_acronyms("Who lost NZ€4?", names, "Jo Lee") == "Who lost NZ€4?"


def test_a_joined_verbs_also_goes_with_the_verb_it_is_joined_to(
    generation: SharedGenerations,
) -> None:
    """'…, and also accounted for 60 percent': asked alone, the verb adds to nothing."""
    asked = _scams(generation)
    assert asked["What share of repeat victims in Ontario did women account for?"] == "60 percent"
    assert not any(" also " in line for line in asked if not line.startswith("Women lost"))


def test_a_closing_too_or_as_well_is_left_out(generation: SharedGenerations) -> None:
    """'… victims as well', '… lost C$2 million too': what else, the question does not say."""
    asked = _scams(generation)
    assert (
        asked["Pensioners in which province made up a third of first-time victims?"] == "Manitoba"
    )
    assert asked["How much did students in Halifax lose?"] == "C$2 million"
    assert not any(line.endswith((" too?", " as well?")) for line in asked)


def test_today_ending_a_name_is_the_names_word(generation: SharedGenerations) -> None:
    """'told Radio Today that …': the outlet whole, and no date of the article glued on."""
    asked = _scams(generation)
    line = "Who told Radio Today that callers often pretend to be tax officials?"
    assert asked[line] == "Daniel Ortega"
    assert not any("March 3, 2014" in line for line in asked)
