"""A match result is asked by its score ("By what score did Sweden defeat South Korea?"),
with scores in the key's order as options; the match that frames other questions is named
without its score, which would answer that question."""

from __future__ import annotations

from questions.generate.nlp import load_nlp
from questions.generate.scorelines import score_variants, stated_scores
from tests.generate.generated import SharedGenerations


def _asked(text: str) -> list[tuple[str, str]]:
    """Return each score question a text's sentences give, with its key."""
    doc = load_nlp()(text)
    found = stated_scores(list(doc.sents))
    return [(fact.text, stem.text) for per in found for fact, stem in per]


def test_a_result_is_asked_by_its_score_with_the_sentences_verb() -> None:
    asked = _asked("Sweden defeated South Korea 1–0 in Nizhny Novgorod.")
    assert asked == [("1–0", "By what score did Sweden defeat South Korea?")]
    lost = _asked("Tunisia lost 1–2 to England in Volgograd.")
    assert lost == [("1–2", "By what score did Tunisia lose to England?")]


def test_a_score_without_a_named_opponent_or_subject_is_not_asked() -> None:
    # England may have won more than once: "By what score did England win?" has no one key
    assert _asked("The match came to end with England winning 2–1 on the night.") == []
    assert _asked("Granqvist scored from the spot, putting Sweden 1–0 up.") == []  # a lead
    assert _asked("Sweden did not beat South Korea 1–0 after all.") == []
    assert _asked("Federer defeated Nadal 6–4, 6–3 in the final.") == []  # one set of two


def test_a_scores_options_keep_its_order_and_kind() -> None:
    text = "Sweden defeated South Korea 1–0; Tunisia lost 1–2 to England. It ended 0–0."
    win = score_variants("1–0", text)
    assert win[0] == "2–1"  # the article's other result, its winner first
    assert "0–0" not in win and "0–1" not in win  # no draw, no swapped key
    loss = score_variants("1–2", text)
    assert all(int(a) < int(b) for a, b in (s.split("–") for s in loss))
    assert all(a == b for a, b in (s.split("–") for s in score_variants("1–1", text)))


def test_the_world_cup_results_are_asked(generation: SharedGenerations) -> None:
    quiz = generation.corpus("world-cup-2018-day-five").qset.questions
    asked = {q.text: q for q in quiz}
    sweden = asked["In the 2018 FIFA World Cup, by what score did Sweden defeat South Korea?"]
    assert sweden.correct_option == "1–0"
    assert all(o.split("–")[0] > o.split("–")[1] for o in sweden.options)
    belgium = asked[
        "In the 2018 FIFA World Cup, by what score did Belgium defeat debutants Panama?"
    ]
    assert belgium.correct_option == "3–0"
    # no other question says a score its match's question asks
    assert not any("1–0 win" in q.text or "3–0 win" in q.text for q in quiz)


def test_a_vote_is_no_match_and_the_subject_keeps_its_article() -> None:
    # "ruled", "voted": no competition sense in WordNet, so a split vote is no match result
    assert _asked("The Supreme Court ruled 5–4 against Apple in the stadium patent case.") == []
    assert _asked("The Senate voted 52–48 against Obama on the budget.") == []
    asked = _asked("The Netherlands defeated Peru 2–0 in Lima.")
    assert asked == [("2–0", "By what score did the Netherlands defeat Peru?")]
    assert _asked("Spain drew 1–1 with Italy.") == [
        ("1–1", "By what score did Spain draw with Italy?")
    ]


def test_a_score_of_part_of_the_match_is_not_its_result() -> None:
    assert _asked("Federer beat Nadal 6–4 in the final set of the Miami Open.") == []
    assert _asked("Madrid beat Porto 4–2 on aggregate.") == []
