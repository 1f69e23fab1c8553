"""Storing sets keeps history: re-imports update in place, keep ids, retire instead of delete."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlmodel import Session, select

from db.models import Answer, QuestionRow, QuestionSetRow
from db.set_store import store_set
from db.sets import export_set, get_set, list_sets, live_questions, retire_set
from questions.formats import dump_yaml, read_bytes
from tests.helpers import add_answer, add_chat, add_delivery, add_user, make_question, make_set

LATER = datetime(2031, 5, 4, 3, 2, 1, tzinfo=UTC)


def _rows(session: Session) -> dict[str, QuestionRow]:
    """Every stored question (live or retired) by text."""
    return {q.text: q for q in session.exec(select(QuestionRow))}


def test_storing_a_new_set_adds_every_question_in_order(session: Session) -> None:
    report = store_set(session, make_set(3, slug="capitals", title="Capitals"))
    session.commit()
    assert (report.created, report.added, report.updated, report.retired) == (True, 3, 0, 0)
    assert report.total == 3
    questions = live_questions(session, report.set_id)
    assert [q.text for q in questions] == [q.text for q in make_set(3).questions]
    assert questions[0].options == list(make_question(1).options)
    assert questions[0].correct_index == 0
    assert questions[0].tags == ["sample"]


def test_reimporting_an_unchanged_set_changes_nothing(session: Session) -> None:
    store_set(session, make_set(3))
    session.commit()
    before = {q.key: q.id for q in session.exec(select(QuestionRow))}
    report = store_set(session, make_set(3))
    session.commit()
    assert (report.created, report.added, report.updated, report.retired) == (False, 0, 0, 0)
    assert report.unchanged == 3
    assert {q.key: q.id for q in session.exec(select(QuestionRow))} == before
    assert len(session.exec(select(QuestionSetRow)).all()) == 1


def test_reimport_updates_changed_retires_removed_and_adds_new(session: Session) -> None:
    q1, q2, q3 = (make_question(i) for i in (1, 2, 3))
    store_set(session, make_set(questions=[q1, q2, q3]))
    session.commit()
    ids = {text: row.id for text, row in _rows(session).items()}
    # Someone answered the question that is about to be removed: the answer must survive.
    user = add_user(session)
    removed_row = _rows(session)[q3.text]
    delivery = add_delivery(session, add_chat(session, user.id), removed_row, user)
    add_answer(session, delivery, user, points=1)
    session.commit()

    changed = make_question(2, options=("Right 2", "Other", "Third"), explanation="New why.")
    new = make_question(4)
    report = store_set(session, make_set(questions=[q1, changed, new]), now=LATER)
    session.commit()

    assert (report.added, report.updated, report.retired, report.unchanged) == (1, 1, 1, 1)
    rows = _rows(session)
    assert rows[q1.text].id == ids[q1.text]
    assert rows[q2.text].id == ids[q2.text]
    assert rows[q2.text].options == ["Right 2", "Other", "Third"]
    assert rows[q2.text].explanation == "New why."
    assert rows[q3.text].id == ids[q3.text]
    assert rows[q3.text].retired_at == LATER
    assert rows[new.text].id not in ids.values()
    assert [q.text for q in live_questions(session, report.set_id)] == [q1.text, q2.text, new.text]
    answer = session.exec(select(Answer)).one()
    assert answer.question_id == ids[q3.text]


def test_a_question_with_an_id_keeps_it_when_its_text_changes(session: Session) -> None:
    store_set(session, make_set(questions=[make_question(1, id="capital-fr")]))
    session.commit()
    old_id = session.exec(select(QuestionRow.id)).one()
    reworded = make_question(1, id="capital-fr", text="Which city is the capital of France?")
    report = store_set(session, make_set(questions=[reworded]))
    session.commit()
    assert (report.added, report.updated, report.retired) == (0, 1, 0)
    row = session.exec(select(QuestionRow)).one()
    assert (row.id, row.text) == (old_id, "Which city is the capital of France?")


def test_reimport_restores_a_retired_question_with_its_old_id(session: Session) -> None:
    q1, q2 = make_question(1), make_question(2)
    store_set(session, make_set(questions=[q1, q2]))
    session.commit()
    old_id = _rows(session)[q2.text].id
    store_set(session, make_set(questions=[q1]))
    session.commit()
    assert _rows(session)[q2.text].retired_at is not None

    report = store_set(session, make_set(questions=[q1, q2]))
    session.commit()
    assert (report.added, report.updated, report.retired, report.unchanged) == (0, 1, 0, 1)
    row = _rows(session)[q2.text]
    assert (row.id, row.retired_at) == (old_id, None)
    assert len(session.exec(select(QuestionRow)).all()) == 2


def test_reordering_questions_is_not_a_change_but_the_new_order_is_kept(session: Session) -> None:
    q1, q2, q3 = (make_question(i) for i in (1, 2, 3))
    report = store_set(session, make_set(questions=[q1, q2, q3]))
    session.commit()
    report = store_set(session, make_set(questions=[q3, q1, q2]))
    session.commit()
    assert report.unchanged == 3
    assert [q.text for q in live_questions(session, report.set_id)] == [q3.text, q1.text, q2.text]


def test_export_gives_back_the_stored_set(session: Session) -> None:
    original = make_set(
        3, slug="quiz-1", title="Quiz one", source="https://example.org/a", language="en"
    )
    store_set(session, original)
    session.commit()
    exported = export_set(session, "quiz-1")
    assert exported is not None
    assert exported.model_copy(update={"questions": ()}) == original.model_copy(
        update={"questions": ()}
    )
    # Export names every question by its stable key so that a later re-import matches it.
    assert [q.model_copy(update={"id": None}) for q in exported.questions] == list(
        original.questions
    )
    assert all(q.id for q in exported.questions)
    # Loading the exported YAML back is a no-op.
    again = read_bytes(dump_yaml(exported).encode(), "quiz-1.yaml").qset
    assert again == exported
    report = store_set(session, again)
    assert (report.added, report.updated, report.retired, report.unchanged) == (0, 0, 0, 3)


def test_export_leaves_out_retired_questions_and_unknown_slugs(session: Session) -> None:
    store_set(session, make_set(3))
    store_set(session, make_set(questions=[make_question(1)]))
    session.commit()
    exported = export_set(session, "sample")
    assert exported is not None
    assert [q.text for q in exported.questions] == [make_question(1).text]
    assert export_set(session, "nope") is None


def test_list_sets_counts_live_questions_only(session: Session) -> None:
    store_set(session, make_set(3, slug="b-set", title="B"))
    store_set(session, make_set(2, slug="a-set", title="A"))
    store_set(session, make_set(1, slug="b-set", title="B"))  # retires two of b-set's three
    session.commit()
    assert [(s.slug, s.title, s.questions) for s in list_sets(session)] == [
        ("a-set", "A", 2),
        ("b-set", "B", 1),
    ]


def test_retire_set_hides_it_but_keeps_its_questions(session: Session) -> None:
    store_set(session, make_set(2, slug="old"))
    store_set(session, make_set(1, slug="new"))
    session.commit()
    assert retire_set(session, "old", now=LATER) is not None
    session.commit()
    assert [s.slug for s in list_sets(session)] == ["new"]
    everything = {s.slug: s for s in list_sets(session, include_retired=True)}
    assert everything["old"].retired and everything["old"].questions == 2
    assert get_set(session, "old") is None
    assert get_set(session, "old", include_retired=True) is not None
    assert retire_set(session, "old") is None  # already retired
    assert retire_set(session, "missing") is None


def test_reimporting_a_retired_set_brings_it_back(session: Session) -> None:
    store_set(session, make_set(2, slug="back"))
    retire_set(session, "back")
    session.commit()
    report = store_set(session, make_set(2, slug="back"))
    session.commit()
    assert not report.created
    assert [(s.slug, s.questions) for s in list_sets(session)] == [("back", 2)]


def test_reimport_where_ids_move_between_questions_does_not_crash(session: Session) -> None:
    # "k" named question X; now X gets a new id and "k" names question Y.
    x, y = "Question X?", "Question Y?"
    store_set(session, make_set(questions=[make_question(1, text=y, id="s")]))
    store_set(
        session,
        make_set(questions=[make_question(1, text=y, id="s"), make_question(2, text=x, id="k")]),
    )
    session.commit()
    old = {q.key: q.id for q in session.exec(select(QuestionRow))}

    moved = [make_question(2, text=x, id="j"), make_question(1, text=y, id="k")]
    report = store_set(session, make_set(questions=moved))
    session.commit()
    assert report.added + report.updated + report.unchanged == 2
    live = {q.key: q for q in live_questions(session, report.set_id)}
    assert {key: q.text for key, q in live.items()} == {"j": x, "k": y}
    assert live["k"].id == old["k"]  # the id names the question
