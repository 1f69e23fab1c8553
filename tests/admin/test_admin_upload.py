"""Admins send set files in every supported format; the bot validates and imports atomically."""

from __future__ import annotations

import json

import pytest

from bot.views import texts
from tests.admin.conftest import (
    FIXTURES,
    admin_of,
    question_rows,
    send_file,
    set_rows,
)
from tests.bot.conftest import BotHarness

YAML_SET = """\
slug: capitals
title: European <Capitals> & more
questions:
  - id: italy
    text: What is the capital of Italy?
    options: [Rome, Milan, Turin]
    answer: Rome
  - id: spain
    text: What is the capital of Spain?
    options: [Madrid, Seville, Valencia]
    answer: Madrid
  - id: austria
    text: What is the capital of Austria?
    options: [Vienna, Graz, Linz]
    answer: Vienna
"""

JSON_SET = {
    "slug": "rivers",
    "title": "Rivers",
    "questions": [
        {"text": "Which river flows through Cairo?", "options": ["Nile", "Congo"], "answer": 1},
        {
            "text": "Which river flows through Paris?",
            "options": ["Seine", "Loire"],
            "answer": "Seine",
        },
    ],
}

CSV_SET = (
    "question,option_1,option_2,option_3,answer,explanation\n"
    "How many legs has a spider?,6,8,10,2,Spiders are arachnids.\n"
    'Which animal is the largest?,Blue whale,Elephant,"Giraffe",Blue whale,\n'
)

GIFT_SET = """\
$CATEGORY: $course$/Space Facts

::Planet:: Which planet is known as the red planet? {=Mars ~Venus ~Jupiter}

::Essay:: Describe the <Moon>. {}

::TF:: The Sun is a star. {T}
"""

AIKEN_SET = """\
What is the capital of Spain?
A. Madrid
B. Barcelona
C. Seville
ANSWER: A

Which ocean is the largest?
A) Atlantic
B) Pacific
ANSWER: B
"""


@pytest.mark.parametrize(
    ("filename", "data", "slug", "title", "added"),
    [
        ("capitals.yaml", YAML_SET.encode(), "capitals", "European <Capitals> & more", 3),
        ("whatever.json", json.dumps(JSON_SET).encode(), "rivers", "Rivers", 2),
        ("Animal Facts.csv", CSV_SET.encode(), "animal-facts", "Animal Facts", 2),
        ("oceans.txt", AIKEN_SET.encode(), "oceans", "Oceans", 2),
    ],
)
async def test_admin_uploads_a_set_file_and_gets_slug_title_and_counts(
    admin_harness: BotHarness, filename: str, data: bytes, slug: str, title: str, added: int
) -> None:
    h = admin_harness
    reply = await send_file(h, admin_of(h), filename, data)
    assert reply.text.startswith(f"✅ {title} ({slug}), new set:")
    assert f"{added} added · 0 updated · 0 retired · 0 unchanged" in reply.text
    assert f"/use {slug}" in reply.text
    assert "Skipped" not in reply.text
    assert (slug, title, False) in set_rows(h.engine)
    assert len(h.api.calls_to("getFile")) == 1


async def test_gift_upload_takes_the_slug_from_category_and_lists_skips(
    admin_harness: BotHarness,
) -> None:
    h = admin_harness
    reply = await send_file(h, admin_of(h), "quiz.gift", GIFT_SET.encode())
    assert reply.text.startswith("✅ Space Facts (space-facts), new set:")
    assert "2 added · 0 updated · 0 retired" in reply.text
    assert "Skipped 1 question:" in reply.text
    assert "question 2 (Essay), line 5: essay question" in reply.text
    assert "single-answer multiple choice" in reply.text
    assert ("space-facts", "Space Facts", False) in set_rows(h.engine)


async def test_moodle_gift_fixture_in_a_category_imports_with_skip_reasons(
    admin_harness: BotHarness,
) -> None:
    h = admin_harness
    path = FIXTURES / "moodle" / "gift" / "questions_in_category.gift.txt"
    reply = await send_file(h, admin_of(h), path.name, path.read_bytes())
    assert "(default-for-new-features), new set:" in reply.text
    assert "2 added · 0 updated · 0 retired" in reply.text
    assert "Skipped 2 questions:" in reply.text
    assert "question 1 (Moodle activities), line 5: matching question" in reply.text
    assert "question 3 (Moodle user), line 22: short-answer question" in reply.text


async def test_moodle_gift_fixture_reply_tells_what_became_of_every_question(
    admin_harness: BotHarness,
) -> None:
    h = admin_harness
    path = FIXTURES / "moodle" / "gift" / "questions.gift.txt"
    before = question_rows(h.engine)
    reply = await send_file(h, admin_of(h), path.name, path.read_bytes())
    assert reply.text.startswith("✅"), reply.text
    # Q2 and the true/false questions are polls; essay, matching, numerical, short answer
    # and the multiple-response question are not, and the repeated true/false is kept once.
    for reason in ("essay", "matching", "numerical", "short-answer"):
        assert f"{reason} question" in reply.text
    assert "(colours)" in reply.text
    assert "the same question as the one on line 46" in reply.text
    assert len(question_rows(h.engine)) == len(before) + 3  # Q2, Q1 and one "2-08 TSL"


async def test_resending_a_changed_file_updates_the_set_in_place(
    admin_harness: BotHarness,
) -> None:
    h = admin_harness
    admin = admin_of(h)
    await send_file(h, admin, "capitals.yaml", YAML_SET.encode())
    changed = (
        YAML_SET.replace("[Rome, Milan, Turin]", "[Rome, Milan, Naples]")
        .replace("  - id: austria\n", "  - id: poland\n")
        .replace("capital of Austria?", "capital of Poland?")
        .replace("[Vienna, Graz, Linz]", "[Warsaw, Krakow, Gdansk]")
        .replace("answer: Vienna", "answer: Warsaw")
    )
    reply = await send_file(h, admin, "capitals-v2.yaml", changed.encode())
    assert "(capitals), updated in place:" in reply.text
    assert "1 added · 1 updated · 1 retired · 1 unchanged" in reply.text
    assert [slug for slug, _, _ in set_rows(h.engine)].count("capitals") == 1


async def test_oversized_file_is_refused_before_download(admin_harness: BotHarness) -> None:
    h = admin_harness
    before = set_rows(h.engine)
    reply = await send_file(h, admin_of(h), "huge.yaml", YAML_SET.encode(), reported_size=2_000_000)
    assert "2,000,000 bytes" in reply.text and "limit is 1,000,000 bytes" in reply.text
    assert h.api.calls_to("getFile") == []
    assert set_rows(h.engine) == before


async def test_malformed_file_changes_nothing_and_lists_problems_with_lines(
    admin_harness: BotHarness,
) -> None:
    h = admin_harness
    before_sets, before_questions = set_rows(h.engine), question_rows(h.engine)
    bad = (
        "slug: tricky\n"  # would update an existing set: it must stay untouched
        "title: Broken\n"
        "questions:\n"
        "  - text: Which tag is fine?\n"
        "    options: [One, Two]\n"
        '    answer: "<b>Three</b>"\n'
        "  - text: A question with one option\n"
        "    options: [Only]\n"
        "    answer: Only\n"
    )
    reply = await send_file(h, admin_of(h), "tricky.yaml", bad.encode())
    assert reply.text.startswith("❌ tricky.yaml was not imported; nothing was changed.")
    assert "line 4, question 1: the answer '<b>Three</b>' is not one of the options" in (reply.text)
    assert "&lt;b&gt;Three&lt;/b&gt;" in (reply.raw_text or "")  # file text shown, not parsed
    assert "line 7, question 2: it has 1 option(s)" in reply.text
    assert reply.text.rstrip().endswith("Fix the file and send it again.")
    assert set_rows(h.engine) == before_sets
    assert question_rows(h.engine) == before_questions


async def test_a_file_with_many_problems_shows_the_first_ten(admin_harness: BotHarness) -> None:
    h = admin_harness
    rows = "".join(f"Question number {n}?,only one option,,1\n" for n in range(12))
    reply = await send_file(
        h, admin_of(h), "bad.csv", ("question,option_1,option_2,answer\n" + rows).encode()
    )
    assert "Problems (first 10 of 12):" in reply.text
    assert reply.text.count("\n• ") == 10
    assert "line 2, question 1:" in reply.text and "line 11, question 10:" in reply.text
    assert "question 11:" not in reply.text


async def test_unknown_file_type_is_refused_with_the_supported_formats(
    admin_harness: BotHarness,
) -> None:
    h = admin_harness
    reply = await send_file(h, admin_of(h), "slides.pptx", b"\x00\x01 not a quiz")
    assert "nothing was changed" in reply.text
    assert "unknown file type" in reply.text and "GIFT" in reply.text
    assert texts.NOT_ADMIN not in reply.text


async def test_non_admin_upload_is_refused_and_nothing_is_downloaded_or_stored(
    admin_harness: BotHarness,
) -> None:
    h = admin_harness
    mallory = h.api.user(1666, "Mallory")
    before = set_rows(h.engine)
    reply = await send_file(h, mallory, "capitals.yaml", YAML_SET.encode())
    assert reply.text == texts.NOT_ADMIN
    assert h.api.calls_to("getFile") == []
    assert set_rows(h.engine) == before


async def test_files_sent_in_a_group_are_ignored(admin_harness: BotHarness) -> None:
    h = admin_harness
    admin = admin_of(h)
    group = h.api.group(-100777, "Quiz club", admins=[admin])
    await h.api.upload_document(admin, "capitals.yaml", YAML_SET.encode(), chat=group)
    await h.api.wait_until_confirmed()
    # A group message the bot answers would arrive before this private reply.
    reply = await send_file(h, admin, "rivers.json", json.dumps(JSON_SET).encode())
    assert "(rivers), new set" in reply.text
    assert h.api.messages(group) == []
    assert "capitals" not in [slug for slug, _, _ in set_rows(h.engine)]
