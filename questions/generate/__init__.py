"""Turn an English news article into a multiple-choice quiz, by rules, offline.

The stages, each in its own module, on spaCy's English pipeline (`nlp`): `language`
(refuse what is not an English article), `clean` (title, dateline, debris out), `context`
(parse what is worth parsing; pronouns and relative dates made to stand alone), `facts`
(answers from entities and the parse), `write` (wh-questions with inversion, else a cloze),
`distractors` (wrong options of the same kind), `filters`, `rank` and `pipeline`.
"""

from __future__ import annotations

from questions.generate.errors import GenerationError, NotEnglish, NotEnoughText, NotText
from questions.generate.language import check_article
from questions.generate.pipeline import (
    GenerationResult,
    default_title,
    generate,
    generate_set,
)
from questions.generate.report import quality_report

__all__ = [
    "GenerationError",
    "GenerationResult",
    "NotEnglish",
    "NotEnoughText",
    "NotText",
    "check_article",
    "default_title",
    "generate",
    "generate_set",
    "quality_report",
]
