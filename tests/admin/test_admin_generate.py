"""Articles become question sets: a .txt upload or /generate with the text pasted after it."""

from __future__ import annotations

from bot.views import texts
from tests.admin.conftest import (
    ARTICLE,
    OTHER_ARTICLE,
    admin_of,
    final_reply,
    live_slugs,
    say,
    send_file,
    set_rows,
)
from tests.bot.conftest import BotHarness

TITLE = "Harbour Bridge Reopens After Two-Year Repair"


async def test_article_upload_generates_a_set_that_can_be_played(
    admin_harness: BotHarness,
) -> None:
    h = admin_harness
    admin = admin_of(h)
    await h.api.upload_document(admin, "harbour-bridge.txt", ARTICLE.encode())
    progress = await h.api.wait_for_message(chat=admin)
    assert progress.text == texts.GENERATING
    done = await h.api.wait_for_edit(progress, timeout=40)  # the first article starts the worker
    assert done.text.startswith(f"🧠 {TITLE} (harbour-bridge), new set:")
    assert "First 3 (right answer in bold):" in done.text
    assert "wh-questions: " in done.text  # the generator's quality summary
    for number in (1, 2, 3):
        assert f"\n{number}. " in done.text
    assert "\n4. " not in done.text
    assert "/use harbour-bridge" in done.text
    assert any(e["type"] == "bold" for e in done.entities)  # right answers are marked
    assert ("harbour-bridge", TITLE, False) in set_rows(h.engine)

    chosen = await say(h, admin, "/use harbour-bridge")
    assert "now plays" in chosen.text and TITLE in chosen.text
    question = await say(h, admin, "/quiz")
    assert question.text.startswith(TITLE)
    assert len(question.reply_markup["inline_keyboard"]) >= 2  # type: ignore[index]


async def test_resending_the_same_article_updates_the_same_set(
    admin_harness: BotHarness,
) -> None:
    h = admin_harness
    admin = admin_of(h)
    first = await send_file(h, admin, "harbour-bridge.txt", ARTICLE.encode())
    again = await send_file(h, admin, "harbour-bridge.txt", ARTICLE.encode())
    assert "(harbour-bridge), new set" in first.text
    assert "(harbour-bridge), updated in place" in again.text
    assert "0 added · 0 updated · 0 retired" in again.text
    assert live_slugs(h.engine).count("harbour-bridge") == 1


async def test_a_different_article_with_the_same_name_gets_its_own_slug(
    admin_harness: BotHarness,
) -> None:
    h = admin_harness
    admin = admin_of(h)
    await send_file(h, admin, "news.txt", ARTICLE.encode())
    other = await send_file(h, admin, "news.txt", OTHER_ARTICLE.encode())
    assert "Library Opens New Science Wing (news-2), new set" in other.text
    rows = {slug: title for slug, title, _ in set_rows(h.engine)}
    assert rows["news"] == TITLE
    assert rows["news-2"] == "Library Opens New Science Wing"


async def test_a_slug_in_the_caption_names_the_set(admin_harness: BotHarness) -> None:
    h = admin_harness
    admin = admin_of(h)
    named = await send_file(h, admin, "harbour-bridge.txt", ARTICLE.encode(), caption="Bridge-Quiz")
    assert "(bridge-quiz), new set" in named.text
    assert "caption" not in named.text
    # A caption that is not a slug is not guessed at: the reply says how to choose one.
    unnamed = await send_file(
        h, admin, "library.txt", OTHER_ARTICLE.encode(), caption="my new quiz!"
    )
    assert "(library), new set" in unnamed.text
    assert "slug as its caption" in unnamed.text


async def test_generate_with_pasted_text_uses_the_title_as_slug(
    admin_harness: BotHarness,
) -> None:
    h = admin_harness
    admin = admin_of(h)
    await h.api.send_text(admin, "/generate " + ARTICLE)
    done = await final_reply(h, admin)
    slug = "harbour-bridge-reopens-after-two-year-repair"
    assert done.text.startswith(f"🧠 {TITLE} ({slug}), new set:")
    assert slug in live_slugs(h.engine)


async def test_generate_explains_why_nothing_was_made(admin_harness: BotHarness) -> None:
    h = admin_harness
    admin = admin_of(h)
    before = set_rows(h.engine)
    usage = await say(h, admin, "/generate")
    assert usage.text == texts.GENERATE_USAGE
    await h.api.send_text(admin, "/generate The bridge opened <today>.")
    short = await final_reply(h, admin)
    assert short.text.startswith("❌ No quiz was made, nothing was changed.")
    assert "too short" in short.text
    german = (
        "Die Brücke in der Stadt wurde nach zwei Jahren Bauzeit wieder eröffnet. "
        "Der Bürgermeister sprach vor mehreren tausend Menschen über die Zukunft der Stadt. "
    ) * 8
    await h.api.send_text(admin, "/generate " + german)
    foreign = await final_reply(h, admin)
    assert "does not look like English" in foreign.text
    assert set_rows(h.engine) == before


async def test_article_upload_that_cannot_become_a_quiz_says_why(
    admin_harness: BotHarness,
) -> None:
    h = admin_harness
    before = set_rows(h.engine)
    reply = await send_file(h, admin_of(h), "notes.txt", b"Buy milk & eggs.\nCall <Bob>.\n")
    assert reply.text.startswith("❌ No quiz was made")
    assert "too short" in reply.text
    assert set_rows(h.engine) == before
