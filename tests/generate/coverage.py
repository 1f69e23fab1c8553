"""The coverage rule: which hand-made key facts of an article a generated quiz asks about.

A fact is covered when the correct option of some question equals one of the fact's keys
after folding case, punctuation and spacing ("US$2.3 trillion" = "us$ 2.3 trillion"), or after
the article's own slips are written as the generator writes them before it reads the article
("Robert Zoelick", once, beside "Zoellick" three times: "Robert Zoellick"). Nothing looser: a
key merely mentioned in a question's text does not count.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import yaml

from questions.generate.respell import spelling_fixes, written
from questions.schema import QuestionSet

CORPUS = Path(__file__).resolve().parent / "corpus"
SEED_GOLD = Path(__file__).resolve().parent / "seed.gold.yaml"
ROOT = Path(__file__).resolve().parents[2]


def fold(text: str) -> str:
    """Fold a key or an option: Unicode compatibility form, case, punctuation and spacing."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"^the\s+", "", text)
    return " ".join(re.sub(r"[^\w$%€£]+", " ", text).split())


@dataclass(frozen=True)
class Article:
    """One evaluation article and its hand-made key facts."""

    slug: str
    path: Path
    facts: tuple[tuple[str, tuple[str, ...]], ...]  # (fact, keys)


def load_gold(path: Path) -> Article:
    """Read a `<slug>.gold.yaml` file and find its article."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    article = (path.parent / data["article"]).resolve()
    facts = tuple((f["fact"], tuple(str(k) for k in f["keys"])) for f in data["facts"])
    return Article(path.name.removesuffix(".gold.yaml"), article, facts)


def corpus() -> list[Article]:
    """Return every corpus article with gold facts, by slug."""
    return [load_gold(p) for p in sorted(CORPUS.glob("*.gold.yaml"))]


def covered(article: Article, qset: QuestionSet) -> list[bool]:
    """Tell for each key fact whether some question's correct option is one of its keys."""
    answers = {fold(q.correct_option) for q in qset.questions}
    # a gold key copies the article's slip as written; the quiz says the name as meant
    lines = article.path.read_text(encoding="utf-8").splitlines()
    fixes = spelling_fixes([line for line in lines if line.strip()])
    return [any(fold(k) in answers or fold(written(k, fixes)) in answers for k in keys)
            for _, keys in article.facts]  # fmt: skip
