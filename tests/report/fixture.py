"""A small, hand-computed item-analysis fixture: 11 players, 3 questions, one retry.

Chosen options (stored index; 0 is the key of every question) and seconds to answer:

    player   Q1      Q2      Q3        total right
    P1..P4   0       0       1         2
    P5       0       1       1         1
    P6       1       1       1         0
    P7       1       1       0         1
    P8       2 (+0)  1       0         1      (+0: a later retry of Q1, right: not a first answer)
    P9       1       2       0         1
    P10      2       2       0         1
    P11      0       -       -         1      (one answer only)

The terminal player answers Q1 too; reports leave it out.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlmodel import Session

from bot.service.quiz import PLAY_ID
from db.models import QuestionRow
from tests.helpers import add_answer, add_chat, add_delivery, add_questions, add_user, make_set

SLUG = "sample"
CHOICES: dict[int, list[int | None]] = {
    1: [0, 0, 0, 0, 0, 1, 1, 2, 1, 2, 0],
    2: [0, 0, 0, 0, 1, 1, 1, 1, 2, 2, None],
    3: [1, 1, 1, 1, 1, 1, 0, 0, 0, 0, None],
}
SECONDS: dict[int, list[int]] = {
    1: [3, 5, 5, 7, 9, 11, 2, 4, 6, 8, 10],
    2: [10, 20, 20, 30, 40, 1, 2, 3, 4, 5],
    3: [4] * 10,
}
NAMES = ["Ada", '=HYPERLINK("http://x")', "+Bob", "-Cy", "@Di", "<b>Eve</b>", "Fay"]
FIRST_USER = 7_000_001
START = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)


def player_name(index: int) -> str:
    """Return the first name of player number `index` (0-based)."""
    return NAMES[index] if index < len(NAMES) else f"Player {index + 1}"


def build_fixture(session: Session) -> list[QuestionRow]:
    """Store the fixture set, its 11 players and their answers; return the questions."""
    questions = add_questions(session, make_set(3, slug=SLUG, title="Sample set"))
    users = [add_user(session, FIRST_USER + i, first_name=player_name(i)) for i in range(11)]
    chats = [add_chat(session, user.id) for user in users]
    sent = START
    for number, question in enumerate(questions, start=1):
        for i, chosen in enumerate(CHOICES[number]):
            if chosen is None:
                continue
            sent += timedelta(minutes=1)
            delivery = add_delivery(session, chats[i], question, users[i], sent_at=sent)
            add_answer(
                session,
                delivery,
                users[i],
                chosen_index=chosen,
                correct=chosen == 0,
                points=1 if chosen == 0 else 0,
                answered_at=sent + timedelta(seconds=SECONDS[number][i]),
            )
    # P8 tries Q1 again later and is right: it scores, but item analysis ignores it.
    retry = add_delivery(session, chats[7], questions[0], users[7], sent_at=sent)
    add_answer(
        session,
        retry,
        users[7],
        chosen_index=0,
        correct=True,
        points=1,
        answered_at=sent + timedelta(seconds=1),
    )
    terminal = add_user(session, PLAY_ID, first_name="Terminal")
    terminal_chat = add_chat(session, PLAY_ID)
    played = add_delivery(session, terminal_chat, questions[0], terminal, sent_at=sent)
    add_answer(session, played, terminal, chosen_index=0, correct=True, points=1)
    session.commit()
    return questions
