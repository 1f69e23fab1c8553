"""Write the blind-review sample: 40 random questions across the corpus, with a fixed seed.

Run with `python -m tests.generate.review_sample`; it writes tests/generate/review/questions.md
and, for the held-out articles no rule was written for, every one of their questions to
tests/generate/review/heldout.md, of the fresh held-out set (`tests/generate/fresh/`) to
tests/generate/review/fresh.md, of the second fresh set (`tests/generate/fresh2/`) to
tests/generate/review/fresh2.md, of the third (`fresh3/`) to fresh3.md, of
`fresh4/` to fresh4.md, of `fresh5/` to fresh5.md, of `fresh6/` to fresh6.md, of `fresh7/`
to fresh7.md, of `fresh8/` to fresh8.md, of `fresh9/` to fresh9.md, of `fresh10/` to
fresh10.md, of `fresh11/` to fresh11.md, of `fresh12/` to fresh12.md, of `fresh13/` to
fresh13.md, of `fresh14/` to fresh14.md, of `fresh15/` to fresh15.md, of `fresh16/` to fresh16.md,
of `fresh17/` to fresh17.md, of `fresh18/` to fresh18.md, of `fresh19/` to fresh19.md, of
`fresh20/` to fresh20.md, of `fresh21/` to fresh21.md, of `fresh22/` to fresh22.md, of
`fresh23/` to fresh23.md, of `fresh24/` to fresh24.md, of `fresh25/` to fresh25.md, of `fresh26/`
to fresh26.md, of `fresh27/` to fresh27.md, of `fresh28/` to fresh28.md, and of the untouched
set (`fresh29/`) to fresh29.md.
The reviewer sees each question's article, the question, its options and the keyed one.
"""

from __future__ import annotations

import random
from pathlib import Path

from questions.generate import GenerationError, default_title, generate
from questions.schema import Question
from tests.generate.coverage import corpus

SAMPLE = 40
SEED = 93  # review 93: a fresh draw (reviews 90, 87, 84, 81, 78, 75, 72 drew with their numbers)
OUT = Path(__file__).resolve().parent / "review" / "questions.md"
HERE = Path(__file__).resolve().parent
HELDOUT = HERE / "heldout"
# Each held-out set's folder and the letter its questions are numbered with in the review
# files (`<folder>.md` beside questions.md): heldout H, then fresh F, U, T, V, W, X, Y, Z, N, P,
# Q, R, S, M, L, K, J, G, E, D, C, B, A, O, I; then, every letter taken, AA, AB, AC, AD.
PREFIXES = {
    HELDOUT: "H", HERE / "fresh": "F", HERE / "fresh2": "U", HERE / "fresh3": "T",
    HERE / "fresh4": "V", HERE / "fresh5": "W", HERE / "fresh6": "X", HERE / "fresh7": "Y",
    HERE / "fresh8": "Z", HERE / "fresh9": "N", HERE / "fresh10": "P", HERE / "fresh11": "Q",
    HERE / "fresh12": "R", HERE / "fresh13": "S", HERE / "fresh14": "M",
    HERE / "fresh15": "L", HERE / "fresh16": "K", HERE / "fresh17": "J",
    HERE / "fresh18": "G", HERE / "fresh19": "E", HERE / "fresh20": "D",
    HERE / "fresh21": "C", HERE / "fresh22": "B", HERE / "fresh23": "A",
    HERE / "fresh24": "O", HERE / "fresh25": "I", HERE / "fresh26": "AA",
    HERE / "fresh27": "AB", HERE / "fresh28": "AC", HERE / "fresh29": "AD",
}  # fmt: skip
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
    prefix = PREFIXES.get(folder, "H")
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
    for folder in PREFIXES:
        OUT.with_name(f"{folder.name}.md").write_text(heldout_sample(folder), encoding="utf-8")
    print(f"wrote {OUT} and each held-out set's {OUT.parent}/<set>.md")


if __name__ == "__main__":
    main()
