"""Every real article of the corpus gives a quiz that follows the generator's rules."""

from __future__ import annotations

import pytest

from questions.generate import NotEnglish, NotEnoughText, NotText, generate
from tests.generate.coverage import Article, corpus, covered, fold
from tests.generate.generate_checks import structural_problems
from tests.generate.generated import SharedGenerations

ARTICLES = corpus()


@pytest.mark.parametrize("article", ARTICLES, ids=[a.slug for a in ARTICLES])
def test_corpus_article_quiz_follows_the_rules(
    article: Article, generation: SharedGenerations
) -> None:
    text = article.path.read_text(encoding="utf-8")
    result = generation(text, article.slug, article.slug)
    assert structural_problems(result.qset, text) == []
    assert result.wh_share >= 0.5
    assert len(result.qset.questions) <= 60


def test_most_corpus_articles_ask_a_teachers_fact(generation: SharedGenerations) -> None:
    # The review rules refuse questions that do not stand alone rather than keep them, so a
    # short article full of "the bill" and "it" may ask none of its teacher's facts; most do.
    asking = [
        any(covered(a, generation(a.path.read_text(encoding="utf-8"), a.slug, a.slug).qset))
        for a in ARTICLES
    ]
    assert sum(asking) >= len(ARTICLES) * 0.8


def test_the_corpus_has_ten_articles_with_gold_facts() -> None:
    assert len(ARTICLES) >= 8
    assert all(a.facts and a.path.exists() for a in ARTICLES)


def test_coverage_folds_case_punctuation_and_spacing_only() -> None:
    assert fold("US$2.3 trillion") == fold("US$2.3  Trillion.")
    assert fold("the Dushanbe Declaration") == fold("Dushanbe  declaration")
    assert fold("2017") != fold("2018")


PROSE = "The council met in Riverton on March 3, 2021 and voted to build a bridge. " * 12


@pytest.mark.parametrize(
    ("text", "error", "words"),
    [
        ("Too short to ask anything about.", NotEnoughText, "too short"),
        ("Der Rat der Stadt hat am Montag beschlossen, eine neue Brücke zu bauen. " * 12,
         NotEnglish, "English"),
        ("\x00\x01\x02\x03" * 50 + PROSE, NotText, "binary"),
        (PROSE * 1_200, NotText, "1 MB"),
    ],
)  # fmt: skip
def test_bad_input_is_refused_in_one_line(text: str, error: type[Exception], words: str) -> None:
    with pytest.raises(error) as refused:
        generate(text, slug="bad", title="Bad")
    message = str(refused.value)
    assert words in message and "\n" not in message
