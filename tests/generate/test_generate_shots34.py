"""A number fused into a modifier with its unit ("a 3-point shot") names a kind the article
sorts by: its rivals are the article's own values of that compound ("2 point range"), never
made-up ones ("4-point", "5-point": no such shots, blind review 85), and with too few of them
the question is not asked; a size ("a 34-yard field goal") keeps its near magnitudes. A
count only tried for ("kept trying to score 3 points") is what each try aimed at, no tally:
never asked as "How many points …?"."""

from __future__ import annotations

from questions.generate.pipeline import generate

ARTICLE = """Harbor Hawks beat Valley Owls in pre-season basketball game

Saturday, March 8, 2025

The Harbor Hawks beat the Valley Owls 71–60 on Saturday at the Marren Sports Hall in a \
pre-season game watched by a crowd of about 900.

Coach Dana Whitcombe said the team had worked hard over the summer. "We played as one side \
tonight," she said. The Owls led early, but the Hawks took the lead before the half.

{sentence}

The Hawks play their first home game of the regular season on April 12 against the Ridge \
Foxes.
"""


def _questions(sentence: str) -> list[tuple[str, str, list[str]]]:
    """Return each question's text, key and options for the article holding `sentence`."""
    quiz = generate(ARTICLE.format(sentence=sentence), slug="hawks", title="Hawks")
    return [(q.text, q.correct_option, list(q.options)) for q in quiz.qset.questions]


_SHOT = (
    "With the Hawks ahead 61–50, Whitcombe yelled at Marla Quent to shoot, and Quent did, "
    "making a 3-point shot."
)


def test_category_compound_with_one_rival_is_refused() -> None:
    """ "3-point shot" beside "2 point range": one real rival, so no question on the shot's
    value (before: "4-point" and "1-point" beside it, made-up kinds of shot)."""
    sentence = f"{_SHOT} Quent would finish the half 2 of 4 from 2 point range."
    asked = [q for q in _questions(sentence) if q[1] == "3-point"]
    assert not asked, asked


def test_category_compound_with_two_rivals_gets_no_made_up_third() -> None:
    """The article's "1-point" and "2-point" beside "3-point": no "4-point" to fill the
    options up, so no question (a quantity needs three wrong options)."""
    sentence = (
        f"Quent opened with a 1-point free throw. {_SHOT} Quent shot 2 of 4 from 2 point range."
    )
    for text, _key, options in _questions(sentence):
        assert "4-point" not in options and "5-point" not in options, (text, options)


def test_size_compound_keeps_near_magnitudes() -> None:
    """A "34-yard field goal" is a size: near yardages still make its options."""
    sentence = (
        "In the first quarter, kicker Marla Quent made a 34-yard field goal to put the "
        "Hawks ahead, and later added a 22-yard field goal."
    )
    asked = [q for q in _questions(sentence) if q[1] == "34-yard"]
    for _text, _key, options in asked:
        assert all(o.endswith("-yard") for o in options), options


def test_kept_trying_count_is_not_asked_as_a_total() -> None:
    """ "kept trying to score 3 points": each try's value, not how many points were scored."""
    sentence = "The Owls kept trying to score 3 points but were unable to capitalise."
    asked = [q for q in _questions(sentence) if "how many points" in q[0].lower()]
    assert not asked, asked
