"""The layering rules, checked on the source: a handler reaching past its layer fails here."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# What a handler may import of the bot (besides the standard library and telegram).
HANDLER_LAYERS = ("bot.service", "bot.views", "bot.context")


def imported_modules(path: Path) -> set[str]:
    """Return every module a source file imports, at any depth of the file."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module is not None:
            found.add(node.module)
    return found


@pytest.mark.parametrize("path", sorted((ROOT / "bot" / "handlers").glob("*.py")), ids=str)
def test_handlers_import_only_services_views_context_and_telegram(path: Path) -> None:
    """Handlers stay thin: jobs, transport, settings and the database are reached via services."""
    wrong = {
        module
        for module in imported_modules(path)
        if module.split(".")[0] in ("bot", "db", "questions")
        and not module.startswith(HANDLER_LAYERS)
    }
    assert not wrong, f"{path.name} imports {sorted(wrong)}"


@pytest.mark.parametrize("path", sorted((ROOT / "bot" / "service").glob("*.py")), ids=str)
def test_services_do_not_import_telegram(path: Path) -> None:
    """The game services know nothing of Telegram."""
    assert not {m for m in imported_modules(path) if m.split(".")[0] == "telegram"}


def defined_names(path: Path) -> set[str]:
    """Return the names a module defines at its top level (not the ones it imports)."""
    found: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            found.add(node.name)
        elif isinstance(node, ast.Assign):
            found.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            found.add(node.target.id)
    return found


def test_each_text_name_lives_in_one_texts_submodule() -> None:
    """`texts.X` is unambiguous: no two submodules of bot/views/texts define the same name."""
    owners: dict[str, list[str]] = {}
    for path in sorted((ROOT / "bot" / "views" / "texts").glob("*.py")):
        for name in defined_names(path):
            owners.setdefault(name, []).append(path.stem)
    assert {n: m for n, m in owners.items() if len(m) > 1} == {}
