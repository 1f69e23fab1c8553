"""A time phrase measured from a moment only an earlier sentence gives ("Initially, …", "at
the time", "so far this month", "by then", "later") is cut from the question, or "so far" said
as of the article's day; one that says its own moment is kept."""

from __future__ import annotations

from typing import Any

from questions.generate.dates import ArticleDate
from questions.generate.render import join
from questions.generate.unanchored import unanchored_times

DAY = ArticleDate(month=10, day=8, year=2013)


def _said(nlp: Any, text: str, anchor: ArticleDate | None = DAY) -> str:
    """Return the sentence as a question would say it, its cut words left out."""
    sentence = next(nlp(text).sents)
    replace: dict[int, str] = {}
    unanchored_times(sentence, anchor, replace)
    return join(sentence, replace)


def test_a_first_state_with_no_later_one_is_cut(nlp: Any) -> None:
    """'Initially' against a change the sentence before told: before what? Cut with its comma."""
    said = _said(nlp, "Initially, Mr Dorsey had stated that he would stand again for the post.")
    assert said.startswith("Mr Dorsey had stated")


def test_a_first_state_the_sentence_goes_on_from_is_kept(nlp: Any) -> None:
    """'Having been initially held in Leeds, he was moved …': first, before the move."""
    text = "Having been initially held in Leeds, the prisoner was moved to York in 2004."
    assert "initially" in _said(nlp, text)


def test_at_the_time_is_cut_but_its_named_moment_kept(nlp: Any) -> None:
    """'at the time' alone is then; 'at the time of the fire' says when."""
    said = _said(nlp, "Hale said that at the time the depot held a crew of nine guards.")
    assert "at the time" not in said and "said that the depot held" in said
    kept = _said(nlp, "Hale said that at the time of the fire the depot held nine guards.")
    assert "at the time of the fire" in kept


def test_at_the_time_opening_a_clause_is_kept(nlp: Any) -> None:
    """'At the time the deal was announced, the board …': a clause of its own; cut, the
    sentence would be two clauses joined by a comma."""
    text = "At the time the bridge deal was signed last year, the council also paid 3 million."
    assert _said(nlp, text).startswith("At the time")


def test_so_far_is_said_as_of_the_articles_day(nlp: Any) -> None:
    """'so far this month' under an article of October 8, 2013: October 1 to October 8."""
    said = _said(nlp, "Of the 52 claims lodged so far this month, 20 were about rent.")
    assert "lodged between October 1 and October 8, 2013" in said
    plain = _said(nlp, "The fund has paid 30 families so far.")
    assert plain == "The fund has paid 30 families as of October 8, 2013."


def test_so_far_is_cut_without_the_articles_day(nlp: Any) -> None:
    """An undated article has no now to count to: the words go."""
    assert _said(nlp, "The fund has paid 30 families so far.", None) == (
        "The fund has paid 30 families."
    )


def test_by_then_and_a_bare_later_are_cut(nlp: Any) -> None:
    """'by then', 'later': than what? 'two days later' says how much later and stays."""
    assert "by then" not in _said(nlp, "By then, the ferry had carried 300 passengers.")
    assert _said(nlp, "The mayor later resigned from the council.") == (
        "The mayor resigned from the council."
    )
    assert "two days later" in _said(nlp, "The mayor resigned two days later.")


def test_a_first_state_or_a_degree_is_not_cut_into_a_plain_fact(nlp: Any) -> None:
    """Cut from a state or a figure, 'originally', 'initially', 'earlier' would state the
    first one as the only one ("was put at 12" where the toll later rose); "so far as to" is a
    degree, not a time."""
    for text in (
        "The building was originally a church.",
        "The death toll was initially put at 12.",
        "The toll was earlier put at 12.",
        "He went so far as to call it a fraud.",
    ):
        assert _said(nlp, text) == text, text


def test_so_far_this_month_on_its_first_day_is_that_day(nlp: Any) -> None:
    """On the month's first day "so far this month" is that day, not a span from it to it."""
    said = _said(nlp, "The office has recorded 12 complaints so far this month.",
                 ArticleDate(month=10, day=1, year=2013))  # fmt: skip
    assert "on October 1, 2013" in said and "between" not in said, said


def test_a_quotation_keeps_its_words(nlp: Any) -> None:
    """The speaker's own words are not cut: 'Initially' inside the quotation marks stays."""
    said = _said(nlp, '"Initially, we had no water at all," the farmer said.')
    assert said.startswith('"Initially,')


ARTICLE = """Harbour board chairman quits after vote on dredging plan

Tuesday, October 8, 2013

The Port Kessling harbour board voted on Monday to approve a dredging plan worth 40 million \
dollars. The plan will deepen the main channel by four metres.

Initially, chairman Tomas Ruell had stated that he would stand again for the post in the \
election next spring. However, after seven members said they would not serve under him, he \
resigned on Monday evening.

Of the 52 complaints lodged so far this month, 20 were about noise from the channel works. \
Board member Alma Fenwick said the works would be finished in 2015.
"""


def test_a_whole_article_asks_without_the_unanchored_words() -> None:
    """No question of the article keeps 'Initially' or 'so far'."""
    from questions.generate import generate

    texts = [q.text for q in generate(ARTICLE, slug="harbour", title="Harbour").qset.questions]
    assert texts
    assert not any("Initially" in t or "so far" in t for t in texts)
