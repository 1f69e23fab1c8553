"""A question on who runs a side ("Who won the cup as Harbour City's coach?", "Who lost five
finals in his coaching career?") offers the article's other coaches and the people named
beside them, never its goal scorers nor the players it titles ("goalkeeper")."""

from __future__ import annotations

from typing import Any

from questions.generate.benchroles import agent_noun, player_deed, players
from questions.generate.kinds import person_roles
from questions.generate.rolenoun import asked_role, beside_holders, plays_apart, stated_duties

FINAL = """Harbour City win the Coastal Cup final

Sunday, June 2, 2024

Harbour City beat Northport 2–0 in the Coastal Cup final on Saturday in Westbay.

Tomasz Wielicki scored the first goal in the 20th minute, and Rafael Odum scored the \
second after half time. Northport's goalkeeper Kenji Arata was beaten twice, and \
Harbour City's captain Malik Osei lifted the trophy. Mayor Ruth Kahn watched.

Northport's Brendan Farrow has lost five finals in his coaching career.

Harbour City's coach Elena Varga won the cup for the second time, joining Henrik Lund \
and Pavel Novak, who each won it twice.
"""


def _duties(nlp: Any) -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """Return the final's held roles and its players."""
    sentences = list(nlp(FINAL).sents)
    held, _ = stated_duties(sentences, person_roles(sentences))
    return dict(held), players(sentences)


def test_a_career_of_a_role_gives_the_role(nlp: Any) -> None:
    """'his coaching career' makes Farrow a coach; 'Farrow' asked as one in the question."""
    held, _ = _duties(nlp)
    assert "coach" in held["brendan farrow"]
    stem = "Who has lost five finals in his coaching career?"
    assert asked_role("Brendan Farrow", stem, held) == {"coach"}
    assert agent_noun("manage") == "manager" and agent_noun("coach") == "coach"


def test_scorers_and_titled_players_run_no_side(nlp: Any) -> None:
    """'as Harbour City's coach': the scorers and the goalkeeper are out; the other coach,
    the people named beside the coach and the mayor, of another trade, are not."""
    held, playing = _duties(nlp)
    assert {"tomasz wielicki", "rafael odum"} <= playing
    stem = "Who won the cup for the second time as Harbour City's coach?"
    asked = asked_role("Elena Varga", stem, held)
    assert asked == {"coach"}
    for player in ("Tomasz Wielicki", "Rafael Odum", "Kenji Arata"):
        assert plays_apart(player, asked, held, playing), player
    for rival in ("Brendan Farrow", "Henrik Lund", "Jane Doe", "Ruth Kahn"):
        assert not plays_apart(rival, asked, held, playing), rival


def test_people_beside_the_coaches_come_first(nlp: Any) -> None:
    """The people named with a coach and given no role are the likeliest coaches."""
    sentences = list(nlp(FINAL).sents)
    held, _ = stated_duties(sentences, person_roles(sentences))
    said = [frozenset(e.text.lower() for e in s.ents if e.label_ == "PERSON") for s in sentences]
    said_in: dict[str, tuple[int, ...]] = {}
    for at, names in enumerate(said):
        for name in names:
            said_in[name] = (*said_in.get(name, ()), at)
    pool = ["Tomasz Wielicki", "Henrik Lund", "Pavel Novak", "Malik Osei"]
    assert beside_holders(pool, frozenset({"coach"}), held, said_in, said) == [
        "Henrik Lund",
        "Pavel Novak",
    ]


def test_a_player_deed_is_a_game_verb() -> None:
    """'score' and 'substitute' derive a player; 'replace', 'win' and 'manage' do not."""
    assert player_deed("score") and player_deed("substitute")
    assert not any(player_deed(v) for v in ("replace", "win", "manage", "say"))


def test_a_president_question_keeps_a_company_manager() -> None:
    """Only a player's asked role rules out those who run a side: a firm's manager may
    still stand beside a president."""
    held = {"ann cole": frozenset({"president"}), "bo diaz": frozenset({"manager"})}
    assert not plays_apart("Bo Diaz", frozenset({"president"}), held, frozenset())
    held["cy hart"] = frozenset({"goalkeeper"})
    assert plays_apart("Bo Diaz", frozenset({"goalkeeper"}), held, frozenset())
