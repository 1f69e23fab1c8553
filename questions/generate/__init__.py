"""Turn an English news article into a multiple-choice quiz, by rules, offline.

The stages, each in its own module: `clean` (debris out), `sentences` (pysbd), `resolve`
(make sentences stand alone), `facts` (dates, numbers, names, quotations, lists), `write`
(question stems), `distractors` (wrong options), `filters` (checks and explanations) and
`pipeline` (ranking, and the public entry points re-exported here).
"""

from __future__ import annotations

from questions.generate.errors import GenerationError, NotEnglish, NotEnoughText
from questions.generate.language import check_article
from questions.generate.pipeline import (
    GenerationResult,
    default_title,
    generate,
    generate_set,
)

__all__ = [
    "GenerationError",
    "GenerationResult",
    "NotEnglish",
    "NotEnoughText",
    "check_article",
    "default_title",
    "generate",
    "generate_set",
]
