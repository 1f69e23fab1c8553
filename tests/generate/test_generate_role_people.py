"""Who may stand beside a side's coach or a match's scorer: the pronoun "who" is no WHO, a
surname said alone is its person's even where a town bears it, a title after a side's
possessive is a role ("Eastvale's goalkeeper"), a scorer's rivals are players of its own
match, and a side a score is lost to is a team."""

from __future__ import annotations

from typing import Any

from questions.generate.benchroles import players
from questions.generate.facts import sentence_facts
from questions.generate.kinds import person_roles
from questions.generate.optionjudge import option_judge
from questions.generate.placeunits import hypernym_lemmas
from questions.generate.rolenoun import plays_apart, stated_duties
from questions.generate.scorers import asks_play, play_rivals
from questions.generate.thingkinds import thing_kinds
from questions.generate.unpersons import written_unlike_person
from tests.generate.generate_checks import bare_fact

CUP = """Eastvale's goalkeeper Tomas Brevik tried to block the shot, but could not keep the \
ball out of the net. Dmitri Sokol scored for Northport after a tackle by Harbour City's \
captain Malik Osei. Harbour City's coach Elena Varga won the cup, joining Pavel Vantorra and \
Ilse Quenbrook who each won it twice."""

ROUND = [
    "Dmitri Sokol scored for Northport, and Rafael Odum and Tomasz Wielicki scored for "
    "Harbour City.",
    "In the other semi-final, Eastvale lost 2–1 to their old rivals Southbridge Rovers.",
    "Jonas Marek and Oskar Pfeiffer scored for Southbridge Rovers, and Leon Brandt scored a "
    "late goal for Eastvale.",
]


def test_the_pronoun_who_is_no_health_body() -> None:
    """'Ilse Quenbrook who each won it': "who" is no WHO, so she is still a person."""
    assert hypernym_lemmas("who") == []
    assert "organization" in hypernym_lemmas("agency")
    assert not written_unlike_person("Ilse Quenbrook", CUP, [])
    assert not written_unlike_person("Quenbrook", CUP, [])


def test_a_surname_alone_stays_its_persons() -> None:
    """'Lund' of 'Henrik Lund' (a Swedish town too) is a rival of 'Farrow', named alone."""
    article = [
        bare_fact("Brendan Farrow", "person", label="PERSON"),
        bare_fact("Henrik Lund", "person", label="PERSON"),
        bare_fact("Farrow", "person", label="PERSON"),
    ]
    stem = "Who has lost five finals in his coaching career?"
    judge = option_judge(article[2], "Farrow", article, stem, "", None, frozenset(), None)
    assert judge is not None and judge.ok("Lund")
    placed = [*article, bare_fact("Lund", "place", "city", label="GPE")]  # the town is told
    judge = option_judge(placed[2], "Farrow", placed, stem, "", None, frozenset(), None)
    assert judge is not None and not judge.ok("Lund")


def test_a_title_after_a_sides_possessive_is_a_role(nlp: Any) -> None:
    """'Eastvale's goalkeeper Tomas Brevik tried' (the model takes the noun for a second
    subject): a goalkeeper, no rival of a coach; the captain a tackle is made by plays too;
    the people beside the coach are no players."""
    sentences = list(nlp(CUP).sents)
    held, _ = stated_duties(sentences, person_roles(sentences))
    playing = players(sentences)
    assert held["tomas brevik"] == {"goalkeeper"}
    assert "malik osei" in playing
    for player in ("Tomas Brevik", "Malik Osei"):
        assert plays_apart(player, frozenset({"coach"}), held, playing), player
    for coach in ("Pavel Vantorra", "Ilse Quenbrook"):
        assert not plays_apart(coach, frozenset({"coach"}), held, playing), coach


def test_a_scorers_rivals_are_players_of_its_match(nlp: Any) -> None:
    """'Who scored a late goal for Eastvale?': the semi-final's scorers first (each
    conjunct of "Marek and Pfeiffer scored" too), then the final's; no coach."""
    docs = [nlp(text) for text in ROUND]  # a paragraph a parse, as the pipeline parses
    sentences = [next(doc.sents) for doc in docs]
    facts = [f for n, s in enumerate(sentences) for f in sentence_facts(s, n)]
    people = [f for f in facts if f.kind == "person"]
    playing = players(sentences)
    assert {"jonas marek", "oskar pfeiffer", "rafael odum"} <= playing
    key = next(f for f in people if f.text == "Leon Brandt")
    assert asks_play("Leon Brandt", "Who scored a late goal for Eastvale?", playing)
    assert not asks_play("Leon Brandt", "Who spoke after the match?", playing)
    pool = [f.text for f in people if f is not key] + ["Elena Varga"]
    mates, others = play_rivals(pool, key, people, sentences, playing)
    assert mates == ["Jonas Marek", "Oskar Pfeiffer"]
    assert "Elena Varga" not in others and "Dmitri Sokol" in others


def test_a_side_a_score_is_lost_to_is_a_team(nlp: Any) -> None:
    """'lost 2–1 to their old rivals Southbridge Rovers': a team, a rival of other teams."""
    sentences = list(nlp(ROUND[1]).sents)
    assert thing_kinds(sentences).get("southbridge rovers") == "team"
