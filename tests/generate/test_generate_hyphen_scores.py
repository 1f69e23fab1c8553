"""A score written with a hyphen ("Sweden beat Norway 3-1") is asked as one written with a dash
is, and so is a result told by its noun ("with a 24-17 victory over Fiji") or an infinitive
("came back to beat Chile 2-1"); a range ("ages 5-11", "10-12 people") is never a score; a
count opening a sentence ("40 fans were arrested") is a fact as one inside it is."""

from __future__ import annotations

from questions.generate.introduced import Key, introductions, name_introduced
from questions.generate.nlp import load_nlp
from questions.generate.pipeline import generate
from questions.generate.prose import prose
from questions.generate.scorelines import score_variants, stated_scores


def _asked(text: str) -> list[tuple[str, str]]:
    """Return each score question a text's sentences give, with its key."""
    doc = load_nlp()(text)
    found = stated_scores(list(doc.sents))
    return [(fact.text, stem.text) for per in found for fact, stem in per]


def test_a_hyphenated_score_is_one_word_and_asked() -> None:
    assert _asked("Sweden defeated Norway 3-1 in Oslo.") == [
        ("3-1", "By what score did Sweden defeat Norway?")
    ]


def test_a_result_told_by_an_infinitive_or_a_noun_is_asked() -> None:
    assert _asked("Peru came from behind to beat Chile 2-1.") == [
        ("2-1", "By what score did Peru beat Chile?")
    ]
    assert _asked("Italy won their opening match with a 24-17 victory over Fiji on Sunday.") == [
        ("24-17", "By what score did Italy beat Fiji?")
    ]


def test_a_matchs_set_scores_are_not_results() -> None:
    assert _asked("Sweden defeated Norway in five sets, 7-6, 4-6, 7-6, 2-6, 6-2.") == []


def test_a_range_or_a_number_with_figures_around_it_is_no_score() -> None:
    doc = load_nlp()("Children aged 5-11 came in 2007-08, and 10-12 people called 555-1234.")
    words = [t.text for t in doc]
    assert "5-11" in words  # one word, as "5–11" is, but no match's result
    assert "2007-08" not in words and "555-1234" not in words
    assert _asked("Children aged 5-11 came in 2007-08, and 10-12 people called 555-1234.") == []
    assert _asked("Between 10-12 people defeated the proposal on Monday.") == []


def test_a_rugby_scores_options_may_pass_nine() -> None:
    text = "Tonga beat Fiji 24-17. Samoa drew 12-12 with Japan. Wales led 13-3 at half time."
    options = score_variants("24-17", text)
    assert options[:1] == ["13-3"] and all("-" in o for o in options)
    assert all(int(a) > int(b) for a, b in (o.split("-") for o in options))


def test_a_count_opening_a_sentence_is_prose_and_asked() -> None:
    doc = load_nlp()("40 fans have been arrested after the match in Leeds.\n1. Bring a coat.")
    first, *_ = doc.sents
    assert prose(first)
    leaning = load_nlp()("61 percent said the law should be changed before the vote.")
    assert not prose(next(iter(leaning.sents)))  # a share of whom? the sentence before says
    text = (
        "Police in Leeds arrested dozens of football fans after the city's derby against "
        "Bradford at Elland Road on Saturday afternoon, a spokesman for West Yorkshire Police "
        "said on Sunday.\n\n"
        "40 fans have been arrested after the derby in Leeds, and the stadium's north stand "
        "will remain closed until the club finishes its inquiry into the violence. "
        "The club's chairman, Martin Hale, condemned the violence of its supporters in a "
        "statement on Sunday and promised lifetime bans for anyone found guilty.\n\n"
        "Bradford's manager, Susan Clarke, praised the stewards at Elland Road for keeping "
        "the visiting supporters safe during the second half of the match."
    )
    result = generate(text, slug="leeds", title="Fans arrested after Leeds derby")
    keys = {q.correct_option for q in result.qset.questions}
    assert "40" in keys


def test_the_victory_a_score_introduced_is_said_with_its_opponent() -> None:
    first, second = load_nlp()(
        "Italy opened the tournament with a 24-17 victory over Fiji in Rome. "
        "Two late penalties from their captain sealed the victory for Italy."
    ).sents
    found: dict[Key, str | None] = {}
    introductions(first, found)
    replace: dict[int, str] = {}
    name_introduced(second, found, replace)
    assert list(replace.values()) == ["victory over Fiji in Rome"]
