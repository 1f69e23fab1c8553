"""Issue 17.6: the bot never holds the language model; a warm worker makes quizzes and retires.

Before, the first article upload loaded spaCy, its model and word lists into the bot (~300 MB)
for the rest of its life. Now the bot's admin service hands articles to a worker process.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from bot.service.generation import GeneratorProcess, make_quiz
from questions.formats import dump_yaml
from tests.admin.conftest import ARTICLE

BOT_SIDE = """
import json, sys
from bot.service.admin import AdminService, GeneratedSet
from bot.service.generation import GeneratorProcess
from db.engine import make_engine
from db.migrate import upgrade_to_head

engine = make_engine(sys.argv[1])
upgrade_to_head(engine)
worker = GeneratorProcess(idle_seconds=3600)
made = AdminService(engine, generator=worker.generate).generate(sys.argv[2], filename="bridge.txt")
rss_kb = int(open("/proc/self/status").read().split("VmRSS:")[1].split()[0])
running = worker.running
retired = worker.retire_if_idle()
print(json.dumps({
    "made": isinstance(made, GeneratedSet) and made.questions,
    "spacy_in_bot": "spacy" in sys.modules,
    "rss_mb": rss_kb // 1024,
    "running": running,
    "retired": retired,
    "after": worker.running,
}))
"""


def test_the_bot_makes_a_quiz_without_holding_the_model(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", BOT_SIDE, f"sqlite:///{tmp_path / 'bot.db'}", ARTICLE],
        capture_output=True, text=True, timeout=300, check=True,
    )  # fmt: skip
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["made"] and seen["made"] >= 3
    assert seen["spacy_in_bot"] is False  # the model and its libraries live in the worker only
    assert seen["rss_mb"] < 250, seen
    assert (seen["running"], seen["retired"], seen["after"]) == (True, True, False)


def test_the_worker_makes_the_same_quiz_as_this_process() -> None:
    worker = GeneratorProcess(idle_seconds=3600)
    try:
        there = worker.generate(ARTICLE, slug="bridge", title="Bridge")
    finally:
        worker.close()
    here = make_quiz(ARTICLE, slug="bridge", title="Bridge")
    assert dump_yaml(there.qset) == dump_yaml(here.qset)
    assert there.summary == here.summary
    assert not worker.running


TITLE_SIDE = """
import sys
from questions.generate import default_title

default_title(open(sys.argv[1], encoding="utf-8").read(), "sco-summit-2021")
print("spacy" in sys.modules)
"""


def test_the_bots_title_for_the_seed_article_leaves_spacy_unimported() -> None:
    # The seed article has a line a blank line broke off ('… Spirit", advocating' /
    # "mutual trust, …"): whether it goes on with the text before is the tagger's
    # question, so a title that cleaned the whole article loaded the model into the bot.
    seed = Path(__file__).parents[2] / "questions" / "articles" / "sco-summit-2021.txt"
    done = subprocess.run(
        [sys.executable, "-c", TITLE_SIDE, str(seed)],
        capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    assert done.stdout.strip().splitlines()[-1] == "False"
