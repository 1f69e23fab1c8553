"""A headline's topic cut out of a quoted name keeps the name's quotation marks in pairs: the
line above a question read "📰 Gangnam Style' YouTube view count", its opening mark lost to
the parse, which took the closing one for a possessive."""

from __future__ import annotations

from typing import Any

from questions.generate.setting import article_setting


def test_a_topic_that_closes_a_quotation_opens_it_again(nlp: Any) -> None:
    title = nlp("'Moon River Waltz' radio play count passes two million")
    topic = article_setting(title, [], None).topic
    assert topic is not None and topic.count("'") == 2
    assert topic.startswith("'Moon River Waltz'")


def test_a_topic_quoted_whole_loses_only_its_outer_marks(nlp: Any) -> None:
    title = nlp("Reports: 'streamlined' Freedonia asylum process to replace interviews")
    assert article_setting(title, [], None).topic == "Freedonia asylum process"
