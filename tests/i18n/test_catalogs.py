"""The shipped catalogs: complete for every message id in the code, HTML Telegram accepts,
the same placeholders and /commands as the English, plural forms, and no stale .mo file."""

from __future__ import annotations

import io
import re
import string
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from bot.service.languages import from_language_code, interface_language
from bot.views.i18n import LOCALE_DIR, translator
from db.models import INTERFACE_LANGUAGES
from tests.fakebot.entities import EntityParseError, parse_text

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = [language for language in INTERFACE_LANGUAGES if language != "en"]
TAG = re.compile(r"</?[a-z]+")
COMMAND = re.compile(r"(?<![\w/])/[a-z]+")


def _catalog(language: str) -> Catalog:
    with (LOCALE_DIR / language / "LC_MESSAGES" / "messages.po").open("rb") as po:
        return read_po(po, locale=language)


def _ids_in_code() -> set[tuple[str | None, str | tuple[str, ...]]]:
    """Extract every message id from the code, as `pybabel extract -F babel.cfg` does."""
    with (ROOT / "babel.cfg").open() as cfg:
        method_map, options_map = parse_mapping_cfg(cfg)
    found: set[tuple[str | None, str | tuple[str, ...]]] = set()
    for _, _, message, _, context in extract_from_dir(
        ROOT, method_map, options_map, keywords=DEFAULT_KEYWORDS
    ):
        found.add((context, message))
    return found


# Plain text, never sent as HTML: sentences made below the views (questions/, escaped where
# the views show them) and chart labels (drawn by matplotlib).
PLAIN_TEXT_FILES = ("questions/", "bot/views/charts.py")


def _is_plain_text(locations: list[tuple[str, int | None]]) -> bool:
    """Tell whether a message is used only as plain text (escaped before it reaches HTML)."""
    return bool(locations) and all(path.startswith(PLAIN_TEXT_FILES) for path, _ in locations)


def _pairs(language: str, *, html_only: bool = False) -> list[tuple[str, str]]:
    """Every (English, translation) pair of a catalog, each plural form on its own."""
    pairs = []
    for message in _catalog(language):
        if not message.id or (html_only and _is_plain_text(message.locations)):
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for index, text in enumerate(strings):
            pairs.append((ids[min(index, len(ids) - 1)], text))
    return pairs


def _fields(text: str) -> set[str]:
    """Return the str.format fields of a text, with their format specs ('limit:,')."""
    return {
        f"{name}:{spec}" for _, name, spec, _ in string.Formatter().parse(text) if name is not None
    }


def test_the_code_has_messages_to_translate() -> None:
    ids = _ids_in_code()
    assert len(ids) > 100
    assert (None, "🧠 Quiz me") in ids  # a deferred text (N_)
    assert (None, ("{n} question", "{n} questions")) in ids  # a plural
    assert ("button", "Cancel") in ids  # a text with a context
    # Sentences made below the views, translated where they are shown:
    assert (None, "the file is empty") in ids  # the importer's problems
    assert (None, "this PDF cannot be read ({error})") in ids  # article refusals
    assert any(str(m).startswith("Questions: {n}, wh-questions") for _, m in ids)  # summary
    assert (None, "Active players") in ids  # chart labels


@pytest.mark.parametrize("language", SHIPPED)
def test_every_message_of_the_code_is_translated(language: str) -> None:
    catalog = _catalog(language)
    missing = []
    for context, message_id in sorted(_ids_in_code(), key=str):
        key = message_id[0] if isinstance(message_id, tuple) else message_id
        found = catalog.get(key, context=context)
        strings = found.string if found is not None else ""
        forms = strings if isinstance(strings, tuple) else (strings,)
        if found is None or found.fuzzy or not all(forms):
            missing.append(key)
    assert missing == [], f"untranslated in {language}: run pybabel update and translate"
    assert catalog.num_plurals == {"ru": 3, "zh_Hans": 1}[language]


@pytest.mark.parametrize("language", SHIPPED)
def test_translations_are_html_telegram_accepts_with_the_same_tags(language: str) -> None:
    broken = []
    for english, text in _pairs(language, html_only=True):
        try:
            parse_text(text, "HTML")
        except EntityParseError as exc:
            broken.append((text, str(exc)))
            continue
        if sorted(TAG.findall(text)) != sorted(TAG.findall(english)):
            broken.append((text, "tags differ from the English"))
    assert broken == []


@pytest.mark.parametrize("language", SHIPPED)
def test_translations_keep_placeholders_and_commands(language: str) -> None:
    changed = [
        text
        for english, text in _pairs(language)
        if _fields(text) != _fields(english)
        or sorted(COMMAND.findall(text)) != sorted(COMMAND.findall(english))
    ]
    assert changed == []


@pytest.mark.parametrize("language", SHIPPED)
def test_plain_text_translations_keep_the_angle_bracket_names(language: str) -> None:
    # "<quiz>", "<!DOCTYPE>": names the file's author must find in the file, not HTML.
    changed = [
        text
        for message in _catalog(language)
        if message.id and _is_plain_text(message.locations)
        for english, text in [(message.id, message.string)]
        if isinstance(english, str)
        and sorted(re.findall(r"<[^>]*>", text)) != sorted(re.findall(r"<[^>]*>", english))
    ]
    assert changed == []


def test_the_html_check_catches_what_telegram_refuses() -> None:
    for bad in ("<b>unclosed", "1 < 2", "<b><i>crossed</b></i>", "R&D"):
        with pytest.raises(EntityParseError):
            parse_text(bad, "HTML")


@pytest.mark.parametrize("language", SHIPPED)
def test_the_committed_mo_file_is_compiled_from_the_po_file(language: str) -> None:
    compiled = io.BytesIO()
    write_mo(compiled, _catalog(language))
    committed = (LOCALE_DIR / language / "LC_MESSAGES" / "messages.mo").read_bytes()
    assert compiled.getvalue() == committed, "stale .mo: run pybabel compile -d bot/locale"


@pytest.mark.parametrize(
    ("count", "form"), [(1, "1 вопрос"), (2, "2 вопроса"), (5, "5 вопросов"), (21, "21 вопрос")]
)
def test_russian_plurals_follow_the_catalog(count: int, form: str) -> None:
    t = translator("ru")
    assert t.ngettext("{n} question", "{n} questions", count).format(n=count) == form


def test_chinese_has_one_plural_form_and_english_two() -> None:
    zh, en = translator("zh_Hans"), translator("en")
    assert [zh.ngettext("{n} question", "{n} questions", n).format(n=n) for n in (1, 5)] == [
        "1 道题",
        "5 道题",
    ]
    assert [en.ngettext("{n} question", "{n} questions", n).format(n=n) for n in (1, 5)] == [
        "1 question",
        "5 questions",
    ]


def test_context_tells_a_button_apart() -> None:
    assert translator("ru").pgettext("button", "Cancel") == "Отмена"


@pytest.mark.parametrize(
    ("code", "language"),
    [("ru", "ru"), ("ru-RU", "ru"), ("zh-hans", "zh_Hans"), ("zh-TW", "zh_Hans"),
     ("en-GB", "en"), ("de", "en"), ("", "en"), (None, "en")],
)  # fmt: skip
def test_telegram_language_codes_map_to_a_shipped_language(code: str | None, language: str) -> None:
    assert from_language_code(code) == language


def test_a_groups_setting_wins_in_the_group_and_a_players_choice_in_private() -> None:
    pick = interface_language
    assert pick(user_choice="zh_Hans", chat_choice="ru", language_code="en", group=True) == "ru"
    assert (
        pick(user_choice="zh_Hans", chat_choice=None, language_code="en", group=True) == "zh_Hans"
    )
    assert pick(user_choice=None, chat_choice=None, language_code="ru-RU", group=True) == "ru"
    assert (
        pick(user_choice="zh_Hans", chat_choice="ru", language_code="en", group=False) == "zh_Hans"
    )
    assert pick(user_choice=None, chat_choice=None, language_code="de", group=False) == "en"
