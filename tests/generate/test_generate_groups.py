"""A bare plural subject ("officials") takes the nation the headline qualifies its story by,
so the question says whose officials weeks later (blind review 11, Q18)."""

from __future__ import annotations

from typing import Any

from questions.generate.groups import headline_nation, owned_group
from tests.generate.generated import SharedGenerations


def test_the_asylum_questions_officials_are_the_uks(generation: SharedGenerations) -> None:
    qset = generation.corpus("uk-asylum-questionnaire").qset
    scrap = next(q for q in qset.questions if "face-to-face interview" in q.text)
    assert "will UK officials scrap the face-to-face interview step" in scrap.text


def test_the_headlines_one_nation_in_the_articles_own_adjective(nlp: Any) -> None:
    body = [nlp("The Japanese government nuclear authority upgraded the crisis.")]
    japan = nlp("Crisis at stricken Japan nuclear plant escalates to level of Chernobyl")
    assert headline_nation(japan, body) == "Japanese"  # not "Japan officials"
    uk = nlp("Reports: 'streamlined' UK asylum process to replace interview")
    said = [nlp("The United Kingdom Home Office will send questionnaires. The UK said so.")]
    assert headline_nation(uk, said) == "UK"
    assert headline_nation(uk, []) is None  # the article must be the UK's story too
    teams = nlp("FIFA World Cup 2018 day five: Sweden, Belgium, England win three points")
    assert headline_nation(teams, []) is None  # three nations: none is the story's


def test_only_a_bare_unowned_group_is_qualified(nlp: Any) -> None:
    said = nlp("Officials of the Home Office said the plant was safe, and engineers agreed.")
    stem = "Officials of the Home Office said the plant was safe, and engineers agreed."
    # "engineers" is bare and unowned; "Officials of the Home Office" has its owner
    assert owned_group(stem, said, "UK") == (
        "Officials of the Home Office said the plant was safe, and UK engineers agreed."
    )
    named = nlp("Home Office officials will scrap the interview.")
    assert owned_group(named.text, named, "UK") == named.text  # the stem names its owner
    assert owned_group("UK officials will scrap it.", named, "UK") == "UK officials will scrap it."
