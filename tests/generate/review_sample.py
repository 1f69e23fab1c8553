"""Write the blind-review sample: 40 random questions across the corpus, with a fixed seed.

Run with `python -m tests.generate.review_sample`; it writes tests/generate/review/questions.md
and, for the held-out articles no rule was written for, every one of their questions to
tests/generate/review/heldout.md, of the fresh held-out set (`tests/generate/fresh/`) to
tests/generate/review/fresh.md, of the second fresh set (`tests/generate/fresh2/`) to
tests/generate/review/fresh2.md, of the third (`fresh3/`) to fresh3.md, and of the untouched
`fresh4/` to fresh4.md, of `fresh5/` to fresh5.md, of `fresh6/` to fresh6.md, of `fresh7/`
to fresh7.md, and of the untouched set (`fresh8/`) to fresh8.md. The
reviewer sees each question's article, the question, its options and the keyed one.
"""

from __future__ import annotations

import random
from pathlib import Path

from questions.generate import GenerationError, default_title, generate
from questions.schema import Question
from tests.generate.coverage import corpus

SAMPLE = 40
SEED = 25  # review 25: a fresh draw (review 22 drew with 22, review 20 with 20)
OUT = Path(__file__).resolve().parent / "review" / "questions.md"
HELDOUT_OUT = OUT.with_name("heldout.md")
HELDOUT = Path(__file__).resolve().parent / "heldout"
FRESH = Path(__file__).resolve().parent / "fresh"
FRESH_OUT = OUT.with_name("fresh.md")
FRESH2 = Path(__file__).resolve().parent / "fresh2"
FRESH2_OUT = OUT.with_name("fresh2.md")
FRESH3 = Path(__file__).resolve().parent / "fresh3"
FRESH3_OUT = OUT.with_name("fresh3.md")
FRESH4 = Path(__file__).resolve().parent / "fresh4"
FRESH4_OUT = OUT.with_name("fresh4.md")
FRESH5 = Path(__file__).resolve().parent / "fresh5"
FRESH5_OUT = OUT.with_name("fresh5.md")
FRESH6 = Path(__file__).resolve().parent / "fresh6"
FRESH6_OUT = OUT.with_name("fresh6.md")
FRESH7 = Path(__file__).resolve().parent / "fresh7"
FRESH7_OUT = OUT.with_name("fresh7.md")
FRESH8 = Path(__file__).resolve().parent / "fresh8"
FRESH8_OUT = OUT.with_name("fresh8.md")
RUBRIC = (
    "For each question mark: grammatical; answerable from the article alone; key correct "
    "and unique; distractors of the same kind and plausible; stands alone. A question is "
    "acceptable when all five hold."
)


def sample() -> str:
    """Generate every corpus article's quiz and return 40 of its questions as Markdown."""
    pool: list[tuple[str, Question]] = []
    for article in corpus():
        text = article.path.read_text(encoding="utf-8")
        try:
            qset = generate(text, slug=article.slug, title=default_title(text, article.slug)).qset
        except GenerationError:
            continue  # no question at all: the benchmark reports it
        pool.extend((article.slug, q) for q in qset.questions)
    chosen = random.Random(SEED).sample(pool, min(SAMPLE, len(pool)))
    head = (f"{len(chosen)} questions drawn with seed {SEED} from {len(pool)} generated over "
            "the corpus (`tests/generate/corpus/<slug>.txt`).")  # fmt: skip
    return _markdown("Blind review sample", head, chosen, "")


def heldout_sample(folder: Path = HELDOUT) -> str:
    """Generate every held-out article's quiz and return all of its questions as Markdown."""
    pool: list[tuple[str, Question]] = []
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        try:
            qset = generate(text, slug=path.stem, title=default_title(text, path.stem)).qset
        except GenerationError:
            continue  # no question at all: the benchmark reports it
        pool.extend((path.stem, q) for q in qset.questions)
    where = f"`tests/generate/{folder.name}/<slug>.txt`"
    head = (
        f"All {len(pool)} questions generated from the held-out articles ({where}), "
        "which no rule was written for."
    )
    prefix = {FRESH: "F", FRESH2: "U", FRESH3: "T", FRESH4: "V", FRESH5: "W", FRESH6: "X",
              FRESH7: "Y", FRESH8: "Z"}.get(folder, "H")  # fmt: skip
    return _markdown("Blind review: held-out articles", head, pool, prefix)


def _markdown(title: str, head: str, chosen: list[tuple[str, Question]], prefix: str) -> str:
    """Write questions as the reviewer reads them: article, text, options, keyed one."""
    lines = [f"# {title}", "", RUBRIC, "", head, ""]
    for number, (slug, q) in enumerate(chosen, start=1):
        lines += [f"## {prefix}{number}. `{slug}`", "", q.text, ""]
        for n, option in enumerate(q.options):
            mark = " **(keyed)**" if n == q.answer else ""
            lines.append(f"{chr(65 + n)}. {option}{mark}")
        lines += ["", "Verdict: ", ""]
    return "\n".join(lines)


def main() -> None:
    """Write the sample file."""
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(sample(), encoding="utf-8")
    HELDOUT_OUT.write_text(heldout_sample(), encoding="utf-8")
    FRESH_OUT.write_text(heldout_sample(FRESH), encoding="utf-8")
    FRESH2_OUT.write_text(heldout_sample(FRESH2), encoding="utf-8")
    FRESH3_OUT.write_text(heldout_sample(FRESH3), encoding="utf-8")
    FRESH4_OUT.write_text(heldout_sample(FRESH4), encoding="utf-8")
    FRESH5_OUT.write_text(heldout_sample(FRESH5), encoding="utf-8")
    FRESH6_OUT.write_text(heldout_sample(FRESH6), encoding="utf-8")
    FRESH7_OUT.write_text(heldout_sample(FRESH7), encoding="utf-8")
    FRESH8_OUT.write_text(heldout_sample(FRESH8), encoding="utf-8")
    print(f"wrote {OUT}, {HELDOUT_OUT} and the fresh sets' {FRESH_OUT.parent}/fresh*.md")


if __name__ == "__main__":
    main()
